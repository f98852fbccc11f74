"""Rule values for people through QLocale: the desktop's ValueFormatter for scripts and "why"s."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from app.views.common import formatting

# Feature money is the bank's own currency; formatting.money shows it as the locale's symbol.
BANK_CURRENCY = "PLN"
MAX_DECIMALS = 2


class QLocaleFormatter:
    """Implements app.rules.explain.ValueFormatter; safe to use from a worker thread.

    Holds only a QLocale (a value type) and calls QCoreApplication.translate, both thread-safe.
    """

    def __init__(self, locale: QLocale) -> None:
        self._locale = QLocale(locale)

    def money(self, amount: Decimal) -> str:
        return formatting.money(amount, BANK_CURRENCY, self._locale)

    def number(self, value: int | float | Decimal) -> str:
        if isinstance(value, int):
            return formatting.number(value, self._locale)
        amount = Decimal(str(value))
        return formatting.number(amount, self._locale, _decimals(amount))

    def day(self, value: date | datetime) -> str:
        if isinstance(value, datetime):
            # Aware moments are stored in UTC; the consultant reads the local calendar day.
            value = (value.astimezone() if value.tzinfo else value).date()
        return formatting.day(value, self._locale)

    def yes_no(self, value: bool) -> str:
        if value:
            return QCoreApplication.translate("QLocaleFormatter", "yes")
        return QCoreApplication.translate("QLocaleFormatter", "no")

    def empty(self) -> str:
        return "—"


def _decimals(amount: Decimal) -> int:
    """As many decimals as the value has, at most MAX_DECIMALS (12.5 -> 12,5; 3.0 -> 3)."""
    exponent = amount.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return min(places, MAX_DECIMALS)
