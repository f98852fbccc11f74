"""Pruning the change feed: tombstones are kept for a retention period, then dropped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from app.models import ChangeLogEntry, FeedState
from app.services.storage.db import Database
from app.services.sync.pull import snapshot_horizon

DEFAULT_RETENTION = timedelta(days=30)


def prune_feed(server: Database, keep: timedelta = DEFAULT_RETENTION) -> int:
    """Drop feed rows older than `keep`; a desktop whose cursor is below them resyncs fully."""
    cutoff = datetime.now(UTC) - keep
    log = ChangeLogEntry.__table__.c
    with server.engine.begin() as connection:
        horizon = snapshot_horizon(connection)
        last = connection.execute(
            select(log.txid, log.seq)
            .where(log.changed_at < cutoff, log.txid < horizon)
            .order_by(log.txid.desc(), log.seq.desc())
            .limit(1)
        ).first()
        if last is None:
            return 0
        removed = connection.execute(
            delete(ChangeLogEntry).where(
                (log.txid < last.txid) | ((log.txid == last.txid) & (log.seq <= last.seq))
            )
        ).rowcount
        stmt = pg_insert(FeedState).values(
            key="pruned", txid=last.txid, seq=last.seq, updated_at=datetime.now(UTC)
        )
        connection.execute(
            stmt.on_conflict_do_update(
                index_elements=["key"],
                set_={
                    "txid": stmt.excluded.txid,
                    "seq": stmt.excluded.seq,
                    "updated_at": stmt.excluded.updated_at,
                },
            )
        )
    return removed
