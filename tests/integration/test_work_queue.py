"""My queue and the team pool on a real SQLite file: order, callable flags, next, take."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.services.errors import NotFound, ValidationError
from app.services.queue.errors import Conflict
from app.services.queue.work_queue import WorkQueueService
from app.services.storage.db import Database
from tests.integration.queue_helpers import LEAD, ME, NOW, OTHER, OUTSIDER, floor


@pytest.fixture
def team(sqlite_db):
    return floor(sqlite_db)


def test_mine_lists_every_kind_overdue_first_then_due_then_priority(team) -> None:
    later = team.item(due_at=NOW + timedelta(hours=2), kind="follow_up")
    low = team.item(due_at=NOW - timedelta(hours=1), priority=1, kind="campaign")
    high = team.item(due_at=NOW - timedelta(hours=1), priority=5)
    oldest = team.item(due_at=NOW - timedelta(days=1))
    team.item(due_at=NOW - timedelta(days=2), status="done")
    team.item(OTHER, due_at=NOW - timedelta(days=3))
    team.item(None, due_at=NOW - timedelta(days=3))  # the pool, not mine

    entries = WorkQueueService(team.db, ME).mine(NOW)

    assert [e.id for e in entries] == [oldest, high, low, later]
    assert [e.kind for e in entries] == ["callback", "callback", "campaign", "follow_up"]
    # a campaign entry's due time only opens its window: it is not overdue until that closes
    assert [e.overdue for e in entries] == [True, True, False, False]
    assert entries[0].customer_name == "Anna Nowak" and entries[0].owner == ME
    assert entries[0].team == "Karty" and entries[0].reason == "Oddzwonić"
    assert entries[0].customer_time_zone == "Europe/Warsaw"
    assert [e.callable_now for e in entries] == [True, True, True, False]
    assert entries[3].blocked == "before_window"
    assert entries[3].callable_from == later_due(team, later)


def later_due(team, item_id):
    return team.get(item_id).due_at


def test_the_customers_hours_decide_not_the_centres(team) -> None:
    # 09:00 UTC is 05:00 in New York: John may be called from 08:00 there (12:00 UTC).
    item = team.item(customer_id=team.john)
    (entry,) = WorkQueueService(team.db, ME).mine(NOW)
    assert entry.id == item and entry.customer_time_zone == "America/New_York"
    assert (entry.callable_now, entry.blocked) == (False, "outside_hours")
    assert entry.callable_from == datetime(2027, 3, 29, 12, 0, tzinfo=UTC)


def test_expired_blocked_items_are_shown_and_never_offered(team) -> None:
    closed = team.item(due_at=NOW - timedelta(days=2), window_end=NOW - timedelta(hours=1))
    used = team.item(due_at=NOW - timedelta(days=2), attempts=3, max_attempts=3)
    service = WorkQueueService(team.db, ME)

    entries = {e.id: e for e in service.mine(NOW)}

    assert entries[closed].blocked == "window_closed" and entries[closed].callable_from is None
    assert entries[used].blocked == "attempts_used"
    assert service.next(NOW) is None
    assert service.next_callable_at(NOW) is None


def test_pool_is_my_teams_and_the_centres_unassigned_open_items(team) -> None:
    ours = team.item(None)
    centre = team.item(None, team_id=None, due_at=NOW - timedelta(hours=3))
    theirs = team.item(None, team_id=team.other_team)
    team.item(None, status="cancelled")
    team.item(OTHER)

    assert [e.id for e in WorkQueueService(team.db, ME).pool(NOW)] == [centre, ours]
    assert [e.id for e in WorkQueueService(team.db, OUTSIDER).pool(NOW)] == [centre, theirs]


def test_next_gives_my_first_callable_item_in_progress_with_its_outbox_row(team) -> None:
    team.item(customer_id=team.john, due_at=NOW - timedelta(days=1))  # outside NY hours
    mine = team.item(due_at=NOW - timedelta(hours=1), script="Dzień dobry, dzwonię z banku")
    team.item(None, due_at=NOW - timedelta(days=5))  # the pool waits while I have work

    entry = WorkQueueService(team.db, ME).next(NOW)

    assert entry is not None and entry.id == mine and entry.status == "in_progress"
    assert entry.script == "Dzień dobry, dzwonię z banku"
    assert team.updates(mine) == [{"status": "in_progress"}]
    # Pressed again (the desk restarted mid-call): the same item, no second outbox row.
    assert WorkQueueService(team.db, ME).next(NOW).id == mine
    assert len(team.updates(mine)) == 1


def test_next_takes_the_best_pool_item_when_nothing_of_mine_is_callable(team) -> None:
    team.item(due_at=NOW + timedelta(hours=1))  # mine, but not yet
    best = team.item(None, priority=9)
    team.item(None, priority=1)

    entry = WorkQueueService(team.db, ME).next(NOW)

    assert entry.id == best and entry.owner == ME and entry.status == "in_progress"
    assert team.get(best).assigned_to == team.users[ME]
    assert team.updates(best) == [{"assigned_to": str(team.users[ME])}, {"status": "in_progress"}]


def test_nothing_callable_says_when_next(team) -> None:
    team.item(due_at=NOW + timedelta(hours=1))
    team.item(customer_id=team.john)
    service = WorkQueueService(team.db, ME)
    assert service.next(NOW) is None
    assert service.next_callable_at(NOW) == NOW + timedelta(hours=1)


def test_take_one_taker_wins_and_other_teams_pools_are_refused(team) -> None:
    item = team.item(None)
    theirs = team.item(None, team_id=team.other_team)

    taken = WorkQueueService(team.db, ME).take(item.hex[:8])

    assert taken.owner == ME
    with pytest.raises(Conflict, match=f"taken by {ME}"):
        WorkQueueService(team.db, OTHER).take(item.hex[:8])
    with pytest.raises(ValidationError, match="another team's pool"):
        WorkQueueService(team.db, ME).take(theirs)
    with pytest.raises(NotFound):
        WorkQueueService(team.db, ME).take("abcdef01")
    with pytest.raises(NotFound, match="no queue item"):
        WorkQueueService(team.db, ME).entry(uuid.uuid4())
    with pytest.raises(ValidationError, match="not a queue item id"):
        WorkQueueService(team.db, ME).take("xyz")
    assert team.get(theirs).assigned_to is None


def test_two_desks_on_one_file_pressing_take_at_once_one_wins(team, tmp_path) -> None:
    for _ in range(5):
        item = team.item(None)
        outcomes: dict[str, str] = {}
        barrier = threading.Barrier(2)

        def press(login: str, item=item, outcomes=outcomes, barrier=barrier) -> None:
            db = Database(team.db.url)  # each desk its own engine and connection
            try:
                service = WorkQueueService(db, login)
                barrier.wait()
                try:
                    service.take(item)
                    outcomes[login] = "won"
                except Conflict:
                    outcomes[login] = "lost"
            finally:
                db.dispose()

        threads = [threading.Thread(target=press, args=(login,)) for login in (ME, OTHER)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sorted(outcomes.values()) == ["lost", "won"]
        winner = next(login for login, result in outcomes.items() if result == "won")
        assert team.get(item).assigned_to == team.users[winner]


def test_a_lead_sees_only_own_items_in_mine(team) -> None:
    team.item(OTHER)
    own = team.item(LEAD)
    assert [e.id for e in WorkQueueService(team.db, LEAD).mine(NOW)] == [own]
