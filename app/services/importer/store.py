"""The import's one connection and transaction; rows are bound in the form the columns store.

Loaders hand over canonical values: ids as 32 hex digits, timestamps as naive UTC text
('YYYY-MM-DD HH:MM:SS.ffffff'), dates as 'YYYY-MM-DD', money as integer cents. That is exactly
what the model's column types (Uuid, UTCDateTime, Date, Money) write on SQLite, so there they
are bound as they are, skipping per-value type processing on millions of rows. On other
dialects they are turned into UUID, aware datetime and date objects first.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Index,
    Uuid,
    column,
    delete,
    literal_column,
    select,
    table,
    text,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import bindparam

from app.models import Base
from app.models.types import UTCDateTime
from app.services.storage.db import Database

# The page cache of the import connection, per CSV byte: the database grows about 3.5 bytes per
# CSV byte (ids as text, indexes). Pages that do not fit spill to the WAL mid-transaction and
# index pages are then written again and again; a cache that holds them all avoids that.
CACHE_PER_CSV_BYTE = 4
CACHE_KIB_RANGE = (64 * 1024, 3 * 1024 * 1024)
# json_each and ->> (SQLite 3.38): a whole batch in one statement, GIL released throughout.
SQLITE_JSON_BATCHES = sqlite3.sqlite_version_info >= (3, 38)
_JSON = json.JSONEncoder(separators=(",", ":"), check_circular=False)


@dataclass(frozen=True)
class BatchSpec:
    """Where a batch goes: its table and row columns, plus values the same on every row, and
    optionally nested rows: each row's extra last item is a list that becomes rows of
    `nested` = (table, (parent id column, value column, position column))."""

    table: str
    columns: tuple[str, ...]
    constants: tuple[tuple[str, Any], ...] = ()
    nested: tuple[str, tuple[str, str, str]] | None = None
    strict: bool = False  # a row whose key exists is an error, not skipped


def now_text() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _converter(kind: Any) -> Callable[[Any], Any] | None:
    """How a canonical value becomes a driver value for a non-SQLite column of this type."""
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else uuid.UUID(hex=v)
    if isinstance(kind, UTCDateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v).replace(tzinfo=UTC)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    return None


class Store:
    """Inserts, updates and reads for the import, all in the caller's one transaction."""

    def __init__(self, connection: Connection) -> None:
        self.conn = connection
        self.is_sqlite = connection.dialect.name == "sqlite"
        self.now = now_text()
        self._insert = sqlite.insert if self.is_sqlite else postgresql.insert
        self._sql: dict[tuple[str, tuple[str, ...], bool], str] = {}
        self._json: dict[BatchSpec, tuple[str, str | None]] = {}

    def commit(self) -> None:
        self.conn.commit()

    def insert_new(
        self,
        name: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        skip_existing: bool = True,
    ) -> int:
        """INSERT ... ON CONFLICT DO NOTHING; returns how many rows were really inserted.

        With skip_existing=False a conflicting row is an error instead (plain INSERT).
        """
        if not rows:
            return 0
        statement = self._insert(table(name, *map(column, columns)))
        if skip_existing:
            statement = statement.on_conflict_do_nothing()
        if self.is_sqlite:
            key = (name, tuple(columns), skip_existing)
            if key not in self._sql:
                compiled = statement.compile(dialect=self.conn.dialect, column_keys=list(columns))
                assert list(compiled.positiontup or ()) == list(columns)
                self._sql[key] = str(compiled)
            return self.conn.exec_driver_sql(self._sql[key], rows).rowcount
        params = self._as_dicts(name, columns, rows)
        # An executemany's rowcount is -1 on psycopg (SQLAlchemy sends it as pages of
        # multi-row INSERTs): count the rows the server says it inserted instead.
        returning = statement.returning(literal_column("1"))
        return len(self.conn.execute(returning, params).all())

    def prepare(self, spec: BatchSpec, rows: Sequence[Sequence[Any]]) -> tuple:
        """A batch ready for insert_prepared (JSON text on SQLite); done on the parser thread."""
        if self.is_sqlite and SQLITE_JSON_BATCHES:
            return (spec, _JSON.encode(rows))
        return (spec, rows)

    def insert_prepared(self, prepared: tuple) -> int:
        """Insert a prepared batch (and its nested rows), skipping ids already there.

        Returns how many rows of the batch's own table were inserted.
        """
        spec, payload = prepared
        constants = tuple(value for _, value in spec.constants)
        if self.is_sqlite and SQLITE_JSON_BATCHES:
            main, nested = self._json_sql(spec)
            inserted = self.conn.exec_driver_sql(main, (*constants, payload)).rowcount
            if nested:
                self.conn.exec_driver_sql(nested, (payload,))
            return inserted
        width = len(spec.columns)
        names = (*spec.columns, *(name for name, _ in spec.constants))
        rows = [(*r[:width], *constants) for r in payload]
        inserted = self.insert_new(spec.table, names, rows, skip_existing=not spec.strict)
        if spec.nested:
            children = [(r[0], v, i) for r in payload for i, v in enumerate(r[width])]
            self.insert_new(spec.nested[0], spec.nested[1], children)
        return inserted

    def _json_sql(self, spec: BatchSpec) -> tuple[str, str | None]:
        """INSERT ... SELECT from json_each(batch): one statement for the whole batch."""
        if spec not in self._json:
            width = len(spec.columns)
            values = [literal_column(f"value ->> {i}") for i in range(width)]
            values += [literal_column("?") for _ in spec.constants]
            names = (*spec.columns, *(name for name, _ in spec.constants))
            rows = select(*values).select_from(text("json_each(?)")).where(true())
            main = self._insert(table(spec.table, *map(column, names))).from_select(names, rows)
            nested = None
            if spec.nested:
                child, child_columns = spec.nested
                pairs = select(
                    literal_column("parent.value ->> 0"),
                    literal_column("item.value"),
                    literal_column("item.key"),
                ).select_from(
                    text(f"json_each(?) AS parent, json_each(parent.value -> {width}) AS item")
                )
                nested_insert = self._insert(table(child, *map(column, child_columns)))
                nested = self._compile(
                    nested_insert.from_select(child_columns, pairs.where(true()))
                )
            self._json[spec] = (self._compile(main, spec.strict), nested)
        return self._json[spec]

    def _compile(self, statement: Any, strict: bool = False) -> str:
        if not strict:
            statement = statement.on_conflict_do_nothing()
        return str(statement.compile(dialect=self.conn.dialect))

    def update_many(
        self, name: str, key: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """UPDATE name SET columns... WHERE key = ...; each row is (key value, *column values)."""
        if not rows:
            return
        target = table(name, *map(column, (key, *columns)))
        statement = (
            update(target)
            .where(target.c[key] == bindparam("k_" + key))
            .values({c: bindparam("v_" + c) for c in columns})
        )
        names = ["k_" + key, *("v_" + c for c in columns)]
        self.conn.execute(statement, self._as_dicts(name, (key, *columns), rows, names))

    def delete_where(
        self, name: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """DELETE FROM name WHERE each of columns equals the row's value."""
        if not rows:
            return
        target = table(name, *map(column, columns))
        condition = [target.c[c] == bindparam("w_" + c) for c in columns]
        names = ["w_" + c for c in columns]
        self.conn.execute(
            delete(target).where(*condition), self._as_dicts(name, columns, rows, names)
        )

    def rows(self, statement: Any) -> Iterator[Any]:
        """Rows of a typed Core select on the model tables (values come back as Python objects)."""
        return iter(self.conn.execute(statement))

    def pairs(self, model_table: str, key: str, value: str) -> dict[Any, Any]:
        """A whole two-column mapping from a model table (external id -> id, login -> id)."""
        tab = Base.metadata.tables[model_table]
        return {k: v for k, v in self.conn.execute(select(tab.c[key], tab.c[value]))}

    def suspend_indexes(self, name: str, incoming: int) -> list[Index]:
        """On SQLite, drop a table's secondary indexes before a big load; restore_indexes after.

        Building an index by sorting is several times cheaper than a million random B-tree
        inserts. Both happen inside the import transaction, so a failure restores them.
        """
        if not self.is_sqlite or incoming < 50_000 or incoming < self._count(name):
            return []
        indexes = list(Base.metadata.tables[name].indexes)
        for index in indexes:
            index.drop(self.conn)
        return indexes

    def restore_indexes(self, indexes: list[Index]) -> None:
        for index in indexes:
            index.create(self.conn)

    def _count(self, name: str) -> int:
        return self.conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one()

    def _as_dicts(
        self,
        name: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        names: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        model = Base.metadata.tables[name]
        converters = [
            None if self.is_sqlite else _converter(model.c[column_name].type)
            for column_name in columns
        ]
        keys = list(names or columns)
        return [
            {
                k: (convert(v) if convert else v)
                for k, v, convert in zip(keys, row, converters, strict=True)
            }
            for row in rows
        ]


@contextmanager
def import_transaction(db: Database, *, csv_bytes: int = 0, bulk: bool = False) -> Iterator[Store]:
    """One connection and one transaction for the whole import; commit only via store.commit.

    bulk=True (big files, SQLite) also switches foreign-key checks off for the transaction:
    the loaders check every reference themselves (customers, agents, codes) and write parents
    first, so the checks would only cost a B-tree probe per row. Small imports, as in the
    tests, keep them on, so an ordering mistake cannot hide.
    """
    with db.engine.connect() as connection:
        tuned = connection.dialect.name == "sqlite"
        if tuned:
            old_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
            low, high = CACHE_KIB_RANGE
            cache_kib = min(max(csv_bytes * CACHE_PER_CSV_BYTE // 1024, low), high)
            connection.exec_driver_sql(f"PRAGMA cache_size=-{cache_kib}")
            if bulk:
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            # Take the write lock now: what is read first must still hold when rows go in.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield Store(connection)
        finally:
            if connection.in_transaction():
                connection.rollback()
            if tuned:
                connection.exec_driver_sql(f"PRAGMA cache_size={int(old_cache)}")
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
