"""Local days and hours as UTC spans, across the switches to and from summer time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.services.errors import ValidationError
from app.services.reports.dialect import day_bounds, hour_spans, zone

WARSAW = zone("Europe/Warsaw")


def utc(month, day, hour, minute=0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def test_an_ordinary_day_has_24_one_hour_spans():
    spans = hour_spans(date(2026, 6, 1), WARSAW)
    assert [hour for hour, _, _ in spans] == list(range(24))
    assert spans[0][1:] == (utc(5, 31, 22), utc(5, 31, 23))
    assert all((hi - lo).total_seconds() == 3600 for _, lo, hi in spans)


def test_the_day_summer_time_begins_has_no_two_oclock():
    spans = hour_spans(date(2026, 3, 29), WARSAW)
    assert [hour for hour, _, _ in spans] == [0, 1, *range(3, 24)]
    assert spans[2] == (3, utc(3, 29, 1), utc(3, 29, 2))


def test_the_day_summer_time_ends_has_a_two_hour_two_oclock():
    spans = hour_spans(date(2026, 10, 25), WARSAW)
    assert [hour for hour, _, _ in spans] == list(range(24))
    assert spans[2] == (2, utc(10, 25, 0), utc(10, 25, 2))
    assert spans[-1][2] == utc(10, 25, 23)


def test_a_zone_with_a_quarter_hour_offset():
    spans = hour_spans(date(2026, 3, 8), zone("Asia/Kathmandu"))  # UTC+05:45
    assert spans[0] == (0, utc(3, 7, 18, 15), utc(3, 7, 19, 15))
    assert len(spans) == 24


def test_days_are_inclusive_local_days():
    assert day_bounds(date(2026, 10, 24), date(2026, 10, 25), WARSAW) == (
        utc(10, 23, 22),
        utc(10, 25, 23),
    )


def test_an_unknown_zone_is_named():
    with pytest.raises(ValidationError, match="tz: unknown time zone 'Mars/Olympus'"):
        zone("Mars/Olympus")
