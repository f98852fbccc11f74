"""Closing queue items: outcomes, retries, attempt limits, windows, owners; and with a contact."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import Contact, QueueItem
from app.services.calling_hours_settings import CallingHours
from app.services.contacts.service import ContactService
from app.services.dto import WrapUpInput
from app.services.errors import ValidationError
from app.services.queue.work_queue import WorkQueueService
from tests.factories import seed_wrapup_codes
from tests.integration.queue_helpers import LEAD, ME, NOW, OTHER, OUTSIDER, floor

HOURS = CallingHours(retry_minutes=120)


@pytest.fixture
def team(sqlite_db):
    return floor(sqlite_db)


def service(team, login: str = ME) -> WorkQueueService:
    return WorkQueueService(team.db, login, hours=HOURS)


@pytest.mark.parametrize("outcome", ["reached", "wrong_number", "refused"])
def test_finishing_outcomes_make_it_done(team, outcome: str) -> None:
    item = team.item(status="in_progress")
    entry = service(team).close(item.hex[:8], outcome, note="Klient zadowolony", now=NOW)
    assert (entry.status, entry.outcome, entry.attempts) == ("done", outcome, 1)
    assert entry.last_attempt_at == NOW and entry.note == "Klient zadowolony"
    assert team.updates(item) == [{"attempts": 1, "last_attempt_at": NOW.isoformat(),
                                   "outcome": outcome, "status": "done",
                                   "note": "Klient zadowolony"}]  # fmt: skip


@pytest.mark.parametrize("outcome", ["no_answer", "busy"])
def test_no_answer_retries_after_the_delay_until_the_attempts_run_out(team, outcome) -> None:
    item = team.item(max_attempts=2)
    first = service(team).close(item, outcome, now=NOW)
    assert (first.status, first.attempts, first.due_at) == ("open", 1, NOW + timedelta(hours=2))
    assert not first.callable_now and first.blocked == "before_window"
    second = service(team).close(item, outcome, now=NOW + timedelta(hours=2))
    assert (second.status, second.attempts) == ("expired", 2)
    assert service(team).mine(NOW) == []


def test_no_answer_expires_when_the_retry_falls_after_the_window(team) -> None:
    item = team.item(window_end=NOW + timedelta(hours=1))
    entry = service(team).close(item, "no_answer", now=NOW)
    assert (entry.status, entry.attempts) == ("expired", 1)


def test_rescheduled_moves_due_inside_the_window_without_using_an_attempt(team) -> None:
    item = team.item(window_end=NOW + timedelta(days=3), attempts=1)
    at = NOW + timedelta(days=1)
    entry = service(team).close(item, "rescheduled", reschedule_to=at, now=NOW)
    assert (entry.status, entry.due_at, entry.attempts, entry.outcome) == (
        "open", at, 1, "rescheduled")  # fmt: skip
    for when, message in ((NOW + timedelta(days=4), "after the call window closes"),
                          (NOW - timedelta(hours=1), "is not in the future"),
                          (None, "needs the new time")):  # fmt: skip
        with pytest.raises(ValidationError, match=message) as raised:
            service(team).close(item, "rescheduled", reschedule_to=when, now=NOW)
        assert raised.value.field == "reschedule_to"
    assert team.get(item).due_at == at


def test_bad_outcome_is_named(team) -> None:
    item = team.item()
    with pytest.raises(ValidationError, match="outcome: 'answered' is not one of reached"):
        service(team).close(item, "answered", now=NOW)
    with pytest.raises(ValidationError, match="only the outcome 'rescheduled' takes"):
        service(team).close(item, "reached", reschedule_to=NOW + timedelta(hours=1), now=NOW)
    assert team.get(item).status == "open" and team.updates(item) == []


def test_only_the_owner_or_their_team_lead_may_close(team) -> None:
    item = team.item(OTHER)
    pooled = team.item(None)
    for login in (ME, OUTSIDER):
        with pytest.raises(ValidationError, match="belongs to someone else; only its owner"):
            service(team, login).close(item, "reached", now=NOW)
    with pytest.raises(ValidationError, match="belongs to the team pool"):
        service(team).close(pooled, "reached", now=NOW)
    assert service(team, LEAD).close(item, "reached", now=NOW).status == "done"
    with pytest.raises(ValidationError, match="is already done"):
        service(team, OTHER).close(item, "busy", now=NOW)


def wrapup(team, **changes) -> WrapUpInput:
    values = dict(customer_id=team.anna, channel="phone", direction="outbound",
                  started_at=NOW - timedelta(minutes=5), ended_at=NOW, reason="Oddzwonienie",
                  codes=("INFO",), notes="", outcome="resolved")  # fmt: skip
    values.update(changes)
    return WrapUpInput(**values)


def test_a_saved_contact_closes_or_reschedules_the_item_in_its_commit(team) -> None:
    seed_wrapup_codes(team.db)
    contacts = ContactService(team.db, ME, hours=HOURS)
    item = team.item(status="in_progress")
    saved = contacts.record(wrapup(team, queue_item=item, queue_outcome="reached"))
    assert saved.queue_status == "done" and team.get(item).attempts == 1

    later = team.item(status="in_progress")
    at = NOW + timedelta(days=400)  # after the real clock too: the check uses it
    saved = contacts.record(wrapup(team, queue_item=later, queue_outcome="rescheduled",
                                   queue_reschedule_to=at))  # fmt: skip
    assert saved.queue_status == "open" and team.get(later).due_at == at


def test_a_contact_with_a_bad_queue_outcome_writes_nothing(team) -> None:
    seed_wrapup_codes(team.db)
    contacts = ContactService(team.db, ME, hours=HOURS)
    theirs = team.item(OTHER)
    johns = team.item(customer_id=team.john)
    mine = team.item()
    cases = (
        (dict(queue_item=theirs, queue_outcome="reached"), "queue_item", "someone else"),
        (dict(queue_item=johns, queue_outcome="reached"), "queue_item", "another customer"),
        (dict(queue_item=mine, queue_outcome="later"), "queue_outcome", "is not one of"),
        (dict(queue_outcome="reached"), "queue_item", "needs the queue item"),
    )
    for changes, field, message in cases:
        with pytest.raises(ValidationError, match=message) as raised:
            contacts.record(wrapup(team, **changes))
        assert raised.value.field == field
    with team.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        statuses = session.scalars(select(QueueItem.status)).all()
    assert set(statuses) == {"open"}
