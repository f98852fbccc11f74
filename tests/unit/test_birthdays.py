"""Age and birthday arithmetic, including 29 February and the year-end wrap."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.customers.birthdays import age_on, birthday_in_year, days_to_birthday, is_birthday

LEAP_BABY = date(2000, 2, 29)


def test_age_counts_completed_years():
    born = date(1990, 6, 15)
    assert age_on(born, date(2026, 6, 14)) == 35
    assert age_on(born, date(2026, 6, 15)) == 36
    assert age_on(born, date(2026, 12, 31)) == 36


def test_age_on_the_day_of_birth_is_zero_and_future_birth_is_unknown():
    assert age_on(date(2026, 3, 1), date(2026, 3, 1)) == 0
    assert age_on(date(2026, 3, 2), date(2026, 3, 1)) is None


@pytest.mark.parametrize(
    ("year", "celebrated"),
    [(2023, date(2023, 2, 28)), (2024, date(2024, 2, 29)), (2100, date(2100, 2, 28))],
)
def test_29_february_is_celebrated_on_28_february_in_common_years(year, celebrated):
    assert birthday_in_year(LEAP_BABY, year) == celebrated


def test_29_february_birthday_in_a_common_year():
    assert is_birthday(LEAP_BABY, date(2023, 2, 28))
    assert not is_birthday(LEAP_BABY, date(2023, 3, 1))
    assert age_on(LEAP_BABY, date(2023, 2, 27)) == 22
    assert age_on(LEAP_BABY, date(2023, 2, 28)) == 23
    assert days_to_birthday(LEAP_BABY, date(2023, 2, 28)) == 0
    assert days_to_birthday(LEAP_BABY, date(2023, 2, 27)) == 1


def test_29_february_birthday_in_a_leap_year_is_not_on_28_february():
    assert not is_birthday(LEAP_BABY, date(2024, 2, 28))
    assert is_birthday(LEAP_BABY, date(2024, 2, 29))
    assert days_to_birthday(LEAP_BABY, date(2024, 2, 28)) == 1
    assert age_on(LEAP_BABY, date(2024, 2, 28)) == 23


def test_days_to_birthday_wraps_over_new_year():
    new_year_baby = date(1985, 1, 1)
    assert days_to_birthday(new_year_baby, date(2025, 12, 31)) == 1
    assert days_to_birthday(new_year_baby, date(2026, 1, 1)) == 0
    assert days_to_birthday(new_year_baby, date(2026, 1, 2)) == 364
    eve_baby = date(1985, 12, 31)
    assert days_to_birthday(eve_baby, date(2026, 1, 1)) == 364
    assert days_to_birthday(eve_baby, date(2027, 1, 1)) == 364
    assert days_to_birthday(eve_baby, date(2028, 1, 1)) == 365  # 2028 is a leap year


def test_days_to_next_29_february_birthday_after_it_passed():
    # After 28 Feb 2023 the next celebration is 29 Feb 2024 (leap year).
    assert days_to_birthday(LEAP_BABY, date(2023, 3, 1)) == 365
    # After 29 Feb 2024 the next one is 28 Feb 2025.
    assert days_to_birthday(LEAP_BABY, date(2024, 3, 1)) == 364


def test_birthday_is_false_before_birth():
    assert not is_birthday(date(2030, 5, 5), date(2026, 5, 5))
