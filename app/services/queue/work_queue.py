"""A consultant's own queue and the team pool: list, next, take, close or reschedule."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User
from app.services.calling_hours_settings import CallingHours
from app.services.errors import NotFound, ValidationError
from app.services.queue.closing import close_item
from app.services.queue.entries import QueueEntry
from app.services.queue.errors import Conflict
from app.services.queue.next_item import (
    first_callable_id,
    mine_candidates,
    pool_candidates,
    start,
)
from app.services.queue.queue_reads import WORKING_ORDER, mine_select, one_entry, pool_select
from app.services.queue.queue_reads import read_entries as _read
from app.services.queue.taking import take_locally, take_on_server
from app.services.queue.team_queue import find_items
from app.services.storage.db import Database, UnitOfWork

POOL_LIMIT = 200  # pool items listed: the head of the queue, never the whole centre's


class WorkQueueService:
    """The signed-in person's queue on the local database (and the server for `take`).

    `server` (a desk with a shared server) opens the server's Database: taking from the
    pool is decided there. Without it the embedded database decides.
    """

    def __init__(
        self,
        db: Database,
        login: str,
        *,
        hours: CallingHours | None = None,
        server: Callable[[], Database] | None = None,
    ) -> None:
        self._db = db
        self._login = login
        self.hours = hours or CallingHours()
        self._server = server

    def mine(self, now: datetime | None = None) -> list[QueueEntry]:
        """My open and in-progress items: overdue first, then soonest due, highest priority."""
        now = _now(now)
        with self._db.reading() as session:
            me = _me(session, self._login)
            if me is None:
                return []  # never signed in here yet: nothing can be assigned to me
            return _read(session, mine_select(me.id), now, self.hours)

    def pool(
        self, now: datetime | None = None, *, limit: int | None = POOL_LIMIT
    ) -> list[QueueEntry]:
        """Unassigned items of my team (and of the whole centre) that I may take: the first
        `limit` in working order (None: all of them; a centre's pool can hold thousands)."""
        now = _now(now)
        with self._db.reading() as session:
            me = _me(session, self._login)
            stmt = pool_select(me.team_id if me is not None else None)
            if limit is not None:
                stmt = stmt.order_by(*WORKING_ORDER).limit(limit)
            return _read(session, stmt, now, self.hours)

    def next(self, now: datetime | None = None) -> QueueEntry | None:
        """The first item I may call now (mine first, else taken from the pool), marked in
        progress; None when nothing is callable now."""
        now = _now(now)
        with self._db.unit_of_work() as uow:  # mine: found, started and read in one go
            found = first_callable_id(uow.session, mine_candidates(self._login), now, self.hours)
            if found is not None:
                return self._start(uow, found, now)
            found = self._first_in_pool(uow.session, now, set())
        tried: set[uuid.UUID] = set()
        while found is not None:
            try:
                self._take(found)
            except Conflict:
                tried.add(found)  # another desk was quicker: the next one
                with self._db.reading() as session:
                    found = self._first_in_pool(session, now, tried)
                continue
            with self._db.unit_of_work() as uow:
                return self._start(uow, found, now)
        return None

    def _first_in_pool(
        self, session: Session, now: datetime, skip: set[uuid.UUID]
    ) -> uuid.UUID | None:
        return first_callable_id(session, pool_candidates(self._login, skip), now, self.hours)

    def _start(self, uow: UnitOfWork, item_id: uuid.UUID, now: datetime) -> QueueEntry:
        start(uow, item_id)
        entry = one_entry(uow.session, item_id, now, self.hours)
        uow.commit()
        return entry

    def next_callable_at(self, now: datetime | None = None) -> datetime | None:
        """When something of mine or of the pool next becomes callable (None: nothing will)."""
        now = _now(now)
        times = [e.callable_from for e in self.mine(now) + self.pool(now) if e.callable_from]
        return min(times, default=None)

    def take(self, item_ref: str | uuid.UUID) -> QueueEntry:
        """Take a pool item; one taker wins (Conflict for the others)."""
        item_id = self._resolve(item_ref)
        self._take(item_id)
        return self.entry(item_id)

    def _take(self, item_id: uuid.UUID) -> None:
        if self._server is not None:
            take_on_server(self._server(), self._db, item_id)
        else:
            take_locally(self._db, item_id, self._login)

    def close(
        self,
        item_ref: str | uuid.UUID,
        outcome: str,
        *,
        reschedule_to: datetime | None = None,
        note: str = "",
        now: datetime | None = None,
    ) -> QueueEntry:
        """Record an attempt's QueueOutcome: done, retried later, rescheduled or expired."""
        now = _now(now)
        item_id = self._resolve(item_ref)
        with self._db.unit_of_work() as uow:
            close_item(uow, item_id, self._login, outcome, reschedule_to=reschedule_to,
                       note=note, now=now, hours=self.hours)  # fmt: skip
            uow.commit()
        return self.entry(item_id, now)

    def entry(self, item_ref: str | uuid.UUID, now: datetime | None = None) -> QueueEntry:
        """One item as a QueueEntry, whoever has it (NotFound when there is none)."""
        item_id = self._resolve(item_ref)
        with self._db.reading() as session:
            return one_entry(session, item_id, _now(now), self.hours)

    def _resolve(self, ref: str | uuid.UUID) -> uuid.UUID:
        if isinstance(ref, uuid.UUID):
            return ref
        with self._db.reading() as session:
            found = [item.id for item in find_items(session, ref)]
        if not found:
            raise NotFound(f"no queue item {ref!r}")
        if len(found) > 1:
            raise ValidationError("item", f"{ref!r} matches {len(found)} items; type more of it")
        return found[0]


def _me(session: Session, login: str) -> User | None:
    return session.scalar(select(User).where(User.login == login))


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)
