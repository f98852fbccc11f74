"""The rule book: draft rules authors edit, published immutable versions, rollback and diff."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Text, cast, delete, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.models import RuleDraft, RuleSetVersion
from app.rules.attributes import AttributeCatalogue, AttributeKind
from app.rules.compiler import ConditionError, RuleCompileError, check_rule, check_rules
from app.rules.definition import RuleDefinition, RuleDefinitionError, parse_rule
from app.rules.experiment import pair_problem
from app.services.customers.attribute_catalogue import load_catalogue
from app.services.errors import AcrmError, NotFound
from app.services.rulebook.failures import RuleFailureInfo, published_failures
from app.services.rulebook.versions import BadRuleSetVersion, published_rules, stored_document
from app.services.storage.db import Database
from app.services.sync.errors import server_failure


class RuleBookError(AcrmError):
    """Rules that cannot be imported, saved or published; nothing was written."""

    def __init__(self, message: str, problems: Sequence[Exception] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class VersionInfo:
    version: int
    published_at: datetime
    published_by: str
    note: str
    rule_count: int
    copied_from: int | None
    problem: str = ""  # why the version's document is not a rule set (desks skip it)


@dataclass(frozen=True, slots=True)
class RuleChange:
    """One line of a diff between two versions: added, removed or changed (with fields)."""

    rule_id: str
    change: str  # added | removed | changed
    fields: tuple[tuple[str, object, object], ...] = ()  # (field, old, new)


def parse_rules_document(
    data: Any, source: str = "rules", catalogue: AttributeCatalogue | None = None
) -> list[RuleDefinition]:
    """Parse `{"rules": [...]}`; the first bad rule raises RuleBookError naming it.

    With the attribute `catalogue`, custom attributes are checked too (names and types).
    """
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleBookError(f'{source}: expected a JSON object with a "rules" list')
    rules = []
    for position, item in enumerate(data["rules"]):
        try:
            rules.append(parse_rule(item, position))
        except RuleDefinitionError as error:
            raise RuleBookError(f"{source}: {error}", [error]) from None
    problems = check_rules(rules, catalogue)
    if problems:
        listed = "; ".join(str(problem) for problem in problems)
        raise RuleBookError(f"{source}: {len(problems)} rule(s) do not compile: {listed}", problems)
    return rules


def read_rules_file(
    path: Path, catalogue: AttributeCatalogue | None = None
) -> list[RuleDefinition]:
    """Read and fully validate a rules JSON file against `catalogue` (nothing is written)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RuleBookError(f"{path}: cannot read: {error.strerror}") from None
    # The BOM is cut by hand: with "utf-8-sig" the error's offset would not count it.
    body = raw.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1
        raise RuleBookError(
            f"{path}, line {line}: not UTF-8 text (byte 0x{body[error.start]:02x}); "
            "save the rules file as UTF-8"
        ) from None
    data = parse_json(text, str(path))
    return parse_rules_document(data, str(path), catalogue)


MAX_JSON_DEPTH = 32  # a rules file is three levels deep; far more is an attack or an accident


def parse_json(text: str, source: str) -> Any:
    """JSON with a bounded nesting depth (deep nesting would exhaust Python's recursion)."""
    too_deep = _nesting_beyond(text, MAX_JSON_DEPTH)
    if too_deep is not None:
        line = text.count("\n", 0, too_deep) + 1
        raise RuleBookError(
            f"{source}, line {line}: JSON nested more than {MAX_JSON_DEPTH} levels deep"
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise RuleBookError(
            f"{source}, line {error.lineno}, column {error.colno}: not valid JSON: {error.msg}"
        ) from None


def _nesting_beyond(text: str, limit: int) -> int | None:
    """The offset where brackets outside strings first nest deeper than `limit`, else None."""
    depth, in_string, escaped = 0, False, False
    for offset, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return offset
        elif char in "]}":
            depth -= 1
    return None


class RuleBookService:
    """Drafts and published versions of the rule set (the desktop caches the latest)."""

    def __init__(
        self, db: Database, author: str, server: Callable[[], Database] | None = None
    ) -> None:
        self._db = db
        self._author = author
        # With a shared server, versions are published there (the database decides who
        # may) and copied into the local cache; the feed brings them to every other desk.
        self._server = server

    def catalogue(self) -> dict[str, AttributeKind]:
        """The custom attributes rules are checked against (as imported and synced here)."""
        with self._db.reading() as session:
            return load_catalogue(session)

    # --- drafts -----------------------------------------------------------------------------

    def draft(self) -> list[RuleDefinition]:
        """The working copy in rule-set order."""
        with self._db.reading() as session:
            rows = session.scalars(
                select(RuleDraft).order_by(RuleDraft.position, RuleDraft.rule_id)
            )
            return [parse_rule(row.definition) for row in rows]

    def replace_draft(self, rules: Sequence[RuleDefinition]) -> int:
        """Replace the whole working copy (an import) in one transaction; all valid or none."""
        problems = check_rules(rules, self.catalogue())
        if problems:
            raise RuleBookError(f"{problems[0]}", problems)
        with self._db.unit_of_work() as uow:
            uow.session.execute(delete(RuleDraft))
            uow.session.add_all(self._draft_row(rule, i) for i, rule in enumerate(rules))
            uow.commit()
        return len(rules)

    def save_rule(self, rule: RuleDefinition, replaces: str | None = None) -> None:
        """Create or update one draft rule; a rule that does not compile is refused."""
        try:
            check_rule(rule, self.catalogue())
        except RuleCompileError as error:
            raise RuleBookError(str(error), [error]) from None
        if rule.challenger:  # the challenger must be in the draft already, a sound pair
            others = [other for other in self.draft() if other.id != replaces]
            problem = pair_problem(rule, others)
            if problem is not None:
                error = RuleCompileError(rule.id, problem.field, ConditionError(problem.message))
                raise RuleBookError(str(error), [error])
        with self._db.unit_of_work() as uow:
            session = uow.session
            old_id = replaces or rule.id
            existing = session.get(RuleDraft, old_id)
            if rule.id != old_id and session.get(RuleDraft, rule.id) is not None:
                raise RuleBookError(f"rule {rule.id!r}: the id is already used")
            position = existing.position if existing else _next_position(session)
            if existing is not None:
                session.delete(existing)
                session.flush()
            session.add(self._draft_row(rule, position))
            uow.commit()

    def delete_rule(self, rule_id: str) -> None:
        with self._db.unit_of_work() as uow:
            removed = uow.session.execute(delete(RuleDraft).where(RuleDraft.rule_id == rule_id))
            if not removed.rowcount:
                raise NotFound(f"no draft rule {rule_id!r}")
            uow.commit()

    def _draft_row(self, rule: RuleDefinition, position: int) -> RuleDraft:
        return RuleDraft(
            rule_id=rule.id,
            position=position,
            definition=rule.to_dict(),
            updated_at=datetime.now(UTC),
            updated_by=self._author,
        )

    # --- versions ---------------------------------------------------------------------------

    def publish(self, note: str = "") -> int:
        """Publish the working copy as the next version; refused if any rule does not compile."""
        rules = self.draft()
        if not rules:
            raise RuleBookError("there are no draft rules to publish")
        problems = check_rules(rules, self.catalogue())
        if problems:
            raise RuleBookError(f"not published: {problems[0]}", problems)
        return self._new_version([rule.to_dict() for rule in rules], note, None)

    def rollback(self, version: int, note: str = "") -> int:
        """Republish an older version's rules as the next version (history stays intact)."""
        _, rules = self.version_rules(version)  # refuses a version that is not a rule set
        problems = check_rules(rules, self.catalogue())  # typed by today's columns
        if problems:
            raise RuleBookError(f"not rolled back: {problems[0]}", problems)
        old = self._version_row(version)["rules"]
        # Published first: a refused or failed publish leaves the author's draft as it was.
        number = self._new_version(old, note or f"rollback to version {version}", version)
        self.replace_draft(rules)
        return number

    def _new_version(self, rules: list[dict], note: str, copied_from: int | None) -> int:
        values = dict(
            published_at=datetime.now(UTC),
            published_by=self._author,
            note=note.strip(),
            rules=rules,
            copied_from=copied_from,
        )
        if self._server is not None:
            number = publish_on_server(self._server(), values)
            with self._db.unit_of_work() as uow:
                uow.session.merge(RuleSetVersion(version=number, **values))
                uow.commit()
            return number
        with self._db.unit_of_work() as uow:
            return _insert_next_version(uow, values)

    def latest_version(self) -> int | None:
        with self._db.reading() as session:
            return session.scalar(select(func.max(RuleSetVersion.version)))

    def versions(self) -> list[VersionInfo]:
        """Every published version, newest first; one that is not a rule set says why."""
        table = RuleSetVersion.__table__.c
        stmt = select(
            table.version, table.published_at, table.published_by, table.note,
            table.copied_from, cast(table.rules, Text),
        ).order_by(table.version.desc())  # fmt: skip
        with self._db.reading() as session:
            rows = session.execute(stmt).all()
        infos = []
        for version, at, by, note, copied_from, raw in rows:
            try:
                count, problem = len(published_rules(version, stored_document(raw))), ""
            except BadRuleSetVersion as error:
                count, problem = 0, str(error)
            infos.append(VersionInfo(version, at, by, note, count, copied_from, problem))
        return infos

    def failures(self) -> list[RuleFailureInfo]:
        """Rules of published versions that failed on customers, newest version first."""
        with self._db.reading() as session:
            return published_failures(session)

    def version_rules(self, version: int | None = None) -> tuple[int, list[RuleDefinition]]:
        """A published version's rules (the latest when `version` is None).

        Raises NotFound, or BadRuleSetVersion when the version's document is not a rule set.
        """
        if version is None:
            version = self.latest_version()
            if version is None:
                raise NotFound("no rule set has been published yet")
        return version, published_rules(version, self._version_row(version)["rules"])

    def _version_row(self, version: int) -> dict:
        table = RuleSetVersion.__table__.c
        with self._db.reading() as session:
            raw = session.execute(
                select(cast(table.rules, Text)).where(table.version == version)
            ).first()
        if raw is None:
            raise NotFound(f"rule set version {version} does not exist")
        return {"rules": stored_document(raw[0])}

    def export(self, version: int | None = None, *, draft: bool = False) -> dict:
        """The import file shape for a version (or the working copy)."""
        rules = self.draft() if draft else self.version_rules(version)[1]
        return {"rules": [rule.to_dict() for rule in rules]}


def diff_rules(old: Sequence[RuleDefinition], new: Sequence[RuleDefinition]) -> list[RuleChange]:
    """What changed from `old` to `new`, rule by rule, in the new set's order."""
    before = {rule.id: rule.to_dict() for rule in old}
    after = {rule.id: rule.to_dict() for rule in new}
    changes = []
    for rule_id, fields in after.items():
        if rule_id not in before:
            changes.append(RuleChange(rule_id, "added"))
            continue
        changed = tuple(
            (name, before[rule_id].get(name), value)
            for name, value in fields.items()
            if before[rule_id].get(name) != value
        )
        if changed:
            changes.append(RuleChange(rule_id, "changed", changed))
    changes += [RuleChange(rule_id, "removed") for rule_id in before if rule_id not in after]
    return changes


def _next_position(session: Session) -> int:
    return (session.scalar(select(func.max(RuleDraft.position))) or 0) + 1


def _insert_next_version(uow, values: dict) -> int:
    session = uow.session
    number = (session.scalar(select(func.max(RuleSetVersion.version))) or 0) + 1
    session.add(RuleSetVersion(version=number, **values))
    uow.commit()
    return number


def _first(error: DBAPIError) -> str:
    text = str(error.orig).strip()
    return text.splitlines()[0] if text else type(error.orig).__name__


def publish_on_server(server: Database, values: dict, attempts: int = 5) -> int:
    """Insert the next version on the shared server; two authors at once both get a number."""
    import psycopg.errors  # only with a server (an embedded desk never loads the driver)

    for attempt in range(attempts):
        try:
            with server.unit_of_work() as uow:
                return _insert_next_version(uow, values)
        except IntegrityError as error:
            if not isinstance(error.orig, psycopg.errors.UniqueViolation):
                # The server's check of the document (or another constraint): not a race.
                raise RuleBookError(
                    f"not published: the server refused it: {_first(error)}"
                ) from error
            if attempt == attempts - 1:
                raise
        except DBAPIError as error:
            reason = server_failure(error)
            if reason is None:
                raise
            raise RuleBookError(f"not published: {reason}; nothing was changed") from error
    raise AssertionError("unreachable")
