"""Reading the audit log on real SQLite and PostgreSQL: filters, newest first, pages, CSV."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete

from app.models import AuditLogEntry
from app.services.errors import AcrmError, ValidationError
from app.services.reports.audit_log import AuditFilter, AuditLogService
from app.services.storage.db import Database

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
# (minutes after T0, actor, action, target, details)
ROWS = (
    (0, "ola", "role.create", "jan", {"role": "agent"}),
    (10, "ola", "wrapup_codes.insert", "CB", {"new": {"code": "CB"}}),
    (20, "piotr", "wrapup_codes.update", "CB", {"old": {"active": True}}),
    (30, "piotr", "rule_set_versions.insert", "7", {}),
    (40, "ola", "wrapup_codes_extra.insert", '=HYPERLINK("x")', {}),
    (1440, "ola", "role.deactivate", "Jan.Kowalski", {}),
)


@pytest.fixture(params=["sqlite", "postgres"])
def db(request) -> Database:
    db = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    with db.unit_of_work() as uow:
        uow.session.execute(delete(AuditLogEntry))  # PostgreSQL's migrations audit their seeds
        uow.session.add_all(
            AuditLogEntry(at=T0 + timedelta(minutes=m), actor=actor, action=action, target=target,
                          details=details)
            for m, actor, action, target, details in ROWS
        )  # fmt: skip
        uow.commit()
    return db


def targets(page) -> list[str]:
    return [row.target for row in page.rows]


def test_newest_first_and_each_filter(db) -> None:
    log = AuditLogService(db)
    everything = log.read(AuditFilter())
    assert targets(everything) == ["Jan.Kowalski", '=HYPERLINK("x")', "7", "CB", "CB", "jan"]
    assert not everything.more
    assert targets(log.read(AuditFilter(actor="piotr"))) == ["7", "CB"]
    # An action, or a family of actions: "wrapup_codes" is not "wrapup_codes_extra".
    assert targets(log.read(AuditFilter(action="wrapup_codes"))) == ["CB", "CB"]
    assert targets(log.read(AuditFilter(action="wrapup_codes.update"))) == ["CB"]
    assert targets(log.read(AuditFilter(target="jan"))) == ["Jan.Kowalski", "jan"]
    assert targets(log.read(AuditFilter(target="%"))) == []  # a wildcard is just a character
    day = AuditFilter(since=T0 + timedelta(minutes=10), until=T0 + timedelta(minutes=30))
    assert targets(log.read(day)) == ["CB", "CB"]  # from inclusive, to exclusive
    first = log.read(AuditFilter(limit=4))
    second = log.read(AuditFilter(limit=4, offset=4))
    assert (len(first.rows), first.more, targets(second), second.more) == (
        4,
        True,
        ["CB", "jan"],
        False,
    )
    row = log.read(AuditFilter(actor="ola", action="role.create")).rows[0]
    assert (row.at, row.details) == (T0, '{"role":"agent"}')


def test_export_writes_every_match_defused_and_private(db, tmp_path) -> None:
    path = tmp_path / "audit.csv"
    written = AuditLogService(db).export(path, AuditFilter(actor="ola", limit=1))
    assert written == 4  # every match, not the page
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "at;actor;action;target;details"
    assert len(lines) == 5
    assert "'=HYPERLINK" in lines[2]  # Excel will not run it
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_export_to_a_missing_folder_names_the_file_and_leaves_nothing(db, tmp_path) -> None:
    target = tmp_path / "missing" / "audit.csv"
    with pytest.raises(AcrmError, match=r"cannot write .*audit\.csv"):
        AuditLogService(db).export(target, AuditFilter())
    assert not target.parent.exists()


def test_a_period_that_ends_before_it_starts_names_the_field(db) -> None:
    with pytest.raises(ValidationError, match=r"^to: "):
        AuditLogService(db).read(AuditFilter(since=T0, until=T0))
