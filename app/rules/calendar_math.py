"""Age and birthday arithmetic on plain dates for rules (29 February falls on 28 February)."""

from __future__ import annotations

import calendar
from datetime import date


def birthday_in_year(birth: date, year: int) -> date:
    """The day the birthday is celebrated in `year`; 29 Feb moves to 28 Feb in common years."""
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return birth.replace(year=year)


def age_on(birth: date, today: date) -> int | None:
    """Completed years on `today`; None when the birth date lies in the future (bad data)."""
    if birth > today:
        return None
    years = today.year - birth.year
    return years - 1 if today < birthday_in_year(birth, today.year) else years


def is_birthday(birth: date, today: date) -> bool:
    return birth <= today and birthday_in_year(birth, today.year) == today


def days_to_birthday(birth: date, today: date) -> int | None:
    """Days until the next birthday (0 on the day); None for a birth date after `today`."""
    if birth > today:
        return None
    this_year = birthday_in_year(birth, today.year)
    if this_year >= today:
        return (this_year - today).days
    return (birthday_in_year(birth, today.year + 1) - today).days
