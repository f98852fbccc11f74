"""Write parsed customers: insert the new ones, compare and update the ones already stored."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Customer, CustomerAttribute, CustomerEmail, CustomerPhone
from app.services.importer.context import ImportContext
from app.services.importer.ids import stable_id
from app.services.importer.store import BatchSpec
from app.services.normalise import fold

CUSTOMER_COLUMNS = (
    "id",
    "external_id",
    "first_name",
    "last_name",
    "birth_date",
    "city",
    "segment",
    "first_key",
    "last_key",
    "created_at",
    "updated_at",
)
CORE_UPDATE = (*CUSTOMER_COLUMNS[2:9], "updated_at")
PHONE_COLUMNS = ("id", "customer_id", "e164", "national", "raw", "position")
EMAIL_COLUMNS = ("id", "customer_id", "email", "position")
ATTRIBUTE_COLUMNS = ("customer_id", "name", "value")
CHUNK = 500  # customers compared per round trip (well under any bind-parameter limit)


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    """One customer as the file states it, in canonical stored form."""

    line: int
    external_id: str
    core: tuple[str | None, ...]  # first_name, last_name, birth_date, city, segment
    phones: tuple[tuple[str, str, str], ...]  # (e164, national, raw) in file order
    emails: tuple[str, ...]
    attributes: tuple[str | None, ...]  # one per custom column, None when empty


def _keys(record: CustomerRecord) -> tuple[str, str]:
    return fold(record.core[0] or ""), fold(record.core[1] or "")


class _Rows:
    """Child rows of the customers being written, collected for one executemany per table."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = names
        self.phones: list[tuple] = []
        self.emails: list[tuple] = []
        self.attributes: list[tuple] = []

    def add(self, customer_id: str, record: CustomerRecord) -> None:
        for position, (e164, national, raw) in enumerate(record.phones):
            phone_id = stable_id("customer_phone", f"{customer_id}:{e164}")
            self.phones.append((phone_id, customer_id, e164, national, raw, position))
        for position, email in enumerate(record.emails):
            email_id = stable_id("customer_email", f"{customer_id}:{email}")
            self.emails.append((email_id, customer_id, email, position))
        for name, value in zip(self.names, record.attributes, strict=True):
            if value is not None:
                self.attributes.append((customer_id, name, value))

    def insert(self, ctx: ImportContext) -> None:
        ctx.defer_insert(BatchSpec("customer_phones", PHONE_COLUMNS, strict=True), self.phones)
        ctx.defer_insert(BatchSpec("customer_emails", EMAIL_COLUMNS, strict=True), self.emails)
        attributes = BatchSpec("customer_attributes", ATTRIBUTE_COLUMNS, strict=True)
        ctx.defer_insert(attributes, self.attributes)


def write(
    ctx: ImportContext, file: str, records: list[CustomerRecord], names: Sequence[str]
) -> None:
    """Store the file's customers and count what happened to each."""
    known = ctx.customers
    new = [record for record in records if record.external_id not in known]
    old = [record for record in records if record.external_id in known]
    _insert(ctx, new, names)
    updated = sum(_update(ctx, old[i : i + CHUNK], names) for i in range(0, len(old), CHUNK))
    counts = ctx.counts(file)
    counts.read += len(records)
    counts.inserted += len(new)
    counts.updated += updated
    counts.unchanged += len(old) - updated


def _insert(ctx: ImportContext, records: list[CustomerRecord], names: Sequence[str]) -> None:
    now, children, customers = ctx.store.now, _Rows(names), []
    for record in records:
        customer_id = stable_id("customer", record.external_id)
        ctx.customers[record.external_id] = customer_id
        customers.append((customer_id, record.external_id, *record.core, *_keys(record), now, now))
        children.add(customer_id, record)
    ctx.defer_insert(BatchSpec("customers", CUSTOMER_COLUMNS, strict=True), customers)
    children.insert(ctx)


def _update(ctx: ImportContext, records: list[CustomerRecord], names: Sequence[str]) -> int:
    """Rewrite the customers of one chunk whose stored state differs from the file's."""
    ids = [ctx.customers[record.external_id] for record in records]
    stored = ctx.ask(lambda: _stored_state(ctx, ids, names))
    changed = [
        (customer_id, record)
        for customer_id, record in zip(ids, records, strict=True)
        if stored.get(customer_id) != _state(record)
    ]
    if not changed:
        return 0
    store, children = ctx.store, _Rows(names)
    changed_ids = [(customer_id,) for customer_id, _ in changed]
    core = [(cid, *rec.core, *_keys(rec), store.now) for cid, rec in changed]
    stale = [(cid, name) for cid, _ in changed for name in names]

    def rewrite() -> None:
        store.update_many("customers", "id", CORE_UPDATE, core)
        store.delete_where("customer_phones", ("customer_id",), changed_ids)
        store.delete_where("customer_emails", ("customer_id",), changed_ids)
        store.delete_where("customer_attributes", ("customer_id", "name"), stale)

    ctx.defer(rewrite)
    for customer_id, record in changed:
        children.add(customer_id, record)
    children.insert(ctx)
    return len(changed)


def _state(record: CustomerRecord) -> tuple:
    return (record.core, record.phones, record.emails, record.attributes)


def _stored_state(ctx: ImportContext, ids: list[str], names: Sequence[str]) -> dict[str, tuple]:
    """What the database holds for these customers, in the shape of _state()."""
    keys = [uuid.UUID(hex=customer_id) for customer_id in ids]
    core = {}
    c = Customer.__table__.c
    query = select(c.id, c.first_name, c.last_name, c.birth_date, c.city, c.segment)
    for row in ctx.store.rows(query.where(c.id.in_(keys))):
        birth = row.birth_date.isoformat() if row.birth_date else None
        core[row.id.hex] = (row.first_name, row.last_name, birth, row.city, row.segment)
    phones, emails = defaultdict(list), defaultdict(list)
    p = CustomerPhone.__table__.c
    phone_query = select(p.customer_id, p.e164, p.national, p.raw).where(p.customer_id.in_(keys))
    for row in ctx.store.rows(phone_query.order_by(p.customer_id, p.position)):
        phones[row.customer_id.hex].append((row.e164, row.national, row.raw))
    e = CustomerEmail.__table__.c
    email_query = select(e.customer_id, e.email).where(e.customer_id.in_(keys))
    for row in ctx.store.rows(email_query.order_by(e.customer_id, e.position)):
        emails[row.customer_id.hex].append(row.email)
    values: dict[str, dict[str, str | None]] = defaultdict(dict)
    a = CustomerAttribute.__table__.c
    attr_query = select(a.customer_id, a.name, a.value).where(a.customer_id.in_(keys))
    for row in ctx.store.rows(attr_query.where(a.name.in_(list(names)))):
        values[row.customer_id.hex][row.name] = row.value
    return {
        cid: (
            core[cid],
            tuple(phones[cid]),
            tuple(emails[cid]),
            tuple(values[cid].get(name) for name in names),
        )
        for cid in core
    }
