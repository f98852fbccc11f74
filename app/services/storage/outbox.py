"""Outbox rows derived from mapped rows: the payload is the row's columns, as JSON-safe values.

Nobody writes a payload by hand: the columns come from SQLAlchemy's inspection of the model,
so a column added to a synced model travels to the server without a change here. What differs
from the columns is declared on the model (`__outbox__`, see app.models.base.Outbox).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect

from app.models import OutboxEntry
from app.models.base import Outbox


def declared(model: type) -> Outbox:
    """The model's outbox declaration; TypeError for a model whose rows never travel."""
    spec = getattr(model, "__outbox__", None)
    if not isinstance(spec, Outbox):
        raise TypeError(f"{model.__name__} rows are not synced (no __outbox__ declaration)")
    return spec


def insert_payload(row: object) -> dict[str, Any]:
    """The row as the server is to insert it: every column but the declared ones, plus lists."""
    spec = declared(type(row))
    payload: dict[str, Any] = {}
    for attribute in inspect(type(row)).column_attrs:
        name = attribute.columns[0].name  # the server's rows are keyed by column name
        if name not in spec.not_sent:
            payload[name] = wire(getattr(row, attribute.key))
    for key, relationship, column in spec.lists:
        payload[key] = [wire(getattr(child, column)) for child in getattr(row, relationship)]
    return payload


def insert_entry(row: object) -> OutboxEntry:
    """The outbox row that inserts `row` on the server."""
    spec = declared(type(row))
    (entity_id,) = inspect(type(row)).primary_key_from_instance(row)  # one key column each
    return OutboxEntry(
        entity=spec.entity, entity_id=entity_id, operation="insert", payload=insert_payload(row)
    )


def update_entry(model: type, entity_id: uuid.UUID, fields: Mapping[str, Any]) -> OutboxEntry:
    """The outbox row that sets changed fields of one row (each syncs on its own)."""
    spec = declared(model)
    known = {column.name for column in inspect(model).columns} - set(spec.not_sent)
    known |= {key for key, _relationship, _column in spec.lists}
    unknown = sorted(set(fields) - known)
    if unknown:
        raise ValueError(f"{model.__name__} has no synced field {', '.join(unknown)}")
    changed = {name: wire(value) for name, value in fields.items()}
    payload = {"id": str(entity_id), "fields": changed}
    return OutboxEntry(entity=spec.entity, entity_id=entity_id, operation="update", payload=payload)


def wire(value: Any) -> Any:
    """A column value as the push functions read it: ISO dates, money and UUIDs as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")  # exact digits: "1234.50", never a float
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [wire(item) for item in value]
    if isinstance(value, dict):
        return {str(key): wire(item) for key, item in value.items()}
    raise TypeError(f"cannot send a {type(value).__name__} value to the server")
