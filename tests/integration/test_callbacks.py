"""Callbacks a consultant sees: mine and a customer's, and closing my own with a saved contact."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import OutboxEntry, QueueItem
from app.services.contacts.service import ContactService
from app.services.dto import WrapUpInput
from app.services.errors import ValidationError
from app.services.queue.callbacks import CallbackService
from tests.factories import make_customer, seed_wrapup_codes

NOW = datetime.now(UTC).replace(microsecond=0)
ME, OTHER = "k.nowak", "j.kowal"


def entry(customer, **changes) -> WrapUpInput:
    base = WrapUpInput(
        customer_id=customer,
        channel="phone",
        direction="inbound",
        started_at=NOW - timedelta(minutes=5),
        ended_at=NOW,
        reason="Karta",
        codes=("INFO",),
        notes="",
        outcome="resolved",
    )
    return dataclasses.replace(base, **changes)


def promise(db, login: str, customer, due: datetime, reason: str):
    """A callback promised by `login` through a real saved wrap-up; returns its id."""
    saved = ContactService(db, agent_login=login).record(
        entry(customer, reason=reason, callback_at=NOW + timedelta(days=1))
    )
    assert saved.callback_id is not None
    # Due times in the past (overdue) cannot be promised: move it there as time would.
    with db.unit_of_work() as uow:
        uow.session.get(QueueItem, saved.callback_id).due_at = due
        uow.commit()
    return saved.callback_id


@pytest.fixture
def people(sqlite_db):
    seed_wrapup_codes(sqlite_db)
    anna = make_customer(sqlite_db, external_id="C1", first_name="Anna", last_name="Nowak")
    piotr = make_customer(sqlite_db, external_id="C2", first_name="Piotr", last_name="Wójcik")
    return sqlite_db, anna, piotr


def test_mine_lists_only_my_open_callbacks_overdue_first(people) -> None:
    db, anna, piotr = people
    later = promise(db, ME, anna, NOW + timedelta(hours=3), "Oddzwonić w sprawie karty")
    overdue = promise(db, ME, piotr, NOW - timedelta(hours=2), "Limit karty")
    promise(db, OTHER, anna, NOW + timedelta(hours=1), "Not mine")

    rows = CallbackService(db, ME).mine()

    assert [row.id for row in rows] == [overdue, later]
    assert rows[0].overdue(NOW) and not rows[1].overdue(NOW)
    assert (rows[0].customer_name, rows[0].customer_number) == ("Piotr Wójcik", "C2")
    assert rows[1].note == "Oddzwonić w sprawie karty"
    assert all(row.mine and row.assignee == ME for row in rows)


def test_a_customers_open_callbacks_name_who_has_them(people) -> None:
    db, anna, piotr = people
    mine = promise(db, ME, anna, NOW + timedelta(hours=3), "Mine")
    theirs = promise(db, OTHER, anna, NOW + timedelta(hours=1), "Theirs")
    promise(db, ME, piotr, NOW + timedelta(hours=1), "Another customer")

    rows = CallbackService(db, ME).for_customer(anna)

    assert [(row.id, row.assignee, row.mine) for row in rows] == [
        (theirs, OTHER, False),
        (mine, ME, True),
    ]


def test_a_saved_contact_closes_my_callback_in_its_transaction_with_an_outbox_row(people):
    db, anna, _ = people
    item = promise(db, ME, anna, NOW + timedelta(hours=3), "Oddzwonić")

    saved = ContactService(db, agent_login=ME).record(entry(anna, close_callbacks=(item,)))

    assert saved.closed_callbacks == (item,)
    assert CallbackService(db, ME).for_customer(anna) == []
    with db.reading() as session:
        assert session.get(QueueItem, item).status == "done"
        update = session.scalars(
            select(OutboxEntry.payload).where(
                OutboxEntry.entity_id == item, OutboxEntry.operation == "update"
            )
        ).one()
    assert update["fields"] == {"status": "done"}


@pytest.mark.parametrize(
    ("whose", "on", "message"),
    [
        (OTHER, "anna", "assigned to someone else"),
        (ME, "piotr", "belongs to another customer"),
    ],
)
def test_closing_a_callback_i_may_not_close_saves_nothing(people, whose, on, message) -> None:
    db, anna, piotr = people
    item = promise(db, whose, anna, NOW + timedelta(hours=3), "Oddzwonić")
    customer = {"anna": anna, "piotr": piotr}[on]
    with db.reading() as session:
        outbox_before = len(session.scalars(select(OutboxEntry)).all())

    with pytest.raises(ValidationError, match=message) as raised:
        ContactService(db, agent_login=ME).record(entry(customer, close_callbacks=(item,)))

    assert raised.value.field == "close_callbacks"
    with db.reading() as session:
        assert session.get(QueueItem, item).status == "open"
        assert len(session.scalars(select(OutboxEntry)).all()) == outbox_before  # no contact


def test_a_callback_closed_already_cannot_be_closed_again(people) -> None:
    db, anna, _ = people
    item = promise(db, ME, anna, NOW + timedelta(hours=3), "Oddzwonić")
    contacts = ContactService(db, agent_login=ME)
    contacts.record(entry(anna, close_callbacks=(item,)))

    with pytest.raises(ValidationError, match="already done"):
        contacts.record(entry(anna, close_callbacks=(item,)))


def test_cli_lists_my_callbacks_as_json_overdue_first(people, capsys) -> None:
    from app.cli import main

    db, anna, piotr = people
    later = promise(db, ME, anna, NOW + timedelta(hours=3), "Oddzwonić")
    overdue = promise(db, ME, piotr, NOW - timedelta(hours=2), "Limit karty")
    promise(db, OTHER, anna, NOW + timedelta(hours=1), "Not mine")

    assert main(["--db", str(db.engine.url), "queue", "mine", "--login", ME, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in listed] == [str(overdue), str(later)]
    assert (listed[0]["customer_number"], listed[0]["note"]) == ("C2", "Limit karty")

    assert main(["--db", str(db.engine.url), "queue", "mine", "--login", ME]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert "overdue" in lines[1] and "C2 Piotr Wójcik" in lines[1]
    assert "overdue" not in lines[2] and "Oddzwonić" in lines[2]
    assert "2 open callback(s)" in out.err
