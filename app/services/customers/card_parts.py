"""The card's parts, one indexed query each: products, money, complaints, consents, attributes."""

from __future__ import annotations

import logging
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, and_, bindparam, case, func, select
from sqlalchemy.orm import Session

from app.models import (
    AttributeDefinition,
    Complaint,
    Consent,
    CustomerAttribute,
    Entitlement,
    Product,
    Transaction,
)
from app.models.types import Money
from app.services.contacts.history import utc_day_start
from app.services.customers.attributes import parse_attribute
from app.services.dto import (
    AttributeRow,
    ComplaintRow,
    ConsentRow,
    EntitlementRow,
    MonthlyFlow,
    ProductRow,
    TransactionRow,
)
from app.services.storage.sql import run

log = logging.getLogger(__name__)

RECENT_TRANSACTIONS = 20
FLOW_MONTHS = 12
ZERO = Decimal("0.00")


CUSTOMER = bindparam("customer_id")
AS_OF = bindparam("as_of")

# Statements are built once with bound parameters and run on the session's connection:
# building and caching a statement per call cost more than the indexed query itself.
_PRODUCTS = (
    select(
        Product.product,
        Product.opened_at,
        Product.closed_at,
        Product.number_last4,
        Product.balance,
    )
    .where(Product.customer_id == CUSTOMER, Product.opened_at <= AS_OF)
    .order_by(Product.opened_at.desc(), Product.product)
)
_RECENT_TRANSACTIONS = (
    select(Transaction.booked_at, Transaction.amount, Transaction.currency, Transaction.description)
    .where(Transaction.customer_id == CUSTOMER, Transaction.booked_at <= AS_OF)
    .order_by(Transaction.booked_at.desc(), Transaction.id.desc())
    .limit(RECENT_TRANSACTIONS)
)
_COMPLAINTS = select(
    Complaint.opened_at,
    Complaint.closed_at,
    Complaint.status,
    Complaint.resolution,
    Complaint.subject,
).where(Complaint.customer_id == CUSTOMER, Complaint.opened_at <= AS_OF)
_CONSENTS = (
    select(Consent.channel, Consent.purpose, Consent.granted, Consent.at, Consent.source)
    .where(Consent.customer_id == CUSTOMER, Consent.at <= AS_OF)
    .order_by(Consent.channel, Consent.purpose, Consent.at, Consent.granted.desc())
)
# valid_to leads the range so the (customer_id, valid_to) index does the work.
_ENTITLEMENTS = (
    select(Entitlement.code, Entitlement.valid_from, Entitlement.valid_to, Entitlement.rule_id)
    .where(
        Entitlement.customer_id == CUSTOMER,
        Entitlement.valid_to > AS_OF,
        Entitlement.valid_from <= AS_OF,
    )
    .order_by(Entitlement.valid_to, Entitlement.code)
)
# Every catalogue attribute, as rules see it: one the customer has no value for is listed
# empty (value None), whether its cell was empty or its column came from another file.
_ATTRIBUTES = (
    select(
        AttributeDefinition.name,
        AttributeDefinition.type,
        CustomerAttribute.value,
        AttributeDefinition.label,
    )
    .outerjoin(
        CustomerAttribute,
        and_(
            CustomerAttribute.name == AttributeDefinition.name,
            CustomerAttribute.customer_id == CUSTOMER,
        ),
    )
    .order_by(AttributeDefinition.name)
)


def products(session: Session, customer_id: uuid.UUID, as_of: datetime) -> tuple[ProductRow, ...]:
    """Products opened by `as_of`: active first, newest first within each group."""
    rows = [
        ProductRow(
            row.product,
            row.opened_at,
            _if_before(row.closed_at, as_of),
            row.number_last4,
            row.balance,
        )
        for row in run(session, _PRODUCTS, customer_id=customer_id, as_of=as_of)
    ]
    return tuple(sorted(rows, key=lambda row: not row.active))


def _if_before(moment: datetime | None, as_of: datetime) -> datetime | None:
    """A closure dated after `as_of` had not happened yet at that moment."""
    return moment if moment is not None and moment <= as_of else None


def recent_transactions(
    session: Session, customer_id: uuid.UUID, as_of: datetime
) -> tuple[TransactionRow, ...]:
    rows = run(session, _RECENT_TRANSACTIONS, customer_id=customer_id, as_of=as_of)
    return tuple(TransactionRow(*row) for row in rows)


def month_starts(as_of: datetime, count: int = FLOW_MONTHS) -> list[date]:
    """First days of the `count` months ending with as_of's month, oldest first."""
    index = as_of.year * 12 + as_of.month - 1
    return [date((i // 12), i % 12 + 1, 1) for i in range(index - count + 1, index + 1)]


def monthly_flows(
    session: Session, customer_id: uuid.UUID, as_of: datetime
) -> tuple[MonthlyFlow, ...]:
    """Inflows and outflows per month for the last 12 months, zero-filled, oldest first.

    One portable aggregate over the (customer_id, booked_at) index range: a SUM(CASE ...) per
    month and direction, so no dialect-specific date truncation and no rows shipped to Python.
    """
    months = month_starts(as_of)
    params = {f"m{i}": utc_day_start(month) for i, month in enumerate(months)}
    totals = list(run(session, _FLOWS, customer_id=customer_id, as_of=as_of, **params).one())
    return tuple(
        MonthlyFlow(month, totals[2 * i] or ZERO, totals[2 * i + 1] or ZERO)
        for i, month in enumerate(months)
    )


def _flows_statement() -> Select:
    starts = [bindparam(f"m{i}") for i in range(FLOW_MONTHS)]
    sums = []
    for i, low in enumerate(starts):
        in_month = Transaction.booked_at >= low
        if i + 1 < FLOW_MONTHS:
            in_month = and_(in_month, Transaction.booked_at < starts[i + 1])
        sums.append(_sum_where(and_(in_month, Transaction.amount > 0), Transaction.amount))
        sums.append(_sum_where(and_(in_month, Transaction.amount < 0), -Transaction.amount))
    return select(*sums).where(
        Transaction.customer_id == CUSTOMER,
        Transaction.booked_at >= starts[0],
        Transaction.booked_at <= AS_OF,
    )


def _sum_where(condition, value):
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0, type_=Money)


_FLOWS = _flows_statement()


def complaints(
    session: Session, customer_id: uuid.UUID, as_of: datetime
) -> tuple[ComplaintRow, ...]:
    """Complaints opened by `as_of`, as they stood then: open first, then newest first."""
    found = run(session, _COMPLAINTS, customer_id=customer_id, as_of=as_of)
    rows = [_complaint_as_of(row, as_of) for row in found]
    rows.sort(key=lambda row: row.opened_at, reverse=True)
    rows.sort(key=lambda row: row.status != "open")  # stable: keeps newest first per group
    return tuple(rows)


def _complaint_as_of(row, as_of: datetime) -> ComplaintRow:
    closed_at = _if_before(row.closed_at, as_of)
    if row.status == "closed" and closed_at is None and row.closed_at is not None:
        # Closed after as_of: it was still open at that moment.
        return ComplaintRow(row.opened_at, None, "open", None, row.subject)
    return ComplaintRow(row.opened_at, closed_at, row.status, row.resolution, row.subject)


def consents(session: Session, customer_id: uuid.UUID, as_of: datetime) -> tuple[ConsentRow, ...]:
    """The consent in force per channel and purpose: the latest event by `as_of`.

    Two events at the same instant resolve to the withdrawal (granted=False): when the record
    cannot tell which came last, not contacting the customer is the safe reading.
    """
    latest: dict[tuple[str, str], ConsentRow] = {}
    for row in run(session, _CONSENTS, customer_id=customer_id, as_of=as_of):
        latest[(row.channel, row.purpose)] = ConsentRow(*row)
    return tuple(latest[key] for key in sorted(latest))


def attributes(session: Session, customer_id: uuid.UUID) -> tuple[AttributeRow, ...]:
    """Every custom attribute typed by its definition, in name order; None: no value."""
    rows = run(session, _ATTRIBUTES, customer_id=customer_id)
    return tuple(_typed(customer_id, *row) for row in rows)


def _typed(customer_id: uuid.UUID, name: str, type_: str, text: str | None, label: str):
    try:
        return AttributeRow(name, type_, parse_attribute(type_, text), label)
    except ValueError as error:
        # Bad data must not break the card: show the raw text, flagged as text.
        log.warning("customer %s attribute %r: %s; shown as text", customer_id, name, error)
        return AttributeRow(name, "text", text, label)


def entitlements(
    session: Session, customer_id: uuid.UUID, as_of: datetime
) -> tuple[EntitlementRow, ...]:
    """Entitlements in force at `as_of` (valid_from <= as_of < valid_to), soonest ending first."""
    rows = run(session, _ENTITLEMENTS, customer_id=customer_id, as_of=as_of)
    return tuple(EntitlementRow(*row) for row in rows)
