"""Adversarial: no client session can hold the change feed back for long; `acrm db health`."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import create_engine, text

from app.cli import main
from app.services.admin import server_health
from app.services.errors import AcrmError
from app.services.storage import migrate
from app.services.storage.db import Database
from app.services.sync.pull import read_page
from tests.security_helpers import (  # noqa: F401  (fixtures)
    GROUPS,
    PASSWORD,
    Cast,
    Person,
    cast,
    hardened_server,
)

NOW_UTC = datetime.now(UTC)
CONTACT = (
    "INSERT INTO contacts (id, customer_id, channel, direction, agent_id, started_at, reason, "
    "outcome, notes, caller_number, created_at, updated_at) VALUES (%s, %s, 'phone', 'inbound', "
    "%s, now(), 'x', 'x', '', '', now(), now())"
)


@pytest.mark.parametrize("group", GROUPS)
def test_client_logins_get_session_bounds(cast: Cast, group: str) -> None:  # noqa: F811
    with cast.connect(cast.member(group)) as conn:
        idle = conn.execute("SHOW idle_in_transaction_session_timeout").fetchone()[0]
        statement = conn.execute("SHOW statement_timeout").fetchone()[0]
    assert idle == "1min"
    # Administrators import and upgrade: long statements are theirs to run.
    assert statement == ("0" if group == "admin" else "30s")


def test_migration_bounds_the_members_that_exist_already(pg_url: str) -> None:
    db = Database(pg_url)
    login = f"old_{uuid.uuid4().hex[:8]}"
    try:
        migrate.downgrade(db.engine, "0003")
        with db.engine.begin() as conn:
            conn.execute(text(f"CREATE ROLE {login} LOGIN IN ROLE team_lead"))
        migrate.upgrade(db.engine)
        with db.engine.connect() as conn:
            settings = conn.execute(
                text("SELECT s.setconfig FROM pg_db_role_setting s JOIN pg_roles r "
                     "ON r.oid = s.setrole WHERE r.rolname = :l"), {"l": login}
            ).scalar_one()  # fmt: skip
        assert sorted(settings) == ["idle_in_transaction_session_timeout=60s",
                                    "statement_timeout=30s"]  # fmt: skip
    finally:
        db.dispose()


def _hold_the_feed(cast: Cast, holder: Person) -> psycopg.Connection:  # noqa: F811
    """An open transaction with one write; the holder switched the idle timeout off."""
    conn = cast.connect(holder, autocommit=False)
    conn.execute("SET idle_in_transaction_session_timeout = 0")
    conn.execute("SET statement_timeout = 0")
    conn.execute(CONTACT, (uuid.uuid4(), cast.customers[0], holder.user_id))
    return conn


def _commit_a_contact(cast: Cast, person: Person) -> uuid.UUID:  # noqa: F811
    contact_id = uuid.uuid4()
    with cast.connect(person) as conn:
        conn.execute(CONTACT, (contact_id, cast.customers[1], person.user_id))
    return contact_id


def _shorten_the_bound(cast: Cast) -> None:  # noqa: F811
    with cast.superuser() as conn:
        conn.execute("ALTER FUNCTION acrm_feed_hold_limit() SET acrm.feed_hold_limit = '1s'")


def _wait_until_older_than_the_bound(cast: Cast, login: str) -> None:  # noqa: F811
    with cast.superuser() as conn:
        for _ in range(300):
            age = conn.execute(
                "SELECT extract(epoch FROM clock_timestamp() - xact_start) FROM pg_stat_activity "
                "WHERE usename = %s AND backend_xid IS NOT NULL", (login,)
            ).fetchone()  # fmt: skip
            if age and age[0] > 1.5:
                return
            time.sleep(0.1)
    raise AssertionError("the holder never grew older than the bound")


def _feed_keys(cast: Cast, person: Person) -> set:  # noqa: F811
    engine = create_engine(cast.server.url(cast.database, person.login, PASSWORD))
    try:
        with engine.connect() as connection:
            page = read_page(connection, (0, 0), 10_000)
        return page.keys.get("contact", set())
    finally:
        engine.dispose()


def test_a_transaction_left_open_is_ended_and_the_feed_moves_on(cast: Cast) -> None:  # noqa: F811
    _shorten_the_bound(cast)
    holder = _hold_the_feed(cast, cast.agent)
    try:
        waiting = _commit_a_contact(cast, cast.other_agent)
        assert waiting not in _feed_keys(cast, cast.other_agent)  # held back
        _wait_until_older_than_the_bound(cast, cast.agent.login)
        # What a desk's pull does: any client may end a holder older than the bound.
        desk = Database(cast.server.url(cast.database, cast.other_agent.login, PASSWORD))
        try:
            ended = server_health.end_feed_holders(desk)
        finally:
            desk.dispose()
        assert [h.login for h in ended] == [cast.agent.login]
        with pytest.raises(psycopg.OperationalError):
            holder.execute("SELECT 1")
    finally:
        holder.close()
    assert waiting in _feed_keys(cast, cast.other_agent)


def test_a_young_transaction_and_an_admins_import_are_left_alone(cast: Cast) -> None:  # noqa: F811
    holder = _hold_the_feed(cast, cast.agent)  # younger than the default bound
    admin = _hold_the_feed(cast, cast.admin)
    try:
        with cast.superuser() as su:
            su.execute("ALTER FUNCTION acrm_feed_hold_limit() SET acrm.feed_hold_limit = '1s'")
        _wait_until_older_than_the_bound(cast, cast.admin.login)
        with cast.superuser() as su:
            su.execute("ALTER FUNCTION acrm_feed_hold_limit() SET acrm.feed_hold_limit = '1h'")
        with cast.connect(cast.other_agent) as conn:
            assert conn.execute("SELECT count(*) FROM acrm_end_feed_holders()").fetchone() == (0,)
        holder.execute("SELECT 1")
        admin.execute("SELECT 1")
    finally:
        holder.close()
        admin.close()


def test_health_says_who_holds_the_feed_since_when(
    cast: Cast,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    _shorten_the_bound(cast)
    url = cast.server.url(cast.database)
    assert main(["db", "health", "--url", url]) == 0
    assert "feed: moving" in capsys.readouterr().out
    holder = _hold_the_feed(cast, cast.agent)
    try:
        _commit_a_contact(cast, cast.other_agent)
        _wait_until_older_than_the_bound(cast, cast.agent.login)
        # A non-superuser administrator sees everything the report needs.
        admin_db = Database(cast.server.url(cast.database, cast.admin.login, PASSWORD))
        try:
            report = server_health.feed_health(admin_db)
        finally:
            admin_db.dispose()
        assert report.held_back
        (first,) = report.holders
        assert (first.login, first.application_name, first.state) == (
            cast.agent.login, "attacker", "idle in transaction",
        )  # fmt: skip
        assert report.waiting_changes >= 1
        assert main(["db", "health", "--url", url]) == 1
        out = capsys.readouterr().out
        assert "feed: held back" in out and cast.agent.login in out and str(first.pid) in out
        assert main(["db", "health", "--url", url, "--terminate"]) == 0
        out = capsys.readouterr().out
        assert f"ended {cast.agent.login}" in out and "feed: moving" in out
        assert "warning" not in out
    finally:
        holder.close()


def test_health_needs_an_administrator(cast: Cast) -> None:  # noqa: F811
    agent_db = Database(cast.server.url(cast.database, cast.agent.login, PASSWORD))
    try:
        with pytest.raises(AcrmError, match="needs the admin role") as caught:
            server_health.feed_health(agent_db)
    finally:
        agent_db.dispose()
    assert PASSWORD not in str(caught.value)


def test_a_table_lock_left_open_is_ended_too(cast: Cast) -> None:  # noqa: F811
    # LOCK TABLE needs no transaction id, yet every desk's pull waits for it.
    _shorten_the_bound(cast)
    holder = cast.connect(cast.agent, autocommit=False)
    holder.execute("SET idle_in_transaction_session_timeout = 0")
    holder.execute("LOCK TABLE customer_phones IN ACCESS EXCLUSIVE MODE")
    counted: list[int] = []
    reader = threading.Thread(target=lambda: counted.append(_count_phones(cast)))
    try:
        reader.start()
        _wait_until_blocking(cast, cast.agent.login)
        desk = Database(cast.server.url(cast.database, cast.other_agent.login, PASSWORD))
        try:
            ended = server_health.end_feed_holders(desk)
        finally:
            desk.dispose()
        assert [h.login for h in ended] == [cast.agent.login]
        reader.join(timeout=60)
        assert len(counted) == 1 and counted[0] >= 4  # the pull reads on
    finally:
        holder.close()
        reader.join(timeout=60)


def _count_phones(cast: Cast) -> int:  # noqa: F811
    with cast.connect(cast.other_agent) as conn:
        return conn.execute("SELECT count(*) FROM customer_phones").fetchone()[0]


def _wait_until_blocking(cast: Cast, login: str) -> None:  # noqa: F811
    with cast.superuser() as conn:
        for _ in range(300):
            row = conn.execute(
                "SELECT extract(epoch FROM clock_timestamp() - h.xact_start) FROM pg_stat_activity "
                "h JOIN pg_stat_activity w ON h.pid = ANY(pg_blocking_pids(w.pid)) "
                "WHERE h.usename = %s", (login,)
            ).fetchone()  # fmt: skip
            if row and row[0] > 1.5:
                return
            time.sleep(0.1)
    raise AssertionError("the lock holder never blocked anyone for longer than the bound")


def test_health_warns_when_the_database_lost_its_grants(pg_db: Database) -> None:
    # A copy of a template database (as the test fixtures make) keeps no database grants.
    report = server_health.feed_health(pg_db)
    assert report.temp_for_public and not report.held_back
    assert any(line.startswith("warning:") for line in server_health.describe(report, NOW_UTC))
