"""Cell parsers of the CSV import: canonical forms and the wording of their errors."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.importer.bounds import DateWindow
from app.services.importer.values import (
    BadValue,
    choice,
    optional,
    parse_bool,
    parse_cents,
    parse_date,
    parse_email,
    parse_phone,
    required_text,
    split_multi,
    text,
    timestamp,
)
from app.services.normalise import national_digits, to_e164


def test_iso_date_is_canonical_and_bad_dates_quote_the_value() -> None:
    assert parse_date(" 1985-02-01 ") == "1985-02-01"
    with pytest.raises(BadValue, match=r"^not an ISO date: '1985-13-01'$"):
        parse_date("1985-13-01")
    with pytest.raises(BadValue, match="not an ISO date"):
        parse_date("01.02.1985")


def test_timestamps_become_naive_utc_text() -> None:
    utc = timestamp(UTC)
    assert utc("2024-03-01T10:15:00") == "2024-03-01 10:15:00.000000"
    assert utc("2024-03-01 10:15:00Z") == "2024-03-01 10:15:00.000000"
    assert utc("2024-03-01T10:15:00+02:00") == "2024-03-01 08:15:00.000000"
    assert utc("2024-03-01") == "2024-03-01 00:00:00.000000"
    assert utc("2024-03-01T10:15:00.123456") == "2024-03-01 10:15:00.123456"


def test_naive_timestamps_are_read_in_the_given_zone() -> None:
    warsaw = timestamp(ZoneInfo("Europe/Warsaw"))
    assert warsaw("2024-01-15T12:00:00") == "2024-01-15 11:00:00.000000"  # CET, UTC+1
    assert warsaw("2024-07-15T12:00:00") == "2024-07-15 10:00:00.000000"  # CEST, UTC+2
    # An explicit offset wins over the default zone.
    assert warsaw("2024-07-15T12:00:00Z") == "2024-07-15 12:00:00.000000"


@pytest.mark.parametrize("bad", ["2024-02-30T10:00:00", "yesterday", "", "2024-03-01T25:00:00"])
def test_bad_timestamps_are_refused(bad: str) -> None:
    with pytest.raises(BadValue, match="not an ISO date or date-time"):
        timestamp(UTC)(bad)


def test_optional_turns_empty_cells_into_none() -> None:
    assert optional(timestamp(UTC))("  ") is None
    assert optional(timestamp(UTC))("2024-01-01") == "2024-01-01 00:00:00.000000"


@pytest.mark.parametrize(
    ("raw", "cents"),
    [("12.34", 1234), ("-5", -500), ("+0.5", 50), ("1000000.00", 100_000_000), (" 7.10 ", 710)],
)
def test_amounts_are_integer_cents(raw: str, cents: int) -> None:
    assert parse_cents(raw) == cents


@pytest.mark.parametrize("bad", ["12,34", "1e3", "NaN", "", "12.3.4", "1_000", "abc"])
def test_amounts_that_are_not_plain_decimals_are_refused(bad: str) -> None:
    with pytest.raises(BadValue, match="not a number"):
        parse_cents(bad)


def test_amounts_with_more_than_two_decimals_are_refused_not_rounded() -> None:
    with pytest.raises(BadValue, match=r"more than two decimal places: '1\.005'"):
        parse_cents("1.005")


@pytest.mark.parametrize(
    ("raw", "value"),
    [("true", True), ("NO", False), ("Tak", True), ("nie", False), ("1", True), ("0", False)],
)
def test_booleans_in_english_polish_and_digits(raw: str, value: bool) -> None:
    assert parse_bool(raw) is value


def test_bad_boolean_names_the_accepted_words() -> None:
    with pytest.raises(BadValue, match="tak/nie"):
        parse_bool("maybe")


def test_choice_lists_allowed_values() -> None:
    status = choice(["open", "closed"])
    assert status("open") == "open"
    with pytest.raises(BadValue, match=r"must be one of closed, open: 'Open'"):
        status("Open")
    assert choice(["a"], optional=True)("") is None


def test_text_limits_and_required_text() -> None:
    assert text(5)("  abc ") == "abc"
    with pytest.raises(BadValue, match="longer than 5 characters"):
        text(5)("abcdef")
    with pytest.raises(BadValue, match="must not be empty"):
        required_text(5)("   ")


def test_split_multi_drops_blanks() -> None:
    assert split_multi(" 601 234 567 ; ;+48 602 000 000;") == ["601 234 567", "+48 602 000 000"]


@pytest.mark.parametrize(
    "raw",
    [
        "601234567",
        "601 234 567",
        "601-234-567",
        "+48 601 234 567",
        "(+48) 601 234 567",
        "0048601234567",
        "+48601234567",
        "22 123 45 67",
        "+44 20 7946 0958",
        "0601234567",
    ],
)
def test_phone_matches_normalise(raw: str) -> None:
    e164 = to_e164(raw, "PL")
    assert e164 is not None
    assert parse_phone(raw) == (e164, national_digits(e164))


@given(
    digits=st.from_regex(r"[0-9]{7,11}", fullmatch=True),
    prefix=st.sampled_from(["", "+48", "0048", "+48 ", "(+48) ", "00"]),
    separator=st.sampled_from(["", " ", "-", "."]),
)
def test_fast_phone_path_agrees_with_phonenumbers(digits: str, prefix: str, separator: str) -> None:
    raw = prefix + separator.join([digits[:3], digits[3:6], digits[6:]])
    e164 = to_e164(raw, "PL")
    if e164 is None:
        with pytest.raises(BadValue, match="not a valid phone number"):
            parse_phone(raw)
    else:
        assert parse_phone(raw) == (e164, national_digits(e164))


def test_invalid_phone_is_refused() -> None:
    with pytest.raises(BadValue, match="not a valid phone number: '12'"):
        parse_phone("12")


def test_emails_are_lower_cased_and_shape_checked() -> None:
    assert parse_email(" Jan.Kowalski@WP.pl ") == "jan.kowalski@wp.pl"
    for bad in ("jan.kowalski", "jan@wp", "jan kowalski@wp.pl", "@wp.pl", "a@b@c.pl"):
        with pytest.raises(BadValue, match="not an e-mail address"):
            parse_email(bad)


WIDEST = DateWindow(date(2, 1, 1), date(9998, 12, 31))


@given(
    moment=st.datetimes(min_value=datetime(1000, 1, 1), max_value=datetime(9998, 12, 31)),
    separator=st.sampled_from(["T", " "]),
)
def test_fast_timestamp_path_equals_datetime_arithmetic(moment: datetime, separator: str) -> None:
    moment = moment.replace(microsecond=0)
    expected = moment.isoformat(" ", "microseconds")
    text_form = moment.isoformat(separator)
    parse = timestamp(UTC, window=WIDEST)
    assert parse(text_form + "Z") == expected
    assert parse(text_form) == expected
    assert parse(text_form + "+00:00") == expected


def test_fast_timestamp_path_still_checks_the_calendar() -> None:
    with pytest.raises(BadValue, match="not an ISO date or date-time"):
        timestamp(UTC)("2023-02-29T10:00:00Z")
    assert timestamp(UTC, optional=True)("") is None
