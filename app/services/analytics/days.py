"""Centre-zone calendar days of stored UTC moments, as SQL for SQLite and PostgreSQL alike.

An analytics event is a DAY with an inflow, and a day is the centre's calendar day (the
[calling_hours] time_zone, app/services/centre_time.py), not UTC's: a payment booked at
23:30 UTC on 31 March is 1 April in Warsaw. PostgreSQL converts with AT TIME ZONE. SQLite
has no time-zone database, so the zone's UTC offsets over the period are looked up here
(zoneinfo) and written into the query as a CASE over the stored naive-UTC text: the offsets
change a couple of times a year, so the CASE stays short and the day stays exact.
Days are numbered from 1970-01-01 (day 0), so differences are whole days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.services.calling_hours_settings import DEFAULT_ZONE

EPOCH = date(1970, 1, 1)
_SQLITE_TEXT = "%Y-%m-%d %H:%M:%S"  # how SQLAlchemy stores a naive UTC moment, seconds part
_JULIAN_EPOCH = 2440587.5  # julianday('1970-01-01'): a date's julianday is always N + 0.5


def zone_info(zone: str) -> ZoneInfo:
    """The zone named (already checked by the settings), the default centre zone otherwise.

    centre_time.zone_info says the same; not imported from there, whose package (queue)
    reaches the card's data objects, which import analytics."""
    try:
        return ZoneInfo(zone or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def day_number(moment: datetime, zone: str) -> int:
    """The centre-zone day of an aware moment, counted from 1970-01-01."""
    return (moment.astimezone(zone_info(zone)).date() - EPOCH).days


def sqlite_time(moment: datetime) -> str:
    """An aware moment as SQLite holds it (naive UTC text; string order is time order)."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def day_sql(dialect: str, column: str, zone: str, start: datetime, end: datetime) -> str:
    """A SQL expression: the centre-zone day number of `column` for moments in [start, end]."""
    if dialect == "postgresql":
        quoted = zone_info(zone).key.replace("'", "''")
        return f"((({column}) AT TIME ZONE '{quoted}')::date - DATE '1970-01-01')"
    spans = offsets(zone, start, end)
    cases = " ".join(
        f"WHEN {column} >= '{since.strftime(_SQLITE_TEXT)}' THEN '{seconds:+d} seconds'"
        for since, seconds in reversed(spans[1:])  # newest first: most rows stop early
    )
    modifier = (
        f"CASE {cases} ELSE '{spans[0][1]:+d} seconds' END"
        if cases
        else (f"'{spans[0][1]:+d} seconds'")
    )
    return f"CAST(julianday(date({column}, {modifier})) - {_JULIAN_EPOCH} AS INTEGER)"


def offsets(zone: str, start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """(naive UTC moment from which, UTC offset in seconds) over [start, end], oldest first.

    The zone is sampled day by day and every change is narrowed down to the second."""
    tz = zone_info(zone)
    start = start.astimezone(UTC).replace(tzinfo=None) - timedelta(days=1)
    end = end.astimezone(UTC).replace(tzinfo=None) + timedelta(days=1)

    def offset(moment: datetime) -> int:
        found = moment.replace(tzinfo=UTC).astimezone(tz).utcoffset()
        return int(found.total_seconds()) if found is not None else 0

    spans = [(start, offset(start))]
    moment = start
    while moment < end:
        following = min(moment + timedelta(days=1), end)
        if offset(following) != spans[-1][1]:
            low, high = moment, following  # offset(low) is the old one, offset(high) the new
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if offset(middle) == spans[-1][1] else (low, middle)
            spans.append((high.replace(microsecond=0), offset(high)))
        moment = following
    return spans
