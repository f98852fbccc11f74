"""What the import accepts beyond a value's shape: the date window, birth dates, amount bounds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.types import MAX_CENTS, MAX_MONEY

__all__ = [
    "DEFAULT_DATE_WINDOW",
    "MAX_CENTS",
    "MAX_MONEY",
    "DateWindow",
    "parse_window",
]

# The one place the default lives (`acrm import --date-window` overrides it per import).
DEFAULT_FIRST_DAY = date(1900, 1, 1)
DEFAULT_LAST_DAY = date(2100, 12, 31)
# A window may not reach the ends of the calendar: a date-time with an offset of up to a day,
# and the features' "a year before" arithmetic, must stay inside what Python dates can hold.
OUTER_FIRST_DAY = date(2, 1, 1)
OUTER_LAST_DAY = date(9998, 12, 31)


@dataclass(frozen=True, slots=True)
class DateWindow:
    """Dates (and the dates of date-times, as written) an import accepts, both ends included."""

    first: date = DEFAULT_FIRST_DAY
    last: date = DEFAULT_LAST_DAY

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError(f"the window starts after it ends: {self}")
        if self.first < OUTER_FIRST_DAY or self.last > OUTER_LAST_DAY:
            raise ValueError(
                f"the window must lie within {OUTER_FIRST_DAY.isoformat()} and "
                f"{OUTER_LAST_DAY.isoformat()}"
            )

    def __str__(self) -> str:
        return f"{self.first.isoformat()}:{self.last.isoformat()}"

    @property
    def first_text(self) -> str:
        return self.first.isoformat()

    @property
    def last_text(self) -> str:
        return self.last.isoformat()

    def holds_text(self, day: str) -> bool:
        """Whether a 'YYYY-MM-DD' text lies in the window (ISO text sorts as dates do)."""
        return self.first_text <= day <= self.last_text

    def refusal(self, value: str) -> str:
        """The message for a value outside the window (it says how to widen it)."""
        return (
            f"outside the accepted dates {self.first_text} to {self.last_text} "
            f"(acrm import --date-window FROM:TO): {value!r}"
        )


DEFAULT_DATE_WINDOW = DateWindow()


def parse_window(text: str) -> DateWindow:
    """'FROM:TO' with ISO dates, either side may be empty for the default; ValueError if bad."""
    first, colon, last = text.strip().partition(":")
    if not colon:
        raise ValueError(f"{text!r} is not FROM:TO (e.g. 1900-01-01:2100-12-31)")
    try:
        start = date.fromisoformat(first.strip()) if first.strip() else DEFAULT_FIRST_DAY
        end = date.fromisoformat(last.strip()) if last.strip() else DEFAULT_LAST_DAY
    except ValueError:
        message = f"{text!r} is not FROM:TO with ISO dates (e.g. 1900-01-01:2100-12-31)"
        raise ValueError(message) from None
    return DateWindow(start, end)
