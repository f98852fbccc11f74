"""An in-test WorkQueueService for the desk's queue views (the real one is tested on its own).

It keeps the real service's contract as the views rely on it: `mine`, `pool`, `next` (marks
the item in progress and takes from the pool when mine has nothing callable), `take` (one taker
wins: a refusal is raised as the service would), `close`. Also a contact service that records
the `queue_outcome` a save passed on, and saves the contact with the real ContactService.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from app.services.errors import AcrmError, NotFound
from app.services.queue.entries import QueueEntry

NOW = datetime.now(UTC).replace(microsecond=0)


def entry(customer_id: uuid.UUID | None, name: str, reason: str, **values) -> QueueEntry:
    fields = dict(
        id=uuid.uuid4(), kind="follow_up", status="open", customer_id=customer_id,
        customer_number="", customer_name=name, reason=reason, script="", due_at=NOW,
        window_end=None, priority=50, owner="anna.nowak", owner_name="Anna Nowak", team="",
        attempts=0, max_attempts=3, outcome="", campaign="", overdue=False, callable_now=True,
    )  # fmt: skip
    fields.update(values)
    return QueueEntry(**fields)


class FakeWorkQueue:
    def __init__(self, mine=(), pool=()) -> None:
        self.mine_rows = list(mine)
        self.pool_rows = list(pool)
        self.refusal: AcrmError | None = None
        self.gate: threading.Event | None = None  # set: next() waits for it (a slow server)
        self.next_calls = 0
        self.closed: list[tuple] = []

    def mine(self, now=None) -> list[QueueEntry]:
        return list(self.mine_rows)

    def pool(self, now=None) -> list[QueueEntry]:
        return list(self.pool_rows)

    def next(self, now=None) -> QueueEntry | None:
        self.next_calls += 1
        if self.gate is not None:
            assert self.gate.wait(10)
        for rows in (self.mine_rows, self.pool_rows):
            for i, row in enumerate(rows):
                if row.callable_now:
                    taken = replace(rows.pop(i), status="in_progress")
                    self.mine_rows.insert(0, taken)
                    return taken
        return None

    def take(self, item_ref) -> QueueEntry:
        if self.refusal is not None:
            raise self.refusal
        row = next(r for r in self.pool_rows if r.id == item_ref)
        self.pool_rows.remove(row)
        mine = replace(row, owner="anna.nowak", owner_name="Anna Nowak")
        self.mine_rows.append(mine)
        return mine

    def entry(self, item_ref, now=None) -> QueueEntry:
        for row in self.mine_rows + self.pool_rows:
            if row.id == item_ref:
                return row
        raise NotFound(f"no queue item {item_ref!r}")

    def close(self, item_ref, outcome, *, reschedule_to=None, note="", now=None) -> QueueEntry:
        self.closed.append((item_ref, outcome, reschedule_to))
        row = next(r for r in self.mine_rows if r.id == item_ref)
        self.mine_rows.remove(row)
        return replace(row, status="done", outcome=outcome)


class RecordingContacts:
    """The real ContactService; a contact's queue outcome (its WrapUpInput fields) is kept here
    and applied with the fake queue, so the test sees the value reach the save call."""

    def __init__(self, real, queue: FakeWorkQueue) -> None:
        self._real = real
        self._queue = queue
        self.queue_outcomes: list[tuple] = []

    def __getattr__(self, name):
        return getattr(self._real, name)

    def record(self, entry):
        item, outcome, when = entry.queue_item, entry.queue_outcome, entry.queue_reschedule_to
        # The fake queue's items are not in the database: the real service saves the contact.
        saved = self._real.record(
            replace(entry, queue_item=None, queue_outcome="", queue_reschedule_to=None)
        )
        if item is not None:
            self.queue_outcomes.append((item, outcome, when))
            self._queue.close(item, outcome, reschedule_to=when)
        return saved


def later(hours: float) -> datetime:
    return NOW + timedelta(hours=hours)
