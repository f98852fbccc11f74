"""Calling-hours arithmetic: may a customer be called at an instant, and when next.

Instants are aware UTC datetimes; the spans are wall-clock times in the customer's zone.
Each day's span is turned into UTC through zoneinfo, so a day of 23 or 25 hours (the
change to and from summer time) moves the UTC bounds, never the local ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from app.services.calling_hours_settings import CallingHours

HORIZON_DAYS = 8  # a whole week and a day: every configured weekday is met once


@dataclass(frozen=True, slots=True)
class Judgement:
    """Whether an item may be called now; otherwise why not and when next (None: never)."""

    callable_now: bool
    blocked: str = ""  # before_window, window_closed, outside_hours, attempts_used
    callable_from: datetime | None = None


def next_opening(at: datetime, zone: ZoneInfo, hours: CallingHours) -> datetime | None:
    """The first instant at or after `at` inside calling hours in `zone` (None within 8 days)."""
    local_day = at.astimezone(zone).date()
    for offset in range(HORIZON_DAYS + 1):
        day = local_day + timedelta(days=offset)
        span = hours.on(day.weekday())
        if span is None:
            continue
        start = datetime.combine(day, span[0], tzinfo=zone).astimezone(UTC)
        end = datetime.combine(day, span[1], tzinfo=zone).astimezone(UTC)
        if at < end:
            return max(at, start)
    return None


def in_hours(at: datetime, zone: ZoneInfo, hours: CallingHours) -> bool:
    return next_opening(at, zone, hours) == at


def judge(
    now: datetime,
    *,
    due_at: datetime,
    window_end: datetime | None,
    attempts: int,
    max_attempts: int,
    zone: ZoneInfo,
    hours: CallingHours,
) -> Judgement:
    """Whether an item may be called at `now`: attempts left, inside its window, in hours."""
    if attempts >= max_attempts:
        return Judgement(False, "attempts_used")
    if window_end is not None and now >= window_end:
        return Judgement(False, "window_closed")
    opening = next_opening(max(now, due_at), zone, hours)
    if opening is not None and window_end is not None and opening >= window_end:
        opening = None  # the window closes before the customer may be called again
    if opening == now:
        return Judgement(True)
    return Judgement(False, "before_window" if due_at > now else "outside_hours", opening)
