"""Out-of-range data written straight into the database (psql, a sqlite3 shell) cannot stop
`acrm nba --all` or `acrm actions run`: its customer is skipped and named, the rest go on."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.cli import main
from app.services.config import WEBHOOK_URL_ENV
from app.services.errors import AcrmError
from app.services.nba.parallel import evaluate_all
from tests.factories import add_contact, add_transactions
from tests.integration.action_helpers import AS_OF, birthday_customer, plain_customer, publish

AT = "2026-11-20T12:00:00+00:00"
# Written with SQL, past every check of the app, in each back end's own storage form.
BAD_ROWS = {
    "sqlite": {
        # 0001-01-01 is a valid datetime; "a year before it" is not (OverflowError).
        "X1": "UPDATE transactions SET booked_at = '0001-01-01 00:00:00.000000' "
        "WHERE customer_id = :id",
        # Year 0 cannot be read back at all (ValueError while loading).
        "X2": "UPDATE customers SET birth_date = '0000-06-01' WHERE id = :id",
        "X3": "UPDATE contacts SET started_at = '0000-01-01 00:00:00.000000' "
        "WHERE customer_id = :id",
    },
    "postgres": {
        "X1": "UPDATE transactions SET booked_at = '0001-01-01 00:00:00+00' "
        "WHERE customer_id = :id",
        # PostgreSQL holds these; the driver cannot turn them into Python dates (DataError).
        "X2": "UPDATE customers SET birth_date = '10000-01-01' WHERE id = :id",
        "X3": "UPDATE contacts SET started_at = '0044-03-15 12:00:00+00 BC' "
        "WHERE customer_id = :id",
    },
}


@pytest.fixture(autouse=True)
def no_webhook_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WEBHOOK_URL_ENV, raising=False)


@pytest.fixture(params=["sqlite", "postgres"])
def spoiled(request: pytest.FixtureRequest):
    """Birthday customers B1..B4 around three customers X1..X3 whose rows were spoiled."""
    db = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    return spoil(db, request.param)


def spoil(db, backend: str):
    for name in ("B1", "B2"):
        birthday_customer(db, name)
    bad = {name: plain_customer(db, name) for name in ("X1", "X2", "X3")}
    for name in ("B3", "B4"):
        birthday_customer(db, name)
    for customer in bad.values():
        add_transactions(db, customer, [(AS_OF - timedelta(days=3), Decimal("10.00"), "in")])
        add_contact(db, customer, AS_OF - timedelta(days=2))
    publish(db)
    with db.engine.begin() as connection:
        for name, statement in BAD_ROWS[backend].items():
            connection.execute(text(statement), {"id": _bound(db, bad[name])})
    return db


def _bound(db, customer: uuid.UUID):
    return customer.hex if db.url.startswith("sqlite") else customer


def test_nba_all_evaluates_the_rest_and_names_the_skipped(spoiled, capsys) -> None:
    assert main(["--db", spoiled.url, "nba", "--all", "--at", AT]) == 1
    out, err = capsys.readouterr()
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["customer_id"] for r in results] == ["B1", "B2", "B3", "B4"]
    assert all(r["actions"] for r in results)  # each one's birthday greeting
    for name in ("X1", "X2", "X3"):
        assert f"acrm: customer {name} skipped: their stored data cannot be evaluated (" in err
    assert "3 customer(s) skipped" in err
    assert "Traceback" not in err


def test_actions_run_records_the_rest_and_names_the_skipped(spoiled, capsys) -> None:
    assert main(["--db", spoiled.url, "actions", "run", "--at", AT]) == 1
    out, err = capsys.readouterr()
    shown = dict(line.split(": ", 1) for line in out.strip().splitlines())
    assert shown["customers evaluated"] == "4"
    assert shown["actions executed"] == "4"
    assert shown["customers skipped"] == "3"
    for name in ("X1", "X2", "X3"):
        assert f"acrm: customer {name} skipped" in err
    # A second run finds the four recorded and still names the three.
    assert main(["--db", spoiled.url, "actions", "run", "--at", AT]) == 1
    again = dict(line.split(": ", 1) for line in capsys.readouterr().out.strip().splitlines())
    assert (again["actions executed"], again["already done this period"]) == ("0", "4")


def test_the_desk_gets_a_message_for_that_customer(spoiled) -> None:
    nba = publish(spoiled)
    with spoiled.reading() as session:
        ids = dict(session.execute(text("SELECT external_id, id FROM customers")).all())
    with pytest.raises(AcrmError, match="customer X1 skipped: their stored data cannot be"):
        nba.for_customer(uuid.UUID(str(ids["X1"])), AS_OF)
    assert nba.for_customer(uuid.UUID(str(ids["B1"])), AS_OF).actions


def test_worker_processes_report_the_skipped_too(sqlite_db) -> None:
    spoiled = spoil(sqlite_db, "sqlite")
    items = list(evaluate_all(spoiled, datetime(2026, 11, 20, 12, tzinfo=UTC), workers=2, chunk=3))
    assert sorted(i["customer_id"] for i in items if i.get("skipped")) == ["X1", "X2", "X3"]
    assert sorted(i["customer_id"] for i in items if not i.get("skipped")) == [
        "B1",
        "B2",
        "B3",
        "B4",
    ]
