"""Webhook delivery against a real local HTTP server: retries, idempotency key, failure states."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from app.models import ActionLedgerEntry
from app.services.actions.webhook import IDEMPOTENCY_HEADER, DeliveryFailed
from tests.integration.action_helpers import AS_OF, birthday_customer, quick_webhook, service
from tests.integration.webhook_server import Receiver, running_receiver, unused_url

MESSAGE = {"action": "send_birthday_email", "customer": {"external_id": "B1"}}


def ledger(db) -> list[ActionLedgerEntry]:
    with db.reading() as session:
        rows = list(session.scalars(select(ActionLedgerEntry).order_by(ActionLedgerEntry.rule_id)))
        session.expunge_all()  # plain objects after the read session rolls back
        return rows


def test_transient_failures_are_retried_with_the_same_idempotency_key() -> None:
    with running_receiver(Receiver(fail_first=2, fail_status=503)) as receiver:
        attempts = quick_webhook(receiver.url, attempts=4).send(MESSAGE, "key-1")
    assert attempts == 3
    assert len(receiver.requests) == 3
    assert {r.headers[IDEMPOTENCY_HEADER] for r in receiver.requests} == {"key-1"}
    (accepted,) = receiver.accepted
    assert accepted.body == MESSAGE
    assert accepted.path == "/hooks/acrm"
    assert accepted.headers["Content-Type"] == "application/json"


def test_too_many_requests_is_retried_too() -> None:
    with running_receiver(Receiver(fail_first=1, fail_status=429)) as receiver:
        assert quick_webhook(receiver.url).send(MESSAGE, "key-2") == 2
    assert len(receiver.accepted) == 1


def test_a_client_error_is_permanent_and_not_retried() -> None:
    with (
        running_receiver(Receiver(fail_first=5, fail_status=400)) as receiver,
        pytest.raises(DeliveryFailed) as caught,
    ):
        quick_webhook(receiver.url, attempts=4).send(MESSAGE, "key-3")
    assert len(receiver.requests) == 1
    assert caught.value.permanent and caught.value.attempts == 1
    message = str(caught.value)
    assert receiver.url in message and "HTTP 400" in message and "not retried" in message


def test_retries_run_out_with_a_message_naming_status_and_attempts() -> None:
    with (
        running_receiver(Receiver(fail_first=10, fail_status=503)) as receiver,
        pytest.raises(DeliveryFailed) as caught,
    ):
        quick_webhook(receiver.url, attempts=3).send(MESSAGE, "key-4")
    assert len(receiver.requests) == 3
    message = str(caught.value)
    assert receiver.url in message and "HTTP 503" in message and "after 3 attempts" in message
    assert not caught.value.permanent


def test_server_down_is_a_connection_error_after_all_attempts() -> None:
    url = unused_url()
    with pytest.raises(DeliveryFailed) as caught:
        quick_webhook(url, attempts=2).send(MESSAGE, "key-5")
    message = str(caught.value)
    assert url in message and "connection error" in message and "after 2 attempts" in message


def test_a_url_that_is_not_http_fails_at_once() -> None:
    with pytest.raises(DeliveryFailed, match="not a usable http"):
        quick_webhook("ftp://example.invalid/hook").send(MESSAGE, "key-6")


def test_run_delivers_after_a_few_503s_and_marks_the_row(sqlite_db) -> None:
    birthday_customer(sqlite_db, "B1", first_name="Anna", last_name="Nowak")
    with running_receiver(Receiver(fail_first=2)) as receiver:
        report = service(sqlite_db, quick_webhook(receiver.url)).run(AS_OF)
    assert (report.executed, report.delivered, report.failed, report.local) == (1, 1, 0, 0)
    (row,) = ledger(sqlite_db)
    assert row.status == "delivered" and row.delivered_at is not None
    assert row.attempts == 3 and row.last_error == ""
    (accepted,) = receiver.accepted
    assert accepted.headers[IDEMPOTENCY_HEADER] == str(row.id)
    assert accepted.body["ledger_id"] == str(row.id)
    assert accepted.body["customer"]["first_name"] == "Anna"
    assert accepted.body["customer"]["email"] == "b1@example.pl"
    assert accepted.body["script"] == "Happy birthday, Anna!"
    assert accepted.body["period"] == "2026"


def test_a_refused_message_is_recorded_as_failed_on_its_ledger_row(sqlite_db) -> None:
    birthday_customer(sqlite_db, "B1")
    with running_receiver(Receiver(fail_first=99, fail_status=400)) as receiver:
        actions = service(sqlite_db, quick_webhook(receiver.url))
        report = actions.run(AS_OF)
    assert (report.executed, report.delivered, report.failed) == (1, 0, 1)
    (row,) = ledger(sqlite_db)
    assert row.status == "failed" and row.delivered_at is None
    assert row.attempts == 1 and "HTTP 400" in row.last_error and receiver.url in row.last_error
    (shown,) = actions.outbox()
    assert shown.status == "failed" and "HTTP 400" in shown.last_error


def test_server_down_fails_then_a_later_retry_delivers_once(sqlite_db) -> None:
    birthday_customer(sqlite_db, "B1")
    url = unused_url()
    actions = service(sqlite_db, quick_webhook(url, attempts=2))
    report = actions.run(AS_OF)
    assert (report.executed, report.delivered, report.failed) == (1, 0, 1)
    (row,) = ledger(sqlite_db)
    assert row.status == "failed" and row.attempts == 2
    assert "connection error" in row.last_error and url in row.last_error

    with running_receiver(port=urlsplit(url).port or 0) as receiver:
        retried = actions.deliver_pending()
        again = actions.deliver_pending()  # nothing left to send
    assert (retried.delivered, retried.failed) == (1, 0)
    assert (again.delivered, again.failed) == (0, 0)
    (row,) = ledger(sqlite_db)
    assert row.status == "delivered" and row.attempts == 3 and row.last_error == ""
    assert [r.headers[IDEMPOTENCY_HEADER] for r in receiver.accepted] == [str(row.id)]


def test_the_next_run_retries_what_an_earlier_run_could_not_deliver(sqlite_db) -> None:
    birthday_customer(sqlite_db, "B1")
    url = unused_url()
    service(sqlite_db, quick_webhook(url, attempts=1)).run(AS_OF)
    with running_receiver(port=urlsplit(url).port or 0) as receiver:
        report = service(sqlite_db, quick_webhook(url)).run(AS_OF + timedelta(hours=1))
    assert (report.executed, report.already_done, report.delivered, report.failed) == (0, 1, 1, 0)
    assert len(receiver.accepted) == 1
    assert [row.status for row in ledger(sqlite_db)] == ["delivered"]
