"""Typed custom attribute values: what the importer writes reads back; anything else is refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services.customers.attributes import parse_attribute


@pytest.mark.parametrize(
    ("type_", "text", "value"),
    [
        ("int", "42", 42),
        ("int", "-9999999999999999", -9999999999999999),
        ("decimal", "12.50", Decimal("12.50")),
        ("decimal", "9999999999999999.99", Decimal("9999999999999999.99")),
        ("bool", "true", True),
        ("date", "2024-02-29", date(2024, 2, 29)),
        ("text", "NaN", "NaN"),
        ("int", None, None),
    ],
)
def test_canonical_text_reads_back_typed(type_: str, text: str | None, value: object) -> None:
    assert parse_attribute(type_, text) == value


@pytest.mark.parametrize(
    ("type_", "text"),
    [
        ("decimal", "NaN"),  # Decimal reads it, and a rule comparing it would raise
        ("decimal", "-Infinity"),
        ("decimal", "1e999"),
        ("decimal", "10000000000000000"),
        ("int", "1" * 40),
        ("int", "1.5"),
        ("decimal", "abc"),
        ("date", "0000-01-01"),
    ],
)
def test_values_written_past_the_import_are_refused(type_: str, text: str) -> None:
    # The card and the feature loader then show them as text instead of failing on them.
    with pytest.raises(ValueError):
        parse_attribute(type_, text)
