"""Applying outbox rows on the server: idempotent inserts, receipt-guarded field updates."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from app.models import Base
from app.services.normalise import fold, national_digits
from app.services.sync.entities import typed_row

TABLES = Base.metadata.tables
# Fields a desktop may change on an existing row; the rest is server-owned.
UPDATABLE = {
    "customer": ("city", "phones", "emails"),
    "queue_item": (
        "assigned_to",
        "due_at",
        "status",
        "note",
        "attempts",
        "outcome",
        "last_attempt_at",
    ),
    # A campaign's target and team never change; generating and closing set these.
    "campaign": ("status", "generated_at", "rule_version"),
}


class UpdateRefused(ValueError):
    """An outbox update the server applied to no row: refused for good, never acknowledged."""


@dataclass(frozen=True, slots=True)
class OutgoingRow:
    """One outbox row as the pusher sends it (a plain copy, not an ORM object)."""

    id: uuid.UUID
    entity: str
    entity_id: uuid.UUID
    operation: str
    payload: dict[str, Any]


def apply_run(connection: Connection, login: str, rows: Sequence[OutgoingRow]) -> None:
    """Apply consecutive rows of one entity and operation with as few statements as possible."""
    first = rows[0]
    if first.operation == "update":
        for row in rows:
            _apply_update(connection, login, row)
        return
    builder = INSERTS.get(first.entity)
    if builder is None:
        raise ValueError(f"outbox row {first.id}: the server takes no {first.entity!r} rows")
    now = datetime.now(UTC)
    parents: list[dict] = []
    children: dict[str, list[dict]] = {}
    for row in rows:
        parent, kids = builder(row.payload, now)
        parents.append(parent)
        for table, items in kids.items():
            children.setdefault(table, []).extend(items)
    _insert_new(connection, TABLES[ENTITY_TABLE[first.entity]], parents)
    for table, items in children.items():
        _insert_new(connection, TABLES[table], items)


def _insert_new(connection: Connection, table, rows: list[dict]) -> None:
    # A retried or duplicated push meets its own earlier row and changes nothing.
    if rows:
        connection.execute(pg_insert(table).on_conflict_do_nothing(), rows)


def _stamped(table_name: str, payload: dict, now: datetime) -> dict:
    row = typed_row(TABLES[table_name], payload)
    for column in ("created_at", "updated_at"):
        if column in TABLES[table_name].c:
            row.setdefault(column, now)
    return row


def _contact(payload: dict, now: datetime) -> tuple[dict, dict[str, list[dict]]]:
    contact_id = uuid.UUID(payload["id"])
    codes = [
        {"contact_id": contact_id, "code": code, "position": position}
        for position, code in enumerate(payload.get("codes", []))
    ]
    return _stamped("contacts", payload, now), {"contact_wrapups": codes}


def _customer(payload: dict, now: datetime) -> tuple[dict, dict[str, list[dict]]]:
    row = _stamped("customers", payload, now)
    row["first_key"], row["last_key"] = fold(row["first_name"]), fold(row["last_name"])
    customer_id = row["id"]
    return row, _contact_points(customer_id, payload.get("phones", []), payload.get("emails", []))


def _contact_points(customer_id: uuid.UUID, phones: Sequence[str], emails: Sequence[str]) -> dict:
    return {
        "customer_phones": [
            {
                "id": uuid.uuid5(customer_id, e164),
                "customer_id": customer_id,
                "e164": e164,
                "national": national_digits(e164),
                "raw": e164,
                "position": i,
            }
            for i, e164 in enumerate(phones)
        ],
        "customer_emails": [
            {
                "id": uuid.uuid5(customer_id, email),
                "customer_id": customer_id,
                "email": email,
                "position": i,
            }
            for i, email in enumerate(emails)
        ],
    }


def _simple(table_name: str):
    def build(payload: dict, now: datetime) -> tuple[dict, dict[str, list[dict]]]:
        return _stamped(table_name, payload, now), {}

    return build


ENTITY_TABLE = {
    "campaign": "campaigns",
    "contact": "contacts",
    "customer": "customers",
    "queue_item": "queue_items",
    "offer_presentation": "offer_presentations",
    "offer_outcome": "offer_outcomes",
}
INSERTS = {
    "campaign": _simple("campaigns"),
    "contact": _contact,
    "customer": _customer,
    "queue_item": _simple("queue_items"),
    "offer_presentation": _simple("offer_presentations"),
    "offer_outcome": _simple("offer_outcomes"),
}


def _apply_update(connection: Connection, login: str, row: OutgoingRow) -> None:
    """Set the named fields once: the receipt makes a retried update a no-op."""
    receipt = TABLES["sync_receipts"]
    fresh = connection.execute(
        pg_insert(receipt)
        .values(outbox_id=row.id, applied_by=login, applied_at=datetime.now(UTC))
        .on_conflict_do_nothing()
        .returning(receipt.c.outbox_id)
    ).first()
    if fresh is None:
        return
    allowed = UPDATABLE.get(row.entity)
    if allowed is None:
        raise ValueError(f"outbox row {row.id}: {row.entity!r} rows cannot be updated")
    fields = {name: value for name, value in row.payload["fields"].items() if name in allowed}
    if not apply_fields(connection, row.entity, row.entity_id, fields, dialect_insert=pg_insert):
        # Row-level security hides rows a person may not change (another agent's callback):
        # the UPDATE then touches nothing without an error. Acknowledging it would leave this
        # desk believing a change the server never made, so it is refused and shown instead.
        raise UpdateRefused(
            f"not changed on the server: it is not {login}'s to change, or it no longer exists"
        )


def apply_fields(
    connection: Connection, entity: str, entity_id: uuid.UUID, fields: dict, dialect_insert
) -> int:
    """Write changed fields of one row (server push and local overlay share this).

    Returns how many rows the UPDATE touched: 0 when the row is missing or, on the server,
    hidden from this person by row-level security.
    """
    table = TABLES[ENTITY_TABLE[entity]]
    columns = typed_row(table, {k: v for k, v in fields.items() if k in table.c})
    columns["updated_at"] = datetime.now(UTC)
    touched = connection.execute(update(table).where(table.c.id == entity_id).values(**columns))
    if entity != "customer":
        return touched.rowcount
    points = _contact_points(entity_id, fields.get("phones", []), fields.get("emails", []))
    for kind in ("phones", "emails"):
        if kind not in fields:
            continue
        child = TABLES[f"customer_{kind}"]
        connection.execute(delete(child).where(child.c.customer_id == entity_id))
        if points[f"customer_{kind}"]:
            connection.execute(dialect_insert(child), points[f"customer_{kind}"])
    return touched.rowcount
