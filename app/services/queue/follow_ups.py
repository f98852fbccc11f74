"""Follow-up calls asked for by prompt rules (`follow_up_days`), queued by `acrm actions run`.

Each customer a prompt with follow_up_days is offered to (consent and contact policies are
the prompt's own: only offered prompts count) gets one follow_up item in the centre's pool,
callable from the run's moment for that many days. Its id is derived from rule, customer
and period, so a re-run (or a concurrent one) never adds a second; while one is still
pending no new one is added for the same rule and customer either.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.models import Customer, QueueItem
from app.models.enums import QUEUE_PENDING, QueueKind
from app.rules.decide import NbaResult, OfferedAction
from app.rules.definition import RuleDefinition
from app.services.storage.db import Database

NAMESPACE = uuid.UUID("5b0c3a52-4a1e-4f57-9d8e-1f0a6c2b7e14")  # fixed: ids must not change
EPOCH = date(1970, 1, 1)
FOLLOW_UP = QueueKind.FOLLOW_UP.value
PENDING = tuple(status.value for status in QUEUE_PENDING)


def follow_up_id(rule_id: str, customer_id: uuid.UUID, days: int, as_of: datetime) -> uuid.UUID:
    """The same id for every run within one `days`-long period (counted from 1970-01-01)."""
    period = (as_of.date() - EPOCH).days // days
    return uuid.uuid5(NAMESPACE, f"{rule_id}|{customer_id}|{days}|{period}")


def record_follow_ups(
    db: Database,
    customer_ids: Sequence[uuid.UUID],
    results: Sequence[NbaResult],
    rules: dict[str, RuleDefinition],
    as_of: datetime,
) -> int:
    """Queue the follow-ups this batch's offered prompts ask for; returns how many are new."""
    wanted = [
        (result.customer_id, action, rules[action.rule_id])
        for result in results
        for action in result.prompts
        if action.rule_id in rules and rules[action.rule_id].follow_up_days
    ]
    if not wanted:
        return 0
    with db.unit_of_work() as uow:
        items = _new_items(uow.session, customer_ids, wanted, as_of)
        if not items:
            return 0
        uow.add_synced(*items)
        try:
            uow.commit()
        except IntegrityError:
            return 0  # a concurrent run queued them first: theirs stand
    return len(items)


def _new_items(session, customer_ids, wanted, as_of: datetime) -> list[QueueItem]:
    internal = dict(
        session.execute(
            select(Customer.external_id, Customer.id).where(Customer.id.in_(customer_ids))
        ).all()
    )
    pending = set(
        session.execute(
            select(QueueItem.rule_id, QueueItem.customer_id).where(
                QueueItem.kind == FOLLOW_UP,
                QueueItem.status.in_(PENDING),
                QueueItem.customer_id.in_(customer_ids),
            )
        ).all()
    )
    planned: dict[uuid.UUID, QueueItem] = {}
    for external_id, action, rule in wanted:
        customer = internal.get(external_id)
        if customer is None or (rule.id, customer) in pending:
            continue
        item = _item(action, rule, customer, as_of)
        planned.setdefault(item.id, item)
    if not planned:
        return []
    known = set(session.scalars(select(QueueItem.id).where(QueueItem.id.in_(list(planned)))))
    return [item for item_id, item in planned.items() if item_id not in known]


def _item(action: OfferedAction, rule: RuleDefinition, customer: uuid.UUID, as_of: datetime):
    days = rule.follow_up_days or 1
    return QueueItem(
        id=follow_up_id(rule.id, customer, days, as_of),
        kind=FOLLOW_UP,
        customer_id=customer,
        assigned_to=None,
        team_id=None,  # the whole centre's pool
        due_at=as_of,
        window_end=as_of + timedelta(days=days),
        reason=rule.name,
        script=action.script,
        priority=rule.priority,
        rule_id=rule.id,
        action=rule.action,
    )
