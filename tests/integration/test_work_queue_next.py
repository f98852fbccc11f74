"""`next` reads candidates a page at a time with their customer's zone: same choices on
SQLite and PostgreSQL, the calling hours still skip, and my item costs few statements."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import event, update

from app.models import Customer, CustomerPhone, QueueItem
from app.services.queue.next_item import PAGE
from app.services.queue.work_queue import WorkQueueService
from tests.factories import make_customer
from tests.integration.queue_helpers import ME, NOW, floor


@pytest.fixture(params=["sqlite_db", "pg_db"])
def team(request):
    return floor(request.getfixturevalue(request.param))


def test_a_full_page_outside_hours_is_skipped_and_left_alone(team) -> None:
    # More New York items than one page, all older (so first in working order) and all
    # outside New York's hours at 05:00 there: the Warsaw one on the next page is chosen.
    blocked = [
        team.item(customer_id=team.john, due_at=NOW - timedelta(days=2, minutes=i))
        for i in range(PAGE + 3)
    ]
    warsaw = team.item(due_at=NOW - timedelta(hours=1))

    entry = WorkQueueService(team.db, ME).next(NOW)

    assert entry.id == warsaw and entry.status == "in_progress"
    assert {team.get(i).status for i in blocked} == {"open"}
    assert all(team.updates(i) == [] for i in blocked)


def test_started_items_come_first_unless_outside_hours(team) -> None:
    older = team.item(due_at=NOW - timedelta(days=1))
    started = team.item(due_at=NOW - timedelta(hours=1), status="in_progress")
    service = WorkQueueService(team.db, ME)

    assert service.next(NOW).id == started
    assert team.updates(started) == []  # already in progress: nothing to send

    _set(team.db, QueueItem, started, customer_id=team.john)
    entry = service.next(NOW)  # the started one is now a New York call at 05:00 there
    assert entry.id == older and team.updates(older) == [{"status": "in_progress"}]


def test_the_customers_own_zone_beats_the_phones(team) -> None:
    team.item(customer_id=team.john, due_at=NOW - timedelta(days=1))
    _set(team.db, Customer, team.john, time_zone="Europe/Warsaw")
    assert WorkQueueService(team.db, ME).next(NOW).customer_time_zone == "Europe/Warsaw"


def test_the_primary_phone_decides_the_zone(team) -> None:
    both = make_customer(team.db, external_id="C3", phones=("+12125550000", "+48600100300"))
    item = team.item(customer_id=both)
    assert WorkQueueService(team.db, ME).next(NOW) is None
    with team.db.unit_of_work() as uow:  # the Polish number becomes the first one
        uow.session.execute(
            update(CustomerPhone)
            .where(CustomerPhone.customer_id == both, CustomerPhone.e164 == "+12125550000")
            .values(position=9)
        )
        uow.commit()
    assert WorkQueueService(team.db, ME).next(NOW).id == item


def test_the_pool_skips_calls_outside_hours_too(team) -> None:
    team.item(None, customer_id=team.john, due_at=NOW - timedelta(days=3), priority=9)
    warsaw = team.item(None, due_at=NOW - timedelta(hours=2))
    entry = WorkQueueService(team.db, ME).next(NOW)
    assert entry.id == warsaw and entry.owner == ME and entry.status == "in_progress"


def test_my_next_item_costs_four_statements(team) -> None:
    # Find (one query with the zone and phone), start, its outbox row, read it back.
    for hours in range(1, 5):
        team.item(due_at=NOW - timedelta(hours=hours))
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement.split()[0].upper())

    event.listen(team.db.engine, "before_cursor_execute", count)
    try:
        WorkQueueService(team.db, ME).next(NOW)
    finally:
        event.remove(team.db.engine, "before_cursor_execute", count)
    assert statements == ["SELECT", "UPDATE", "INSERT", "SELECT"]


def _set(db, model, row_id: uuid.UUID, **values) -> None:
    with db.unit_of_work() as uow:
        uow.session.execute(update(model).where(model.id == row_id).values(**values))
        uow.commit()


# Monday 21:30 in Warsaw, 15:30 in New York: Polish customers may no longer be called.
EVENING = NOW.replace(hour=19, minute=30)


def test_an_evening_queue_reaches_the_callable_customer_past_many_closed_ones(team) -> None:
    closed = [team.item(due_at=EVENING - timedelta(days=2, minutes=i)) for i in range(PAGE * 2)]
    newer_pool_call = team.item(None, customer_id=team.john, due_at=EVENING - timedelta(hours=1))
    mine_in_new_york = team.item(customer_id=team.john, due_at=EVENING - timedelta(minutes=5))

    entry = WorkQueueService(team.db, ME).next(EVENING)

    assert entry.id == mine_in_new_york  # mine before the pool's, though due later
    assert {team.get(i).status for i in closed} == {"open"}
    assert team.get(newer_pool_call).assigned_to is None


def test_an_evening_queue_with_nobody_callable_is_not_read_page_by_page(team) -> None:
    for i in range(PAGE * 3):
        team.item(due_at=EVENING - timedelta(hours=i + 1))
        team.item(None, due_at=EVENING - timedelta(hours=i + 1))
    selects: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        selects.append(statement.split()[0].upper())

    event.listen(team.db.engine, "before_cursor_execute", count)
    try:
        assert WorkQueueService(team.db, ME).next(EVENING) is None
    finally:
        event.remove(team.db.engine, "before_cursor_execute", count)
    # mine and the pool: one page each, then one look at the distinct places, and stop
    assert selects == ["SELECT"] * 4


def test_nothing_is_read_when_it_is_night_everywhere(team) -> None:
    team.item(customer_id=team.john, due_at=NOW - timedelta(days=1))
    sunday_noon = NOW.replace(day=28, hour=10)  # Sunday: closed in every zone
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(team.db.engine, "before_cursor_execute", count)
    try:
        assert WorkQueueService(team.db, ME).next(sunday_noon) is None
    finally:
        event.remove(team.db.engine, "before_cursor_execute", count)
    assert not any("queue_items" in statement for statement in statements)
