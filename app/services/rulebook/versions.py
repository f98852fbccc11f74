"""Reading a published rule-set version that may have been written with SQL, not by publish."""

from __future__ import annotations

import json
from typing import Any

from app.rules.definition import RuleDefinition, RuleDefinitionError, parse_rule
from app.services.errors import AcrmError


class BadRuleSetVersion(AcrmError):
    """A published version whose document is not a rule set; desks skip it."""

    def __init__(self, version: int, message: str) -> None:
        super().__init__(message)
        self.version = version


def published_rules(version: int, document: Any) -> list[RuleDefinition]:
    """A published version's rules; BadRuleSetVersion when its document is not a rule set.

    The server's copy may have been written with SQL rather than by `publish`, so nothing
    about it is taken on trust (conditions are compiled, and checked, by the caller).
    """
    source = f"rule set version {version} is not a rule set"
    if document is INVALID_JSON:
        raise BadRuleSetVersion(version, f"{source}: its rules are not valid JSON")
    if not isinstance(document, list):
        raise BadRuleSetVersion(
            version, f"{source}: its rules are {_json_kind(document)}, not a list"
        )
    rules = []
    for position, item in enumerate(document):
        try:
            rules.append(parse_rule(item, position))
        except RuleDefinitionError as error:
            raise BadRuleSetVersion(version, f"{source}: {error}") from None
    ids = [rule.id for rule in rules]
    if len(set(ids)) != len(ids):
        twice = next(rule_id for rule_id in ids if ids.count(rule_id) > 1)
        raise BadRuleSetVersion(version, f"{source}: rule {twice!r} appears more than once")
    return rules


INVALID_JSON = object()


def stored_document(raw: str | None) -> Any:
    """The stored JSON text, parsed here so one bad version cannot break reading the others."""
    try:
        return json.loads(raw) if raw is not None else None
    except ValueError:
        return INVALID_JSON


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    kinds = {str: "text", dict: "an object", bool: "true/false"}
    return kinds.get(type(value), "a number" if isinstance(value, int | float) else "not a list")
