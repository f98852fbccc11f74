"""QLocaleFormatter: rule values in the consultant's locale (Polish money, dates, yes/no)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from app.rules.explain import render_template
from app.views.common.value_format import QLocaleFormatter
from tests.gui.test_formatting import plain

PL = QLocaleFormatter(QLocale("pl_PL"))


def test_polish_money_and_numbers() -> None:
    assert plain(PL.money(Decimal("52000"))) == "52 000,00 zł"
    assert plain(PL.money(Decimal("-4800.5"))) == "-4 800,50 zł"
    assert plain(PL.number(12500)) == "12 500"
    assert PL.number(Decimal("2.50")) == "2,5"
    assert PL.number(3.0) == "3"


def test_days_yes_no_and_empty() -> None:
    assert PL.day(date(2026, 11, 20)) == "20.11.2026"
    assert PL.day(datetime(2026, 11, 20, 12, 0, tzinfo=UTC)) == "20.11.2026"
    assert (PL.yes_no(True), PL.yes_no(False)) == ("yes", "no")
    assert PL.empty() == "—"


def test_a_why_template_comes_out_the_local_way() -> None:
    values = {
        "last_inflow": Decimal("52000.00"),
        "last_inflow_at": datetime(2026, 11, 20, 12, tzinfo=UTC),
        "avg_prior_inflow": Decimal("4800.00"),
        "segment": None,
    }
    why = render_template(
        "inflow {last_inflow} on {last_inflow_at} > 10 × average {avg_prior_inflow} ({segment})",
        values,
        PL,
    )
    assert plain(why) == "inflow 52 000,00 zł on 20.11.2026 > 10 × average 4 800,00 zł (—)"
