"""Overdue means a promise kept late (callbacks, follow-ups) or a window closed (any item)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services.queue.overdue import is_overdue

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("kind", "due_at", "window_end", "overdue"),
    [
        ("callback", NOW - HOUR, None, True),
        ("callback", NOW + HOUR, None, False),
        ("follow_up", NOW - HOUR, NOW + HOUR, True),
        ("campaign", NOW - 24 * HOUR, NOW + 24 * HOUR, False),  # in its window: just work
        ("campaign", NOW - 48 * HOUR, NOW - HOUR, True),  # its window closed, still to do
        ("campaign", NOW - HOUR, None, False),  # an open-ended campaign never is
        ("callback", NOW + HOUR, NOW - HOUR, True),  # a closed window wins over a due time
    ],
)
def test_overdue(kind: str, due_at: datetime, window_end, overdue: bool) -> None:
    assert is_overdue(kind, due_at, window_end, NOW) is overdue
