"""Feed rows a desk cannot read or apply: told apart from faults, recorded, reported, skipped.

One client that writes a row no desk can use (an unknown entity, a key that is not a key, a
value the local cache refuses) must not stop sync for every desk; the row is skipped with a
reason an administrator can act on, and everything else is applied.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.exc import OperationalError, StatementError

from app.models import FeedSkip
from app.services.sync.status import SkippedFeedRow

log = logging.getLogger(__name__)

KEPT = 1000  # newest skipped rows kept: enough to act on, bounded if a server floods the feed
# What bad data raises while it is read or stored; a fault (a lock, a lost connection:
# OperationalError) is not the row's fault and is never a reason to skip it.
DATA_ERRORS = (StatementError, ValueError, TypeError, OverflowError)


def is_data_error(error: BaseException) -> bool:
    return isinstance(error, DATA_ERRORS) and not isinstance(error, OperationalError)


def reason_of(error: BaseException) -> str:
    """The first line of the driver's message: no SQL and no parameters (personal data)."""
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__


def record(local: Connection, rows: Sequence[SkippedFeedRow]) -> None:
    """Keep the skipped rows in the cache (same transaction as the cursor that passes them);
    only the newest KEPT stay."""
    values = [
        {"txid": r.txid, "seq": r.seq, "entity": r.entity, "entity_key": r.entity_key,
         "reason": r.reason}
        for r in rows
    ]  # fmt: skip
    if not values:
        return
    local.execute(insert(FeedSkip), values)
    table = FeedSkip.__table__.c
    newest = select(func.max(table.id)).scalar_subquery()
    local.execute(delete(FeedSkip).where(table.id <= newest - KEPT))
    for row in rows:
        log.error("sync: skipped %s", row)


def recorded(local: Connection) -> list[SkippedFeedRow]:
    """Every skipped row kept in the cache, newest first."""
    table = FeedSkip.__table__.c
    rows = local.execute(
        select(table.txid, table.seq, table.entity, table.entity_key, table.reason).order_by(
            table.id.desc()
        )
    )
    return [SkippedFeedRow(*row) for row in rows]
