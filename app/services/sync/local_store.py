"""The desktop's side of sync: pending outbox rows, acknowledgements, the cursor, FK-free apply."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.models import FeedSkip, OutboxEntry, SyncState
from app.services.storage.db import Database
from app.services.sync.server_writes import UPDATABLE, OutgoingRow, apply_fields
from app.services.sync.skips import recorded
from app.services.sync.status import RejectedRow, SkippedFeedRow

PENDING = (OutboxEntry.pushed_at.is_(None), OutboxEntry.rejected_at.is_(None))


class LocalStore:
    """Reads and writes sync bookkeeping in the local SQLite cache."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def pending(self, limit: int) -> list[OutgoingRow]:
        """The oldest unpushed rows in the order they were written: by the local sequence,
        never by `created_at` (a desk's clock may step back between two edits)."""
        stmt = select(OutboxEntry).where(*PENDING).order_by(OutboxEntry.seq).limit(limit)
        with self.db.reading() as session:
            return [
                OutgoingRow(row.id, row.entity, row.entity_id, row.operation, row.payload)
                for row in session.scalars(stmt)
            ]

    def unsynced_count(self) -> int:
        with self.db.reading() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry).where(*PENDING))

    def rejected(self) -> list[RejectedRow]:
        stmt = select(OutboxEntry).where(OutboxEntry.rejected_at.is_not(None))
        with self.db.reading() as session:
            return [
                RejectedRow(row.id, row.entity, row.entity_id, row.last_error)
                for row in session.scalars(stmt.order_by(OutboxEntry.seq))
            ]

    def acknowledge(self, ids: Sequence[uuid.UUID]) -> None:
        """Mark rows pushed: called only after the server committed them."""
        if not ids:
            return
        with self.db.unit_of_work() as uow:
            uow.session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id.in_(ids))
                .values(
                    pushed_at=datetime.now(UTC),
                    attempts=OutboxEntry.attempts + 1,
                    last_error="",
                )
            )
            uow.commit()

    def reject(self, refusals: dict[uuid.UUID, str]) -> None:
        with self.db.unit_of_work() as uow:
            for outbox_id, message in refusals.items():
                uow.session.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.id == outbox_id)
                    .values(
                        rejected_at=datetime.now(UTC),
                        attempts=OutboxEntry.attempts + 1,
                        last_error=message,
                    )
                )
            uow.commit()

    def retry_rejected(self) -> int:
        """Put refused rows back in the queue (after an administrator fixed the cause)."""
        with self.db.unit_of_work() as uow:
            count = uow.session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.rejected_at.is_not(None))
                .values(rejected_at=None)
            ).rowcount
            uow.commit()
        return count

    # --- feed rows skipped -----------------------------------------------------------------

    def skipped(self) -> list[SkippedFeedRow]:
        """Feed rows this desk could not read or apply, newest first."""
        with self.db.engine.connect() as connection:
            return recorded(connection)

    def skipped_count(self) -> int:
        with self.db.reading() as session:
            return session.scalar(select(func.count()).select_from(FeedSkip))

    # --- key/value state ------------------------------------------------------------------

    def get(self, key: str, default: str = "") -> str:
        with self.db.reading() as session:
            value = session.scalar(select(SyncState.value).where(SyncState.key == key))
        return default if value is None else value

    def all_state(self) -> dict[str, str]:
        with self.db.reading() as session:
            return dict(session.execute(select(SyncState.key, SyncState.value)).all())

    def put(self, **values: str) -> None:
        with self.db.unit_of_work() as uow:
            put_state(uow.session.connection(), **values)
            uow.commit()

    @contextmanager
    def applying(self) -> Iterator[Connection]:
        """One local transaction with foreign keys off, for rows the server already checked.

        The feed is ordered by transaction id, not commit order, so a page may bring a row
        before the row it refers to; the server enforced the keys when it committed them.
        """
        with self.db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()  # the pragma only works outside a transaction
            try:
                with connection.begin():
                    yield connection
            finally:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def put_state(connection: Connection, **values: str) -> None:
    now = datetime.now(UTC)
    rows = [{"key": key, "value": value, "updated_at": now} for key, value in values.items()]
    stmt = sqlite_insert(SyncState)
    connection.execute(
        stmt.on_conflict_do_update(
            index_elements=["key"], set_={"value": stmt.excluded.value, "updated_at": now}
        ),
        rows,
    )


def reapply_pending_updates(local: Connection, keys: dict[str, set]) -> None:
    """A field this desktop changed but has not pushed yet keeps its local value."""
    for entity in UPDATABLE:
        changed = keys.get(entity)
        if not changed:
            continue
        pending = local.execute(
            select(OutboxEntry.entity_id, OutboxEntry.payload)
            .where(*PENDING, OutboxEntry.entity == entity, OutboxEntry.operation == "update")
            .where(OutboxEntry.entity_id.in_(changed))
            .order_by(OutboxEntry.seq)  # the order they were made in, whatever the clock said
        ).all()
        for entity_id, payload in pending:
            apply_fields(local, entity, entity_id, payload["fields"], dialect_insert=sqlite_insert)
