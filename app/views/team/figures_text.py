"""Team figures as the viewer reads them: counts, m:ss, percentages and 95 % intervals."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.views.common import formatting

EMPTY = "—"  # a figure that does not exist (nothing presented, no finished contact)
LOWEST = float("-inf")  # what an empty figure sorts as: below every real value


def count(value: int, locale: QLocale) -> str:
    return formatting.number(value, locale)


def minutes_seconds(seconds: float | None) -> str:
    """Average handle time as m:ss ("4:05"); minutes keep counting past 59."""
    if seconds is None:
        return EMPTY
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def percent(share: float | None, locale: QLocale) -> str:
    """0.123 -> "12,3 %" in Polish, "12.3 %" in English."""
    if share is None:
        return EMPTY
    return locale.toString(share * 100, "f", 1) + " %"


def with_interval(
    share: float | None, low: float | None, high: float | None, locale: QLocale
) -> str:
    """ "12,3 % (9,8–15,1)": the conversion and its 95 % interval, in percent."""
    if share is None:
        return EMPTY
    text = percent(share, locale)
    if low is None or high is None:
        return text
    bounds = f"{locale.toString(low * 100, 'f', 1)}–{locale.toString(high * 100, 'f', 1)}"
    return f"{text} ({bounds})"


def sort_key(value: float | int | None) -> float:
    """Numbers sort as numbers; an empty figure sorts below zero."""
    return LOWEST if value is None else float(value)
