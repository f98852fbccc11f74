"""The [calling_hours] settings: when the centre may call customers, in their own time zone."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.services.errors import AcrmError
from app.services.settings_section import checked_section

ZONE_ENV = "ACRM_CENTRE_TIME_ZONE"
DEFAULT_ZONE = "Europe/Warsaw"
DEFAULT_RETRY_MINUTES = 120
SETTINGS_KEYS = ("weekdays", "saturday", "sunday", "time_zone", "retry_minutes")
MAX_RETRY_MINUTES = 7 * 24 * 60

Span = tuple[time, time]  # [start, end) in the customer's local time


@dataclass(frozen=True)
class CallingHours:
    """When customers may be called (local time of each customer), and the retry delay.

    A day with no span (None) is closed: nobody is called then. `time_zone` is the centre's
    zone: the customers' zone when neither they nor their phone number say otherwise.
    """

    weekdays: Span | None = (time(8), time(20))
    saturday: Span | None = (time(9), time(15))
    sunday: Span | None = None
    time_zone: str = DEFAULT_ZONE
    retry_minutes: int = DEFAULT_RETRY_MINUTES  # after no_answer / busy

    def on(self, weekday: int) -> Span | None:
        """The span of a weekday (Monday 0 ... Sunday 6)."""
        if weekday < 5:
            return self.weekdays
        return self.saturday if weekday == 5 else self.sunday


def calling_hours(
    config: dict, path: Path | str, *, env: Mapping[str, str] | None = None
) -> CallingHours:
    """The [calling_hours] section (and $ACRM_CENTRE_TIME_ZONE from `env`, by default the
    process's), checked; errors name the key."""
    env = os.environ if env is None else env
    where = f"{path}: [calling_hours]"
    section = checked_section(config, "calling_hours", SETTINGS_KEYS, path)
    defaults = CallingHours()
    zone = env.get(ZONE_ENV) or section.get("time_zone", defaults.time_zone)
    zone_where = f"${ZONE_ENV}" if env.get(ZONE_ENV) else f"{where} time_zone"
    return CallingHours(
        weekdays=_span(section, "weekdays", defaults.weekdays, where),
        saturday=_span(section, "saturday", defaults.saturday, where),
        sunday=_span(section, "sunday", defaults.sunday, where),
        time_zone=checked_zone(zone, zone_where),
        retry_minutes=_retry(section.get("retry_minutes", defaults.retry_minutes), where),
    )


def checked_zone(value: object, where: str) -> str:
    """An IANA zone name ("Europe/Warsaw"), or AcrmError naming `where`."""
    if not isinstance(value, str) or not value.strip():
        raise AcrmError(f"{where} {value!r} is not a time zone name like 'Europe/Warsaw'")
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise AcrmError(f"{where} {value!r} is not a known time zone (IANA name)") from None
    return value.strip()


def _span(section: dict, key: str, default: Span | None, where: str) -> Span | None:
    if key not in section:
        return default
    value = section[key]
    if value == "":
        return None  # closed all day
    if not isinstance(value, str) or value.count("-") != 1:
        raise AcrmError(
            f"{where} {key} {value!r} is not hours like '08:00-20:00' ('' closed, "
            "'00:00-24:00' all day)"
        )
    start, end = (_clock(part, key, value, where) for part in value.split("-"))
    if start >= end:
        raise AcrmError(f"{where} {key} {value!r}: the end must come after the start")
    return start, end


def _clock(part: str, key: str, value: str, where: str) -> time:
    if part.strip() == "24:00":
        return time.max  # "00:00-24:00": the whole day
    try:
        return time.fromisoformat(part.strip())
    except ValueError:
        raise AcrmError(f"{where} {key} {value!r}: {part.strip()!r} is not a time HH:MM") from None


def _retry(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise AcrmError(f"{where} retry_minutes {value!r} is not a whole number of minutes")
    if not 1 <= value <= MAX_RETRY_MINUTES:
        raise AcrmError(f"{where} retry_minutes {value} must be between 1 and {MAX_RETRY_MINUTES}")
    return value
