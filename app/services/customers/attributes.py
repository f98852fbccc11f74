"""Custom attribute values: canonical text in the database, typed Python values on the card."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from app.models.types import MAX_MONEY

AttributeValue = int | Decimal | bool | date | str | None

_BOOLS = {"true": True, "false": False}


def parse_attribute(type_: str, text: str | None) -> AttributeValue:
    """The typed value of canonical text; raises ValueError when the text does not fit the type.

    Canonical forms (as the importer writes them): int "42", decimal "12.50",
    bool "true"/"false", date ISO "2024-02-29", text as is.
    """
    if text is None:
        return None
    if type_ in ("int", "decimal"):
        return _number(type_, text)
    if type_ == "bool":
        if text not in _BOOLS:
            raise ValueError(f"{text!r} is not 'true' or 'false'")
        return _BOOLS[text]
    if type_ == "date":
        return date.fromisoformat(text)
    return text


def _number(type_: str, text: str) -> int | Decimal:
    """Within the import's bounds (|value| <= MAX_MONEY, finite), as the importer writes them:
    text stored some other way (NaN, 1e999, 40 digits) is refused, so the card and the rules
    see it as text instead of failing on it."""
    try:
        value = Decimal(text)
    except InvalidOperation as error:
        raise ValueError(f"{text!r} is not a decimal number") from error
    if not value.is_finite() or abs(value) > MAX_MONEY:
        raise ValueError(f"{text!r} is not a number within ±{MAX_MONEY}")
    if type_ == "decimal":
        return value
    if value != value.to_integral_value() or not text.strip().lstrip("+-").isdigit():
        raise ValueError(f"{text!r} is not a whole number")
    return int(value)
