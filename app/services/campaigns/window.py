"""The call window of a campaign's entries (days in the centre's zone)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.services.centre_time import day_end, day_start


def entry_window(
    starts_on: date, ends_on: date | None, at: datetime, zone: str
) -> tuple[datetime, datetime | None]:
    """(due_at, window_end) of an entry generated at `at`: due from the campaign's first day
    (or now, if later) until the end of its last day (None: no last day)."""
    due = max(day_start(starts_on, zone), at.astimezone(UTC))
    return due, (day_end(ends_on, zone) if ends_on is not None else None)
