"""An import must not retype a custom attribute under a published rule (issue 13).

`tenure` becoming text because one row says "n/a", while a published rule says
`attributes["tenure"] < 12`, would leave that rule failing on every desk. The import is
refused instead, naming the rule and the column, and writes nothing.

"Published" means the rules desks run: the enabled rules of the newest published version
whose document is a rule set (app/services/rulebook/cache.py skips the others). Older
versions are not guarded: desks move to the newest at their next sync, and a rollback to an
older version is checked against the catalogue of its day (RuleBookService.rollback).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sqlalchemy import Text, cast, select

from app.models import RuleSetVersion
from app.rules.attributes import AttributeKind, catalogue_from
from app.rules.compiler import RuleCompileError, check_rules
from app.rules.definition import RuleDefinition
from app.rules.typed_attributes import attribute_use
from app.services.errors import ImportFailed
from app.services.importer.store import Store
from app.services.rulebook.versions import BadRuleSetVersion, published_rules, stored_document


def published_rule_set(store: Store) -> tuple[int, list[RuleDefinition]]:
    """(version, enabled rules) of the newest version that is a rule set; (0, []) if none."""
    table = RuleSetVersion.__table__.c
    rows = store.rows(select(table.version, cast(table.rules, Text)).order_by(table.version.desc()))
    for version, raw in rows:
        try:
            rules = published_rules(version, stored_document(raw))
        except BadRuleSetVersion:
            continue
        return version, [rule for rule in rules if rule.enabled]
    return 0, []


def refuse_breaking_changes(
    file: str,
    stored: Mapping[str, str],
    imported: Mapping[str, str],
    published: tuple[int, list[RuleDefinition]],
    misfit: Callable[[str, str], tuple[int, str] | None] = lambda _column, _kind: None,
) -> None:
    """ImportFailed naming the first published rule that `imported` types would break.

    `stored` is the catalogue before the import, `imported` the columns with their types
    after it (name -> type word). A rule already failing before is not this import's doing.
    `misfit(column, stored type)` gives the first (line, value) that does not fit the stored
    type, so the message can point at the cell that changed the column's type.
    """
    version, rules = published
    changed = {name for name, kind in imported.items() if stored.get(name) != kind}
    if not rules or not changed:
        return
    before = catalogue_from(stored.items())
    after = {**before, **catalogue_from(imported.items())}
    failing = {problem.rule_id for problem in check_rules(rules, before)}
    for problem in check_rules(rules, after):
        if problem.rule_id in failing or not isinstance(problem, RuleCompileError):
            continue
        rule = next(rule for rule in rules if rule.id == problem.rule_id)
        column = _column(rule, changed)
        found = misfit(column, stored[column]) if column in stored else None
        line, cause = (found[0], f"{found[1]!r} would make the column") if found else (1, "")
        raise ImportFailed(
            file,
            line,
            column,
            f"{cause or 'the column would become'} {_word(after.get(column or ''))} "
            f"(it is {_word(before.get(column or ''))}), which breaks published rule "
            f"{rule.id!r} (version {version}): {problem.error}; nothing was imported "
            "(fix the values, or change the rule and publish first)",
        )


def _column(rule: RuleDefinition, changed: set[str]) -> str | None:
    read = attribute_use(rule.condition).keys
    return next((name for name in read if name in changed), None)


def _word(kind: AttributeKind | None) -> str:
    return "a new column" if kind is None else str(kind)
