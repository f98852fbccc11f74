"""Assembles the whole-customer card with a handful of indexed queries (no ORM object graphs)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import bindparam, func, select

from app.models import Contact, Customer
from app.services.analytics.scores import load_customer_analytics
from app.services.contacts.history import NOT_SUPERSEDED, contact_rows, contact_select, newest_first
from app.services.customers import card_parts
from app.services.customers.identity import find_by_external_id, load_identity
from app.services.dto import RECENT_CONTACTS, CustomerCard
from app.services.errors import NotFound
from app.services.jsonable import card_to_json
from app.services.storage.db import Database
from app.services.storage.sql import run

__all__ = ["RECENT_CONTACTS", "CustomerCardService", "card_to_json"]

_UNTIL = (
    Contact.customer_id == bindparam("customer_id"),
    Contact.started_at <= bindparam("as_of"),
    NOT_SUPERSEDED,
)
_RECENT_CONTACTS = newest_first(contact_select().where(*_UNTIL)).limit(RECENT_CONTACTS)
_CONTACT_COUNT = select(func.count()).select_from(Contact).where(*_UNTIL)


class CustomerCardService:
    """Loads a CustomerCard as of a moment; every query uses a customer_id-leading index.

    `as_of` makes the card a snapshot: rows dated after it (transactions, contacts, consent
    events, products, complaints) are left out, and age and birthday are computed for its date.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self, customer_id: uuid.UUID, as_of: datetime | None = None) -> CustomerCard:
        as_of = _as_utc(as_of or datetime.now(UTC))
        with self._db.reading() as session:
            identity = load_identity(session, customer_id, as_of.date())
            params = {"customer_id": customer_id, "as_of": as_of}
            return CustomerCard(
                as_of=as_of,
                identity=identity,
                products=card_parts.products(session, customer_id, as_of),
                recent_transactions=card_parts.recent_transactions(session, customer_id, as_of),
                monthly_flows=card_parts.monthly_flows(session, customer_id, as_of),
                complaints=card_parts.complaints(session, customer_id, as_of),
                consents=card_parts.consents(session, customer_id, as_of),
                attributes=card_parts.attributes(session, customer_id),
                recent_contacts=tuple(contact_rows(session, _RECENT_CONTACTS, **params)),
                contact_count=run(session, _CONTACT_COUNT, **params).scalar() or 0,
                entitlements=card_parts.entitlements(session, customer_id, as_of),
                analytics=load_customer_analytics(session, customer_id),
            )

    def resolve(self, ref: str) -> uuid.UUID:
        """A customer id from an external id (any case) or a UUID string."""
        text = ref.strip()
        found = None
        with self._db.reading() as session:
            if text:
                found = find_by_external_id(session, text)
            as_uuid = _parse_uuid(text)
            if found is None and as_uuid is not None:
                found = session.scalar(select(Customer.id).where(Customer.id == as_uuid))
        if found is None:
            raise NotFound(f"no customer with external id or UUID {ref!r}")
        return found


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"as_of {moment!r} must carry a time zone")
    return moment.astimezone(UTC)


def _parse_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None
