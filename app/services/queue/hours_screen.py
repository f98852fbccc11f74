"""Ruling items out of calling hours without resolving each customer's zone from the phone.

Resolving a zone from a phone number costs about 75 µs (parsing and validating it); a
queue on a Sunday or late in the evening may hold thousands of due items, none callable.
Two exact screens answer "not callable now" first:

- nowhere on Earth is it inside calling hours (the wall clock of every zone lies between
  UTC−12 and UTC+14; an hour of margin either side), so nothing is callable at all;
- it is outside calling hours in every zone a number of this country calling code can
  resolve to, and in the centre's zone (the answer for an invalid or ambiguous number).

Only an item that passes both is judged with its exact zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from app.services.calling_hours_settings import CallingHours
from app.services.queue.customer_zone import valid_zone
from app.services.queue.hours import in_hours

EARLIEST_OFFSET = timedelta(hours=-13)  # Etc/GMT+12 is the furthest behind UTC
LATEST_OFFSET = timedelta(hours=15)  # Pacific/Kiritimati (+14) the furthest ahead


def open_anywhere(now: datetime, hours: CallingHours) -> bool:
    """Whether some zone's wall clock is inside calling hours at `now` (False: call nobody)."""
    utc_wall = now.replace(tzinfo=None) - (now.utcoffset() or timedelta())
    earliest, latest = utc_wall + EARLIEST_OFFSET, utc_wall + LATEST_OFFSET
    day = earliest.date()
    while day <= latest.date():
        span = hours.on(day.weekday())
        if span is not None:
            start, end = datetime.combine(day, span[0]), datetime.combine(day, span[1])
            if start < latest and end > earliest:
                return True
        day += timedelta(days=1)
    return False


class HoursScreen:
    """Per `next` call: rules out items whose every possible zone is outside calling hours."""

    def __init__(self, now: datetime, hours: CallingHours) -> None:
        self._now = now
        self._hours = hours
        self._centre = valid_zone(hours.time_zone) or ZoneInfo("UTC")
        self._open: dict[str, bool] = {}  # zone name -> inside hours at `now`
        self._country_open: dict[str, bool] = {}  # calling code -> some zone of it open

    def maybe_callable(self, own_zone: str, e164: str) -> bool:
        """False when the item surely is outside calling hours; True: judge it exactly."""
        own = valid_zone(own_zone)
        if own is not None:
            return self._zone_open(own)
        code = calling_code(e164) if e164 else ""
        if code not in self._country_open:
            zones = [self._centre, *(z for z in map(valid_zone, country_zones(code)) if z)]
            self._country_open[code] = any(self._zone_open(zone) for zone in zones)
        return self._country_open[code]

    def _zone_open(self, zone: ZoneInfo) -> bool:
        if zone.key not in self._open:
            self._open[zone.key] = in_hours(self._now, zone, self._hours)
        return self._open[zone.key]


def calling_code(e164: str) -> str:
    """The country calling code of an E.164 number ('' when none is known)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    digits = e164.lstrip("+")
    for length in (1, 2, 3):  # calling codes are prefix-free
        code = digits[:length]
        if code.isdigit() and int(code) in COUNTRY_CODE_TO_REGION_CODE:
            return code
    return ""


def country_zones(code: str) -> frozenset[str]:
    """Every zone phonenumbers may give a number of this calling code (its own and its areas)."""
    return _zones_by_code().get(code, frozenset())


@lru_cache(maxsize=1)
def _zones_by_code() -> dict[str, frozenset[str]]:
    from phonenumbers.timezone import UNKNOWN_TIMEZONE
    from phonenumbers.tzdata import TIMEZONE_DATA

    found: dict[str, set[str]] = {}
    for prefix, zones in TIMEZONE_DATA.items():
        code = calling_code(prefix)
        found.setdefault(code, set()).update(z for z in zones if z != UNKNOWN_TIMEZONE)
    return {code: frozenset(zones) for code, zones in found.items()}
