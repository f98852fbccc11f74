"""What the card reads about automatic actions: due until the ledger holds them, then its state."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from app.models import ActionLedgerEntry
from tests.integration.action_helpers import AS_OF, birthday_customer, publish, service


def test_due_before_the_run_then_the_ledgers_own_state(sqlite_db):
    nba = publish(sqlite_db)
    customer = birthday_customer(sqlite_db)
    before = nba.for_customer(customer, as_of=AS_OF)
    [state] = nba.automatic_states(customer, before).values()
    assert state.status == "due" and state.delivered_at is None

    service(sqlite_db, nba=nba).run(AS_OF)  # no webhook: kept in the local outbox
    after = nba.for_customer(customer, as_of=AS_OF)
    assert [h.code for h in after.suppressed] == ["already_done"]
    states = nba.automatic_states(customer, after)
    assert states["birthday_greeting"].status == "local"
    assert states["birthday_greeting"].channel == "email"

    sent_at = datetime(2026, 11, 20, 13, 5, tzinfo=UTC)
    with sqlite_db.unit_of_work() as uow:
        row = uow.session.scalar(select(ActionLedgerEntry))
        row.status, row.delivered_at = "delivered", sent_at
        uow.commit()
    state = nba.automatic_states(customer, after)["birthday_greeting"]
    assert (state.status, state.delivered_at) == ("delivered", sent_at)
