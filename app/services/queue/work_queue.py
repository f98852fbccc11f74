"""A consultant's own queue and the team pool: list, next, take, close or reschedule."""

from __future__ import annotations

import uuid
from datetime import datetime

from app.services.queue.entries import QueueEntry
from app.services.storage.db import Database


class WorkQueueService:
    """The signed-in person's queue on the local database (and the server for `take`)."""

    def __init__(self, db: Database, login: str) -> None:
        self._db = db
        self._login = login

    def mine(self, now: datetime | None = None) -> list[QueueEntry]:
        """My open and in-progress items: overdue first, then soonest due, highest priority."""
        raise NotImplementedError

    def pool(self, now: datetime | None = None) -> list[QueueEntry]:
        """Unassigned items of my team (and of the whole centre) that I may take."""
        raise NotImplementedError

    def next(self, now: datetime | None = None) -> QueueEntry | None:
        """The first item I may call now (mine first, else taken from the pool), marked in
        progress; None when nothing is callable now."""
        raise NotImplementedError

    def take(self, item_ref: str | uuid.UUID) -> QueueEntry:
        """Take a pool item; one taker wins (Conflict for the others)."""
        raise NotImplementedError

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
        raise NotImplementedError
