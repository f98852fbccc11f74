"""A desk's real sync cycles report its heartbeat to PostgreSQL; a heartbeat never fails a sync."""

from __future__ import annotations

import dataclasses
import logging
import socket
import uuid
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text

from app import __version__
from app.services.config import data_dir
from app.services.storage import migrate
from app.services.storage.db import Database
from app.services.sync.errors import ServerUnavailable
from app.services.sync.heartbeat import desk_id
from app.services.sync.server import open_server
from app.services.sync.service import SyncService
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import (
    BOTH_ROUTES,
    PASSWORD,
    add_server_user,
    server_settings_for,
    unique_login,
    wrapup,
)

pytestmark = pytest.mark.postgres


class Switch:
    """A push fault that can be turned on: a failure the reachable server sees mid-cycle."""

    def __init__(self) -> None:
        self.message = ""

    def __call__(self, point: str) -> None:
        if self.message and point == "after_server_commit":
            raise RuntimeError(self.message)


@dataclasses.dataclass
class Desk:
    login: str
    db: Database
    sync: SyncService
    fault: Switch


@pytest.fixture
def desk_for(desk_url, pg_url, tmp_path, _sqlite_template):
    opened: list[Desk] = []

    def open_desk(interval: float = 60.0) -> Desk:
        login = unique_login("hb")
        add_server_user(pg_url, login)
        path = tmp_path / f"{login}.sqlite3"
        path.write_bytes(_sqlite_template.read_bytes())
        db = Database(f"sqlite:///{path}")
        migrate.upgrade(db.engine)
        server = dataclasses.replace(server_settings_for(desk_url, login),
                                     heartbeat_interval=interval)  # fmt: skip
        fault = Switch()
        sync = SyncService(db, server, lambda: open_server(server, PASSWORD), fault=fault)
        opened.append(Desk(login, db, sync, fault))
        return opened[-1]

    yield open_desk
    for desk in opened:
        desk.sync.close()
        desk.db.dispose()


def heartbeats(pg_url: str, login: str) -> list[dict]:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            result = connection.execute(
                text("SELECT * FROM desk_heartbeats WHERE login = :l"), {"l": login}
            )
            return [dict(row._mapping) for row in result]
    finally:
        engine.dispose()


@BOTH_ROUTES
def test_a_real_sync_cycle_reports_the_desk(desk_for, pg_url) -> None:
    desk = desk_for()
    desk.sync.run_once()
    [row] = heartbeats(pg_url, desk.login)
    status = desk.sync.status()
    assert row["desk_id"] == desk_id(data_dir(), desk.sync.server.keyring_key)
    assert row["hostname"] == socket.gethostname()[:253]
    assert row["app_version"] == __version__
    assert row["schema_revision"] == migrate.head_revision()
    assert row["unsynced"] == 0 and row["last_error"] == ""
    assert row["last_sync_at"] == status.last_sync_at
    assert isinstance(row["reported_at"], datetime)


def test_the_desk_id_is_kept_and_differs_per_person(tmp_path) -> None:
    first = desk_id(tmp_path, "anna@postgresql://server/acrm")
    assert desk_id(tmp_path, "anna@postgresql://server/acrm") == first
    assert desk_id(tmp_path, "boris@postgresql://server/acrm") != first
    [kept] = [p for p in tmp_path.iterdir() if p.read_text().strip() == str(first)]
    assert kept.stat().st_mode & 0o077 == 0
    kept.write_text("not a uuid")
    assert isinstance(desk_id(tmp_path, "anna@postgresql://server/acrm"), uuid.UUID)


def test_heartbeats_wait_for_the_interval_unless_something_changed(desk_for, pg_url) -> None:
    desk = desk_for(interval=3600)
    desk.sync.run_once()
    [first] = heartbeats(pg_url, desk.login)
    desk.sync.run_once()
    desk.sync.run_once()
    assert heartbeats(pg_url, desk.login) == [first]  # within the hour: not sent again
    assert desk.sync._heartbeat.sent == 1


@BOTH_ROUTES
def test_a_failed_sync_reports_its_error_without_secrets_then_the_recovery(
    desk_for, pg_url
) -> None:
    seed_wrapup_codes(Database(pg_url))
    customer = make_customer(Database(pg_url), external_id="HB1")
    desk = desk_for(interval=3600)
    desk.sync.run_once()
    from app.services.contacts.service import ContactService

    ContactService(desk.db, desk.login).record(wrapup(customer))
    desk.fault.message = "push broke: password=hunter2 at postgresql://anna:hunter2@db/acrm"
    with pytest.raises(RuntimeError):
        desk.sync.run_once()
    [failed] = heartbeats(pg_url, desk.login)
    assert failed["last_error"] == "push broke: password=*** at postgresql://anna:***@db/acrm"
    assert "hunter2" not in failed["last_error"]
    desk.fault.message = ""
    desk.sync.run_once()  # the error changed (cleared): reported at once, not in an hour
    [recovered] = heartbeats(pg_url, desk.login)
    assert recovered["last_error"] == "" and recovered["unsynced"] == 0
    assert recovered["reported_at"] >= failed["reported_at"]


def test_unsynced_rows_are_counted_from_the_outbox(desk_for, pg_url) -> None:
    seed_wrapup_codes(Database(pg_url))
    customer = make_customer(Database(pg_url), external_id="HB2")
    desk = desk_for(interval=3600)
    desk.sync.run_once()
    from app.services.contacts.service import ContactService

    for _ in range(2):
        ContactService(desk.db, desk.login).record(wrapup(customer))
    desk.fault.message = "the network broke after the commit"
    with pytest.raises(RuntimeError):
        desk.sync.run_once()  # the rows reached the server, their acknowledgement did not
    [row] = heartbeats(pg_url, desk.login)
    assert row["unsynced"] == desk.sync.store.unsynced_count() == 2


def test_a_heartbeat_refused_by_the_server_never_fails_the_sync(desk_for, pg_url, caplog) -> None:
    desk = desk_for()
    engine = create_engine(pg_url)
    with engine.begin() as connection:
        connection.execute(text("REVOKE INSERT, UPDATE ON desk_heartbeats FROM agent"))
    engine.dispose()
    with caplog.at_level(logging.WARNING, logger="app.services.sync.heartbeat"):
        report = desk.sync.run_once()
        desk.sync.run_once()
    assert report.full_resync and desk.sync.status().last_error == ""
    assert heartbeats(pg_url, desk.login) == []
    refusals = [r for r in caplog.records if "heartbeat not sent" in r.getMessage()]
    assert len(refusals) == 1  # said once, not on every cycle
    assert "permission denied" in refusals[0].getMessage()


def test_an_unreachable_server_costs_no_heartbeat_attempt(tmp_path, _sqlite_template) -> None:
    """The cycle's own connection failed: a heartbeat could not arrive, so none is tried
    (no second connect timeout) and this desk has not even needed its id yet."""
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(_sqlite_template.read_bytes())
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db.engine)
    server = server_settings_for(f"postgresql+psycopg://127.0.0.1:{port}/acrm", "anna")
    sync = SyncService(db, server, lambda: open_server(server, PASSWORD))
    try:
        with pytest.raises(ServerUnavailable):
            sync.run_once()
        assert list(data_dir().glob("desk-*.id")) == []
    finally:
        sync.close()
        db.dispose()
