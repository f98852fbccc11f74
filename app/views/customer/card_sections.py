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
    EntitlementRow,
    ProductRow,
    TransactionRow,
)
from app.views.common import formatting
from app.views.common.labels import (
    channel_name,
    complaint_resolution_name,
    consent_purpose_name,
    contact_outcome_name,
    product_name,
)
from app.views.common.labels import entitlement_text as _entitlement_text

# Literal contexts and texts, so pyside6-lupdate can collect them.
translate = QCoreApplication.translate


# Where the products table puts what (the view right-aligns the balance).
PRODUCT_NUMBER, PRODUCT_BALANCE, PRODUCT_STATUS = 1, 2, 3
MASK = "\u2022\u2022\u2022\u2022"  # "••••": the number's hidden digits


def ordered_products(products: Sequence[ProductRow]) -> list[ProductRow]:
    """Active first, then by product name: the order of product_rows and product_tips."""
    return sorted(products, key=lambda p: (not p.active, product_name(p.product)))


def product_rows(
    products: Sequence[ProductRow], locale: QLocale, balances: bool = True
) -> list[list[str]]:
    """Product, masked number, balance, status; the opening and closing dates are tips (the
    half-width card at 1366 px cut the names to "Ko…" when they had columns of their own).
    Without `balances` (the caller is not verified yet) each balance says it is hidden."""
    rows = []
    for p in ordered_products(products):
        # "Closed" alone: the date is in the status's tip (product_tips), so the status column
        # stays narrow enough for two card columns at 1366 px.
        state = (
            translate("CardSections", "Active") if p.active else translate("CardSections", "Closed")
        )
        balance = balance_text(p, locale) if balances or p.balance is None else hidden_balance()
        rows.append([product_name(p.product), masked_number(p), balance, state])
    return rows


def masked_number(product: ProductRow) -> str:
    """'•••• 4821', or nothing when the bank's file gave no number."""
    return f"{MASK}\u00a0{product.number_last4}" if product.number_last4 else ""


def hidden_balance() -> str:
    """In place of a balance until the caller is verified: said in words, never a blank (and
    short: the column is sized to its content; the tip says until when)."""
    return f"{MASK} " + translate("CardSections", "hidden")


def balance_text(product: ProductRow, locale: QLocale) -> str:
    return "" if product.balance is None else formatting.money(product.balance, "PLN", locale)


def product_tips(
    products: Sequence[ProductRow], locale: QLocale, balances: bool = True
) -> dict[tuple[int, int], str]:
    """The product's name and opening date; the number in words (a screen reader would spell
    out the bullets); a hidden balance says until when."""
    tips = {}
    for r, p in enumerate(ordered_products(products)):
        if not balances and p.balance is not None:
            tips[(r, PRODUCT_BALANCE)] = translate(
                "CardSections", "Hidden until the caller's identity is verified (Ctrl+Shift+V)"
            )
        opened = translate("CardSections", "opened %1").replace(
            "%1", formatting.day(p.opened_at.date(), locale)
        )
        tips[(r, 0)] = f"{product_name(p.product)}, {opened}"
        if p.closed_at is not None:
            tips[(r, PRODUCT_STATUS)] = translate("CardSections", "Closed %1").replace(
                "%1", formatting.day(p.closed_at.date(), locale)
            )
        if p.number_last4:
            tips[(r, PRODUCT_NUMBER)] = translate("CardSections", "Number ending in %1").replace(
                "%1", p.number_last4
            )
    return tips


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
        state = (
            translate("CardSections", "OPEN") if is_open else translate("CardSections", "Closed")
        )
        out.append((is_open, [formatting.day(c.opened_at.date(), locale), c.subject, state]))
    return out


def complaint_outcome(row: ComplaintRow) -> str:
    """Status with the decision, for the tool tip: the table keeps the subject readable."""
    if row.closed_at is None:
        return translate("CardSections", "OPEN")
    resolution = complaint_resolution_name(row.resolution or "")
    closed = translate("CardSections", "Closed")
    return f"{closed} ({resolution})" if resolution else closed


def consent_text(consent: ConsentRow) -> tuple[str, str, str]:
    """(what, verdict text, state) — the verdict is words; state only colours it."""
    what = f"{channel_name(consent.channel)} · {consent_purpose_name(consent.purpose)}"
    if consent.granted:
        return what, translate("CardSections", "Granted"), "ok"
    return what, translate("CardSections", "Denied"), "bad"


def attribute_text(row: AttributeRow, locale: QLocale) -> tuple[str, str]:
    name = row.label or row.name.replace("_", " ")
    value = row.value
    if value is None:  # an empty cell, or a column this customer's file did not have
        shown = translate("CardSections", "(empty)")
    elif isinstance(value, bool):
        shown = translate("CardSections", "Yes") if value else translate("CardSections", "No")
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
            contact_outcome_name(c.outcome),
        ]
        for c in rows
    ]


def entitlement_text(row: EntitlementRow, locale: QLocale) -> str:
    """E.g. "Card fee waived until 31.05.2027"; unknown codes read as "<Name> until <date>"."""
    return _entitlement_text(row.code, formatting.day(row.valid_to.astimezone().date(), locale))
