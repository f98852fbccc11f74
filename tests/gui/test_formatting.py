"""Money, numbers and durations through QLocale: Polish grouping and currency placement."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from app.views.common import formatting

PL = QLocale("pl_PL")
US = QLocale("en_US")


def plain(text: str) -> str:
    """Qt uses no-break spaces as separators; compare with ordinary ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def test_polish_money_groups_thousands_and_puts_zloty_after() -> None:
    assert plain(formatting.money(Decimal("1234.5"), "PLN", PL)) == "1 234,50 zł"
    assert plain(formatting.money(Decimal("1234567.891"), "PLN", PL)) == "1 234 567,89 zł"


def test_negative_and_foreign_currency_amounts() -> None:
    assert plain(formatting.money(Decimal("-2100"), "PLN", PL)) == "-2 100,00 zł"
    assert plain(formatting.money(Decimal("99.9"), "EUR", PL)) == "99,90 EUR"
    assert formatting.money(Decimal("1234.5"), "USD", US) == "$1,234.50"


def test_numbers_and_axis_labels() -> None:
    assert plain(formatting.number(Decimal("12500.00"), PL, decimals=2)) == "12 500,00"
    assert formatting.short_money(12_000, PL) == "12 k"
    assert formatting.short_money(1_500_000, PL) == "1,5 M"


def test_clock_is_minutes_and_seconds() -> None:
    assert formatting.clock(0) == "00:00"
    assert formatting.clock(65) == "01:05"
    assert formatting.clock(3725) == "62:05"
