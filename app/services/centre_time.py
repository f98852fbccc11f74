"""The centre's time zone and its days as UTC moments (campaign dates, figures, windows)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Europe/Warsaw"


def centre_zone(settings: object | None = None) -> str:
    """The centre's IANA time zone: the setting when there is one, Europe/Warsaw otherwise.

    The one place that reads it: the queue work may add `centre_time_zone` to the settings;
    until then every campaign's dates are days in Europe/Warsaw.
    """
    for holder in (settings, getattr(settings, "desk", None)):
        zone = getattr(holder, "centre_time_zone", "") if holder is not None else ""
        if isinstance(zone, str) and zone:
            return zone
    return DEFAULT_ZONE


def zone_info(zone: str) -> ZoneInfo:
    try:
        return ZoneInfo(zone or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def day_start(day: date, zone: str) -> datetime:
    """Midnight opening `day` in `zone`, in UTC."""
    return datetime.combine(day, time(0), tzinfo=zone_info(zone)).astimezone(UTC)


def day_end(day: date, zone: str) -> datetime:
    """Midnight closing `day` in `zone` (the next day's start), in UTC."""
    return day_start(day + timedelta(days=1), zone)


def today_in(zone: str, now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(zone_info(zone)).date()
