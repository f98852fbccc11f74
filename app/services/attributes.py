"""Custom attribute values: canonical text in the database, typed Python values on the card."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

AttributeValue = int | Decimal | bool | date | str | None

_BOOLS = {"true": True, "false": False}


def parse_attribute(type_: str, text: str | None) -> AttributeValue:
    """The typed value of canonical text; raises ValueError when the text does not fit the type.

    Canonical forms (as the importer writes them): int "42", decimal "12.50",
    bool "true"/"false", date ISO "2024-02-29", text as is.
    """
    if text is None:
        return None
    if type_ == "int":
        return int(text)
    if type_ == "decimal":
        try:
            return Decimal(text)
        except InvalidOperation as error:
            raise ValueError(f"{text!r} is not a decimal number") from error
    if type_ == "bool":
        if text not in _BOOLS:
            raise ValueError(f"{text!r} is not 'true' or 'false'")
        return _BOOLS[text]
    if type_ == "date":
        return date.fromisoformat(text)
    return text
