"""The state the demo floor is built with: session, random stream, 'now', words, ids so far."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.models import QueueItem
from app.models.enums import QueueKind

# How long an item may be called after it is due, by kind: a promised callback by the next day,
# a rule's follow-up within the week (a campaign entry: until the campaign ends, given).
WINDOWS = {QueueKind.CALLBACK: timedelta(days=1), QueueKind.FOLLOW_UP: timedelta(days=7)}


class Floor:
    """What set_up_floor writes, with the deterministic helpers it needs."""

    def __init__(self, session: Session, rng: random.Random, now: datetime, words: dict) -> None:
        self.session, self.rng, self.now, self.words = session, rng, now, words
        self.customers: list[uuid.UUID] = []
        self.users: dict[str, uuid.UUID] = {}
        self.teams: list[uuid.UUID] = []

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(bytes=self.rng.randbytes(16), version=4)

    def customer(self) -> uuid.UUID:
        return self.customers[int(self.rng.random() * len(self.customers))]

    def at(self, days_back: int, second: int) -> datetime:
        """A moment `days_back` days before now's date, `second` seconds into that day."""
        day = self.now.date() - timedelta(days=days_back)
        return datetime.combine(day, time(), UTC) + timedelta(seconds=second)

    def item(self, kind: QueueKind, due: datetime, **values) -> QueueItem:
        row = QueueItem(
            id=self.new_id(),
            kind=kind.value,
            customer_id=values.pop("customer_id", None) or self.customer(),
            due_at=due,
            window_end=values.pop("window_end", None) or due + WINDOWS[kind],
            created_at=min(due, self.now) - timedelta(hours=4),
            updated_at=self.now,
            **values,
        )
        self.session.add(row)
        return row
