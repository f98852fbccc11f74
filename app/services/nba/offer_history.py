"""What the contact policies read: past presentations with their latest outcome, the ledger."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models import ActionLedgerEntry, OfferOutcomeEvent, OfferPresentation, QueueItem
from app.rules.arbitrate import CustomerHistory, PastPresentation
from app.services.storage.sql import run

# Contact policies look back at most this far (the longest cooldown the editor allows).
LOOK_BACK = timedelta(days=3650)
IDS = bindparam("ids", expanding=True)

_PRESENTATIONS = (
    select(
        OfferPresentation.id,
        OfferPresentation.customer_id,
        OfferPresentation.rule_id,
        OfferPresentation.shown_at,
    )
    .where(
        OfferPresentation.customer_id.in_(IDS),
        OfferPresentation.shown_at > bindparam("since"),
        OfferPresentation.shown_at <= bindparam("as_of"),
    )
    .order_by(OfferPresentation.shown_at)
)
_OUTCOMES = (
    select(
        OfferOutcomeEvent.presentation_id,
        OfferOutcomeEvent.outcome,
        OfferOutcomeEvent.recorded_at,
        QueueItem.due_at,
    )
    .outerjoin(QueueItem, QueueItem.id == OfferOutcomeEvent.callback_id)
    .where(
        OfferOutcomeEvent.customer_id.in_(IDS),
        OfferOutcomeEvent.recorded_at <= bindparam("as_of"),
    )
    .order_by(OfferOutcomeEvent.recorded_at, OfferOutcomeEvent.id)
)
_LEDGER = select(
    ActionLedgerEntry.customer_id,
    ActionLedgerEntry.rule_id,
    ActionLedgerEntry.period,
    ActionLedgerEntry.created_at,
).where(ActionLedgerEntry.customer_id.in_(IDS))


def load_histories(
    session: Session, customer_ids: Sequence[uuid.UUID], as_of: datetime
) -> dict[uuid.UUID, CustomerHistory]:
    """Three queries for a batch of customers; customers with no history get an empty one."""
    ids = list(customer_ids)
    latest: dict[uuid.UUID, tuple[str, datetime, datetime | None]] = {}
    for row in run(session, _OUTCOMES, ids=ids, as_of=as_of):
        latest[row.presentation_id] = (row.outcome, row.recorded_at, row.due_at)  # last wins
    shown: dict[uuid.UUID, list[PastPresentation]] = {}
    for row in run(session, _PRESENTATIONS, ids=ids, since=as_of - LOOK_BACK, as_of=as_of):
        outcome, outcome_at, due = latest.get(row.id, (None, None, None))
        shown.setdefault(row.customer_id, []).append(
            PastPresentation(row.rule_id, row.shown_at, outcome, outcome_at, due)
        )
    executed: dict[uuid.UUID, dict[tuple[str, str], datetime]] = {}
    for row in run(session, _LEDGER, ids=ids):
        executed.setdefault(row.customer_id, {})[(row.rule_id, row.period)] = row.created_at
    return {
        customer_id: CustomerHistory(
            tuple(shown.get(customer_id, ())), executed.get(customer_id, {})
        )
        for customer_id in ids
    }
