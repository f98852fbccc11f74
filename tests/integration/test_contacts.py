"""ContactService.record: validation per field, one atomic transaction, idempotence, callbacks."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from app.models import Contact, ContactWrapUp, OutboxEntry, QueueItem, User
from app.models.enums import ContactOutcome
from app.services.contacts.history import ContactHistoryService
from app.services.contacts.service import ContactService
from app.services.dto import WrapUpCodeRow, WrapUpInput
from app.services.errors import ValidationError
from tests.factories import make_customer, seed_wrapup_codes

STARTED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
ENDED = STARTED + timedelta(minutes=7)


@pytest.fixture
def service(sqlite_db) -> ContactService:
    seed_wrapup_codes(sqlite_db)
    return ContactService(sqlite_db, agent_login="k.nowak")


@pytest.fixture
def customer_id(sqlite_db):
    return make_customer(sqlite_db)


def entry(customer, **changes) -> WrapUpInput:
    base = WrapUpInput(
        customer_id=customer,
        channel="phone",
        direction="inbound",
        started_at=STARTED,
        ended_at=ENDED,
        reason="Zablokowana karta",
        codes=("CARD_BLOCK", "INFO"),
        notes="Klient zgubił kartę w Krakowie.",
        outcome="resolved",
    )
    return dataclasses.replace(base, **changes)


def counts(db) -> dict[str, int]:
    with db.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Contact, ContactWrapUp, OutboxEntry, QueueItem)
        }


NOTHING = {"contacts": 0, "contact_wrapups": 0, "outbox": 0, "queue_items": 0}


def test_wrapup_codes_are_active_ones_in_sort_order(service):
    assert service.wrapup_codes() == [
        WrapUpCodeRow("INFO", "Information given"),
        WrapUpCodeRow("COMPLAINT", "Complaint registered"),
        WrapUpCodeRow("SALE", "Product sold"),
        WrapUpCodeRow("CALLBACK", "Callback arranged"),
        WrapUpCodeRow("CARD_BLOCK", "Card blocked"),
    ]


def test_record_writes_contact_codes_and_outbox_row(sqlite_db, service, customer_id):
    saved = service.record(entry(customer_id, caller_number="601 234 567"))
    assert saved.callback_id is None
    row = saved.contact
    assert row.customer_id == customer_id
    assert row.codes == ("CARD_BLOCK", "INFO")
    assert row.agent == "k.nowak"
    assert (row.started_at, row.ended_at) == (STARTED, ENDED)
    assert counts(sqlite_db) == {"contacts": 1, "contact_wrapups": 2, "outbox": 1, "queue_items": 0}
    assert ContactHistoryService(sqlite_db).get(row.id) == row
    with sqlite_db.reading() as session:
        outbox = session.execute(
            select(OutboxEntry.entity, OutboxEntry.entity_id, OutboxEntry.operation)
        ).one()
        payload = session.scalar(select(OutboxEntry.payload))
        caller = session.scalar(select(Contact.caller_number))
    assert caller == "+48601234567"
    assert tuple(outbox) == ("contact", row.id, "insert")
    assert payload["id"] == str(row.id)
    assert payload["customer_id"] == str(customer_id)
    assert payload["started_at"] == "2026-03-02T10:00:00+00:00"
    assert payload["codes"] == ["CARD_BLOCK", "INFO"]
    json.dumps(payload)


def test_agent_user_is_created_once(sqlite_db, service, customer_id):
    service.record(entry(customer_id))
    service.record(entry(customer_id))
    with sqlite_db.reading() as session:
        assert session.scalars(select(User.login)).all() == ["k.nowak"]


def test_recording_the_same_contact_twice_keeps_one(sqlite_db, service, customer_id):
    first = service.record(entry(customer_id, callback_at=ENDED + timedelta(days=1)))
    again = service.record(entry(customer_id, contact_id=first.contact.id, reason="changed"))
    assert again == first
    assert counts(sqlite_db) == {"contacts": 1, "contact_wrapups": 2, "outbox": 2, "queue_items": 1}


def test_callback_creates_a_queue_item_for_the_agent(sqlite_db, service, customer_id):
    due = ENDED + timedelta(days=2)
    saved = service.record(entry(customer_id, callback_at=due))
    assert saved.callback_id is not None
    with sqlite_db.reading() as session:
        item = session.get(QueueItem, saved.callback_id)
        session.expunge(item)
        agent_id = session.scalar(select(User.id).where(User.login == "k.nowak"))
        entities = session.scalars(select(OutboxEntry.entity).order_by(OutboxEntry.entity)).all()
        queue_outbox = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == "queue_item")
        ).one()
        session.expunge(queue_outbox)
    assert (item.kind, item.status, item.due_at) == ("callback", "open", due)
    assert (item.assigned_to, item.source_contact_id) == (agent_id, saved.contact.id)
    assert item.customer_id == customer_id
    assert entities == ["contact", "queue_item"]
    assert queue_outbox.entity_id == item.id
    assert queue_outbox.payload["due_at"] == due.isoformat()
    assert queue_outbox.payload["assigned_to"] == str(agent_id)


def test_contact_without_customer_is_allowed(sqlite_db, service):
    saved = service.record(entry(None))
    assert saved.contact.customer_id is None


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("channel", {"channel": "pigeon"}),
        ("direction", {"direction": "sideways"}),
        ("started_at", {"started_at": datetime(2026, 3, 2, 10, 0)}),
        ("ended_at", {"ended_at": STARTED - timedelta(seconds=1)}),
        ("reason", {"reason": "   "}),
        ("reason", {"reason": "x" * 201}),
        ("codes", {"codes": ()}),
        ("codes", {"codes": ("NO_SUCH_CODE",)}),
        ("codes", {"codes": ("INFO", "LEGACY")}),
        ("codes", {"codes": ("INFO", "INFO")}),
        ("notes", {"notes": "x" * 4001}),
        ("outcome", {"outcome": ""}),
        # The form's English text, which the desk used to store, and any other free text.
        ("outcome", {"outcome": "Follow-up needed"}),
        ("outcome", {"outcome": "Karta zastrzeżona"}),
        ("outcome", {"outcome": "RESOLVED"}),
        ("callback_at", {"callback_at": ENDED}),
        ("callback_at", {"callback_at": ENDED - timedelta(hours=1)}),
        ("callback_at", {"callback_at": ENDED + timedelta(days=366)}),
        ("caller_number", {"caller_number": "1" * 21}),
        ("customer_id", {"customer_id": uuid.uuid4()}),
    ],
)
def test_invalid_entries_name_the_field_and_write_nothing(sqlite_db, service, field, changes):
    customer_id = make_customer(sqlite_db)
    with pytest.raises(ValidationError) as error:
        service.record(entry(customer_id, **changes))
    assert error.value.field == field
    assert str(error.value).startswith(f"{field}: ")
    assert counts(sqlite_db) == NOTHING


def test_boundaries_that_are_valid(sqlite_db, service, customer_id):
    service.record(entry(customer_id, ended_at=STARTED, notes="x" * 4000, contact_id=uuid.uuid4()))
    service.record(entry(customer_id, callback_at=ENDED + timedelta(days=365)))
    service.record(entry(customer_id, caller_number="anonymous"))
    assert counts(sqlite_db)["contacts"] == 3


def test_failure_midway_leaves_nothing_behind(sqlite_db, service, customer_id):
    # The database itself fails the last write (the callback's outbox row), after the contact,
    # its codes and its outbox row were already flushed in the same transaction.
    with sqlite_db.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER outbox_full BEFORE INSERT ON outbox WHEN NEW.entity = 'queue_item' "
            "BEGIN SELECT RAISE(ABORT, 'disk full while writing the outbox'); END"
        )
    with pytest.raises(DBAPIError, match="disk full"):
        service.record(entry(customer_id, callback_at=ENDED + timedelta(days=1)))
    assert counts(sqlite_db) == NOTHING
    with sqlite_db.reading() as session:
        assert session.scalars(select(User.login)).all() == []


def test_saved_texts_are_trimmed(sqlite_db, service, customer_id):
    typed = entry(customer_id, reason="  Karta  ", outcome=" resolved ", notes=" n ")
    saved = service.record(typed)
    assert (saved.contact.reason, saved.contact.outcome, saved.contact.notes) == (
        "Karta",
        "resolved",
        "n",
    )


def test_every_outcome_code_is_stored_as_the_code(sqlite_db, service, customer_id):
    for outcome in ContactOutcome:
        saved = service.record(entry(customer_id, outcome=outcome.value))
        assert saved.contact.outcome == outcome.value
    with sqlite_db.reading() as session:
        stored = set(session.scalars(select(Contact.outcome)))
    assert stored == {outcome.value for outcome in ContactOutcome}


def test_a_bad_outcome_names_the_field_and_the_codes(sqlite_db, service, customer_id):
    with pytest.raises(ValidationError) as error:
        service.record(entry(customer_id, outcome="Follow-up needed"))
    assert error.value.field == "outcome"
    assert "'Follow-up needed' is not one of resolved, information_given" in str(error.value)
