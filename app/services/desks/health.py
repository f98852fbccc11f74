"""Desks' health for administrators: each desk's last heartbeat and what it says about it.

A desk is `silent` when the server has heard nothing from it for more than N minutes (by
the server's clock), `failing` when its last sync failed after its last success (its error
is set: a success clears it), `behind` when its version is older than the newest any desk
reports or its schema revision older than the server's, and `healthy` otherwise. One state
per desk, the most urgent first (silent, failing, behind); `problems` lists all of them.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.models import DeskHeartbeat
from app.services.errors import AcrmError
from app.services.storage.db import Database

if TYPE_CHECKING:
    from app.services.sync.service import SyncService

DEFAULT_SILENT_MINUTES = 15
_VERSION = re.compile(r"^(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?$")
_STAGES = {"a": 1, "b": 2, "rc": 3}  # a final release (4) is newer than its candidates


class DeskState(StrEnum):
    HEALTHY = "healthy"
    SILENT = "silent"
    FAILING = "failing"
    BEHIND = "behind"


URGENCY = (DeskState.SILENT, DeskState.FAILING, DeskState.BEHIND)


class NoServer(AcrmError):
    """Desks report to the shared server; an embedded database has none."""


@dataclass(frozen=True, slots=True)
class DeskReport:
    """One desk's last heartbeat as the server holds it (login and time are the server's)."""

    login: str
    desk_id: uuid.UUID
    hostname: str
    app_version: str
    schema_revision: str
    last_sync_at: datetime | None
    unsynced: int
    last_error: str
    reported_at: datetime


@dataclass(frozen=True, slots=True)
class DeskHealth:
    report: DeskReport
    state: DeskState
    problems: tuple[DeskState, ...]

    @property
    def healthy(self) -> bool:
        return self.state is DeskState.HEALTHY


def version_key(version: str) -> tuple:
    """Orders versions as PEP 440 does for ours: 0.9 < 0.10.0rc1 < 0.10.0 < 0.10.0.post1."""
    match = _VERSION.match(version.strip())
    if match is None:
        return ((-1,),)  # unreadable: older than any real version
    release = tuple(int(part) for part in match[1].split("."))
    release += (0,) * (4 - len(release))
    if match[2]:
        stage = (_STAGES[match[2]], int(match[3]))
    else:  # 1.0.dev1 comes before 1.0a1; 1.0.post1.dev1 after 1.0
        stage = (0, 0) if match[5] and not match[4] else (4, 0)
    post = int(match[4]) if match[4] else -1
    dev = int(match[5]) if match[5] else 10**9  # a .dev comes before the release it leads to
    return (release, stage, post, dev)


def revision_behind(desk: str, server: str | None) -> bool:
    """Whether the desk's schema is older than the server's (revisions are numbered)."""
    if not server:
        return False
    if desk.isdigit() and server.isdigit():
        return int(desk) < int(server)
    return desk != server


def assess(
    reports: Sequence[DeskReport], *, now: datetime, server_revision: str | None,
    silent_after: timedelta,
) -> list[DeskHealth]:  # fmt: skip
    """Each desk's state; `now` is the server's clock, never a desk's."""
    newest = max((version_key(r.app_version) for r in reports), default=None)
    assessed = []
    for report in reports:
        found = set()
        if now - report.reported_at > silent_after:
            found.add(DeskState.SILENT)
        if report.last_error:
            found.add(DeskState.FAILING)
        if version_key(report.app_version) < newest or revision_behind(
            report.schema_revision, server_revision
        ):
            found.add(DeskState.BEHIND)
        problems = tuple(state for state in URGENCY if state in found)
        state = problems[0] if problems else DeskState.HEALTHY
        assessed.append(DeskHealth(report, state, problems))
    return assessed


class DeskHealthService:
    """Reads the desks' heartbeats from the shared server as the signed-in person.

    The server decides what they see (migration 0018): an administrator every desk, a team
    lead their team's, anybody else their own.
    """

    def __init__(self, server: Callable[[], Database] | None, login: str = "") -> None:
        self._server = server
        self._login = login  # the server login, named when the server refuses it

    @classmethod
    def of(cls, sync: SyncService | None) -> DeskHealthService:
        """Reading on the sync's server as its login; None: the embedded database, no server."""
        return cls(sync.server_database, sync.server.login) if sync else cls(None)

    @property
    def has_server(self) -> bool:
        return self._server is not None

    def desks(self, silent_minutes: int = DEFAULT_SILENT_MINUTES) -> list[DeskHealth]:
        """Every desk the server lets this person see, by login and host name."""
        if self._server is None:
            raise NoServer("no shared server is configured: desks report their health there")
        if silent_minutes < 1:
            raise AcrmError(f"silent minutes must be at least 1 (got {silent_minutes})")
        order = (DeskHeartbeat.login, DeskHeartbeat.hostname, DeskHeartbeat.desk_id)
        try:
            with self._server().engine.connect() as connection:
                now = connection.execute(text("SELECT now()")).scalar_one()
                revision = connection.execute(text("SELECT version_num FROM alembic_version"))
                revision = revision.scalar()
                rows = connection.execute(select(DeskHeartbeat.__table__).order_by(*order)).all()
        except DBAPIError as error:
            raise self._plain(error) from error
        reports = [DeskReport(**row._asdict()) for row in rows]
        return assess(reports, now=now, server_revision=revision,
                      silent_after=timedelta(minutes=silent_minutes))  # fmt: skip

    def _plain(self, error: DBAPIError) -> Exception:
        """The server's refusal in the words the desk's sync uses; other failures as they are."""
        from app.services.sync.errors import is_login_refused, server_failure

        if is_login_refused(error):
            reason = (f"the server refused the login {self._login!r}: wrong password or the "
                      "login was deactivated (ask an administrator)")  # fmt: skip
        else:
            reason = server_failure(error)
        return AcrmError(f"cannot read the desks' health: {reason}") if reason else error
