"""The customer's time zone: their own setting, else their primary phone's, else the centre's."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.services.errors import ValidationError


def valid_zone(name: str) -> ZoneInfo | None:
    """The zone of an IANA name, or None for an empty or unknown one."""
    return _zone(name.strip()) if name and name.strip() else None


def check_time_zone(name: str, field: str = "time_zone") -> str:
    """The name, stripped, when it is an IANA zone ('' allowed: not set); else ValidationError."""
    if name.strip() and valid_zone(name) is None:
        raise ValidationError(field, f"{name!r} is not a known time zone (e.g. 'Europe/Warsaw')")
    return name.strip()


def customer_zone(time_zone: str, primary_e164: str, centre_zone: str) -> ZoneInfo:
    """Where the customer is, for calling hours.

    A number whose country spans several zones (Russian or American mobiles) does not tell
    which: the centre's zone holds then, unless the customer's own setting says otherwise.
    """
    own = valid_zone(time_zone)
    if own is not None:
        return own
    from_phone = _phone_zone(primary_e164) if primary_e164 else None
    if from_phone is not None:
        return from_phone
    return valid_zone(centre_zone) or ZoneInfo("UTC")


@lru_cache(maxsize=4096)
def _phone_zone(e164: str) -> ZoneInfo | None:
    import phonenumbers
    from phonenumbers import timezone as phone_zones

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    zones = set(phone_zones.time_zones_for_number(number)) - {phone_zones.UNKNOWN_TIMEZONE}
    if len(zones) != 1:
        return None
    return valid_zone(zones.pop())


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
