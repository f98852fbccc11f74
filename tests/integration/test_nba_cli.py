"""`acrm nba ID` and `acrm nba --all --jsonl` (one and two worker processes); records nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import ActionLedgerEntry, Entitlement, OfferPresentation, RuleFailureReport
from app.services.nba.parallel import can_share, evaluate_all
from tests.factories import (
    add_complaint,
    add_consent,
    add_transactions,
    define_attributes,
    make_customer,
)
from tests.rule_fixtures import BIRTHDAY, EXAMPLES, VIP_CHECK, publish

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
AT = "2026-11-20T13:00+01:00"  # the same moment, written in Warsaw time
RULES = [*EXAMPLES, VIP_CHECK]


@pytest.fixture
def rich(sqlite_db):
    """Piotr: a birthday without e-mail consent, and an inflow 12 × his average."""
    customer = make_customer(
        sqlite_db, "R1", first_name="Piotr", birth_date=date(1986, 11, 20), attributes={"vip": True}
    )
    add_transactions(
        sqlite_db,
        customer,
        [
            (AS_OF - timedelta(days=days), Decimal(amount), "transfer")
            for amount, days in (("4000.00", 90), ("5000.00", 60), ("60000.00", 2))
        ],
    )
    publish(sqlite_db, RULES)
    return customer


def counts(db) -> dict[str, int]:
    tables = (OfferPresentation, ActionLedgerEntry, Entitlement, RuleFailureReport)
    with db.reading() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in tables
        }


def test_one_customer_as_json(sqlite_db, rich, capsys) -> None:
    assert main(["--db", sqlite_db.url, "nba", "r1", "--at", AT, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "customer_id": "R1",
        "at": "2026-11-20T12:00:00+00:00",
        "rule_version": 1,
        "actions": [
            {
                "rule_id": "offer_investment",
                "rule_name": "Offer an investment product",
                "kind": "prompt",
                "action": "offer_investment",
                "score": 400.0,
                "script": "Offer Piotr an investment product",
                "explanation": "inflow 60000.00 PLN on 2026-11-18 > 10 × average 4500.00 PLN",
            },
            {
                "rule_id": "vip_check",
                "rule_name": "VIP check",
                "kind": "prompt",
                "action": "vip_welcome",
                "score": 50.0,
                "script": "Welcome back",
                "explanation": 'attributes["vip"] = yes',
            },
        ],
        "suppressed": [
            {
                "rule_id": "birthday_greeting",
                "reason": "no marketing consent for email",
                "code": "no_consent",
            }
        ],
        "errors": [],
        "alerts": [],
    }
    assert counts(sqlite_db) == dict.fromkeys(counts(sqlite_db), 0)


def test_an_alert_leads_the_text_and_the_json_and_records_nothing(sqlite_db, rich, capsys) -> None:
    vip_alert = VIP_CHECK.with_changes(
        id="vip_alert", kind="alert", severity="red", title="VIP: {first_name}", why="vip"
    )
    publish(sqlite_db, [*RULES, vip_alert])
    assert main(["--db", sqlite_db.url, "nba", "R1", "--at", AT, "--top", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "ALERT (red): VIP: Piotr (why: vip)"
    assert "vip_alert" not in "\n".join(lines[2:])  # neither offered nor "not offered"
    assert main(["--db", sqlite_db.url, "nba", "R1", "--at", AT, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["alerts"] == [
        {"rule_id": "vip_alert", "severity": "red", "title": "VIP: Piotr", "explanation": "vip"}
    ]
    assert counts(sqlite_db) == dict.fromkeys(counts(sqlite_db), 0)


def test_one_customer_as_text(sqlite_db, rich, capsys) -> None:
    add_consent(sqlite_db, rich, "email", "marketing", True, AS_OF - timedelta(days=9))
    assert main(["--db", sqlite_db.url, "nba", "R1", "--at", AT, "--top", "1"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "R1 at 2026-11-20T12:00:00+00:00 (rule set 1)",
        "Actions:",
        "  1. Offer an investment product [prompt, offer_investment via phone, score 400]",
        "     say: Offer Piotr an investment product",
        "     why: inflow 60000.00 PLN on 2026-11-18 > 10 × average 4500.00 PLN",
        "  2. Birthday greetings [automatic, send_birthday_email via email, score 40]",
        "     say: Happy birthday, Piotr!",
        "     why: Piotr turns 40 today",
        "Not offered:",
        "  - VIP check: ranked below the top 1",
    ]
    assert counts(sqlite_db) == dict.fromkeys(counts(sqlite_db), 0)


def test_a_missing_attribute_is_missing_data_not_an_error(sqlite_db, rich, capsys) -> None:
    plain = make_customer(sqlite_db, "P1", phones=("+48601000002",))
    for days in (400, 300, 200):
        add_complaint(
            sqlite_db,
            plain,
            AS_OF - timedelta(days=days),
            status="closed",
            closed_at=AS_OF - timedelta(days=days - 10),
            resolution="upheld",
        )
    assert main(["--db", sqlite_db.url, "nba", "P1", "--at", AT, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [action["rule_id"] for action in shown["actions"]] == ["card_fee_waiver"]
    # P1 has no "vip" attribute at all: vip_check does not apply (a failing rule is covered
    # in tests/integration/test_nba_service.py).
    assert shown["errors"] == []
    assert counts(sqlite_db)["rule_failures"] == 0  # evaluating reports nothing


def test_unknown_customer_exits_2(sqlite_db, rich, capsys) -> None:
    assert main(["--db", sqlite_db.url, "nba", "NOPE", "--at", AT]) == 2
    assert "no customer with external id or UUID 'NOPE'" in capsys.readouterr().err


def test_id_or_all_but_not_both(sqlite_db, capsys) -> None:
    assert main(["--db", sqlite_db.url, "nba"]) == 2
    assert main(["--db", sqlite_db.url, "nba", "R1", "--all"]) == 2
    assert "give either a CUSTOMER_ID or --all" in capsys.readouterr().err


def test_nothing_published_says_so(sqlite_db, capsys) -> None:
    make_customer(sqlite_db, "E1")
    assert main(["--db", sqlite_db.url, "nba", "E1", "--at", AT, "--json"]) == 0
    captured = capsys.readouterr()
    assert "no rule set is published yet" in captured.err
    assert json.loads(captured.out)["actions"] == []


def many_customers(db, n: int = 7) -> list[str]:
    """Customers inserted out of order; every third has an unusual inflow."""
    ids = [f"M{k:02d}" for k in (5, 1, 7, 3, 2, 6, 4)[:n]]
    for number, external_id in enumerate(ids):
        customer = make_customer(db, external_id, phones=(f"+4860100{number:04d}",))
        if number % 3 == 0:
            add_transactions(
                db,
                customer,
                [
                    (AS_OF - timedelta(days=30), Decimal("1000.00"), "salary"),
                    (AS_OF - timedelta(days=1), Decimal("20000.00"), "gift"),
                ],
            )
    return sorted(ids)


def test_all_as_json_lines_same_with_one_and_two_workers(sqlite_db, rich, capsys) -> None:
    expected_ids = sorted([*many_customers(sqlite_db), "R1"])
    args = ["--db", sqlite_db.url, "nba", "--all", "--at", AT, "--jsonl"]
    assert main([*args, "--workers", "1"]) == 0
    one = capsys.readouterr()
    assert main([*args, "--workers", "2"]) == 0
    two = capsys.readouterr()
    assert one.out == two.out
    lines = [json.loads(line) for line in one.out.splitlines()]
    assert [line["customer_id"] for line in lines] == expected_ids
    assert {line["at"] for line in lines} == {"2026-11-20T12:00:00+00:00"}
    offered = {line["customer_id"] for line in lines if line["actions"]}
    assert offered == {"M03", "M04", "M05", "R1"}  # rich, and the three with a big inflow
    assert f"nba: {len(expected_ids)} of {len(expected_ids)} customers" in two.err
    assert counts(sqlite_db) == dict.fromkeys(counts(sqlite_db), 0)


def test_workers_pin_the_version_they_were_given(sqlite_db, rich) -> None:
    many_customers(sqlite_db, 3)
    publish(sqlite_db, [BIRTHDAY], "only the birthday rule")  # version 2
    old = list(evaluate_all(sqlite_db, AS_OF, workers=2, version=1))
    new = list(evaluate_all(sqlite_db, AS_OF, workers=2))
    assert {line["rule_version"] for line in old} == {1}
    assert {line["rule_version"] for line in new} == {2}
    assert any(line["actions"] for line in old)
    assert not any(line["actions"] for line in new)


def test_in_memory_sqlite_is_never_shared() -> None:
    assert not can_share("sqlite://")
    assert not can_share("sqlite:///:memory:")
    assert can_share("sqlite:////tmp/x.sqlite3")
    assert can_share("postgresql+psycopg://u@localhost/db")


def test_two_workers_on_postgres(pg_db) -> None:
    many_customers(pg_db)
    define_attributes(pg_db, {"vip": "bool"})  # RULES read it
    publish(pg_db, RULES)
    one = list(evaluate_all(pg_db, AS_OF, workers=1, chunk=2))
    two = list(evaluate_all(pg_db, AS_OF, workers=2, chunk=2))
    assert one == two
    assert [line["customer_id"] for line in two] == sorted(line["customer_id"] for line in two)
    assert sum(bool(line["actions"]) for line in two) == 3
