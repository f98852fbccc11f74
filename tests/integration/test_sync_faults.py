"""Sync under faults: server gone mid-push, lost responses, killed desktops, late commits."""

from __future__ import annotations

import os
import re
import selectors
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from app.models import Contact, ContactWrapUp, Customer, OutboxEntry
from app.services.storage.db import Database
from app.services.sync.errors import ServerUnavailable
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import Desktop, add_server_user, open_desktop, unique_login, wrapup
from tests.sync_proxy import TcpProxy, desktop_through

REPO = Path(__file__).resolve().parents[2]
CODES = ("INFO", "SALE")


@pytest.fixture
def server(pg_url) -> Iterator[tuple[Database, uuid.UUID]]:
    db = Database(pg_url)
    seed_wrapup_codes(db)
    customer = make_customer(db, external_id="C1")
    yield db, customer
    db.dispose()


@pytest.fixture
def proxy(pg_server) -> Iterator[TcpProxy]:
    p = TcpProxy(pg_server.port)
    yield p
    p.close()


@pytest.fixture
def login(pg_url, server) -> str:
    name = unique_login("f")
    add_server_user(pg_url, name)
    return name


def ids(db: Database, model=Contact) -> set[uuid.UUID]:
    with db.reading() as session:
        return set(session.scalars(select(model.id)))


def count(db: Database, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def record(desk: Desktop, customer: uuid.UUID, n: int) -> list[uuid.UUID]:
    entries = [wrapup(customer, codes=CODES, notes=f"n{i}") for i in range(n)]
    for entry in entries:
        desk.contacts.record(entry)
    return [entry.contact_id for entry in entries]


# --- (a) the server goes away in the middle of a push of several batches ------------------------


@pytest.mark.parametrize("where", ["between_batches", "inside_a_batch"])
def test_server_gone_mid_push_then_back_pushes_everything_once(
    where, server, login, proxy, pg_url, tmp_path, _sqlite_template
):
    server_db, customer = server
    calls = {"commits": 0, "wrapup_inserts": 0}

    def stop_server() -> None:
        proxy.pause()  # no new connections: like a stopped server...
        proxy.cut()  # ...and the open ones die with it

    def fault(point: str) -> None:
        if point == "after_server_commit" and where == "between_batches":
            calls["commits"] += 1
            if calls["commits"] == 3:
                stop_server()

    def on_statement(statement: str) -> None:
        # Batch 4 already inserted its contacts (uncommitted) when the cut comes.
        if where == "inside_a_batch" and re.match(r"\s*INSERT INTO contact_wrapups\b", statement):
            calls["wrapup_inserts"] += 1
            if calls["wrapup_inserts"] == 4:
                stop_server()

    desk = desktop_through(proxy, pg_url, login, tmp_path / "a.sqlite3", _sqlite_template,
                           fault, on_statement)  # fmt: skip
    try:
        desk.sync.run_once()  # first sync, before anything is recorded
        recorded = record(desk, customer, 100)

        with pytest.raises(ServerUnavailable):
            desk.sync.run_once()
        status = desk.sync.status()
        assert not status.online and status.last_error
        assert status.unsynced == 70  # batches 1-3 acknowledged, batch 4 rolled back
        assert count(server_db, Contact) == 30

        with pytest.raises(ServerUnavailable):  # still "stopped": refused at once
            desk.sync.run_once()
        assert desk.sync.status().unsynced == 70

        proxy.resume()
        report = desk.sync.run_once()
        assert report.pushed == 70
        assert ids(server_db) == set(recorded)
        assert count(server_db, ContactWrapUp) == 100 * len(CODES)
        status = desk.sync.status()
        assert status.online and status.unsynced == 0 and status.last_error == ""
    finally:
        desk.close()


# --- (b) the server committed, the answer never arrived ---------------------------------------


def test_response_lost_after_commit_is_pushed_again_without_duplicates(
    server, login, proxy, pg_url, tmp_path, _sqlite_template
):
    server_db, customer = server
    commits = {"n": 0}

    def fault(point: str) -> None:
        if point == "after_server_commit":
            commits["n"] += 1
            if commits["n"] == 2:  # batch 2's answer is lost, once
                raise ConnectionError("connection reset after COMMIT")

    desk = desktop_through(proxy, pg_url, login, tmp_path / "b.sqlite3", _sqlite_template, fault)
    try:
        desk.sync.run_once()
        recorded = record(desk, customer, 25)

        with pytest.raises(ServerUnavailable):
            desk.sync.run_once()
        assert count(server_db, Contact) == 20  # batch 2 is on the server...
        assert desk.sync.status().unsynced == 15  # ...but not acknowledged

        report = desk.sync.run_once()
        assert report.pushed == 15  # batch 2 again, then batch 3
        assert ids(server_db) == set(recorded)
        assert count(server_db, ContactWrapUp) == 25 * len(CODES)
        with desk.db.reading() as session:
            unacked = session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.pushed_at.is_(None))
            )
        assert unacked == 0
        assert desk.sync.status().unsynced == 0
    finally:
        desk.close()


# --- (c) the desktop process is killed between its local commits and any push -----------------


def read_line(proc: subprocess.Popen, deadline: float) -> str:
    """The worker's next stdout line, failing (not hanging) if none comes before `deadline`."""
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        if not selector.select(max(0.0, deadline - time.monotonic())):
            raise AssertionError("the desktop worker said nothing in time")
    line = proc.stdout.readline()
    assert line, f"the desktop worker ended early: {proc.stderr.read()}"
    return line.strip()


def test_desktop_killed_before_push_sends_its_contacts_on_next_start(
    server, login, pg_url, tmp_path, _sqlite_template
):
    server_db, customer = server
    path = tmp_path / "killed.sqlite3"
    first = open_desktop(pg_url, login, path, _sqlite_template)
    first.sync.run_once()  # the users row comes from the server: contacts need its id
    first.close()

    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.sync_desktop_worker", "record-forever", "--sqlite",
         str(path), "--pg-url", pg_url, "--login", login, "--customer", str(customer)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    announced: set[uuid.UUID] = set()
    try:
        deadline = time.monotonic() + 60
        assert read_line(proc, deadline) == "READY"
        while len(announced) < 40:
            word, contact_id = read_line(proc, deadline).split()
            assert word == "RECORDED"
            announced.add(uuid.UUID(contact_id))
        # Killed while it keeps writing: the kill may land inside a SQLite transaction.
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
        proc.stdout.close()
        proc.stderr.close()

    desk = open_desktop(pg_url, login, path)  # the same file, as on the next start
    try:
        local = ids(desk.db)
        assert announced <= local  # every committed contact survived the kill
        assert desk.sync.status().unsynced == len(local)
        assert count(server_db, Contact) == 0

        report = desk.sync.run_once()
        assert report.pushed == len(local)
        assert ids(server_db) == local
        assert desk.sync.status().unsynced == 0
    finally:
        desk.close()


# --- (d) a transaction that commits after a later one must still reach the desktops -----------


def test_transaction_committing_late_in_the_feed_is_still_delivered(
    server, login, pg_url, tmp_path, _sqlite_template
):
    server_db, _ = server
    b = open_desktop(pg_url, login, tmp_path / "b.sqlite3", _sqlite_template)
    admin = Database(pg_url)
    try:
        b.sync.run_once()
        make_customer(server_db, external_id="BEFORE")
        b.sync.run_once()  # the cursor now sits on a real change of the feed
        late_id = uuid.uuid4()
        now = datetime.now(UTC)
        with admin.engine.connect() as t1:
            t1.begin()
            t1.execute(
                insert(Customer.__table__).values(
                    id=late_id, external_id="LATE", first_name="Late", last_name="Late",
                    first_key="late", last_key="late", city="", segment="",
                    created_at=now, updated_at=now,
                )
            )  # fmt: skip
            t1_txid = t1.exec_driver_sql("SELECT pg_current_xact_id()::text::bigint").scalar()
            early_id = make_customer(server_db, external_id="EARLY")  # T2: higher txid, commits

            b.sync.run_once()
            cursor = b.sync.cursor()
            # Never past the open T1: (txid, 0) still takes every change T1 will log.
            assert cursor is not None and cursor <= (t1_txid, 0)
            assert late_id not in ids(b.db, Customer)
            # By design the feed stops at the oldest running transaction, so T2 waits too;
            # delivering it early would be fine as long as the cursor stays below T1.
            t1.commit()

        b.sync.run_once()
        assert {late_id, early_id} <= ids(b.db, Customer)
        assert b.sync.cursor()[0] >= t1_txid
    finally:
        admin.dispose()
        b.close()
