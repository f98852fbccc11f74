"""Loading the raw customer facts that rules read, in batches of a few indexed queries each."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import String, bindparam, case, func, select, type_coerce
from sqlalchemy.orm import Session

from app.models import (
    AttributeDefinition,
    Complaint,
    Consent,
    Contact,
    Customer,
    CustomerAttribute,
    CustomerScore,
    Product,
    Transaction,
)
from app.rules.features import NO_SCORES, YEAR, ComplaintFact, CustomerFacts
from app.services.customers.attributes import parse_attribute
from app.services.errors import NotFound
from app.services.nba.score_facts import score_facts
from app.services.nba.sqlite_facts import Slow, sqlite_batch
from app.services.nba.unreadable import UNREADABLE
from app.services.storage.db import Database
from app.services.storage.sql import run

log = logging.getLogger(__name__)

BATCH = 500
# The SQLite fast path of batches (sqlite_facts.py); off only to compare it with the generic one.
FAST_SQLITE = os.environ.get("ACRM_FAST_SQLITE_FACTS", "1") != "0"
CONTACT_WINDOW = timedelta(days=90)
MARKETING = "marketing"

IDS = bindparam("ids", expanding=True)
Key = object  # a customer id as the driver gives it (see _key)
AS_OF = bindparam("as_of")
SINCE = bindparam("since")


def _key(column):
    """A customer id as the driver gives it (hex text on SQLite, a UUID on PostgreSQL).

    Rows are grouped by this raw key and turned into a UUID once per customer: building a
    UUID for every fetched row was a sixth of the loading time of a batch.
    """
    return type_coerce(column, String()).label("key")


# Built once at import and run on the session's connection (see app/services/storage/sql.py).
_CUSTOMERS = select(
    Customer.id,
    _key(Customer.id),
    Customer.external_id,
    Customer.first_name,
    Customer.last_name,
    Customer.birth_date,
    Customer.segment,
    Customer.city,
).where(Customer.id.in_(IDS))
_CUSTOMER_IDS = select(Customer.id).order_by(Customer.external_id)
_CUSTOMER_KEYS = "SELECT id FROM customers ORDER BY external_id"  # its SQLite fast path
_LIMITED = _CUSTOMER_KEYS + " LIMIT ?"
_ATTRIBUTES = (
    select(
        _key(CustomerAttribute.customer_id),
        CustomerAttribute.name,
        AttributeDefinition.type,
        CustomerAttribute.value,
    )
    .join(AttributeDefinition, AttributeDefinition.name == CustomerAttribute.name)
    .where(CustomerAttribute.customer_id.in_(IDS))
    .order_by(CustomerAttribute.customer_id, CustomerAttribute.name)
)
# An empty cell, a column added after the customer was imported, a customer from another file:
# no row, or a row with no value; rules see each as null (`== null`, `??` work as written).
_ATTRIBUTE_NAMES = select(AttributeDefinition.name).order_by(AttributeDefinition.name)
_PRODUCTS = (
    select(_key(Product.customer_id), Product.product)
    .where(
        Product.customer_id.in_(IDS),
        Product.opened_at <= AS_OF,
        (Product.closed_at.is_(None)) | (Product.closed_at > AS_OF),
    )
    .distinct()
    .order_by(Product.customer_id, Product.product)
)
_INFLOWS = (
    select(_key(Transaction.customer_id), Transaction.booked_at, Transaction.amount)
    .where(
        Transaction.customer_id.in_(IDS),
        Transaction.booked_at <= AS_OF,
        Transaction.amount > 0,
    )
    .order_by(Transaction.customer_id, Transaction.booked_at.desc(), Transaction.id.desc())
)
_COMPLAINTS = (
    select(
        _key(Complaint.customer_id),
        Complaint.opened_at,
        Complaint.closed_at,
        Complaint.status,
        Complaint.resolution,
        Complaint.subject,
    )
    .where(Complaint.customer_id.in_(IDS), Complaint.opened_at <= AS_OF)
    .order_by(Complaint.customer_id, Complaint.opened_at.desc(), Complaint.id.desc())
)
# Same-instant events: granted=False sorts last and wins (as card_parts.consents does).
_CONSENTS = (
    select(_key(Consent.customer_id), Consent.channel, Consent.granted)
    .where(
        Consent.customer_id.in_(IDS),
        Consent.purpose == MARKETING,
        Consent.at <= AS_OF,
    )
    .order_by(Consent.customer_id, Consent.channel, Consent.at, Consent.granted.desc())
)
_CONTACTS = (
    select(
        _key(Contact.customer_id),
        func.max(Contact.started_at),
        func.sum(case((Contact.started_at > SINCE, 1), else_=0)),
    )
    .where(Contact.customer_id.in_(IDS), Contact.started_at <= AS_OF)
    .group_by(Contact.customer_id)
)

# The analytics of the model version in force: one row per scored customer (primary key).
_SCORES = select(
    _key(CustomerScore.customer_id),
    CustomerScore.p_alive,
    CustomerScore.expected_events_12m,
    CustomerScore.clv_12m,
    CustomerScore.value_tier,
    CustomerScore.churn_risk,
    CustomerScore.churn_probability,
    CustomerScore.rfm,
    CustomerScore.segment_rfm,
    CustomerScore.affinity,
).where(CustomerScore.customer_id.in_(IDS))


class FeatureLoader:
    """Loads CustomerFacts in batches with a fixed handful of indexed queries per batch."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def facts(
        self, session: Session, customer_ids: Sequence[uuid.UUID], as_of: datetime
    ) -> dict[uuid.UUID, CustomerFacts]:
        """Facts of the known customers among `customer_ids` (unknown ids are left out)."""
        if as_of.tzinfo is None:
            raise ValueError(f"naive as_of {as_of!r}: facts need an aware moment")
        found: dict[uuid.UUID, CustomerFacts] = {}
        unique = list(dict.fromkeys(customer_ids))
        for start in range(0, len(unique), BATCH):
            found.update(_batch(session, unique[start : start + BATCH], as_of))
        return found

    def load(self, customer_id: uuid.UUID, as_of: datetime) -> CustomerFacts:
        """One customer's facts in its own read session; NotFound for an unknown id."""
        with self._db.reading() as session:
            found = self.facts(session, [customer_id], as_of)
        if customer_id not in found:
            raise NotFound(f"customer {customer_id} not found")
        return found[customer_id]

    def customer_ids(self, session: Session, limit: int | None = None) -> list[uuid.UUID]:
        """All customers (or the first `limit`), ordered by external_id."""
        if session.get_bind().dialect.name == "sqlite" and FAST_SQLITE:
            # Each stored key turned into a UUID exactly as the Uuid column type does, without
            # SQLAlchemy's row processing: ~6 -> ~3.5 us per customer, paid by the parent of
            # `nba --all` before its workers start.
            sql, params = (_CUSTOMER_KEYS, ()) if limit is None else (_LIMITED, (limit,))
            cursor = session.connection().connection.dbapi_connection.cursor()
            try:
                return [uuid.UUID(key) for (key,) in cursor.execute(sql, params).fetchall()]
            finally:
                cursor.close()
        query = _CUSTOMER_IDS if limit is None else _CUSTOMER_IDS.limit(limit)
        return list(run(session, query).scalars())


def _batch(
    session: Session, ids: list[uuid.UUID], as_of: datetime
) -> dict[uuid.UUID, CustomerFacts]:
    if session.get_bind().dialect.name == "sqlite" and FAST_SQLITE:
        try:
            return sqlite_batch(
                session, ids, as_of, CONTACT_WINDOW, lambda rows: _typed_attributes(session, rows)
            )
        except (Slow, TypeError, *UNREADABLE):
            # A stored value in another form than ours (or a bad one): the generic path
            # reads it exactly as before, errors and warnings included.
            pass
    return _generic_batch(session, ids, as_of)


def _generic_batch(
    session: Session, ids: list[uuid.UUID], as_of: datetime
) -> dict[uuid.UUID, CustomerFacts]:
    customers = run(session, _CUSTOMERS, ids=ids).all()
    if not customers:
        return {}
    no_values, attributes = _attributes(session, ids)
    products = _grouped(run(session, _PRODUCTS, ids=ids, as_of=as_of))
    inflows = _inflows(session, ids, as_of)
    complaints = _complaints(session, ids, as_of)
    consents = _consents(session, ids, as_of)
    contacts = {
        row[0]: (row[1], int(row[2] or 0))
        for row in run(session, _CONTACTS, ids=ids, as_of=as_of, since=as_of - CONTACT_WINDOW)
    }
    scores = {row[0]: score_facts(*row[1:]) for row in run(session, _SCORES, ids=ids)}
    # Everything below is keyed by the raw id (see _key); the facts by the customer's UUID.
    return {
        row.id: CustomerFacts(
            customer_id=row.id,
            external_id=row.external_id,
            first_name=row.first_name,
            last_name=row.last_name,
            birth_date=row.birth_date,
            segment=row.segment or "",
            city=row.city or "",
            attributes=attributes.get(row.key, no_values),
            products=tuple(products.get(row.key, ())),
            inflows=tuple(inflows.get(row.key, ())),
            complaints=tuple(complaints.get(row.key, ())),
            marketing_consents=consents.get(row.key, {}),
            last_contact_at=contacts.get(row.key, (None, 0))[0],
            contacts_90d=contacts.get(row.key, (None, 0))[1],
            scores=scores.get(row.key, NO_SCORES),
        )
        for row in customers
    }


def _grouped(rows) -> dict[Key, list]:
    """customer_id -> list of the row's second column, in query order."""
    grouped: dict[Key, list] = {}
    for customer_id, value in rows:
        grouped.setdefault(customer_id, []).append(value)
    return grouped


def _attributes(
    session: Session, ids: list[uuid.UUID]
) -> tuple[dict[str, None], dict[Key, dict[str, object]]]:
    """(every catalogue name with None, each customer's attributes by raw id).

    Every customer gets every catalogue attribute, None where it has no value (issue 13):
    a customer without rows shares the first mapping (read only: build_features copies it),
    the others start from a copy of it.
    """
    return _typed_attributes(session, run(session, _ATTRIBUTES, ids=ids))


def _typed_attributes(session: Session, rows) -> tuple[dict[str, None], dict[Key, dict]]:
    """See _attributes; `rows` are (raw customer id, name, type, stored text) in key order."""
    empty = dict.fromkeys(run(session, _ATTRIBUTE_NAMES).scalars())
    result: dict[Key, dict[str, object]] = {}
    # (type, stored text) -> its value: customers share most values (flags, scores, dates),
    # and parsing was ~1-2 us a row. Only values that parse are kept: a bad one warns each time.
    parsed: dict[tuple[str, str | None], object] = {}
    for customer_id, name, type_, text in rows:
        values = result.get(customer_id)
        if values is None:
            values = result[customer_id] = empty.copy()
        key = (type_, text)
        value = parsed.get(key, _UNPARSED)
        if value is _UNPARSED:
            try:
                value = parsed[key] = parse_attribute(type_, text)
            except ValueError as error:
                value = _kept_as_text(customer_id, name, text, error)
        values[name] = value
    return empty, result


_UNPARSED = object()


def _kept_as_text(key: object, name: str, text: str | None, error: ValueError) -> str | None:
    """Bad data must not break the rules: the raw text, as the card shows it."""
    customer = key if isinstance(key, uuid.UUID) else uuid.UUID(str(key))
    log.warning("customer %s attribute %r: %s; kept as text", customer, name, error)
    return text


def _inflows(
    session: Session, ids: list[uuid.UUID], as_of: datetime
) -> dict[Key, list[tuple[datetime, Decimal]]]:
    """Per customer, newest first: the inflows in [latest - 365 days, latest] (see CustomerFacts).

    Rows come ordered by customer, newest first, so each customer's first row is its latest.
    """
    result: dict[Key, list[tuple[datetime, Decimal]]] = {}
    low: datetime | None = None
    for customer_id, booked_at, amount in run(session, _INFLOWS, ids=ids, as_of=as_of):
        kept = result.get(customer_id)
        if kept is None:
            result[customer_id] = [(booked_at, amount)]
            low = booked_at - YEAR
        elif low is not None and booked_at >= low:
            kept.append((booked_at, amount))
    return result


def _complaints(
    session: Session, ids: list[uuid.UUID], as_of: datetime
) -> dict[Key, list[ComplaintFact]]:
    result: dict[Key, list[ComplaintFact]] = {}
    for row in run(session, _COMPLAINTS, ids=ids, as_of=as_of):
        result.setdefault(row.key, []).append(_complaint_as_of(row, as_of))
    return result


def _complaint_as_of(row, as_of: datetime) -> ComplaintFact:
    """A complaint closed after as_of was still open then, with no resolution yet."""
    if row.status == "closed" and row.closed_at is not None and row.closed_at > as_of:
        return ComplaintFact(row.opened_at, "open", None, row.subject)
    return ComplaintFact(row.opened_at, row.status, row.resolution, row.subject)


def _consents(
    session: Session, ids: list[uuid.UUID], as_of: datetime
) -> dict[Key, dict[str, bool]]:
    """customer -> channel -> the latest marketing consent by as_of (later rows overwrite)."""
    result: dict[Key, dict[str, bool]] = {}
    for customer_id, channel, granted in run(session, _CONSENTS, ids=ids, as_of=as_of):
        result.setdefault(customer_id, {})[channel] = bool(granted)
    return result
