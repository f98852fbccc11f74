"""Is the change feed held back, since when and by whom; ending the sessions that hold it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

import psycopg.errors
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.services.errors import AcrmError
from app.services.storage.db import Database

log = logging.getLogger(__name__)
TEMP_FOR_PUBLIC = text(
    "SELECT d.datacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(d.datacl) a WHERE a.grantee = 0 "
    "AND a.privilege_type = 'TEMPORARY') FROM pg_database d WHERE d.datname = current_database()"
)


@dataclass(frozen=True)
class Holder:
    """A transaction with an id, still open: the feed waits below its id for it to end."""

    pid: int
    login: str
    state: str
    xact_start: datetime
    application_name: str
    held_for_s: float
    ends_automatically: bool  # a non-admin client: the desks' pull ends it past the bound
    blocking: int = 0  # sessions waiting for this one's locks


@dataclass(frozen=True)
class FeedHealth:
    limit_s: float  # how long a client transaction may hold the feed (acrm_feed_hold_limit)
    holders: list[Holder] = field(default_factory=list)  # oldest first
    waiting_changes: int = 0  # committed changes no desk can read yet
    oldest_waiting: datetime | None = None
    # A database re-created from a dump or a template loses its grants: no REVOKE TEMP then.
    temp_for_public: bool = False

    @property
    def held_back(self) -> bool:
        return any(holder.held_for_s > self.limit_s for holder in self.holders)


@dataclass(frozen=True)
class Ended:
    pid: int
    login: str
    xact_start: datetime


def feed_health(db: Database) -> FeedHealth:
    """The feed as an administrator (admin group or superuser) sees it."""
    try:
        with db.engine.connect() as connection:
            limit = connection.execute(text("SELECT acrm_feed_hold_limit()")).scalar_one()
            holders = [
                _holder(row)
                for row in connection.execute(text("SELECT * FROM acrm_feed_holders()"))
            ]
            waiting = connection.execute(
                text(
                    "SELECT count(*), min(changed_at) FROM change_log "
                    "WHERE txid >= pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
                )
            ).one()
            temp = connection.execute(TEMP_FOR_PUBLIC).scalar_one()
    except DBAPIError as error:
        raise _as_error(error) from error
    return FeedHealth(limit.total_seconds(), holders, waiting[0], waiting[1], bool(temp))


def _holder(row) -> Holder:
    return Holder(
        row.pid, row.login, row.state or "", row.xact_start, row.application_name or "",
        row.held_for.total_seconds(), bool(row.ends_automatically), row.blocking or 0,
    )  # fmt: skip


def end_feed_holders(db: Database) -> list[Ended]:
    """End non-admin client transactions that held the feed longer than the server's bound.

    Any client may call it (the desks' pull does); the server decides who is ended and audits
    it. Runs in its own short transaction, never inside a page read.
    """
    try:
        with db.engine.begin() as connection:
            rows = connection.execute(text("SELECT * FROM acrm_end_feed_holders()")).all()
    except DBAPIError as error:
        raise _as_error(error) from error
    ended = [Ended(row.pid, row.login, row.xact_start) for row in rows]
    for holder in ended:
        log.warning("ended %s's session %s: it held the change feed since %s",
                    holder.login, holder.pid, holder.xact_start)  # fmt: skip
    return ended


def describe(health: FeedHealth, now: datetime) -> list[str]:
    """Lines for an administrator: the verdict first, then who and how much waits."""
    lines = []
    if health.held_back:
        first = health.holders[0]
        lines.append(
            f"feed: held back since {first.xact_start:%Y-%m-%d %H:%M:%S %Z} "
            f"({first.held_for_s:.0f} s, bound {health.limit_s:.0f} s)"
        )
    elif health.holders:
        lines.append(
            f"feed: moving (oldest open write transaction {health.holders[0].held_for_s:.0f} s, "
            f"bound {health.limit_s:.0f} s)"
        )
    else:
        lines.append(f"feed: moving (no open write transaction; bound {health.limit_s:.0f} s)")
    for holder in health.holders:
        lines.append(
            f"  {holder.login} (pid {holder.pid}, {holder.state or 'unknown state'}, transaction "
            f"since {holder.xact_start:%H:%M:%S}, application {holder.application_name!r}, "
            f"{holder.held_for_s:.0f} s"
            + (f", blocking {holder.blocking} session(s)" if holder.blocking else "")
            + ("" if holder.ends_automatically else ", not ended automatically")
            + ")"
        )
    if health.waiting_changes:
        age = (now - health.oldest_waiting).total_seconds() if health.oldest_waiting else 0.0
        lines.append(
            f"feed lag: {health.waiting_changes} committed change(s) wait, the oldest {age:.0f} s"
        )
    else:
        lines.append("feed lag: none")
    if health.temp_for_public:
        lines.append(
            "warning: everyone may create temporary tables in this database (re-created from a "
            "dump or template?): REVOKE TEMP ON DATABASE ... FROM PUBLIC"
        )
    return lines


def _as_error(error: DBAPIError) -> AcrmError:
    original = error.orig
    if isinstance(original, psycopg.errors.InsufficientPrivilege):
        return AcrmError("the feed's health needs the admin role (or a superuser)")
    if isinstance(original, psycopg.errors.UndefinedFunction):
        return AcrmError("the server's schema is older than this program: run `acrm db upgrade`")
    reason = str(original).strip().splitlines()[0] if str(original).strip() else repr(original)
    return AcrmError(f"the server could not say: {reason}")
