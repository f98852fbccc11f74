"""Deadlines per message and per run against receivers that hang or trickle (real sockets).

No timed assertions: each call runs under a generous hard bound, so a client without a
deadline fails the test instead of hanging it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import ActionLedgerEntry
from app.services.actions.delivery import DeliveryLimits
from app.services.actions.webhook import DeliveryFailed, WebhookClient
from app.services.config import WEBHOOK_URL_ENV
from tests.integration.action_helpers import AS_OF, birthday_customer, publish, service
from tests.integration.slow_receivers import hanging, slow_receiver, trickling, trickling_body
from tests.integration.webhook_server import running_receiver, unused_url

MESSAGE = {"action": "send_birthday_email", "customer": {"external_id": "B1"}}
HARD_BOUND = 60.0  # seconds; the deadlines under test are 1-3 s
T = TypeVar("T")


@pytest.fixture(autouse=True)
def no_webhook_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WEBHOOK_URL_ENV, raising=False)


def bounded(call: Callable[[], T]) -> T:
    """Run `call` in a thread; fail (not hang) if it is still running after HARD_BOUND."""
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(HARD_BOUND)
    if thread.is_alive():
        pytest.fail(f"still sending after {HARD_BOUND:g} s: no deadline stopped it")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def patient_client(url: str, deadline: float) -> WebhookClient:
    # Per-operation timeout far beyond the hard bound: only the deadline can stop the message.
    return WebhookClient(
        url, timeout=600.0, attempts=4, wait=0.001, max_wait=0.002, deadline=deadline
    )


def failure(client: WebhookClient) -> DeliveryFailed:
    with pytest.raises(DeliveryFailed) as caught:
        bounded(lambda: client.send(MESSAGE, "key-1"))
    return caught.value


def test_an_answer_trickled_a_byte_at_a_time_fails_within_the_message_deadline() -> None:
    with slow_receiver(trickling(interval=0.5)) as receiver:
        error = failure(patient_client(receiver.url, deadline=2.0))
    assert not error.permanent  # the message stays retryable
    assert receiver.url in str(error) and "deadline of 2 s per message" in str(error)
    assert receiver.keys[0] == "key-1"


def test_a_refusal_whose_body_trickles_fails_within_the_message_deadline() -> None:
    with slow_receiver(trickling_body(b"503 Service Unavailable")) as receiver:
        error = failure(patient_client(receiver.url, deadline=2.0))
    assert not error.permanent and "HTTP 503" in str(error)


def test_an_acceptance_whose_body_trickles_counts_as_delivered() -> None:
    # The status line is the receiver's verdict; the rest of its answer is not waited for.
    with slow_receiver(trickling_body(b"200 OK")) as receiver:
        attempts = bounded(lambda: patient_client(receiver.url, deadline=2.0).send(MESSAGE, "k"))
    assert attempts == 1 and receiver.keys == ["k"]


def test_a_server_that_never_answers_fails_within_the_message_deadline() -> None:
    # 3 s, not less: on a loaded machine the request itself must have time to get out.
    with slow_receiver(hanging()) as receiver:
        error = failure(patient_client(receiver.url, deadline=3.0))
    assert not error.permanent and "no complete answer in time" in str(error)
    assert set(receiver.keys) == {"key-1"}  # every attempt carries the same key


def ledger(db) -> list[ActionLedgerEntry]:
    with db.reading() as session:
        rows = list(session.scalars(select(ActionLedgerEntry)))
        session.expunge_all()
        return rows


def test_a_run_against_a_hanging_server_stops_at_its_deadline_and_keeps_the_rest(
    sqlite_db,
) -> None:
    count = 8  # 8 messages of 0.5 s each cannot all fit in a 2 s run
    for number in range(count):
        birthday_customer(sqlite_db, f"B{number}")
    limits = DeliveryLimits(message=0.5, run=2.0)
    with slow_receiver(hanging()) as receiver:
        actions = service(sqlite_db, patient_client(receiver.url, deadline=0.5))
        report = bounded(lambda: actions.run(AS_OF, limits=limits))
    assert report.executed == count and report.delivered == 0
    assert report.postponed >= 1 and report.failed + report.postponed == count
    rows = ledger(sqlite_db)
    assert sorted(row.status for row in rows) == sorted(
        ["failed"] * report.failed + ["pending"] * report.postponed
    )
    assert all(row.claimed_by is None and row.claimed_until is None for row in rows)
    # Every row is still there to send: the next run against a working receiver sends all.
    with running_receiver() as good:
        again = service(sqlite_db, patient_client(good.url, deadline=5.0)).deliver_pending()
    assert (again.delivered, again.failed, again.postponed) == (count, 0, 0)
    assert sorted(r.headers["Idempotency-Key"] for r in good.accepted) == sorted(
        str(row.id) for row in rows
    )


def test_retry_says_what_the_run_deadline_left_pending(sqlite_db, capsys) -> None:
    for number in range(6):
        birthday_customer(sqlite_db, f"B{number}")
    publish(sqlite_db)
    url = unused_url()  # refused at once: every row ends up failed, waiting for a retry
    args = ["--db", sqlite_db.url, "actions", "run", "--at", "2026-11-20T12:00"]
    assert main([*args, "--webhook-url", url, "--message-deadline", "0.2"]) == 1
    capsys.readouterr()
    with slow_receiver(hanging()) as receiver:
        retry = ["--db", sqlite_db.url, "actions", "retry", "--webhook-url", receiver.url]
        code = bounded(lambda: main([*retry, "--message-deadline", "0.5", "--run-deadline", "1"]))
    captured = capsys.readouterr()
    shown = dict(line.split(": ", 1) for line in captured.out.strip().splitlines())
    assert code == 1 and int(shown["left for the next run"]) >= 1
    assert int(shown["delivery failed"]) + int(shown["left for the next run"]) == 6
    assert "deadline of 1 s passed" in captured.err and "stay pending" in captured.err
    assert receiver.keys  # the hanging receiver really was asked


@pytest.mark.parametrize("command", ["run", "retry"])
def test_help_names_the_deadlines(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["actions", command, "--help"])
    assert stopped.value.code == 0
    text = capsys.readouterr().out
    for option in ("--message-deadline", "--run-deadline", "--claim-lease"):
        assert option in text
    assert "default 15" in text and "default 600" in text


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--message-deadline", "0"], "not a positive number of seconds"),
        (["--run-deadline", "soon"], "not a positive number of seconds"),
        (["--message-deadline", "nan"], "not a positive number of seconds"),
        (["--message-deadline", "30", "--claim-lease", "20"], "must be longer than"),
    ],
)
def test_bad_deadlines_are_refused_with_exit_2(sqlite_db, capsys, options, message) -> None:
    argv = ["--db", sqlite_db.url, "actions", "run", "--webhook-url", unused_url(), *options]
    try:
        code = main(argv)
    except SystemExit as stopped:
        code = stopped.code
    assert code == 2 and message in capsys.readouterr().err
