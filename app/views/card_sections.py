"""Rows for the card sections: products, transactions, complaints, consents, attributes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.dto import (
    AttributeRow,
    ComplaintRow,
    ConsentRow,
    ContactRow,
    ProductRow,
    TransactionRow,
)
from app.views import formatting


def _t(text: str) -> str:
    return QCoreApplication.translate("CardSections", text)


def product_rows(products: Sequence[ProductRow], locale: QLocale) -> list[list[str]]:
    rows = []
    for p in sorted(products, key=lambda p: (not p.active, p.product)):
        opened = formatting.day(p.opened_at.date(), locale)
        state = (
            _t("Active")
            if p.active
            else _t("Closed %1").replace(
                "%1",
                formatting.day(p.closed_at.date(), locale),  # type: ignore[union-attr]
            )
        )
        rows.append([p.product, opened, state])
    return rows


def transaction_rows(rows: Sequence[TransactionRow], locale: QLocale) -> list[list[str]]:
    return [
        [
            formatting.day(t.booked_at.date(), locale),
            t.description,
            formatting.money(t.amount, t.currency, locale),
        ]
        for t in rows
    ]


def complaint_rows(rows: Sequence[ComplaintRow], locale: QLocale) -> list[tuple[bool, list[str]]]:
    """(is_open, cells): open complaints are highlighted and say so in words."""
    out = []
    for c in rows:
        is_open = c.closed_at is None
        if is_open:
            state = _t("OPEN")
        else:
            resolution = {"upheld": _t("upheld"), "rejected": _t("rejected")}.get(
                c.resolution or "", c.resolution or ""
            )
            state = _t("Closed") + (f" ({resolution})" if resolution else "")
        out.append((is_open, [formatting.day(c.opened_at.date(), locale), c.subject, state]))
    return out


def channel_name(channel: str) -> str:
    names = {
        "phone": _t("Phone"),
        "email": _t("E-mail"),
        "chat": _t("Chat"),
        "sms": _t("SMS"),
        "branch": _t("Branch"),
        "letter": _t("Letter"),
        "push": _t("Push"),
    }
    return names.get(channel, channel)


def consent_text(consent: ConsentRow) -> tuple[str, str, str]:
    """(what, verdict text, state) — the verdict is words; state only colours it."""
    what = f"{channel_name(consent.channel)} · {consent.purpose}"
    if consent.granted:
        return what, _t("Granted"), "ok"
    return what, _t("Denied"), "bad"


def attribute_text(row: AttributeRow, locale: QLocale) -> tuple[str, str]:
    name = row.label or row.name.replace("_", " ")
    value = row.value
    if value is None:
        shown = "—"
    elif isinstance(value, bool):
        shown = _t("Yes") if value else _t("No")
    elif isinstance(value, Decimal):
        shown = formatting.number(value, locale, decimals=2)
    elif isinstance(value, int):
        shown = formatting.number(value, locale)
    elif isinstance(value, date):
        shown = formatting.day(value, locale)
    else:
        shown = str(value)
    return name, shown


def contact_summary_rows(rows: Sequence[ContactRow], locale: QLocale) -> list[list[str]]:
    return [
        [
            formatting.local_datetime(c.started_at, locale),
            channel_name(c.channel),
            c.reason,
            c.outcome,
        ]
        for c in rows
    ]
