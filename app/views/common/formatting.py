"""Dates, numbers, money and durations through QLocale (Polish: `1 234,50 zł`)."""

from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone

from app.services.config import DeskSettings

LOCALE_ENV = "ACRM_LOCALE"
# The currency the bank keeps its books in: the card's monthly sums are in it.
HOME_CURRENCY = "PLN"
# [desk] language "en" means English as written in Poland: złoty amounts, not dollars.
_QT_NAMES = {"en": "en_PL"}


def app_locale(desk: DeskSettings | None = None) -> QLocale:
    """ACRM_LOCALE (e.g. pl_PL) first, then a [desk] language the config file sets, then the
    system locale; a C/POSIX system locale gives the [desk] default, never bare C formats
    ("5 12 1986", "9,138.62PLN")."""
    desk = desk or DeskSettings()
    # A language the administrator locked (site file) is not overridden for one run either.
    forced = "" if desk.locked else os.environ.get(LOCALE_ENV, "").strip()
    if forced:
        return QLocale(forced)
    chosen = QLocale(_QT_NAMES.get(desk.language, desk.language))
    if desk.configured:
        return chosen
    system = QLocale.system()
    return chosen if system.language() == QLocale.Language.C else system


def _grouped_digits(value: Decimal, locale: QLocale, decimals: int) -> str:
    # Qt follows CLDR's minimum grouping for Polish ("1234,50"); bank staff expect "1 234,50".
    text = f"{abs(value):,.{decimals}f}"
    return (
        text.replace(",", "\0")
        .replace(".", locale.decimalPoint())
        .replace("\0", locale.groupSeparator())
    )


def number(value: Decimal | int | float, locale: QLocale, decimals: int = 0) -> str:
    amount = Decimal(str(value))
    sign = locale.negativeSign() if amount < 0 else ""
    return sign + _grouped_digits(amount, locale, decimals)


def currency_symbol(currency: str, locale: QLocale) -> str:
    """The locale's own currency by its symbol (zł), any other by its ISO code (PLN on a
    Russian desk: a rouble sign would misstate the amount)."""
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return locale.currencySymbol() if currency in ("", own) else currency


def money(value: Decimal | int | float, currency: str, locale: QLocale) -> str:
    """Amount with the currency placed as the locale places it; foreign currencies by ISO code."""
    amount = Decimal(str(value))
    symbol = currency_symbol(currency, locale)
    pattern = locale.toCurrencyString(0.0, symbol)
    zero = "0" + locale.decimalPoint() + "00"
    digits = _grouped_digits(amount, locale, 2)
    text = pattern.replace(zero, digits, 1) if zero in pattern else f"{digits} {symbol}"
    return (locale.negativeSign() + text) if amount < 0 else text


def short_money(value: Decimal | float, locale: QLocale) -> str:
    """Axis labels: 12 k, 1,5 M — the unit is in the axis title."""
    amount = float(value)
    if abs(amount) >= 1_000_000:
        return locale.toString(amount / 1_000_000, "f", 1) + " M"
    if abs(amount) >= 1_000:
        return locale.toString(amount / 1_000, "f", 0) + " k"
    return locale.toString(amount, "f", 0)


def day(value: date | None, locale: QLocale) -> str:
    if value is None:
        return ""
    return locale.toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def local_datetime(value: datetime | None, locale: QLocale) -> str:
    """A stored UTC moment shown in the desktop's time zone."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def month_label(value: date, locale: QLocale) -> str:
    """Three letters without a dot (Polish "lut", Russian "фев" rather than "февр."), so that
    twelve months fit under a narrow chart."""
    name = locale.standaloneMonthName(value.month, QLocale.FormatType.ShortFormat)
    return name.replace(".", "")[:3]


def clock(seconds: int) -> str:
    """Handle time as mm:ss (minutes keep counting past 59 on a long call)."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
