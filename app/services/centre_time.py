"""The centre's time zone and its days as UTC moments (campaign dates, figures, windows)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.services.calling_hours_settings import DEFAULT_ZONE
from app.services.queue.customer_zone import valid_zone


def centre_zone(settings: object | None = None) -> str:
    """The centre's IANA time zone: `[calling_hours] time_zone` (or $ACRM_CENTRE_TIME_ZONE)
    when the settings say one, Europe/Warsaw otherwise. The one place campaigns read it."""
    hours = getattr(settings, "calling_hours", None)
    zone = getattr(hours, "time_zone", "")
    return zone if isinstance(zone, str) and zone else DEFAULT_ZONE


def zone_info(zone: str) -> ZoneInfo:
    """The zone of `zone`; the default centre zone for an empty or unknown name."""
    return valid_zone(zone) or ZoneInfo(DEFAULT_ZONE)


def day_start(day: date, zone: str) -> datetime:
    """Midnight opening `day` in `zone`, in UTC."""
    return datetime.combine(day, time(0), tzinfo=zone_info(zone)).astimezone(UTC)


def day_end(day: date, zone: str) -> datetime:
    """Midnight closing `day` in `zone` (the next day's start), in UTC."""
    return day_start(day + timedelta(days=1), zone)


def today_in(zone: str, now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(zone_info(zone)).date()
