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


def test_russian_desk_dates_money_and_months() -> None:
    from datetime import date

    ru = QLocale("ru_RU")
    assert formatting.day(date(1986, 12, 5), ru) == "05.12.1986"
    assert plain(formatting.money(Decimal("-1234.5"), "PLN", ru)) == "-1 234,50 PLN"
    # Twelve month labels under a 300 px chart: "февр."/"сент." made neighbours collide.
    months = [formatting.month_label(date(2026, m, 1), ru) for m in range(1, 13)]
    assert months[1] == "фев" and months[8] == "сен"
    assert all(len(m) == 3 for m in months)
    assert formatting.month_label(date(2026, 2, 1), PL) == "lut"


def test_chart_axis_names_the_home_currency(qapp, monkeypatch) -> None:
    """The monthly sums are złoty: a Russian desk must not label them with a rouble sign."""
    from app.views.customer.flow_chart import FlowChart
    from tests.gui.conftest import desk_in

    with desk_in(qapp, monkeypatch, "ru_RU"):
        axis = FlowChart(QLocale()).plot.getPlotItem().getAxis("left")
        assert axis.labelText == "Сумма (PLN)"
    with desk_in(qapp, monkeypatch, "pl_PL"):
        axis = FlowChart(QLocale()).plot.getPlotItem().getAxis("left")
        assert axis.labelText == "Kwota (zł)"
