"""One unreadable feed row never stops sync: it is recorded, reported and skipped."""

from __future__ import annotations

import io
import shutil
import sys

import pytest
from sqlalchemy import create_engine, select, text

from app.cli import main
from app.models import AttributeDefinition, Customer
from app.services.storage.db import Database
from app.services.sync import skips
from app.services.sync.credentials import CredentialStore
from app.services.sync.status import SkippedFeedRow
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import (
    BOTH_ROUTES,
    PASSWORD,
    add_server_user,
    as_superuser,
    open_desktop,
    server_settings_for,
    unique_login,
)

# What an agent got into the feed before the server was fixed (issue 10, finding 3): the
# superuser plays the attacker, with the checks a fixed server adds taken away first.
OLD_SERVER = """
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
             WHERE contype = 'c'
               AND conrelid IN ('change_log'::regclass, 'attribute_definitions'::regclass)
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname);
    END LOOP;
    ALTER TABLE change_log ALTER COLUMN entity TYPE varchar(40) USING entity::text;
    ALTER TABLE change_log ALTER COLUMN entity_key TYPE varchar(64) USING entity_key::text;
END $$;
"""
FORGE = (
    "INSERT INTO change_log (txid, entity, entity_key, op, changed_at) "
    "VALUES (txid_current(), :entity, :key, 'upsert', now())"
)


def poison(pg_url: str, server: Database) -> None:
    """Good changes around four rows no desk can use, each in its own transaction."""
    make_customer(server, external_id="C2")
    as_superuser(pg_url, (OLD_SERVER, {}))
    as_superuser(
        pg_url,
        (FORGE, {"entity": "contact", "key": "not-a-uuid"}),
        (FORGE, {"entity": "pigeon", "key": "00000000-0000-0000-0000-000000000001"}),
    )
    # A definition whose type the desk's cache refuses (the server's check was dropped): the
    # trigger announces it as usual.
    with server.engine.begin() as connection:
        connection.execute(text("INSERT INTO attribute_definitions (name, type, label) "
                                "VALUES ('evil', 'pigeon', 'Evil')"))  # fmt: skip
    make_customer(server, external_id="C3")
    with server.engine.begin() as connection:  # a date psycopg cannot load
        connection.execute(text("UPDATE customers SET birth_date = 'infinity' "
                                "WHERE external_id = 'C3'"))  # fmt: skip
    make_customer(server, external_id="C4")


@pytest.fixture
def server(pg_url):
    db = Database(pg_url)
    seed_wrapup_codes(db)
    make_customer(db, external_id="C1")
    yield db
    db.dispose()


def acrm(desk, url, *args: str, monkeypatch) -> int:
    settings = server_settings_for(url, desk.login)
    CredentialStore().save(settings, PASSWORD)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return main(["--db", str(desk.db.engine.url), "sync", *args, "--login", desk.login,
                 "--server", settings.url])  # fmt: skip


def external_ids(desk) -> set[str]:
    with desk.db.reading() as session:
        return set(session.scalars(select(Customer.external_id)))


@BOTH_ROUTES
def test_poisoned_feed_rows_are_skipped_reported_and_the_rest_applied(
    pg_url, desk_url, server, tmp_path, _sqlite_template, monkeypatch, capsys
):
    login = unique_login("a")
    add_server_user(pg_url, login)
    desk = open_desktop(desk_url, login, tmp_path / "a.sqlite3", _sqlite_template)
    try:
        assert acrm(desk, desk_url, "--once", monkeypatch=monkeypatch) == 0
        capsys.readouterr()
        poison(pg_url, server)

        assert acrm(desk, desk_url, "--once", monkeypatch=monkeypatch) == 1
        out, err = capsys.readouterr()
        assert "skipped 4 feed row(s)" in out
        assert "contact 'not-a-uuid': 'not-a-uuid' is not a valid contact key" in err
        assert "unknown entity 'pigeon'" in err
        assert "attribute_definition 'evil': cannot be stored here" in err
        assert "customer" in err and "the server's row cannot be read" in err
        assert "Traceback" not in err
        assert external_ids(desk) == {"C1", "C2", "C4"}
        with desk.db.reading() as session:
            assert session.get(AttributeDefinition, "evil") is None

        assert acrm(desk, desk_url, "--once", monkeypatch=monkeypatch) == 0  # goes on, no error
        assert "skipped" not in capsys.readouterr().out
        assert acrm(desk, desk_url, "--status", monkeypatch=monkeypatch) == 0
        status = capsys.readouterr().out
        assert "feed rows skipped: 4" in status and "'not-a-uuid'" in status

        with server.engine.begin() as connection:  # an administrator repairs the row
            connection.execute(text("UPDATE customers SET birth_date = NULL "
                                    "WHERE external_id = 'C3'"))  # fmt: skip
        assert acrm(desk, desk_url, "--once", monkeypatch=monkeypatch) == 0
        assert external_ids(desk) == {"C1", "C2", "C3", "C4"}
    finally:
        desk.close()


@BOTH_ROUTES
def test_a_first_sync_skips_rows_it_cannot_read_or_store_and_copies_the_rest(
    pg_url, desk_url, server, tmp_path, _sqlite_template
):
    poison(pg_url, server)
    login = unique_login("new")
    add_server_user(pg_url, login)
    desk = open_desktop(desk_url, login, tmp_path / "new.sqlite3", _sqlite_template)
    try:
        report = desk.sync.run_once()
        assert report.full_resync
        skipped = {(row.entity, row.txid): row.reason for row in report.skipped}
        assert skipped.keys() == {("attribute_definition", None), ("customer", None)}
        assert "cannot be stored here" in skipped["attribute_definition", None]
        assert "the server's row cannot be read" in skipped["customer", None]
        assert external_ids(desk) == {"C1", "C2", "C4"}
        assert desk.sync.status().feed_skipped == 2
        assert desk.sync.run_once().skipped == ()  # the feed from there on is clean
    finally:
        desk.close()


def test_a_skip_never_hides_a_local_fault(pg_url, server, tmp_path, _sqlite_template):
    """A locked or broken cache is an error to retry, never a reason to skip a feed row."""
    login = unique_login("a")
    add_server_user(pg_url, login)
    path = tmp_path / "a.sqlite3"
    desk = open_desktop(pg_url, login, path, _sqlite_template)
    try:
        desk.sync.run_once()
        make_customer(server, external_id="C2")
        shutil.copyfile(path, tmp_path / "copy.sqlite3")
        blocker = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
        with blocker.connect() as connection:
            connection.exec_driver_sql("BEGIN EXCLUSIVE")
            desk.db.engine.dispose()
            with pytest.raises(Exception, match="locked"):
                desk.sync.run_once()
            connection.exec_driver_sql("ROLLBACK")
        blocker.dispose()
        assert desk.sync.store.skipped() == []
        desk.sync.run_once()
        assert external_ids(desk) == {"C1", "C2"}
    finally:
        desk.close()


def test_only_the_newest_thousand_skipped_rows_are_kept(sqlite_db):
    """A server flooding the feed with rows no desk can use cannot fill the desk's disk."""
    from app.services.sync.local_store import LocalStore

    def row(n: int) -> SkippedFeedRow:
        return SkippedFeedRow(n, 0, "pigeon", str(n), "unknown entity 'pigeon'")

    with sqlite_db.engine.begin() as connection:
        skips.record(connection, [row(n) for n in range(600)])
        skips.record(connection, [row(n) for n in range(600, 1005)])
    kept = LocalStore(sqlite_db).skipped()
    assert len(kept) == skips.KEPT
    assert (kept[0].txid, kept[-1].txid) == (1004, 5)
