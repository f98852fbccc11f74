"""Pulling from the server: the change feed page by page, or a whole snapshot for a new desktop.

The feed is read in (txid, seq) order and only below `pg_snapshot_xmin(pg_current_snapshot())`:
every transaction with a smaller id has finished, so none can still commit behind the cursor.
Each change names a row; the page carries the row's *current* state (or its absence: a
tombstone), so applying pages in any interleaving converges on the server's state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, select, text, tuple_

from app.models import ChangeLogEntry, FeedState
from app.services.sync.cache_rows import upsert
from app.services.sync.entities import BY_NAME, ORDER, EntitySpec, key_value
from app.services.sync.identity import adopt_server_id
from app.services.sync.skips import DATA_ERRORS, is_data_error, reason_of
from app.services.sync.status import SkippedFeedRow

HORIZON_SQL = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
Cursor = tuple[int, int]  # (txid, seq) of the last change applied


@dataclass
class Page:
    """Changes after a cursor with the current rows they name, read in one snapshot."""

    cursor: Cursor
    changes: int = 0
    rows: dict[str, list[dict]] = field(default_factory=dict)  # table -> rows
    keys: dict[str, set] = field(default_factory=dict)  # entity -> keys changed
    # Feed rows no desk can use (unknown entity, a key that is not a key, unreadable data).
    skipped: list[SkippedFeedRow] = field(default_factory=list)
    # (entity, key) -> the last feed row naming it, to say which row a later failure skips.
    origin: dict[tuple[str, Any], tuple[int, int, str]] = field(default_factory=dict)

    def skip(self, name: str, key: Any, reason: str) -> None:
        """Drop one changed key from the page (its rows too) and record why."""
        txid, seq, text = self.origin.get((name, key), (None, None, str(key)))
        self.skipped.append(SkippedFeedRow(txid, seq, name, text, reason))
        self.keys.get(name, set()).discard(key)

    def only(self, name: str, key: Any) -> Page:
        """The part of this page about one changed key (applied alone when the page fails)."""
        spec = BY_NAME[name]
        part = Page(cursor=self.cursor, changes=1, keys={name: {key}})
        tables = [(spec.table, spec.key), *spec.children]
        for table, column in tables:
            part.rows[table] = [row for row in self.rows.get(table, []) if row[column] == key]
        return part


def snapshot_horizon(connection: Connection) -> int:
    return connection.execute(HORIZON_SQL).scalar_one()


def pruned_below(connection: Connection) -> Cursor:
    """The feed position below which tombstones were pruned; a cursor under it must resync."""
    row = connection.execute(
        select(FeedState.txid, FeedState.seq).where(FeedState.key == "pruned")
    ).first()
    return (row.txid, row.seq) if row else (0, 0)


def read_page(connection: Connection, cursor: Cursor, limit: int) -> Page:
    """One page of the feed after `cursor`, bounded by the oldest running transaction."""
    horizon = snapshot_horizon(connection)
    log = ChangeLogEntry.__table__.c
    changes = connection.execute(
        select(log.txid, log.seq, log.entity, log.entity_key)
        .where(tuple_(log.txid, log.seq) > tuple_(*cursor), log.txid < horizon)
        .order_by(log.txid, log.seq)
        .limit(limit)
    ).all()
    page = Page(cursor=(changes[-1].txid, changes[-1].seq) if changes else cursor)
    page.changes = len(changes)
    for change in changes:
        _note(page, change)
    for name, keys in list(page.keys.items()):
        # A value the driver cannot load (say a timestamp of 'infinity') fails on this side
        # only: the server's transaction stays usable for the key-by-key search.
        try:
            _fetch(connection, BY_NAME[name], keys, page.rows)
        except DATA_ERRORS as error:
            if not is_data_error(error):
                raise
            _fetch_each(connection, page, name)  # some row does not load: find it
    return page


def _note(page: Page, change) -> None:
    """Add one feed row to the page, or skip it when no desk could tell what it names."""
    where = (change.txid, change.seq, change.entity_key)
    spec = BY_NAME.get(change.entity)
    if spec is None:
        reason = f"unknown entity {change.entity!r}"
        page.skipped.append(SkippedFeedRow(*where[:2], change.entity, change.entity_key, reason))
        return
    try:
        key = key_value(spec, change.entity_key)
    except (ValueError, TypeError):
        reason = f"{change.entity_key!r} is not a valid {spec.name} key"
        page.skipped.append(SkippedFeedRow(*where[:2], spec.name, change.entity_key, reason))
        return
    page.keys.setdefault(spec.name, set()).add(key)
    page.origin[(spec.name, key)] = where


def _fetch_each(connection: Connection, page: Page, name: str) -> None:
    spec = BY_NAME[name]
    for table, _ in [(spec.table, spec.key), *spec.children]:
        page.rows.pop(table, None)  # what the failed fetch of the whole set left
    for key in sorted(page.keys[name], key=str):
        found: dict[str, list[dict]] = {}
        try:
            _fetch(connection, spec, {key}, found)
        except DATA_ERRORS as error:
            if not is_data_error(error):
                raise
            page.skip(name, key, f"the server's row cannot be read: {reason_of(error)}")
            continue
        for table, rows in found.items():
            page.rows.setdefault(table, []).extend(rows)


def _fetch(connection: Connection, spec: EntitySpec, keys: set, into: dict) -> None:
    if not keys:
        return
    table = spec.sa_table
    into[spec.table] = [
        dict(row._mapping)
        for row in connection.execute(select(table).where(table.c[spec.key].in_(keys)))
    ]
    for child_name, column in spec.children:
        child = table.metadata.tables[child_name]
        into[child_name] = [
            dict(row._mapping)
            for row in connection.execute(select(child).where(child.c[column].in_(keys)))
        ]


def apply_page(local: Connection, page: Page) -> int:
    """Make the local rows of every changed key equal the server's (deleted when gone)."""
    applied = 0
    for name in sorted(page.keys, key=ORDER.__getitem__):
        spec = BY_NAME[name]
        keys = page.keys[name]
        if not keys:
            continue
        table = spec.sa_table
        rows = page.rows.get(spec.table, [])
        for child_name, column in spec.children:
            child = table.metadata.tables[child_name]
            local.execute(delete(child).where(child.c[column].in_(keys)))
        if spec.name == "user":
            _adopt_logins(local, rows)
        present = {row[spec.key] for row in rows}
        gone = keys - present
        if gone:
            local.execute(delete(table).where(table.c[spec.key].in_(gone)))
        upsert(local, table, rows)
        for child_name, _ in spec.children:
            upsert(local, table.metadata.tables[child_name], page.rows.get(child_name, []))
        applied += len(keys)
    return applied


# Changes to these reach every card (labels, names, custom-attribute definitions, the
# analytics model version whose as-of date and segment rules every card shows).
_CARD_WIDE = frozenset({"team", "user", "wrapup_code", "attribute_definition", "analytics_model"})
# ...and these reach none.
_NOT_ON_CARDS = frozenset({"rule_set_version", "campaign"})  # a campaign: its entries do


def customers_touched(local: Connection, page: Page) -> frozenset | None:
    """The customers whose card a page changes (None: possibly every card). Call before apply.

    A deleted row's customer is only known locally, so the cache is asked as well as the page.
    """
    touched: set = set()
    for name, keys in page.keys.items():
        if name in _CARD_WIDE:
            return None
        if name in _NOT_ON_CARDS:
            continue
        if name == "customer":
            touched |= keys
            continue
        table = BY_NAME[name].sa_table
        key = table.c[BY_NAME[name].key]
        touched |= {row["customer_id"] for row in page.rows.get(table.name, [])}
        touched |= set(local.scalars(select(table.c.customer_id).where(key.in_(keys))))
    touched.discard(None)
    return frozenset(touched)


def _adopt_logins(local: Connection, rows: list[dict]) -> None:
    """A user row made locally before the server's arrived gives way to it, keeping its work."""
    for row in rows:
        adopt_server_id(local, row)
