"""Bounds of the import's values: the date window, birth dates, amounts, custom attributes."""

from __future__ import annotations

from datetime import UTC, date
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from app.models.enums import AttributeType
from app.models.types import MAX_CENTS, MAX_MONEY, to_cents
from app.services.importer.bounds import DEFAULT_DATE_WINDOW, DateWindow, parse_window
from app.services.importer.infer import canonical, infer_type
from app.services.importer.values import (
    BadValue,
    birth_date,
    parse_cents,
    parse_date,
    timestamp,
)

WINDOW = r"outside the accepted dates 1900-01-01 to 2100-12-31 \(acrm import --date-window"


def test_the_default_window_is_1900_to_2100() -> None:
    assert (DEFAULT_DATE_WINDOW.first, DEFAULT_DATE_WINDOW.last) == (
        date(1900, 1, 1),
        date(2100, 12, 31),
    )
    assert str(DEFAULT_DATE_WINDOW) == "1900-01-01:2100-12-31"


def test_window_text_with_either_side_left_to_its_default() -> None:
    assert parse_window("1800-01-01:2200-12-31") == DateWindow(date(1800, 1, 1), date(2200, 12, 31))
    assert parse_window(":2030-01-01") == DateWindow(date(1900, 1, 1), date(2030, 1, 1))
    assert parse_window("2000-01-01:") == DateWindow(date(2000, 1, 1), date(2100, 12, 31))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2000-01-01", "is not FROM:TO"),
        ("yesterday:today", "is not FROM:TO with ISO dates"),
        ("2000-01-01:1999-12-31", "starts after it ends"),
        ("0001-01-01:2000-01-01", "must lie within 0002-01-01 and 9998-12-31"),
        ("2000-01-01:9999-12-31", "must lie within 0002-01-01 and 9998-12-31"),
    ],
)
def test_bad_windows_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_window(text)


@pytest.mark.parametrize("day", ["1900-01-01", "2100-12-31", "1985-02-01"])
def test_dates_inside_the_window_both_ends_included(day: str) -> None:
    assert parse_date(day) == day


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])
def test_dates_outside_the_window_are_refused(day: str) -> None:
    with pytest.raises(BadValue, match=f"{WINDOW} FROM:TO\\): '{day}'"):
        parse_date(day)


@pytest.mark.parametrize(
    "moment",
    [
        "9999-12-31T23:59:59-05:00",  # crashed with OverflowError converting to UTC
        "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00+14:00",
        "0001-01-01",
        "2101-01-01T00:00:00",
        "1899-12-31 23:59:59",
    ],
)
@pytest.mark.parametrize("zone", [UTC, ZoneInfo("Europe/Warsaw"), ZoneInfo("Pacific/Kiritimati")])
def test_timestamps_outside_the_window_are_a_clean_refusal(moment: str, zone) -> None:
    with pytest.raises(BadValue, match=WINDOW):
        timestamp(zone)(moment)


def test_the_window_applies_to_the_date_as_written() -> None:
    # Inside as written, though a day outside in UTC: the offset is under a day, so it fits.
    parse = timestamp(UTC)
    assert parse("1900-01-01T00:30:00+01:00") == "1899-12-31 23:30:00.000000"
    assert parse("2100-12-31T23:00:00-05:00") == "2101-01-01 04:00:00.000000"
    narrow = timestamp(UTC, window=DateWindow(date(2024, 1, 1), date(2024, 12, 31)))
    assert narrow("2024-06-01T10:00:00Z") == "2024-06-01 10:00:00.000000"
    with pytest.raises(BadValue, match="outside the accepted dates 2024-01-01 to 2024-12-31"):
        narrow("2025-01-01T00:00:00Z")


def test_birth_dates_not_in_the_future_and_not_implausible() -> None:
    parse = birth_date(DEFAULT_DATE_WINDOW, date(2026, 3, 1))
    assert parse("") is None
    assert parse(" 2026-03-01 ") == "2026-03-01"  # born today
    assert parse("1900-01-01") == "1900-01-01"
    with pytest.raises(BadValue, match=r"a birth date in the future \(after 2026-03-01\): '9999"):
        parse("9999-12-31")
    with pytest.raises(BadValue, match=r"in the future \(after 2026-03-01\): '2026-03-02'"):
        parse("2026-03-02")
    with pytest.raises(BadValue, match=WINDOW):
        parse("1899-12-31")
    with pytest.raises(BadValue, match="not an ISO date: '1985-13-01'"):
        parse("1985-13-01")


@pytest.mark.parametrize(
    ("raw", "cents"),
    [
        ("9999999999999999.99", MAX_CENTS),
        ("-9999999999999999.99", -MAX_CENTS),
        ("9999999999999999.9", MAX_CENTS - 9),
        ("1.500", 150),  # trailing zeros are still two decimals
        ("0000000000000000000000001.00", 100),
    ],
)
def test_amounts_up_to_numeric_18_2(raw: str, cents: int) -> None:
    assert parse_cents(raw) == cents


@pytest.mark.parametrize(
    "raw",
    ["99999999999999999999999.99", "10000000000000000", "-10000000000000000.00", "1" + "0" * 400],
)
def test_amounts_beyond_numeric_18_2_are_refused(raw: str) -> None:
    with pytest.raises(BadValue, match=r"beyond the largest amount \(±9999999999999999\.99\)"):
        parse_cents(raw)


@pytest.mark.parametrize("raw", ["1.0000000000000000000000000001", "0.001", "0." + "0" * 40 + "1"])
def test_more_than_two_decimals_even_beyond_decimal_precision(raw: str) -> None:
    # Multiplying by 100 in a 28-digit context would have rounded the first one to 100 cents.
    with pytest.raises(BadValue, match="more than two decimal places"):
        parse_cents(raw)


@pytest.mark.parametrize("raw", ["1e5", "1E+2", "NaN", "nan", "Infinity", "-inf", "sNaN", "0x10"])
def test_exponents_and_special_values_are_not_numbers(raw: str) -> None:
    with pytest.raises(BadValue, match="not a number"):
        parse_cents(raw)


@pytest.mark.parametrize("amount", ["10000000000000000", "-1E+30", "NaN", "Infinity", "sNaN"])
def test_money_conversion_refuses_what_numeric_18_2_cannot_hold(amount: str) -> None:
    with pytest.raises(ValueError, match=r"beyond ±9999999999999999\.99"):
        to_cents(Decimal(amount))
    assert to_cents(MAX_MONEY) == MAX_CENTS and to_cents(-MAX_MONEY) == -MAX_CENTS


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (["9999999999999999", "-1", "007"], AttributeType.INT),  # 16 digits
        (["99999999999999999"], AttributeType.TEXT),  # 17 digits: beyond the money bound
        (["12345678901234567890123456"], AttributeType.TEXT),  # an account number
        (["9999999999999999.99"], AttributeType.DECIMAL),
        (["10000000000000000.5"], AttributeType.TEXT),
        (["0001-01-01", "2024-01-01"], AttributeType.DATE),  # a date column, bad value refused
    ],
)
def test_numbers_beyond_the_bounds_are_not_inferred_as_numbers(values, kind) -> None:
    assert infer_type(values) is kind


def test_canonical_values_keep_to_the_bounds() -> None:
    assert canonical(AttributeType.DATE, "2100-12-31") == "2100-12-31"
    with pytest.raises(BadValue, match=f"{WINDOW} FROM:TO\\): '0001-01-01'"):
        canonical(AttributeType.DATE, "0001-01-01")
    wide = DateWindow(date(2, 1, 1), date(9998, 12, 31))
    assert canonical(AttributeType.DATE, "0002-01-01", wide) == "0002-01-01"
    with pytest.raises(BadValue, match="at most 16 digits"):
        canonical(AttributeType.INT, "1" * 5000)  # int() itself would refuse 4300+ digits
    with pytest.raises(BadValue, match=r"within ±9999999999999999\.99"):
        canonical(AttributeType.DECIMAL, "1e400")
