"""A session that holds the feed open cannot freeze sync: any desk's pull ends it past the bound."""

from __future__ import annotations

import time
import uuid

import psycopg
import pytest
from sqlalchemy import select

from app.models import Contact, Customer
from app.services.storage.db import Database
from app.services.sync import service as sync_service
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import (
    PASSWORD,
    add_server_user,
    as_superuser,
    open_desktop,
    unique_login,
    wrapup,
)

pytestmark = pytest.mark.postgres


def _libpq_url(pg_url: str, login: str) -> str:
    database = pg_url.rsplit("/", 1)[1]
    host_port = pg_url.split("@", 1)[1].rsplit("/", 1)[0]
    return f"postgresql://{login}:{PASSWORD}@{host_port}/{database}"


def _hold_the_feed(pg_url: str, login: str, user_id: uuid.UUID, customer: uuid.UUID):
    """An agent's psql session: one write, left open, with its own timeouts switched off."""
    conn = psycopg.connect(_libpq_url(pg_url, login), autocommit=False)
    conn.execute("SET idle_in_transaction_session_timeout = 0")
    conn.execute("SET statement_timeout = 0")
    conn.execute(
        "INSERT INTO contacts (id, customer_id, channel, direction, agent_id, started_at, reason, "
        "outcome, notes, caller_number, created_at, updated_at) VALUES (%s, %s, 'phone', "
        "'inbound', %s, now(), 'held', 'answered', '', '', now(), now())",
        (uuid.uuid4(), customer, user_id),
    )
    return conn


def _older_than(pg_url: str, login: str, seconds: float) -> None:
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as su:
        for _ in range(300):
            age = su.execute(
                "SELECT extract(epoch FROM clock_timestamp() - xact_start) FROM pg_stat_activity "
                "WHERE usename = %s AND backend_xid IS NOT NULL",
                (login,),
            ).fetchone()
            if age and age[0] > seconds:
                return
            time.sleep(0.1)
    raise AssertionError(f"{login}'s transaction never grew older than {seconds} s")


def test_a_desk_sync_ends_a_session_holding_the_feed_and_gets_the_news(
    pg_url, tmp_path, _sqlite_template, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Database(pg_url)
    seed_wrapup_codes(server)
    customer = make_customer(server, external_id="C1")
    rogue, writer, reader = unique_login("rogue"), unique_login("w"), unique_login("r")
    rogue_id = add_server_user(pg_url, rogue)
    for login in (writer, reader):
        add_server_user(pg_url, login)
    as_superuser(
        pg_url, ("ALTER FUNCTION acrm_feed_hold_limit() SET acrm.feed_hold_limit = '1s'", {})
    )
    monkeypatch.setattr(sync_service, "FEED_HOLDER_CHECK_S", 0.0)  # check on every pull
    desks = [
        open_desktop(pg_url, login, tmp_path / f"{login}.sqlite3", _sqlite_template)
        for login in (writer, reader)
    ]
    a, b = desks
    holder = _hold_the_feed(pg_url, rogue, rogue_id, customer)
    try:
        for desk in desks:
            desk.sync.run_once()
        a.contacts.record(wrapup(customer))
        assert a.sync.run_once().pushed == 1
        _older_than(pg_url, rogue, 1.5)
        b.sync.run_once()  # ends the rogue session first, then reads past it
        with pytest.raises(psycopg.OperationalError):
            holder.execute("SELECT 1")
    finally:
        holder.close()
        for desk in desks:
            desk.close()
    with b.db.reading() as session:
        assert session.scalar(select(Contact.reason)) == "Card question"
        assert session.get(Customer, customer) is not None
    with server.reading() as session:
        assert session.scalar(select(Contact.id).where(Contact.reason == "held")) is None
    server.dispose()
