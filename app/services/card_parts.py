"""The card's parts, one indexed query each: products, money, complaints, consents, attributes."""

from __future__ import annotations

import itertools
import logging
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.models import (
    AttributeDefinition,
    Complaint,
    Consent,
    CustomerAttribute,
    Product,
    Transaction,
)
from app.models.types import Money
from app.services.attributes import parse_attribute
from app.services.dto import (
    AttributeRow,
    ComplaintRow,
    ConsentRow,
    MonthlyFlow,
    ProductRow,
    TransactionRow,
)
from app.services.history import utc_day_start

log = logging.getLogger(__name__)

RECENT_TRANSACTIONS = 20
FLOW_MONTHS = 12
ZERO = Decimal("0.00")


def products(session: Session, customer_id: uuid.UUID, as_of: datetime) -> tuple[ProductRow, ...]:
    """Products opened by `as_of`: active first, newest first within each group."""
    stmt = (
        select(Product.product, Product.opened_at, Product.closed_at)
        .where(Product.customer_id == customer_id, Product.opened_at <= as_of)
        .order_by(Product.opened_at.desc(), Product.product)
    )
    rows = [
        ProductRow(row.product, row.opened_at, _if_before(row.closed_at, as_of))
        for row in session.execute(stmt)
    ]
    return tuple(sorted(rows, key=lambda row: not row.active))


def _if_before(moment: datetime | None, as_of: datetime) -> datetime | None:
    """A closure dated after `as_of` had not happened yet at that moment."""
    return moment if moment is not None and moment <= as_of else None


def recent_transactions(
    session: Session, customer_id: uuid.UUID, as_of: datetime
) -> tuple[TransactionRow, ...]:
    stmt = (
        select(
            Transaction.booked_at,
            Transaction.amount,
            Transaction.currency,
            Transaction.description,
        )
        .where(Transaction.customer_id == customer_id, Transaction.booked_at <= as_of)
        .order_by(Transaction.booked_at.desc(), Transaction.id.desc())
        .limit(RECENT_TRANSACTIONS)
    )
    return tuple(TransactionRow(*row) for row in session.execute(stmt))


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
    bounds = [utc_day_start(m) for m in months] + [None]
    sums = []
    for low, high in itertools.pairwise(bounds):
        in_month = Transaction.booked_at >= low
        if high is not None:
            in_month = and_(in_month, Transaction.booked_at < high)
        sums.append(_sum_where(and_(in_month, Transaction.amount > 0), Transaction.amount))
        sums.append(_sum_where(and_(in_month, Transaction.amount < 0), -Transaction.amount))
    stmt = select(*sums).where(
        Transaction.customer_id == customer_id,
        Transaction.booked_at >= bounds[0],
        Transaction.booked_at <= as_of,
    )
    totals = list(session.execute(stmt).one())
    return tuple(
        MonthlyFlow(month, totals[2 * i] or ZERO, totals[2 * i + 1] or ZERO)
        for i, month in enumerate(months)
    )


def _sum_where(condition, value):
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0, type_=Money)


def complaints(
    session: Session, customer_id: uuid.UUID, as_of: datetime
) -> tuple[ComplaintRow, ...]:
    """Complaints opened by `as_of`, as they stood then: open first, then newest first."""
    stmt = select(
        Complaint.opened_at,
        Complaint.closed_at,
        Complaint.status,
        Complaint.resolution,
        Complaint.subject,
    ).where(Complaint.customer_id == customer_id, Complaint.opened_at <= as_of)
    rows = [_complaint_as_of(row, as_of) for row in session.execute(stmt)]
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
    stmt = (
        select(Consent.channel, Consent.purpose, Consent.granted, Consent.at, Consent.source)
        .where(Consent.customer_id == customer_id, Consent.at <= as_of)
        .order_by(Consent.channel, Consent.purpose, Consent.at, Consent.granted.desc())
    )
    latest: dict[tuple[str, str], ConsentRow] = {}
    for row in session.execute(stmt):
        latest[(row.channel, row.purpose)] = ConsentRow(*row)
    return tuple(latest[key] for key in sorted(latest))


def attributes(session: Session, customer_id: uuid.UUID) -> tuple[AttributeRow, ...]:
    """Custom attributes typed by their definitions, in name order."""
    stmt = (
        select(
            CustomerAttribute.name,
            AttributeDefinition.type,
            CustomerAttribute.value,
            AttributeDefinition.label,
        )
        .join(AttributeDefinition, AttributeDefinition.name == CustomerAttribute.name)
        .where(CustomerAttribute.customer_id == customer_id)
        .order_by(CustomerAttribute.name)
    )
    return tuple(_typed(customer_id, *row) for row in session.execute(stmt))


def _typed(customer_id: uuid.UUID, name: str, type_: str, text: str | None, label: str):
    try:
        return AttributeRow(name, type_, parse_attribute(type_, text), label)
    except ValueError as error:
        # Bad data must not break the card: show the raw text, flagged as text.
        log.warning("customer %s attribute %r: %s; shown as text", customer_id, name, error)
        return AttributeRow(name, "text", text, label)
