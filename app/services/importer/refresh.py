"""Describing columns of event rows already stored (a product's balance): updated in place."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.models import Base
from app.models.types import to_cents
from app.services.importer.store import Store

CHUNK = 500  # ids per lookup: far below every driver's limit on bound parameters


def refresh_rows(store: Store, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> int:
    """Rows (id as hex, *values of `columns`) already stored with other values get the file's.

    Runs on the writing thread after the file's inserts, so a row inserted by this import
    compares equal and is left alone. Returns how many rows were updated.
    """
    tab = Base.metadata.tables[table]
    changed: list[tuple] = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        ids = [uuid.UUID(hex=row[0]) for row in chunk]
        query = select(tab.c.id, *(tab.c[name] for name in columns)).where(tab.c.id.in_(ids))
        stored = {found[0].hex: tuple(map(_canonical, found[1:])) for found in store.rows(query)}
        changed += [row for row in chunk if row[0] in stored and stored[row[0]] != row[1:]]
    store.update_many(table, "id", columns, changed)
    return len(changed)


def _canonical(value: Any) -> Any:
    """A stored value in the form the loaders produce (money as integer cents)."""
    return to_cents(value) if isinstance(value, Decimal) else value
