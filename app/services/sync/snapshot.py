"""The first sync (or a resync): every synced table copied from one consistent snapshot.

A row the server cannot hand over (a value the driver cannot load) or the cache refuses is
skipped and reported like a feed row, so one bad row cannot keep a new desk from starting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, delete, func, insert, select, tuple_

from app.services.sync.entities import ENTITIES
from app.services.sync.errors import ServerUnavailable
from app.services.sync.skips import DATA_ERRORS, is_data_error, reason_of
from app.services.sync.status import SkippedFeedRow

SNAPSHOT_BATCH = 10_000  # rows per local transaction during the first sync
KEYED_BATCH = 1_000  # rows per query on the slow path (a table with an unreadable row)


@dataclass
class Copier:
    """Copies tables of one server snapshot into the emptied cache, skipping bad rows."""

    server: Connection
    applying: Callable[[], AbstractContextManager[Connection]]  # a local transaction
    cancelled: Callable[[], bool]
    progress: Callable[[int, str], None]  # rows done so far, table
    done: int = 0
    skipped: list[SkippedFeedRow] = field(default_factory=list)

    def copy(self, table: str) -> None:
        start = self.done
        try:
            self._insert(table, stream_table(self.server, table))
            return
        except DATA_ERRORS as error:
            if not is_data_error(error):
                raise
        # A row the driver cannot load: copy the table again by key, skipping such rows.
        with self.applying() as local:
            wipe_table(local, table)
        self.done = start
        self._insert(table, stream_table_by_key(self.server, table, self.skipped))

    def _insert(self, table: str, batches: Iterable[list[dict]]) -> None:
        for rows in batches:
            if self.cancelled():
                raise ServerUnavailable("first sync cancelled; it starts again next time")
            if not rows:
                continue
            try:
                with self.applying() as local:
                    # The cache was just emptied: plain inserts, no conflict handling.
                    local.execute(insert(table_named(table)), rows)
            except DATA_ERRORS as error:
                if not is_data_error(error):
                    raise
                with self.applying() as local:  # find the rows the cache refuses
                    self.skipped += insert_each(local, table, rows)
            self.done += len(rows)
            self.progress(self.done, table)


def snapshot_tables() -> list[str]:
    names: list[str] = []
    for spec in ENTITIES:
        names.append(spec.table)
        names.extend(child for child, _ in spec.children)
    return names


def table_named(name: str) -> Table:
    from app.models import Base

    return Base.metadata.tables[name]


def count_rows(connection: Connection) -> dict[str, int]:
    return {
        name: connection.execute(select(func.count()).select_from(table_named(name))).scalar_one()
        for name in snapshot_tables()
    }


def stream_table(connection: Connection, name: str) -> Iterator[list[dict]]:
    """Batches of one table's rows on a server-side cursor."""
    result = connection.execution_options(yield_per=SNAPSHOT_BATCH).execute(
        select(table_named(name))
    )
    for partition in result.partitions():
        yield [dict(row._mapping) for row in partition]


def stream_table_by_key(
    connection: Connection, name: str, skipped: list[SkippedFeedRow]
) -> Iterator[list[dict]]:
    """The slow path for a table with a row that cannot be loaded: by primary key, in
    batches, one by one where a batch fails; the rows that never load go to `skipped`."""
    table = table_named(name)
    key = list(table.primary_key.columns)
    keys = [tuple(row) for row in connection.execute(select(*key).order_by(*key))]
    for start in range(0, len(keys), KEYED_BATCH):
        batch = keys[start : start + KEYED_BATCH]
        try:
            yield _rows_by_key(connection, table, batch)
            continue
        except DATA_ERRORS as error:
            if not is_data_error(error):
                raise
        rows: list[dict] = []
        for one in batch:
            try:
                rows += _rows_by_key(connection, table, [one])
            except DATA_ERRORS as error:
                if not is_data_error(error):
                    raise
                reason = f"the server's row cannot be read: {reason_of(error)}"
                skipped.append(SkippedFeedRow(None, None, entity_of(name), _key_text(one), reason))
        yield rows


def _rows_by_key(connection: Connection, table: Table, keys: list[tuple]) -> list[dict]:
    columns = list(table.primary_key.columns)
    if len(columns) == 1:
        where = columns[0].in_([key[0] for key in keys])
    else:
        where = tuple_(*columns).in_(keys)
    return [dict(row._mapping) for row in connection.execute(select(table).where(where))]


def insert_each(local: Connection, name: str, rows: list[dict]) -> list[SkippedFeedRow]:
    """Insert rows one by one, skipping those the cache refuses (a first sync's slow path).

    One INSERT of one row either happens whole or not at all, so the transaction goes on.
    """
    table = table_named(name)
    columns = [column.name for column in table.primary_key.columns]
    skipped = []
    for row in rows:
        try:
            local.execute(insert(table), row)
        except DATA_ERRORS as error:
            if not is_data_error(error):
                raise
            key = _key_text(tuple(row[column] for column in columns))
            reason = f"cannot be stored here: {reason_of(error)}"
            skipped.append(SkippedFeedRow(None, None, entity_of(name), key, reason))
    return skipped


def entity_of(table: str) -> str:
    """The feed entity a table belongs to (a child table names itself)."""
    return next((spec.name for spec in ENTITIES if spec.table == table), table)


def _key_text(key: tuple) -> str:
    return "/".join(str(part) for part in key)


def wipe_table(local: Connection, name: str) -> None:
    local.execute(delete(table_named(name)))


def wipe_cache(local: Connection) -> None:
    """Forget every server-owned row before a full resync (the outbox stays)."""
    for name in reversed(snapshot_tables()):
        wipe_table(local, name)
