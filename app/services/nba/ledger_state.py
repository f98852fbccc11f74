"""Where one customer's automatic actions stand in the ledger, so the card never claims a send
that has not happened."""

from __future__ import annotations

import uuid

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models import ActionLedgerEntry
from app.rules.decide import NbaResult
from app.services.dto import AutomaticState
from app.services.storage.sql import run

# The (customer_id, created_at) index narrows it to this customer's rows; newest last.
_ROWS = (
    select(
        ActionLedgerEntry.rule_id,
        ActionLedgerEntry.period,
        ActionLedgerEntry.status,
        ActionLedgerEntry.channel,
        ActionLedgerEntry.created_at,
        ActionLedgerEntry.delivered_at,
    )
    .where(
        ActionLedgerEntry.customer_id == bindparam("customer"),
        ActionLedgerEntry.rule_id.in_(bindparam("rules", expanding=True)),
    )
    .order_by(ActionLedgerEntry.created_at)
)


def automatic_states(
    session: Session, customer_id: uuid.UUID, result: NbaResult
) -> dict[str, AutomaticState]:
    """rule id -> the ledger's state of each automatic action the card shows.

    A firing action with no ledger row for its period is "due". One the ledger already holds
    for this period comes back held as "already_done" (without its period): its newest row
    tells whether it was sent or is only recorded.
    """
    wanted: dict[str, str | None] = {
        a.rule_id: a.period for a in result.actions if a.kind == "automatic"
    }
    for held in result.suppressed:
        if held.code == "already_done":
            wanted.setdefault(held.rule_id, None)
    states = {rule: AutomaticState(status="due") for rule in wanted}
    if not wanted:
        return states
    for row in run(session, _ROWS, customer=customer_id, rules=sorted(wanted)):
        if wanted[row.rule_id] in (None, row.period):
            states[row.rule_id] = AutomaticState(
                row.status, row.created_at, row.delivered_at, row.channel
            )
    return states
