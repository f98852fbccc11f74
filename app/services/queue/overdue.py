"""When a pending queue item is overdue: a promise kept late, not a list worked in its window.

A callback's or a follow-up's due time is a promise (to the customer, or a rule's "call them
in three days"): past it, the item is overdue. A campaign entry's due time is only the first
moment it may be called, so a freshly generated campaign is not a wall of red; it is overdue
once its call window has closed with the entry still to do. Any item whose window closed is.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_

from app.models import QueueItem
from app.models.enums import QueueKind

CAMPAIGN = QueueKind.CAMPAIGN.value


def is_overdue(kind: str, due_at: datetime, window_end: datetime | None, now: datetime) -> bool:
    """Whether a pending item is overdue at `now` (see the module's docstring)."""
    if window_end is not None and window_end < now:
        return True
    return kind != CAMPAIGN and due_at < now


def overdue_clause(now: datetime) -> ColumnElement[bool]:
    """The same test in SQL, on QueueItem (the caller restricts to pending items)."""
    q = QueueItem
    return or_(q.window_end < now, and_(q.kind != CAMPAIGN, q.due_at < now))
