"""Plain data the sync reports: its health for the status bar, one run's figures, rejections."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """An outbox row the server refused for good, named for the person who must act."""

    outbox_id: uuid.UUID
    entity: str
    entity_id: uuid.UUID
    message: str


@dataclass(frozen=True, slots=True)
class SkippedFeedRow:
    """A change-feed row this desk could not read or apply, and why; the rest went on."""

    txid: int | None  # the feed position; None for a row skipped during a first sync
    seq: int | None
    entity: str
    entity_key: str
    reason: str

    def __str__(self) -> str:
        where = f"feed row {self.txid}/{self.seq}" if self.txid is not None else "first sync"
        return f"{where}: {self.entity} {self.entity_key!r}: {self.reason}"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar shows: configured? online? how much is waiting, last success."""

    configured: bool
    online: bool = False
    unsynced: int = 0
    rejected: int = 0
    last_sync_at: datetime | None = None
    last_error: str = ""
    first_sync_done: bool = False
    feed_skipped: int = 0  # feed rows skipped so far (recorded in feed_skips)


@dataclass(frozen=True, slots=True)
class SyncReport:
    """One sync run: rows pushed and pulled, rows the server refused."""

    pushed: int = 0
    pulled: int = 0
    full_resync: bool = False
    rejected: tuple[RejectedRow, ...] = field(default_factory=tuple)
    skipped: tuple[SkippedFeedRow, ...] = field(default_factory=tuple)  # in this run
    # Customers whose card the pull changed; None: any card may have changed (e.g. a resync).
    customers_changed: frozenset[uuid.UUID] | None = frozenset()

    def changed_card_of(self, customer_id: uuid.UUID) -> bool:
        return self.customers_changed is None or customer_id in self.customers_changed


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """Progress of a long pull (the first sync of a new desktop): rows done of about total."""

    phase: str  # "push" | "snapshot" | "feed"
    done: int
    total: int
    table: str = ""
