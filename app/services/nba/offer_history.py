"""What the contact policies read: past presentations with their latest outcome, the ledger."""

from __future__ import annotations

import json
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


# Which of a batch's customers have any history at all (on SQLite: ids as one JSON array, the
# stored form of Uuid being 32 hex digits, as SQLAlchemy binds it). Most customers of a batch
# have none; expanding 2000 bound ids three times cost ~17 us per customer even on empty tables.
# One index seek per customer and table, stopping at the first row.
_WITH_HISTORY = (
    "SELECT value FROM json_each(?) j WHERE "
    "EXISTS (SELECT 1 FROM offer_presentations WHERE customer_id = j.value) "
    "OR EXISTS (SELECT 1 FROM offer_outcomes WHERE customer_id = j.value) "
    "OR EXISTS (SELECT 1 FROM action_ledger WHERE customer_id = j.value)"
)


def load_histories(
    session: Session, customer_ids: Sequence[uuid.UUID], as_of: datetime
) -> dict[uuid.UUID, CustomerHistory]:
    """Three queries for a batch of customers; customers with no history get an empty one."""
    ids = list(customer_ids)
    if len(ids) > 1 and session.get_bind().dialect.name == "sqlite":
        return _sqlite_histories(session, ids, as_of)
    return _histories(session, ids, as_of)


def _sqlite_histories(
    session: Session, ids: list[uuid.UUID], as_of: datetime
) -> dict[uuid.UUID, CustomerHistory]:
    """The three queries for only the customers with rows in one of the three tables.

    Every query filters by customer alone, so leaving out customers without a row changes no
    one's history; the others get the empty one the full queries would have given them.
    """
    by_key = {customer_id.hex: customer_id for customer_id in ids}
    keys = json.dumps(list(by_key))
    cursor = session.connection().connection.dbapi_connection.cursor()
    try:
        found = {key for (key,) in cursor.execute(_WITH_HISTORY, (keys,))}
    finally:
        cursor.close()
    result = {customer_id: CustomerHistory((), {}) for customer_id in ids}
    some = [by_key[key] for key in by_key if key in found]
    if some:
        result.update(_histories(session, some, as_of))
    return result


def _histories(
    session: Session, ids: list[uuid.UUID], as_of: datetime
) -> dict[uuid.UUID, CustomerHistory]:
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
