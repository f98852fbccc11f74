"""Custom attribute columns: infer a type from all non-empty values, canonical text per type."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal

from app.models.enums import AttributeType
from app.services.importer.bounds import DEFAULT_DATE_WINDOW, MAX_MONEY, DateWindow
from app.services.importer.values import BOOL_WORDS, BadValue

# Numbers no larger than money (NUMERIC(18,2): 16 digits before the point); a longer run of
# digits (an account number, say) is an identifier and inferred as text. So every int is also
# a decimal, and no typed value can overflow what a rule or a database column does with it.
_INT = re.compile(r"[+-]?0*\d{1,16}")
_DECIMAL = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_decimal(value: str) -> bool:
    return _DECIMAL.fullmatch(value) is not None and abs(Decimal(value)) <= MAX_MONEY


def _is_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


# Narrowest first: an all-0/1 column is int, not bool (the issue says so).
_CHECKS: tuple[tuple[AttributeType, Callable[[str], bool]], ...] = (
    (AttributeType.INT, lambda v: _INT.fullmatch(v) is not None),
    (AttributeType.DECIMAL, _is_decimal),
    (AttributeType.BOOL, lambda v: v.lower() in BOOL_WORDS),
    (AttributeType.DATE, _is_date),
)


def fits(kind: AttributeType, raw: str) -> bool:
    """Whether one cell is a value of `kind` (an empty cell fits any; every int is a decimal)."""
    value = raw.strip()
    if not value or kind is AttributeType.TEXT:
        return True
    return next(check for candidate, check in _CHECKS if candidate is kind)(value)


def infer_type(values: Iterable[str]) -> AttributeType | None:
    """The narrowest type all non-empty values fit; None when every value is empty."""
    candidates = list(_CHECKS)
    seen = False
    for raw in values:
        value = raw.strip()
        if not value:
            continue
        seen = True
        candidates = [(kind, check) for kind, check in candidates if check(value)]
        if not candidates:
            return AttributeType.TEXT
    if not seen:
        return None
    return candidates[0][0]


def widen(old: str | None, new: AttributeType | None) -> AttributeType:
    """The type that holds both what is stored already and the new values."""
    if old is None:
        return new or AttributeType.TEXT
    previous = AttributeType(old)
    if new is None or new == previous:
        return previous
    if {previous, new} == {AttributeType.INT, AttributeType.DECIMAL}:
        return AttributeType.DECIMAL
    return AttributeType.TEXT


def canonical(
    kind: AttributeType, raw: str, window: DateWindow = DEFAULT_DATE_WINDOW
) -> str | None:
    """The stored text of one value of a column of type `kind`; None for an empty cell.

    A date outside `window` is refused (a date-shaped column stays a date column).
    """
    value = raw.strip()
    if not value:
        return None
    if kind is AttributeType.INT:
        if not _INT.fullmatch(value):
            raise BadValue(f"not a whole number of at most 16 digits: {raw!r}")
        return str(int(value))
    if kind is AttributeType.DECIMAL:
        if not _is_decimal(value):
            raise BadValue(f"not a decimal number within ±{MAX_MONEY}: {raw!r}")
        return format(Decimal(value), "f")
    if kind is AttributeType.BOOL:
        found = BOOL_WORDS.get(value.lower())
        if found is None:
            raise BadValue(f"not a yes/no value: {raw!r}")
        return "true" if found else "false"
    if kind is AttributeType.DATE:
        if not _is_date(value):
            raise BadValue(f"not an ISO date: {raw!r}")
        if not window.holds_text(value):
            raise BadValue(window.refusal(value))
        return value
    return value
