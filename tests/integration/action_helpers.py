"""Shared set-up for automatic-action tests: the two automatic rules and customers they fire for."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from app.models import ActionLedgerEntry
from app.rules.definition import RuleDefinition
from app.services.actions.service import AutomaticActionService
from app.services.actions.webhook import WebhookClient
from app.services.nba.service import NbaService
from app.services.storage.db import Database
from tests import rule_fixtures as examples
from tests.factories import add_complaint, make_customer

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

# Running actions, not consent, is under test here (consent: test_nba_service.py).
BIRTHDAY = examples.BIRTHDAY.with_changes(requires_consent=None)
FEE_WAIVER = examples.FEE_WAIVER
RULES = [BIRTHDAY, FEE_WAIVER]


def publish(db: Database, rules: list[RuleDefinition] = RULES) -> NbaService:
    return examples.nba_for(db, rules)


def quick_webhook(url: str, attempts: int = 3) -> WebhookClient:
    """Real HTTP, back-off of a millisecond so retries do not slow the suite."""
    return WebhookClient(url, timeout=2.0, attempts=attempts, wait=0.001, max_wait=0.002)


def service(
    db: Database, webhook: WebhookClient | None = None, nba: NbaService | None = None
) -> AutomaticActionService:
    return AutomaticActionService(db, nba or publish(db), webhook)


def birthday_customer(db: Database, external_id: str = "B1", years: int = 36, **kw) -> uuid.UUID:
    born = date(AS_OF.year - years, AS_OF.month, AS_OF.day)
    return make_customer(
        db,
        external_id,
        birth_date=born,
        emails=(f"{external_id.lower()}@example.pl",),
        phones=kw.pop("phones", ()),
        **kw,
    )


def plain_customer(db: Database, external_id: str) -> uuid.UUID:
    return make_customer(db, external_id, birth_date=date(1980, 1, 15), phones=())


def upheld_customer(db: Database, external_id: str = "U1") -> uuid.UUID:
    customer = make_customer(db, external_id, birth_date=date(1975, 3, 3), phones=())
    for days in (300, 200, 100):
        opened = AS_OF - timedelta(days=days)
        add_complaint(
            db,
            customer,
            opened,
            "closed",
            closed_at=opened + timedelta(days=9),
            resolution="upheld",
        )
    return customer


def ledger_row(customer: uuid.UUID) -> ActionLedgerEntry:
    """A recorded birthday greeting, as another run or desk would have written it."""
    return ActionLedgerEntry(
        rule_id="birthday_greeting",
        rule_version=1,
        customer_id=customer,
        period="2026",
        action="send_birthday_email",
        channel="email",
        status="local",
        payload={},
        created_at=datetime.now(UTC),
    )
