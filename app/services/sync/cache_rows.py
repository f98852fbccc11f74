"""Writing server rows into the local SQLite cache: insert, or replace the row with that key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects.sqlite import insert as sqlite_insert


def upsert(local: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows into the local cache, replacing any row with the same primary key."""
    if not rows:
        return
    stmt = sqlite_insert(table)
    keys = [column.name for column in table.primary_key.columns]
    others = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
    stmt = (
        stmt.on_conflict_do_update(index_elements=keys, set_=others)
        if others
        else (stmt.on_conflict_do_nothing())
    )
    for start in range(0, len(rows), 500):
        local.execute(stmt, rows[start : start + 500])
