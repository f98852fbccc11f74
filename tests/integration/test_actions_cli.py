"""`acrm actions run | outbox | retry` through the real entry point on a SQLite file."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from app.cli import main
from app.services.config import WEBHOOK_URL_ENV
from tests.integration.action_helpers import AS_OF, birthday_customer, plain_customer, publish
from tests.integration.webhook_server import running_receiver, unused_url

AT = "2026-11-20T12:00"  # AS_OF, without a zone: taken as UTC


@pytest.fixture(autouse=True)
def no_webhook_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WEBHOOK_URL_ENV, raising=False)


@pytest.fixture
def published(sqlite_db):
    birthday_customer(sqlite_db, "B1", first_name="Anna")
    plain_customer(sqlite_db, "P1")
    publish(sqlite_db)
    return sqlite_db


def figures(out: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in out.strip().splitlines())


def test_run_without_a_webhook_fills_the_local_outbox(published, capsys) -> None:
    assert main(["--db", published.url, "actions", "run", "--at", AT]) == 0
    shown = figures(capsys.readouterr().out)
    assert shown["as of"] == AS_OF.isoformat()
    assert shown["delivery"] == "local outbox"
    assert shown["customers evaluated"] == "2"
    assert shown["actions executed"] == "1"
    assert shown["kept in the local outbox"] == "1"
    assert shown["delivery failed"] == "0"

    assert main(["--db", published.url, "actions", "run", "--at", AT]) == 0
    again = figures(capsys.readouterr().out)
    assert (again["actions executed"], again["already done this period"]) == ("0", "1")


def test_outbox_lists_the_ledger_as_text_and_json(published, capsys) -> None:
    main(["--db", published.url, "actions", "run", "--at", AT])
    capsys.readouterr()

    assert main(["--db", published.url, "actions", "outbox"]) == 0
    text = capsys.readouterr().out
    assert "local" in text and "B1" in text and "birthday_greeting -> send_birthday_email" in text
    assert "Happy birthday, Anna!" in text

    assert main(["--db", published.url, "actions", "outbox", "--json", "--limit", "5"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["customer"], row["status"], row["channel"]) == ("B1", "local", "email")
    assert row["message"] == "Happy birthday, Anna!"


def test_empty_outbox_says_so(sqlite_db, capsys) -> None:
    assert main(["--db", sqlite_db.url, "actions", "outbox"]) == 0
    assert "empty" in capsys.readouterr().out


def test_failed_deliveries_exit_1_naming_how_many_and_where_to_look(published, capsys) -> None:
    url = unused_url()
    code = main(["--db", published.url, "actions", "run", "--at", AT, "--webhook-url", url])
    captured = capsys.readouterr()
    assert code == 1
    assert figures(captured.out)["delivery failed"] == "1"
    assert "1 deliveries failed" in captured.err and "acrm actions outbox" in captured.err

    main(["--db", published.url, "actions", "outbox"])
    assert "connection error" in capsys.readouterr().out

    with running_receiver(port=urlsplit(url).port or 0) as receiver:
        assert main(["--db", published.url, "actions", "retry", "--webhook-url", url]) == 0
    assert figures(capsys.readouterr().out) == {
        "delivered": "1",
        "delivery failed": "0",
        "taken by another run": "0",
        "left for the next run": "0",
    }
    assert len(receiver.accepted) == 1


def test_the_webhook_url_can_come_from_the_environment(
    published, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    with running_receiver() as receiver:
        monkeypatch.setenv(WEBHOOK_URL_ENV, receiver.url)
        assert main(["--db", published.url, "actions", "run", "--at", AT]) == 0
    shown = figures(capsys.readouterr().out)
    assert (shown["delivery"], shown["delivered"]) == (receiver.url, "1")
    assert receiver.accepted[0].body["customer"]["first_name"] == "Anna"


def test_retry_without_a_webhook_is_an_error(published, capsys) -> None:
    assert main(["--db", published.url, "actions", "retry"]) == 2
    assert "no webhook URL" in capsys.readouterr().err


def test_a_bad_moment_is_refused(published, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--db", published.url, "actions", "run", "--at", "yesterday"])
    assert "not an ISO date" in capsys.readouterr().err
