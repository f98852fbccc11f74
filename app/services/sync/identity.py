"""Adopt the server's id for the signed-in person, so work recorded before it was known still flows.

A desktop that records before its first sync (or while a resync has emptied `users`) makes a
local user row with a random id; the server would refuse every row carrying it ("only in your
own name"). Before pushing, the local id is replaced by the server's everywhere it is used:
in the cache's foreign keys and in the outbox payloads still waiting (or refused) to be sent.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import Connection, select, update

from app.models import Base, OutboxEntry, User
from app.services.sync.cache_rows import upsert

log = logging.getLogger(__name__)


def server_user_row(server: Connection, login: str) -> dict | None:
    row = server.execute(select(User.__table__).where(User.login == login)).first()
    return dict(row._mapping) if row is not None else None


def local_user_id(local: Connection, login: str) -> uuid.UUID | None:
    return local.scalar(select(User.id).where(User.login == login))


def adopt_server_id(local: Connection, server_row: dict) -> int:
    """Re-point every local use of the login's stale id to the server's; returns rows touched."""
    stale = local_user_id(local, server_row["login"])
    if stale is None or stale == server_row["id"]:
        return 0
    # Foreign keys are off in this transaction, so the swap may pass through a dangling state.
    local.execute(User.__table__.delete().where(User.id == stale))
    upsert(local, User.__table__, [server_row])
    touched = _repoint_foreign_keys(local, stale, server_row["id"])
    touched += _repoint_outbox(local, str(stale), str(server_row["id"]))
    log.warning("sync: login %r had a local id; %d rows now carry the server's id",
                server_row["login"], touched)  # fmt: skip
    return touched


def _repoint_foreign_keys(local: Connection, stale: uuid.UUID, current: uuid.UUID) -> int:
    touched = 0
    users_id = User.__table__.c.id
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column is users_id for fk in column.foreign_keys):
                result = local.execute(
                    update(table).where(column == stale).values({column.name: current})
                )
                touched += result.rowcount
    return touched


def _repoint_outbox(local: Connection, stale: str, current: str) -> int:
    """Outbox payloads are JSON copies of the rows: rewrite the id wherever it is a value."""
    touched = 0
    unsent = OutboxEntry.pushed_at.is_(None)
    for entry_id, payload in local.execute(
        select(OutboxEntry.id, OutboxEntry.payload).where(unsent)
    ):
        if stale not in payload.values():
            continue
        fixed = {key: current if value == stale else value for key, value in payload.items()}
        # A refusal of such a row was most likely this very id ("only in your own name").
        local.execute(
            update(OutboxEntry)
            .where(OutboxEntry.id == entry_id)
            .values(payload=fixed, rejected_at=None)
        )
        touched += 1
    return touched
