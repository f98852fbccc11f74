"""Concurrent `acrm actions run` processes on one database: each key is sent once; a crash
between send and record resends that one message at most once, with the same key.

Real processes, a real SQLite file and the real PostgreSQL, a real local HTTP receiver.
Waits are bounded by generous hard limits, never asserted on.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.cli import main
from app.models import ActionLedgerEntry
from app.services.actions.delivery import database_now
from app.services.actions.webhook import IDEMPOTENCY_HEADER
from app.services.config import WEBHOOK_URL_ENV
from tests.integration.action_helpers import birthday_customer, ledger_row, publish
from tests.integration.webhook_server import Received, Receiver, running_receiver

AT = "2026-11-20T12:00"
ROOT = Path(__file__).resolve().parents[2]
HARD_BOUND = 180.0  # seconds any one wait may take before the test fails instead of hanging


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(WEBHOOK_URL_ENV, raising=False)
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def due_actions(db, count: int) -> list[uuid.UUID]:
    customers = [birthday_customer(db, f"B{number:02}") for number in range(count)]
    publish(db)
    return customers


def start_run(db, url: str, *options: str) -> subprocess.Popen:
    """`acrm actions run` in a process of its own (as a second desk or cron job would)."""
    env = dict(
        os.environ, PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    target = ["--webhook-url", url] if url else []  # none: the local outbox
    argv = ["--db", db.url, "actions", "run", "--at", AT, *target, *options]
    return subprocess.Popen(
        [sys.executable, "-m", "app", *argv],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> tuple[int, dict[str, str], str]:
    try:
        out, err = process.communicate(timeout=HARD_BOUND)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"acrm actions run still running after {HARD_BOUND:g} s")
    return process.returncode, figures(out), err


def figures(out: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in out.strip().splitlines() if ": " in line)


def wait_until(condition: Callable[[], bool], process: subprocess.Popen | None = None) -> None:
    give_up = time.monotonic() + HARD_BOUND
    while not condition():
        if process is not None and process.poll() is not None:
            pytest.fail(f"the run ended first (exit {process.returncode}): {process.stderr.read()}")
        if time.monotonic() > give_up:
            pytest.fail(f"waited {HARD_BOUND:g} s in vain")
        time.sleep(0.05)


def keys(receiver: Receiver) -> Counter[str]:
    return Counter(request.headers[IDEMPOTENCY_HEADER] for request in receiver.requests)


def ledger(db) -> dict[str, ActionLedgerEntry]:
    with db.reading() as session:
        rows = list(session.scalars(select(ActionLedgerEntry)))
        session.expunge_all()
    return {str(row.id): row for row in rows}


def test_two_runs_at_once_send_each_key_exactly_once(db) -> None:
    count = 23
    due_actions(db, count)
    peers: set[tuple] = set()
    both_sending = threading.Event()

    def hold(number: int, received: Received) -> None:
        # Until both runs have sent something, each answer waits a little (less than the
        # sender's 5 s read timeout): the second run starts while the first is still sending.
        peers.add(received.peer)
        if len(peers) >= 2:
            both_sending.set()
        both_sending.wait(2.0)

    with running_receiver(Receiver(hold=hold)) as receiver:
        first = start_run(db, receiver.url)
        wait_until(lambda: len(receiver.requests) >= 1, first)
        second = start_run(db, receiver.url)
        results = [finish(first), finish(second)]

    sent = keys(receiver)
    assert len(sent) == count and set(sent.values()) == {1}  # N distinct keys, each once
    assert set(sent) == set(ledger(db))
    assert {row.status for row in ledger(db).values()} == {"delivered"}
    assert [code for code, _, _ in results] == [0, 0]
    assert sum(int(shown["delivered"]) for _, shown, _ in results) == count
    assert [shown["actions executed"] for _, shown, _ in results] == [str(count), "0"]
    assert int(results[1][1]["delivered"]) >= 1  # the second run really did send


def test_two_runs_started_together_record_and_send_each_action_once(db) -> None:
    count = 23
    due_actions(db, count)
    with running_receiver() as receiver:
        runs = [start_run(db, receiver.url), start_run(db, receiver.url)]
        results = [finish(run) for run in runs]
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    assert all("Traceback" not in err for _, _, err in results)
    assert sum(int(shown["actions executed"]) for _, shown, _ in results) == count
    assert len(ledger(db)) == count
    sent = keys(receiver)
    assert len(sent) == count and set(sent.values()) == {1}


@pytest.mark.postgres
def test_two_runs_inserting_the_same_keys_at_once_meet_the_conflict_quietly(pg_db) -> None:
    customers = due_actions(pg_db, 6)
    blocker = pg_db.session_factory()
    try:
        # An uncommitted row for one of the keys: both runs' inserts end up waiting, one on
        # this row, the other on the first run's rows; then this transaction rolls back.
        blocker.add(ledger_row(customers[-1]))
        blocker.flush()
        runs = [start_run(pg_db, ""), start_run(pg_db, "")]
        wait_until(lambda: waiting_for_locks(pg_db) >= 2, runs[0])
    finally:
        blocker.rollback()
        blocker.close()
    results = [finish(run) for run in runs]
    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    assert all("Traceback" not in err for _, _, err in results)
    assert sorted(int(shown["actions executed"]) for _, shown, _ in results) == [0, 6]
    assert sorted(int(shown["already done this period"]) for _, shown, _ in results) == [0, 6]
    assert sum("collided with another run" in err for _, _, err in results) == 1
    assert len(ledger(pg_db)) == 6


def waiting_for_locks(db) -> int:
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    with db.reading() as session:
        return session.scalar(query) or 0


def test_a_run_killed_between_send_and_record_resends_that_message_once(db, capsys) -> None:
    count = 5
    due_actions(db, count)
    let_go = threading.Event()

    def hold(number: int, received: Received) -> None:
        if number == 1:  # the first message arrives; its answer never reaches the sender
            let_go.wait(HARD_BOUND)

    with running_receiver(Receiver(hold=hold)) as receiver:
        # A lease short enough to wait for, long enough for the next run to meet it held.
        doomed = start_run(db, receiver.url, "--message-deadline", "15", "--claim-lease", "16")
        wait_until(lambda: len(receiver.requests) >= 1, doomed)
        doomed.kill()  # sent, not recorded
        doomed.communicate(timeout=HARD_BOUND)
        let_go.set()
        (crashed_key,) = keys(receiver)
        claimed = ledger(db)[crashed_key]
        assert claimed.status == "pending" and claimed.claimed_by

        # While the dead run's claim holds, the next run sends everything else, not that one.
        argv = ["--db", db.url, "actions", "run", "--at", AT, "--webhook-url", receiver.url]
        assert main(argv) == 0
        shown = figures(capsys.readouterr().out)
        assert (shown["delivered"], shown["taken by another run"]) == (str(count - 1), "1")
        assert set(keys(receiver).values()) == {1}

        # Once the claim has lapsed, a run sends that message again, with the same key.
        expire_claim(db, crashed_key)
        assert main(argv) == 0
        assert figures(capsys.readouterr().out)["delivered"] == "1"
        assert main(argv) == 0  # and nothing is ever sent a third time
        assert figures(capsys.readouterr().out)["delivered"] == "0"

    sent = keys(receiver)
    assert sent == Counter({key: 1 for key in ledger(db)} | {crashed_key: 2})
    assert {row.status for row in ledger(db).values()} == {"delivered"}
    assert all(row.claimed_by is None for row in ledger(db).values())


def expire_claim(db, ledger_id: str) -> None:
    """Wait until the dead run's claim lapses on the database's clock (bounded)."""
    row = ActionLedgerEntry

    def lapsed() -> bool:
        with db.reading() as session:
            until = session.scalar(select(row.claimed_until).where(row.id == uuid.UUID(ledger_id)))
            return until is not None and until < database_now(session)

    wait_until(lapsed)
