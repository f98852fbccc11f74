"""Every prompt shown is logged, decided once in the offer service for the desk and the CLI:
real SQLite files, real evaluations, and `acrm nba --shown`."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import OfferPresentation, OutboxEntry, User
from app.services.errors import ValidationError
from app.services.nba.offers import OfferService
from tests.factories import add_consent, add_transactions, define_attributes, make_customer
from tests.rule_fixtures import EXAMPLES, VIP_CHECK, nba_for, publish

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def rich_birthday(db, as_of: datetime, external_id: str = "R1"):
    """A prompt (an inflow 13 × the average) and an automatic action (a birthday, consented)."""
    born = date(1988, as_of.month, as_of.day)  # a leap year: any day of any year has a birthday
    customer = make_customer(db, external_id, first_name="Piotr", birth_date=born)
    add_consent(db, customer, "email", "marketing", True, as_of - timedelta(days=9))
    add_transactions(
        db,
        customer,
        [
            (as_of - timedelta(days=days), Decimal(amount), "transfer")
            for amount, days in (("4000.00", 90), ("5000.00", 60), ("60000.00", 2))
        ],
    )
    return customer


def test_the_prompts_of_a_shown_result_are_logged_once_per_contact(sqlite_db) -> None:
    customer = rich_birthday(sqlite_db, AS_OF)
    result = nba_for(sqlite_db).for_customer(customer, AS_OF)
    assert [(a.rule_id, a.kind) for a in result.actions] == [
        ("offer_investment", "prompt"),
        ("birthday_greeting", "automatic"),
    ]
    offers = OfferService(sqlite_db, agent_login="ewa")

    ids = offers.log_shown(customer, result, AS_OF)

    assert list(ids) == ["offer_investment"]  # the automatic greeting is sent, not presented
    with sqlite_db.reading() as session:
        row = session.get(OfferPresentation, ids["offer_investment"])
        assert (row.customer_id, row.rule_version, row.shown_at) == (customer, 1, AS_OF)
        assert session.scalars(select(OutboxEntry.entity)).all() == ["offer_presentation"]
    # The card opened again in the same call: the same presentation, nothing new to sync.
    assert offers.log_shown(customer, result, AS_OF + timedelta(minutes=20)) == ids
    assert (count(sqlite_db, OfferPresentation), count(sqlite_db, OutboxEntry)) == (1, 1)


def test_a_result_without_prompts_writes_nothing(sqlite_db) -> None:
    quiet = make_customer(sqlite_db, "Q1")
    result = nba_for(sqlite_db).for_customer(quiet, AS_OF)
    assert result.prompts == ()
    assert OfferService(sqlite_db, agent_login="ewa").log_shown(quiet, result, AS_OF) == {}
    assert (count(sqlite_db, OutboxEntry), count(sqlite_db, User)) == (0, 0)


def test_a_result_for_another_moment_is_not_logged_as_shown(sqlite_db) -> None:
    customer = rich_birthday(sqlite_db, AS_OF)
    result = nba_for(sqlite_db).for_customer(customer, AS_OF)
    offers = OfferService(sqlite_db, agent_login="ewa")
    with pytest.raises(ValidationError) as caught:
        offers.log_shown(customer, result, AS_OF + timedelta(hours=2))
    assert caught.value.field == "at"
    assert "only offers evaluated for the moment of the contact are shown" in str(caught.value)
    assert (count(sqlite_db, OfferPresentation), count(sqlite_db, OutboxEntry)) == (0, 0)


def test_cli_shown_logs_what_it_prints_for_the_agent(sqlite_db, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ACRM_AGENT", "ewa")
    now = datetime.now(UTC)
    rich_birthday(sqlite_db, now)
    define_attributes(sqlite_db, {"vip": "bool"})  # VIP_CHECK reads it
    publish(sqlite_db, [*EXAMPLES, VIP_CHECK])

    assert main(["--db", sqlite_db.url, "nba", "R1", "--shown", "--json"]) == 0

    printed = json.loads(capsys.readouterr().out)
    assert [a["rule_id"] for a in printed["actions"]] == [
        "offer_investment",
        "birthday_greeting",
    ]
    with sqlite_db.reading() as session:
        rows = session.execute(select(OfferPresentation.rule_id, OfferPresentation.id)).all()
        agent = session.scalars(select(User.login)).one()
    assert printed["presentations"] == {rule: str(pid) for rule, pid in rows}
    assert list(printed["presentations"]) == ["offer_investment"] and agent == "ewa"
    assert count(sqlite_db, OutboxEntry) == 1  # it reaches the server with the next sync


def test_cli_shown_text_and_the_default_records_nothing(sqlite_db, capsys) -> None:
    rich_birthday(sqlite_db, datetime.now(UTC))
    publish(sqlite_db)
    assert main(["--db", sqlite_db.url, "nba", "R1"]) == 0
    assert "Shown" not in capsys.readouterr().out
    assert count(sqlite_db, OfferPresentation) == 0

    assert main(["--db", sqlite_db.url, "nba", "R1", "--shown"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == "Shown (logged as presentations):"
    assert out[-1].startswith("  - offer_investment: ")
    assert count(sqlite_db, OfferPresentation) == 1


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["R1", "--at", "2026-11-20T12:00Z"], "only offers evaluated for the moment"),
        (["--all"], "--shown logs what one consultant shows one customer; not with --all"),
    ],
)
def test_cli_shown_refuses_what_no_one_was_shown(sqlite_db, capsys, extra, says) -> None:
    rich_birthday(sqlite_db, AS_OF)
    publish(sqlite_db)
    assert main(["--db", sqlite_db.url, "nba", *extra, "--shown", "--json"]) == 2
    captured = capsys.readouterr()
    assert says in captured.err and captured.out == ""
    assert (count(sqlite_db, OfferPresentation), count(sqlite_db, OutboxEntry)) == (0, 0)
