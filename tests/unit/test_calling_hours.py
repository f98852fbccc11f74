"""Calling hours in the customer's zone, across the changes to and from summer time."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.services.calling_hours_settings import CallingHours, calling_hours
from app.services.errors import AcrmError, ValidationError
from app.services.queue.customer_zone import check_time_zone, customer_zone
from app.services.queue.hours import in_hours, judge, next_opening

WARSAW = ZoneInfo("Europe/Warsaw")
NEW_YORK = ZoneInfo("America/New_York")
HOURS = CallingHours()  # weekdays 08-20, Saturday 09-15, Sunday closed


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_weekday_bounds_in_winter_and_summer_time() -> None:
    # Friday 26 March 2027 is winter time (UTC+1): 08:00 there is 07:00 UTC.
    assert not in_hours(utc(2027, 3, 26, 6, 59), WARSAW, HOURS)
    assert in_hours(utc(2027, 3, 26, 7, 0), WARSAW, HOURS)
    assert in_hours(utc(2027, 3, 26, 18, 59), WARSAW, HOURS)
    assert not in_hours(utc(2027, 3, 26, 19, 0), WARSAW, HOURS)  # 20:00 local: closed
    # Monday 29 March 2027 is summer time (UTC+2): 08:00 there is 06:00 UTC.
    assert in_hours(utc(2027, 3, 29, 6, 0), WARSAW, HOURS)
    assert not in_hours(utc(2027, 3, 29, 18, 0), WARSAW, HOURS)  # 20:00 local


def test_next_opening_over_the_spring_weekend_moves_an_hour_in_utc() -> None:
    # Saturday 27 March 2027, 15:30 local (14:30 UTC): Saturday ended, Sunday closed,
    # summer time starts on Sunday, so Monday 08:00 local is 06:00 UTC (not 07:00).
    assert next_opening(utc(2027, 3, 27, 14, 30), WARSAW, HOURS) == utc(2027, 3, 29, 6, 0)
    # Friday evening after hours: Saturday 09:00 local, still winter time = 08:00 UTC.
    assert next_opening(utc(2027, 3, 26, 19, 30), WARSAW, HOURS) == utc(2027, 3, 27, 8, 0)


def test_next_opening_over_the_autumn_weekend() -> None:
    # Summer time ends on Sunday 31 October 2027: Monday 08:00 local is 07:00 UTC.
    assert next_opening(utc(2027, 10, 30, 14, 0), WARSAW, HOURS) == utc(2027, 11, 1, 7, 0)
    # Saturday 30 October 09:00 local is still summer time: 07:00 UTC.
    assert next_opening(utc(2027, 10, 29, 20, 0), WARSAW, HOURS) == utc(2027, 10, 30, 7, 0)


def test_a_span_on_the_day_of_the_change_keeps_its_local_bounds() -> None:
    every_day = CallingHours(saturday=(time(8), time(20)), sunday=(time(1), time(5)))
    # Sunday 28 March 2027: 01:00 local is winter time (00:00 UTC), 05:00 local is summer
    # time (03:00 UTC): a span of three real hours, not four.
    assert next_opening(utc(2027, 3, 27, 19, 0), WARSAW, every_day) == utc(2027, 3, 28, 0, 0)
    assert in_hours(utc(2027, 3, 28, 2, 59), WARSAW, every_day)
    assert not in_hours(utc(2027, 3, 28, 3, 0), WARSAW, every_day)


def test_an_american_customer_is_judged_in_new_york_time() -> None:
    # Wednesday 17 March 2027: New York is on summer time already (UTC-4), Warsaw not yet.
    assert in_hours(utc(2027, 3, 17, 12, 30), NEW_YORK, HOURS)  # 08:30 there
    assert not in_hours(utc(2027, 3, 10, 12, 30), NEW_YORK, HOURS)  # 07:30 EST a week before


def judged(now: datetime, **changes):
    values = dict(due_at=utc(2027, 3, 29, 6, 0), window_end=None, attempts=0, max_attempts=3,
                  zone=WARSAW, hours=HOURS)  # fmt: skip
    values.update(changes)
    return judge(now, **values)


def test_judge_names_why_and_when() -> None:
    monday_9 = utc(2027, 3, 29, 7, 0)
    assert judged(monday_9).callable_now
    early = judged(monday_9, due_at=monday_9 + timedelta(hours=2))
    assert (early.callable_now, early.blocked, early.callable_from) == (
        False, "before_window", monday_9 + timedelta(hours=2))  # fmt: skip
    night = judged(utc(2027, 3, 29, 20, 0))
    assert (night.blocked, night.callable_from) == ("outside_hours", utc(2027, 3, 30, 6, 0))
    assert judged(monday_9, attempts=3).blocked == "attempts_used"
    closed = judged(monday_9, window_end=monday_9)
    assert (closed.blocked, closed.callable_from) == ("window_closed", None)
    # Outside hours now, and the window closes before hours open again: never callable.
    never = judged(utc(2027, 3, 29, 20, 0), window_end=utc(2027, 3, 30, 5, 0))
    assert (never.callable_now, never.blocked) == (False, "outside_hours")
    assert never.callable_from is None


def test_customer_zone_from_setting_phone_or_centre() -> None:
    assert customer_zone("America/New_York", "+48600100200", "Europe/Warsaw").key == (
        "America/New_York")  # fmt: skip
    assert customer_zone("", "+12125551234", "Europe/Warsaw").key == "America/New_York"
    assert customer_zone("", "+74951234567", "Europe/Warsaw").key == "Europe/Moscow"
    # A Russian mobile could be anywhere from Kaliningrad to Kamchatka: the centre's zone.
    assert customer_zone("", "+79161234567", "Europe/Warsaw").key == "Europe/Warsaw"
    assert customer_zone("Mars/Olympus", "", "Europe/Warsaw").key == "Europe/Warsaw"
    assert customer_zone("", "", "Europe/Moscow").key == "Europe/Moscow"


def test_time_zone_names_are_checked() -> None:
    assert check_time_zone(" Europe/Warsaw ") == "Europe/Warsaw"
    assert check_time_zone("") == ""
    with pytest.raises(ValidationError, match="time_zone: 'Europe/Warsw' is not a known"):
        check_time_zone("Europe/Warsw")


def test_settings_read_with_defaults_and_named_errors(monkeypatch) -> None:
    monkeypatch.delenv("ACRM_CENTRE_TIME_ZONE", raising=False)
    assert calling_hours({}, "c.toml") == CallingHours()
    read = calling_hours({"calling_hours": {"weekdays": "09:00-17:30", "saturday": "",
                                            "time_zone": "Europe/Moscow",
                                            "retry_minutes": 30}}, "c.toml")  # fmt: skip
    assert read == CallingHours(weekdays=(time(9), time(17, 30)), saturday=None,
                                time_zone="Europe/Moscow", retry_minutes=30)  # fmt: skip
    for section, message in (
        ({"weekdays": "20:00-08:00"}, "weekdays '20:00-08:00': the end must come after"),
        ({"weekdays": "8 to 20"}, "weekdays '8 to 20' is not hours like"),
        ({"saturday": "09:00-1x:00"}, "'1x:00' is not a time HH:MM"),
        ({"time_zone": "Warsaw"}, "time_zone 'Warsaw' is not a known time zone"),
        ({"retry_minutes": 0}, "retry_minutes 0 must be between 1 and"),
        ({"retry": 5}, "has no setting 'retry'"),
    ):
        with pytest.raises(AcrmError, match=r"c.toml: \[calling_hours\]") as raised:
            calling_hours({"calling_hours": section}, "c.toml")
        assert message in str(raised.value)
    whole = calling_hours({"calling_hours": {"sunday": "00:00-24:00"}}, "c.toml")
    assert in_hours(utc(2027, 3, 28, 21, 59, 59), WARSAW, whole)  # 23:59:59 local
    monkeypatch.setenv("ACRM_CENTRE_TIME_ZONE", "Europe/Kyiv")
    assert calling_hours({}, "c.toml").time_zone == "Europe/Kyiv"
