"""The calling-hours screens only ever rule out items that the exact judgement rules out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo, available_timezones

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.calling_hours_settings import CallingHours
from app.services.queue.customer_zone import customer_zone
from app.services.queue.hours import in_hours
from app.services.queue.hours_screen import (
    HoursScreen,
    calling_code,
    country_zones,
    open_anywhere,
)

HOURS = CallingHours()  # weekdays 8-20, Saturday 9-15, Sunday closed, centre Europe/Warsaw
ZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith("posix/"))
NUMBERS = (
    "+48601234567",  # Polish mobile: one zone
    "+48221234567",  # Warsaw fixed line
    "+12125551234",  # New York
    "+13105551234",  # Los Angeles
    "+18085551234",  # Hawaii
    "+79161234567",  # Russian mobile: many zones, so the centre's
    "+74232123456",  # Vladivostok fixed line
    "+61212345678",  # Australia
    "+4860",  # too short to be valid: the centre's
    "+999123456",  # no such calling code
    "",
)
INSTANTS = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)


def test_a_sunday_noon_is_outside_calling_hours_everywhere() -> None:
    sunday = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert not open_anywhere(sunday, HOURS)
    assert not any(in_hours(sunday, ZoneInfo(zone), HOURS) for zone in ZONES)


def test_monday_early_utc_is_open_where_it_is_already_morning() -> None:
    # Sunday 21:00 UTC is Monday 10:00 in Auckland (summer time there in December)
    late_sunday = datetime(2026, 12, 6, 21, 0, tzinfo=UTC)
    assert open_anywhere(late_sunday, HOURS)
    assert in_hours(late_sunday, ZoneInfo("Pacific/Auckland"), HOURS)


def test_an_open_sunday_is_never_ruled_out() -> None:
    hours = CallingHours(sunday=(clock(10), clock(12)))
    assert open_anywhere(datetime(2026, 12, 6, 9, 30, tzinfo=UTC), hours)


def test_calling_codes_and_their_zones() -> None:
    assert calling_code("+48601234567") == "48"
    assert calling_code("+12125551234") == "1"
    assert calling_code("+358401234567") == "358"
    assert calling_code("+999123") == ""
    assert country_zones("48") == {"Europe/Warsaw"}
    assert {"America/New_York", "America/Los_Angeles", "Pacific/Honolulu"} <= country_zones("1")
    assert country_zones("") == frozenset()


@settings(max_examples=400, deadline=None)
@given(INSTANTS, st.sampled_from(ZONES))
def test_nowhere_open_means_no_zone_is_open(now: datetime, zone: str) -> None:
    if not open_anywhere(now, HOURS):
        assert not in_hours(now, ZoneInfo(zone), HOURS)


@settings(max_examples=400, deadline=None)
@given(INSTANTS, st.sampled_from(NUMBERS), st.sampled_from(("", "Asia/Tokyo", "Mars/Base")))
def test_the_screen_rules_out_only_uncallable_customers(
    now: datetime, number: str, own_zone: str
) -> None:
    exact = in_hours(now, customer_zone(own_zone, number, HOURS.time_zone), HOURS)
    if exact:
        assert HoursScreen(now, HOURS).maybe_callable(own_zone, number)


def test_the_screen_rules_out_polish_customers_in_the_evening() -> None:
    evening = datetime(2026, 12, 7, 20, 30, tzinfo=UTC)  # Monday 21:30 in Warsaw
    screen = HoursScreen(evening, HOURS)
    assert not screen.maybe_callable("", "+48601234567")
    assert screen.maybe_callable("", "+12125551234")  # 15:30 in New York
    assert screen.maybe_callable("America/Chicago", "+48601234567")  # their own zone wins
    assert not screen.maybe_callable("", "")  # the centre's zone: closed


def test_an_hour_either_side_of_the_window_still_covers_every_zone() -> None:
    # the earliest and latest wall clocks any zone shows now lie within the screened range
    now = datetime(2027, 3, 28, 0, 30, tzinfo=UTC)  # the night Europe moves to summer time
    offsets = [now.astimezone(ZoneInfo(zone)).utcoffset() for zone in ZONES]
    assert min(offsets) >= timedelta(hours=-13) and max(offsets) <= timedelta(hours=15)
