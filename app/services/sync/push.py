"""Pushing the outbox: batches in one server transaction, acknowledged after the commit."""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable, Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from app.services.storage.db import Database
from app.services.sync.errors import is_transient, refusal_text
from app.services.sync.local_store import LocalStore
from app.services.sync.server_writes import OutgoingRow, UpdateRefused, apply_run

log = logging.getLogger(__name__)
Fault = Callable[[str], None]  # test hook: raise at a named point ("after_server_commit")


def push_batch(
    server: Database, local: LocalStore, login: str, rows: Sequence[OutgoingRow], fault: Fault
) -> tuple[int, dict[uuid.UUID, str]]:
    """Push `rows`; returns (acknowledged, refused id -> reason). Transient errors propagate."""
    try:
        with server.engine.begin() as connection:
            _apply_all(connection, login, rows)
        refused: dict[uuid.UUID, str] = {}
    except DBAPIError as error:
        if is_transient(error):
            raise
        # Some row is refused for good: find it row by row, keep the rest.
        refused = _apply_one_by_one(server, login, rows)
    except UpdateRefused:
        refused = _apply_one_by_one(server, login, rows)  # the same, for an update hidden by RLS
    fault("after_server_commit")
    accepted = [row.id for row in rows if row.id not in refused]
    local.acknowledge(accepted)
    if refused:
        local.reject(refused)
    return len(accepted), refused


# Parents before children, so one statement per entity keeps every foreign key satisfied.
INSERT_ORDER = (
    "customer", "contact", "campaign", "queue_item", "offer_presentation", "offer_outcome",
)  # fmt: skip


def _apply_all(connection: Connection, login: str, rows: Sequence[OutgoingRow]) -> None:
    """Inserts grouped by entity (one multi-row statement each), then updates in order."""
    inserts = [row for row in rows if row.operation != "update"]
    rank = {entity: index for index, entity in enumerate(INSERT_ORDER)}
    inserts.sort(key=lambda row: rank.get(row.entity, len(rank)))  # stable: keeps row order
    for _, run in itertools.groupby(inserts, key=lambda row: row.entity):
        apply_run(connection, login, list(run))
    updates = [row for row in rows if row.operation == "update"]
    if updates:
        apply_run(connection, login, updates)


def _apply_one_by_one(
    server: Database, login: str, rows: Sequence[OutgoingRow]
) -> dict[uuid.UUID, str]:
    refused: dict[uuid.UUID, str] = {}
    with server.engine.begin() as connection:
        for row in rows:
            savepoint = connection.begin_nested()
            try:
                apply_run(connection, login, [row])
                savepoint.commit()
            except DBAPIError as error:
                savepoint.rollback()
                if is_transient(error):
                    raise
                refused[row.id] = f"{row.entity} {row.entity_id}: {refusal_text(error)}"
                log.error("sync: the server refused outbox row %s (%s)", row.id, refused[row.id])
            except ValueError as error:
                savepoint.rollback()
                refused[row.id] = f"{row.entity} {row.entity_id}: {error}"
    return refused
