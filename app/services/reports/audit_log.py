"""The audit log read by administrators: filtered, newest first, a page at a time, or as CSV.

The log lives on the shared server (desks do not sync it) and only administrators may read it
there (migration 0020); an embedded database keeps its own. Rows are never changed here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import DBAPIError

from app.models import AuditLogEntry
from app.services.errors import AcrmError, ValidationError
from app.services.reports.csv_export import write_csv
from app.services.storage.db import Database

PAGE = 200  # rows a screen shows at a time
EXPORT_LIMIT = 1_000_000  # a CSV export's bound (a year of a large centre's changes)
CSV_HEADERS = {"at": "at", "actor": "actor", "action": "action", "target": "target",
               "details": "details"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class AuditFilter:
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    actor: str = ""  # a login, exactly
    action: str = ""  # "wrapup_codes.update", or "wrapup_codes" for all its actions
    target: str = ""  # any part of the target, case-insensitive
    limit: int = PAGE
    offset: int = 0


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    details: str  # the change as compact JSON text


@dataclass(frozen=True, slots=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    more: bool  # rows beyond this page match too


class AuditLogService:
    """Reads the server's audit log when there is one, else this database's."""

    def __init__(self, db: Database, server: Callable[[], Database] | None = None) -> None:
        self._db, self._server = db, server

    def read(self, wanted: AuditFilter) -> AuditPage:
        """One page of matching rows, newest first."""
        _check(wanted)
        stmt = _matching(wanted).limit(wanted.limit + 1).offset(wanted.offset)
        rows = self._rows(stmt)
        return AuditPage(tuple(rows[: wanted.limit]), len(rows) > wanted.limit)

    def export(self, path: str | Path, wanted: AuditFilter) -> int:
        """Every matching row (not just a page) as CSV: written whole or not at all, 0600."""
        everything = replace(wanted, limit=EXPORT_LIMIT, offset=0)
        _check(everything)
        rows = self._rows(_matching(everything).limit(EXPORT_LIMIT))
        return write_csv(path, rows, CSV_HEADERS)

    def _rows(self, stmt: Select) -> list[AuditRow]:
        try:
            db = self._server() if self._server is not None else self._db
            with db.reading() as session:
                found = session.execute(stmt).all()
        except DBAPIError as error:
            if not _refused(error):
                raise  # unreachable, login refused: said by the caller as everywhere else
            raise AcrmError(
                "the audit log could not be read: the server refused: reading the audit log "
                "needs the admin role"
            ) from error
        return [AuditRow(row.id, row.at, row.actor, row.action, row.target or "",
                         _details(row.details)) for row in found]  # fmt: skip


def _check(wanted: AuditFilter) -> None:
    if wanted.since and wanted.until and wanted.until <= wanted.since:
        raise ValidationError("to", "the end of the period is not after its start")
    if not 1 <= wanted.limit <= EXPORT_LIMIT:
        raise ValidationError("limit", f"give 1 to {EXPORT_LIMIT} rows")
    if wanted.offset < 0:
        raise ValidationError("offset", "cannot be negative")
    for name in ("since", "until"):
        value = getattr(wanted, name)
        if value is not None and value.tzinfo is None:
            raise ValueError(f"{name} must carry its time zone")


def _matching(wanted: AuditFilter) -> Select:
    log = AuditLogEntry
    stmt = select(log.id, log.at, log.actor, log.action, log.target, log.details)
    if wanted.since is not None:
        stmt = stmt.where(log.at >= wanted.since)
    if wanted.until is not None:
        stmt = stmt.where(log.at < wanted.until)
    if wanted.actor.strip():
        stmt = stmt.where(log.actor == wanted.actor.strip())
    action = wanted.action.strip()
    if action:
        prefix = action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(or_(log.action == action, log.action.like(f"{prefix}.%", escape="\\")))
    if wanted.target.strip():
        needle = wanted.target.strip().lower()
        stmt = stmt.where(func.lower(log.target).contains(needle, autoescape=True))
    return stmt.order_by(log.at.desc(), log.id.desc())


def _details(value: object) -> str:
    if value in (None, {}, ""):
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _refused(error: DBAPIError) -> bool:
    original = error.orig
    return getattr(original, "sqlstate", None) == "42501"  # insufficient_privilege
