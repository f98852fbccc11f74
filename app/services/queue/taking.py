"""Taking a pool item: one conditional UPDATE, so of two desks pressing at once one wins.

With a shared server the server decides (row-level security lets an agent assign only a
pool item of their own team or of the whole centre, and only to themselves); the result is
then written into the desk's cache. On the embedded database the same conditional UPDATE
runs in one local transaction.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import or_, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from app.models import QueueItem, User
from app.models.enums import QueueStatus
from app.services.admin.agents import agent_team, ensure_agent
from app.services.errors import AcrmError, NotFound, ValidationError
from app.services.queue.errors import Conflict, NeedsServer
from app.services.storage.db import Database
from app.services.sync.server_writes import apply_fields

OPEN = QueueStatus.OPEN.value
TAKE = text(
    "UPDATE queue_items SET assigned_to = acrm_current_user_id(), updated_at = now() "
    "WHERE id = :id AND assigned_to IS NULL AND status = 'open' RETURNING assigned_to"
)
WHY_NOT = text(
    "SELECT q.assigned_to, q.status, q.team_id, u.login FROM queue_items q "
    "LEFT JOIN users u ON u.id = q.assigned_to WHERE q.id = :id"
)


def take_locally(db: Database, item_id: uuid.UUID, login: str) -> None:
    """Embedded database: assign the pool item to me if it is still unassigned."""
    with db.unit_of_work() as uow:
        session = uow.session
        me = ensure_agent(session, login)
        team = agent_team(session, me)
        teams = QueueItem.team_id.is_(None)
        if team is not None:
            teams = or_(teams, QueueItem.team_id == team)
        taken = session.execute(
            update(QueueItem)
            .where(QueueItem.id == item_id, QueueItem.assigned_to.is_(None))
            .where(QueueItem.status == OPEN, teams)
            .values(assigned_to=me, updated_at=datetime.now(UTC))
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != 1:
            row = session.get(QueueItem, item_id)
            if row is None:
                _refuse(item_id, False, None, "", None)
            assert row is not None  # refused just above
            owner = session.scalar(select(User.login).where(User.id == row.assigned_to))
            _refuse(item_id, True, row.assigned_to, row.status, owner)
        uow.update_synced(QueueItem, item_id, {"assigned_to": me})
        uow.commit()


def take_on_server(server: Database, local: Database, item_id: uuid.UUID) -> None:
    """Ask the server for the item, then copy the answer into the cache (no outbox row)."""
    try:
        with server.engine.begin() as connection:
            owner = connection.execute(TAKE, {"id": item_id}).scalar()
            why = None if owner else connection.execute(WHY_NOT, {"id": item_id}).first()
    except DBAPIError as error:
        raise _server_error(error) from error
    except AcrmError as error:  # ServerUnavailable, LoginRefused while connecting
        raise NeedsServer(f"taking a pool item needs the server: {error}") from error
    if owner is not None:
        _copy_to_cache(local, item_id, {"assigned_to": str(owner)})
        return
    if why is not None:  # what the server knows is newer than the cache: keep it
        _copy_to_cache(local, item_id, {"assigned_to": why[0] and str(why[0]), "status": why[1]})
    if why is None:
        _refuse(item_id, False, None, "", None)
    assert why is not None  # refused just above
    _refuse(item_id, True, why[0], why[1], why[3])


def _refuse(
    item_id: uuid.UUID, exists: bool, owner: object, status: str, owner_login: str | None
) -> None:
    """Raise why the item was not taken (never returns)."""
    short = item_id.hex[:8]
    if not exists:
        raise NotFound(f"no queue item {short}")
    if owner is not None:
        raise Conflict(f"queue item {short} was taken by {owner_login or 'someone else'}")
    if status != OPEN:
        raise ValidationError("item", f"queue item {short} is {status}, not open")
    # Unassigned and open, yet not updated: the pool of another team (RLS on the server).
    raise ValidationError("item", f"queue item {short} is in another team's pool")


def _copy_to_cache(local: Database, item_id: uuid.UUID, fields: dict) -> None:
    with local.engine.begin() as connection:
        apply_fields(connection, "queue_item", item_id, fields, sqlite_insert)


def _server_error(error: DBAPIError) -> AcrmError:
    from app.services.sync.errors import is_transient, refusal_text, server_failure

    if is_transient(error):
        return NeedsServer(f"taking a pool item needs the server: {server_failure(error)}")
    return AcrmError(f"not taken: the server refused it: {refusal_text(error)}")
