"""Closing an attempt on a queue item: done, retried later, rescheduled or expired.

A local field update plus an outbox row in the caller's transaction (the work queue's own,
or a saved contact's): it works offline and reaches the server at the next sync, where
row-level security lets only the owner (or the team's lead) change the item.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.models import QueueItem, User
from app.models.enums import QUEUE_PENDING, QueueOutcome, QueueStatus, Role
from app.services.calling_hours_settings import CallingHours
from app.services.errors import ValidationError
from app.services.storage.db import UnitOfWork

FINISHING = (QueueOutcome.REACHED, QueueOutcome.WRONG_NUMBER, QueueOutcome.REFUSED)
RETRYING = (QueueOutcome.NO_ANSWER, QueueOutcome.BUSY)
LEAD_ROLES = (Role.TEAM_LEAD.value, Role.ADMIN.value)
PENDING = tuple(status.value for status in QUEUE_PENDING)


def parse_outcome(outcome: str, field: str = "outcome") -> QueueOutcome:
    try:
        return QueueOutcome(outcome.strip())
    except ValueError:
        known = ", ".join(code.value for code in QueueOutcome)
        raise ValidationError(field, f"{outcome!r} is not one of {known}") from None


def close_item(
    uow: UnitOfWork,
    item_id: uuid.UUID,
    login: str,
    outcome: str,
    *,
    reschedule_to: datetime | None,
    note: str,
    now: datetime,
    hours: CallingHours,
    field: str = "item",
    outcome_field: str = "outcome",
) -> QueueItem:
    """Apply the outcome to my (or, for a lead, my team's) pending item, with its outbox row.

    Raises ValidationError naming `field` (the item), `outcome_field` or "reschedule_to".
    """
    code = parse_outcome(outcome, outcome_field)
    item = uow.session.get(QueueItem, item_id)
    check_closable(uow, item, item_id, login, field)
    assert item is not None  # checked just above
    fields = outcome_fields(item, code, reschedule_to, now, hours)
    if note.strip():
        fields["note"] = f"{item.note}\n{note.strip()}".strip()
    for name, value in fields.items():
        setattr(item, name, value)
    item.updated_at = datetime.now(UTC)
    uow.update_synced(QueueItem, item.id, fields)
    uow.session.flush()
    return item


def check_closable(
    uow: UnitOfWork, item: QueueItem | None, item_id: uuid.UUID, login: str, field: str
) -> None:
    """Only the owner closes an item; a team lead also their team's. Says so before the
    server would refuse it at sync (row-level security)."""
    if item is None:
        raise ValidationError(field, f"no queue item {item_id}")
    me = uow.session.scalar(select(User).where(User.login == login))
    mine = me is not None and item.assigned_to == me.id
    leads_it = (
        me is not None
        and me.role in LEAD_ROLES
        and me.team_id is not None
        and item.team_id == me.team_id
    )
    if not (mine or leads_it):
        whose = "the team pool (take it first)" if item.assigned_to is None else "someone else"
        raise ValidationError(field, f"queue item {item_id.hex[:8]} belongs to {whose}; only "
                                     "its owner or their team lead may close it")  # fmt: skip
    if item.status not in PENDING:
        raise ValidationError(field, f"queue item {item_id.hex[:8]} is already {item.status}")


def outcome_fields(
    item: QueueItem,
    code: QueueOutcome,
    reschedule_to: datetime | None,
    now: datetime,
    hours: CallingHours,
) -> dict:
    """The changed fields for one outcome (see QueueOutcome for what each one means)."""
    if code is QueueOutcome.RESCHEDULED:
        return {
            "status": QueueStatus.OPEN.value,
            "outcome": code.value,
            "due_at": _check_reschedule(item, reschedule_to, now),
        }
    if reschedule_to is not None:
        raise ValidationError("reschedule_to", "only the outcome 'rescheduled' takes a new time")
    fields: dict = {"attempts": item.attempts + 1, "last_attempt_at": now, "outcome": code.value}
    if code in FINISHING:
        return {**fields, "status": QueueStatus.DONE.value}
    retry_at = now + timedelta(minutes=hours.retry_minutes)
    used_up = fields["attempts"] >= item.max_attempts
    too_late = item.window_end is not None and retry_at >= item.window_end
    if used_up or too_late:
        return {**fields, "status": QueueStatus.EXPIRED.value}
    return {**fields, "status": QueueStatus.OPEN.value, "due_at": retry_at}


def _check_reschedule(item: QueueItem, when: datetime | None, now: datetime) -> datetime:
    field = "reschedule_to"
    if when is None:
        raise ValidationError(field, "a rescheduled call needs the new time")
    if when.tzinfo is None:
        raise ValidationError(field, "the new time needs a time zone (e.g. +01:00 or Z)")
    when = when.astimezone(UTC)
    if when <= now:
        raise ValidationError(field, f"{when:%Y-%m-%d %H:%M} UTC is not in the future")
    if item.window_end is not None and when >= item.window_end:
        raise ValidationError(
            field,
            f"{when:%Y-%m-%d %H:%M} UTC is after the call window closes "
            f"({item.window_end.astimezone(UTC):%Y-%m-%d %H:%M} UTC)",
        )
    return when
