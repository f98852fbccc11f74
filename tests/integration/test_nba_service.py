"""Next best actions end to end on a real database: the three example rules and the policies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.services.nba.offers import OfferService, OutcomeInput
from app.services.rulebook.service import RuleBookService
from tests.factories import add_complaint, add_consent, add_transactions, make_customer
from tests.rule_fixtures import BIRTHDAY, BROKEN, EXAMPLES, INVESTMENT, nba_for

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def inflows(db, customer, amounts_days):
    add_transactions(
        db,
        customer,
        [
            (AS_OF - timedelta(days=days), Decimal(amount), "transfer")
            for amount, days in amounts_days
        ],
    )


@pytest.fixture(params=["sqlite", "postgres"])
def db(request):
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def test_the_three_example_rules_fire_with_their_why(db) -> None:
    birthday = make_customer(db, "B1", first_name="Anna", birth_date=date(1990, 11, 20))
    add_consent(db, birthday, "email", "marketing", True, AS_OF - timedelta(days=30))
    rich = make_customer(db, "R1", first_name="Piotr", phones=("+48601000001",))
    inflows(db, rich, [(4000, 200), (5600, 100), (52000, 1)])
    upheld = make_customer(db, "U1", phones=("+48601000002",))
    for days in (300, 200, 100):
        opened = AS_OF - timedelta(days=days)
        add_complaint(
            db, upheld, opened, "closed", closed_at=opened + timedelta(days=9), resolution="upheld"
        )
    service = nba_for(db)

    result = service.for_customer(rich, AS_OF)
    (action,) = result.actions
    assert (action.rule_id, action.kind, action.score) == ("offer_investment", "prompt", 400)
    assert action.script == "Offer Piotr an investment product"
    assert action.explanation == "inflow 52000.00 PLN on 2026-11-19 > 10 × average 4800.00 PLN"
    assert result.customer_id == "R1" and result.rule_version == 1

    assert [a.rule_id for a in service.for_customer(birthday, AS_OF).actions] == [
        "birthday_greeting"
    ]
    assert [a.rule_id for a in service.for_customer(upheld, AS_OF).actions] == ["card_fee_waiver"]


def test_no_consent_is_listed_as_not_offered(sqlite_db) -> None:
    customer = make_customer(sqlite_db, birth_date=date(1990, 11, 20))
    result = nba_for(sqlite_db).for_customer(customer, AS_OF)
    assert result.actions == ()
    assert [(h.rule_id, h.code) for h in result.suppressed] == [("birthday_greeting", "no_consent")]


def test_declined_offer_is_held_back_by_policy_on_the_next_open(sqlite_db) -> None:
    rich = make_customer(sqlite_db)
    inflows(sqlite_db, rich, [(4000, 200), (52000, 1)])
    service = nba_for(sqlite_db)
    offers = OfferService(sqlite_db, agent_login="ewa")
    first = service.for_customer(rich, AS_OF)
    shown = offers.log_shown(rich, first, AS_OF)
    offers.record_outcome(
        OutcomeInput(shown["offer_investment"], "declined", reason="not_interested"), AS_OF
    )
    next_day = service.for_customer(rich, AS_OF + timedelta(days=1))
    assert next_day.actions == ()
    (held,) = next_day.suppressed
    assert held.code == "cooldown_declined" and held.detail == date(2026, 12, 20)
    assert service.for_customer(rich, AS_OF + timedelta(days=31)).actions != ()


def test_a_broken_rule_is_reported_and_the_rest_still_shown(sqlite_db) -> None:
    rich = make_customer(sqlite_db, attributes={"score": 0})
    inflows(sqlite_db, rich, [(4000, 200), (52000, 1)])
    service = nba_for(sqlite_db, [BROKEN, *EXAMPLES])
    result = service.for_customer(rich, AS_OF)
    assert [a.rule_id for a in result.actions] == ["offer_investment"]
    assert [e.rule_id for e in result.errors] == ["broken"]
    service.report_failures(result)
    service.report_failures(result)
    (failure,) = RuleBookService(sqlite_db, author="author").failures()
    assert (failure.rule_id, failure.version, failure.evaluations) == ("broken", 1, 2)
    assert "division by zero" in failure.message


def test_a_new_version_applies_to_the_next_evaluation(sqlite_db) -> None:
    rich = make_customer(sqlite_db)
    inflows(sqlite_db, rich, [(4000, 200), (52000, 1)])
    service = nba_for(sqlite_db)
    assert service.for_customer(rich, AS_OF).actions
    book = RuleBookService(sqlite_db, author="author")
    book.save_rule(INVESTMENT.with_changes(condition="last_inflow > 100 * avg_prior_inflow"))
    book.publish("stricter")
    result = service.for_customer(rich, AS_OF)
    assert result.rule_version == 2 and result.actions == ()


def test_try_rule_on_a_customer(sqlite_db) -> None:
    rich = make_customer(sqlite_db, first_name="Piotr")
    inflows(sqlite_db, rich, [(4000, 200), (52000, 1)])
    service = nba_for(sqlite_db)
    fires = service.try_rule(INVESTMENT, rich, AS_OF)
    assert fires.fires and "52000.00 PLN" in fires.explanation and "Piotr" in fires.script
    quiet = service.try_rule(BIRTHDAY, rich, AS_OF)
    assert not quiet.fires and quiet.explanation == "is_birthday = no"
    missing = service.try_rule(
        INVESTMENT.with_changes(condition="avg_prior_inflow > 1"),
        make_customer(sqlite_db, "E1", phones=()),
        AS_OF,
    )
    assert not missing.fires and missing.missing == ("avg_prior_inflow",)
    bad = service.try_rule(INVESTMENT.with_changes(condition="nope > 1"), rich, AS_OF)
    assert "unknown feature" in bad.error


def test_batch_keeps_order_and_matches_single_evaluation(sqlite_db) -> None:
    ids = [make_customer(sqlite_db, f"C{i}", phones=(f"+4860100010{i}",)) for i in range(5)]
    inflows(sqlite_db, ids[3], [(4000, 200), (52000, 1)])
    service = nba_for(sqlite_db)
    batch = service.for_batch(list(reversed(ids)), AS_OF)
    assert [r.customer_id for r in batch] == ["C4", "C3", "C2", "C1", "C0"]
    assert batch[1] == service.for_customer(ids[3], AS_OF)
    assert [r.customer_id for r in service.for_all(AS_OF)] == ["C0", "C1", "C2", "C3", "C4"]
