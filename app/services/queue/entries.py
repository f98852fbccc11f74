"""Queue items as the views and the CLI see them: plain values, never ORM rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One queue item (callback, follow-up or campaign entry) for a consultant or a lead.

    `callable_now` says whether it may be called at the moment it was read (its window is
    open, attempts are left and it is within calling hours in the customer's time zone);
    when not, `blocked` names why ("before_window", "window_closed", "outside_hours",
    "attempts_used") and `callable_from` when it next may be (None: never again).
    """

    id: uuid.UUID
    kind: str  # QueueKind
    status: str  # QueueStatus
    customer_id: uuid.UUID | None
    customer_number: str  # the bank's customer number (external id)
    customer_name: str
    reason: str
    script: str
    due_at: datetime
    window_end: datetime | None
    priority: int
    owner: str  # login; "" for the pool
    owner_name: str
    team: str  # team name; "" for the whole centre
    attempts: int
    max_attempts: int
    outcome: str  # the last QueueOutcome, "" for none yet
    campaign: str  # campaign name, "" when not a campaign entry
    overdue: bool
    callable_now: bool
    blocked: str = ""
    callable_from: datetime | None = None
    customer_time_zone: str = ""  # the zone the calling hours were judged in
    note: str = ""  # free text: the promise's words, notes added when attempts were closed
    last_attempt_at: datetime | None = None

    @property
    def short_id(self) -> str:
        return self.id.hex[:8]
