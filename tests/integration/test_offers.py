"""Presentations and outcomes on a real SQLite file: validation, callbacks, outbox, history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import OfferOutcomeEvent, OfferPresentation, OutboxEntry, QueueItem
from app.rules.decide import OfferedAction
from app.services.errors import ValidationError
from app.services.nba.offer_history import load_histories
from app.services.nba.offers import OfferService, OutcomeInput
from tests.factories import make_customer

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def offered(rule_id: str = "offer_investment", kind: str = "prompt") -> OfferedAction:
    return OfferedAction(
        rule_id=rule_id,
        rule_name="Offer",
        rule_version=3,
        kind=kind,
        action=rule_id,
        channel="phone",
        score=Decimal(400),
        script="Offer it",
        explanation="why",
    )


@pytest.fixture
def offers(sqlite_db) -> OfferService:
    return OfferService(sqlite_db, agent_login="ewa")


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_presentations_recorded_once_per_contact(sqlite_db, offers) -> None:
    customer = make_customer(sqlite_db)
    ids = offers.record_presentations(customer, [offered(), offered("auto", "automatic")], NOW)
    assert list(ids) == ["offer_investment"]  # automatic actions are not presented
    again = offers.record_presentations(customer, [offered()], NOW + timedelta(minutes=20))
    assert again == ids  # reopened in the same call: same presentation
    later = offers.record_presentations(customer, [offered()], NOW + timedelta(hours=2))
    assert later != ids
    assert count(sqlite_db, OfferPresentation) == 2
    with sqlite_db.reading() as session:
        row = session.get(OfferPresentation, ids["offer_investment"])
        assert (row.rule_version, row.action) == (3, "offer_investment")
        entities = session.scalars(select(OutboxEntry.entity)).all()
    assert entities == ["offer_presentation", "offer_presentation"]


def test_outcomes_feed_the_contact_policy_history(sqlite_db, offers) -> None:
    customer = make_customer(sqlite_db)
    shown = offers.record_presentations(customer, [offered()], NOW)["offer_investment"]
    offers.record_outcome(
        OutcomeInput(shown, "later", callback_at=NOW + timedelta(days=1)),
        NOW + timedelta(minutes=1),
    )
    saved = offers.record_outcome(
        OutcomeInput(shown, "declined", reason="too_expensive"), NOW + timedelta(minutes=2)
    )
    assert saved.rule_id == "offer_investment" and saved.callback_id is None
    with sqlite_db.reading() as session:
        history = load_histories(session, [customer], NOW + timedelta(minutes=5))[customer]
    (past,) = history.presentations
    assert (past.rule_id, past.outcome) == ("offer_investment", "declined")  # latest wins


def test_later_creates_a_callback_in_the_same_commit(sqlite_db, offers) -> None:
    customer = make_customer(sqlite_db)
    shown = offers.record_presentations(customer, [offered()], NOW)["offer_investment"]
    due = NOW + timedelta(days=2)
    saved = offers.record_outcome(OutcomeInput(shown, "later", callback_at=due), NOW)
    with sqlite_db.reading() as session:
        item = session.get(QueueItem, saved.callback_id)
        assert item.due_at == due and item.customer_id == customer and item.kind == "callback"
        entities = sorted(session.scalars(select(OutboxEntry.entity)).all())
    assert entities == ["offer_outcome", "offer_presentation", "queue_item"]


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({"outcome": "maybe"}, "outcome"),
        ({"outcome": "declined"}, "reason"),
        ({"outcome": "declined", "reason": "because"}, "reason"),
        ({"outcome": "accepted", "reason": "too_expensive"}, "reason"),
        ({"outcome": "later"}, "callback_at"),
        ({"outcome": "later", "callback_at": NOW - timedelta(minutes=1)}, "callback_at"),
        ({"outcome": "later", "callback_at": NOW + timedelta(days=400)}, "callback_at"),
        ({"outcome": "accepted", "callback_at": NOW + timedelta(days=1)}, "callback_at"),
    ],
)
def test_bad_outcomes_name_the_field_and_write_nothing(sqlite_db, offers, entry, field) -> None:
    customer = make_customer(sqlite_db)
    shown = offers.record_presentations(customer, [offered()], NOW)["offer_investment"]
    with pytest.raises(ValidationError) as caught:
        offers.record_outcome(OutcomeInput(shown, **entry), NOW)
    assert caught.value.field == field
    assert count(sqlite_db, OfferOutcomeEvent) == 0
    assert count(sqlite_db, QueueItem) == 0


def test_a_batch_reads_history_only_for_customers_with_some(sqlite_db, offers) -> None:
    """The SQLite batch asks the three queries only about customers with a row in one of the
    three tables: every customer's history is what the full queries give, in the batch order."""
    from app.services.nba import offer_history
    from tests.integration.action_helpers import ledger_row

    shown_only, with_outcome, ledger_only, none_1, none_2 = (
        make_customer(sqlite_db, f"C{n}") for n in range(5)
    )
    offers.record_presentations(shown_only, [offered()], NOW)
    shown = offers.record_presentations(with_outcome, [offered("other")], NOW)["other"]
    offers.record_outcome(
        OutcomeInput(shown, "declined", reason="other"), NOW + timedelta(minutes=1)
    )
    with sqlite_db.unit_of_work() as uow:
        uow.session.add(ledger_row(ledger_only))
        uow.commit()
    batch = [none_1, ledger_only, shown_only, none_2, with_outcome]
    as_of = NOW + timedelta(minutes=5)
    with sqlite_db.reading() as session:
        fast = load_histories(session, batch, as_of)
        full = offer_history._histories(session, batch, as_of)
    assert repr(fast) == repr(full) and list(fast) == batch
    assert [len(fast[c].presentations) for c in batch] == [0, 0, 1, 0, 1]
    assert fast[with_outcome].presentations[0].outcome == "declined"
    assert list(fast[ledger_only].executed) == [("birthday_greeting", "2026")]
    assert fast[none_1].executed == {} and fast[none_1].executed is not fast[none_2].executed
