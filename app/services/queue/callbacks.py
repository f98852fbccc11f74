"""Open callbacks as a consultant sees them: mine, a customer's, and closing my own on a save.

A callback is a QueueItem (kind "callback") promised in a wrap-up or by an offer's "Later".
Closing one is a local field update plus an outbox row, in the caller's transaction: it works
offline and reaches the server at the next sync, where row-level security lets an agent change
only items assigned to them (the check here says so early, with a clear message).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from app.models import Customer, QueueItem, User
from app.models.enums import QueueStatus
from app.services.dto import CallbackRow
from app.services.errors import ValidationError
from app.services.storage.db import Database, UnitOfWork

OPEN = QueueStatus.OPEN.value
DONE = QueueStatus.DONE.value


class CallbackService:
    """Reads the local cache for one consultant; every method opens its own short session."""

    def __init__(self, db: Database, login: str) -> None:
        self._db = db
        self._login = login

    def mine(self) -> list[CallbackRow]:
        """My open callbacks: overdue first, then by due time (ascending due does both)."""
        with self._db.reading() as session:
            me = _user_id(session, self._login)
            if me is None:
                return []  # never signed in here yet: nothing can be assigned to me
            return self._rows(session, _open().where(QueueItem.assigned_to == me), me)

    def for_customer(self, customer_id: uuid.UUID) -> list[CallbackRow]:
        """The customer's open callbacks, whoever they are assigned to, soonest due first."""
        with self._db.reading() as session:
            me = _user_id(session, self._login)
            stmt = _open().where(QueueItem.customer_id == customer_id)
            return self._rows(session, stmt, me)

    @staticmethod
    def _rows(session: Session, stmt: Select, me: uuid.UUID | None) -> list[CallbackRow]:
        return [
            CallbackRow(
                id=item.id,
                customer_id=item.customer_id,
                customer_name=" ".join(p for p in (first, last) if p),
                customer_number=ext or "",
                kind=item.kind,
                due_at=item.due_at,
                note=item.note,
                assignee=login or "",
                assignee_name=name or login or "",
                mine=me is not None and item.assigned_to == me,
            )
            for item, ext, first, last, login, name in session.execute(stmt)
        ]


def _open() -> Select:
    assignee = aliased(User)
    return (
        select(
            QueueItem,
            Customer.external_id,
            Customer.first_name,
            Customer.last_name,
            assignee.login,
            assignee.display_name,
        )
        .outerjoin(Customer, Customer.id == QueueItem.customer_id)
        .outerjoin(assignee, assignee.id == QueueItem.assigned_to)
        .where(QueueItem.kind == "callback", QueueItem.status == OPEN)
        .order_by(QueueItem.due_at, QueueItem.id)
    )


def _user_id(session: Session, login: str) -> uuid.UUID | None:
    return session.scalar(select(User.id).where(User.login == login))


def close_own(
    uow: UnitOfWork,
    item_ids: Sequence[uuid.UUID],
    agent_id: uuid.UUID,
    customer_id: uuid.UUID | None,
) -> tuple[uuid.UUID, ...]:
    """Mark the agent's open callbacks of this customer done, with their outbox rows.

    All or none (the caller's transaction); raises ValidationError("close_callbacks", ...) for
    an item that is not an open callback of this customer assigned to this agent.
    """
    closed = []
    for item_id in dict.fromkeys(item_ids):  # once each, in the order given
        item = uow.session.get(QueueItem, item_id)
        _check_closable(item, item_id, agent_id, customer_id)
        assert item is not None  # checked just above
        item.status = DONE
        item.updated_at = datetime.now(UTC)
        uow.update_synced(QueueItem, item.id, {"status": DONE})
        closed.append(item.id)
    uow.session.flush()
    return tuple(closed)


def _check_closable(
    item: QueueItem | None, item_id: uuid.UUID, agent_id: uuid.UUID, customer_id: uuid.UUID | None
) -> None:
    field = "close_callbacks"
    if item is None or item.kind != "callback":
        raise ValidationError(field, f"no callback {item_id}")
    if item.customer_id != customer_id or customer_id is None:
        raise ValidationError(field, f"callback {item_id} belongs to another customer")
    if item.assigned_to != agent_id:
        # The server would silently refuse it (row-level security): say so before saving.
        raise ValidationError(field, f"callback {item_id} is assigned to someone else")
    if item.status != OPEN:
        raise ValidationError(field, f"callback {item_id} is already {item.status}")
