"""Automatic actions on real databases: once per rule, customer, period; entitlements; crashes."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import ActionLedgerEntry, Entitlement
from app.rules.definition import RuleKind
from app.services.actions import payloads as action_payloads
from app.services.actions import service as actions
from app.services.actions.delivery import DeliveryLimits
from app.services.actions.webhook import WebhookClient
from app.services.customers.card import CustomerCardService
from app.services.customers.card_text import card_to_text
from tests.integration.action_helpers import (
    AS_OF,
    BIRTHDAY,
    birthday_customer,
    ledger_row,
    plain_customer,
    publish,
    quick_webhook,
    service,
    upheld_customer,
)
from tests.integration.webhook_server import running_receiver


@pytest.fixture(params=["sqlite", "postgres"])
def db(request):
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def ledger_keys(db) -> list[tuple[str, uuid.UUID, str]]:
    stmt = select(
        ActionLedgerEntry.rule_id, ActionLedgerEntry.customer_id, ActionLedgerEntry.period
    )
    with db.reading() as session:
        return sorted((tuple(row) for row in session.execute(stmt)), key=str)


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_birthday_is_recorded_once_in_the_local_outbox(db) -> None:
    customer = birthday_customer(db, "B1", first_name="Anna", last_name="Nowak")
    plain_customer(db, "P1")
    runner = service(db)

    report = runner.run(AS_OF)

    assert report == actions.ActionRunReport(
        customers=2, executed=1, already_done=0, delivered=0, failed=0, local=1, errors=0
    )
    assert ledger_keys(db) == [("birthday_greeting", customer, "2026")]
    with db.reading() as session:
        row = session.scalars(select(ActionLedgerEntry)).one()
        assert (row.status, row.action, row.channel, row.rule_version) == (
            "local",
            "send_birthday_email",
            "email",
            1,
        )
        assert row.payload["customer"] == {
            "external_id": "B1",
            "first_name": "Anna",
            "last_name": "Nowak",
            "email": "b1@example.pl",
            "phone": "",
        }
        assert row.payload["rule"] == {
            "id": "birthday_greeting",
            "name": BIRTHDAY.name,
            "version": 1,
        }
        assert row.payload["as_of"] == AS_OF.isoformat() and row.payload["entitlement"] is None
    (shown,) = runner.outbox()
    assert (shown.external_id, shown.status, shown.message) == (
        "B1",
        "local",
        "Happy birthday, Anna!",
    )


def test_a_rerun_in_the_same_period_duplicates_nothing(db) -> None:
    birthday_customer(db, "B1")
    runner = service(db)
    runner.run(AS_OF)

    again = runner.run(AS_OF + timedelta(hours=3))

    assert (again.executed, again.already_done, again.local) == (0, 1, 0)
    assert count(db, ActionLedgerEntry) == 1
    # Next year's birthday is a new period: one more row.
    next_year = runner.run(AS_OF.replace(year=2027))
    assert next_year.executed == 1
    assert [key[2] for key in ledger_keys(db)] == ["2026", "2027"]


def test_the_fee_waiver_is_recorded_with_its_validity_and_shown_on_the_card(db) -> None:
    customer = upheld_customer(db, "U1")
    report = service(db).run(AS_OF)
    assert report.executed == 1

    with db.reading() as session:
        grant = session.scalars(select(Entitlement)).one()
        entry = session.scalars(select(ActionLedgerEntry)).one()
        session.expunge_all()  # plain objects after the read session rolls back
    assert (grant.code, grant.rule_id, grant.ledger_id) == (
        "card_fee_waiver",
        "card_fee_waiver",
        entry.id,
    )
    assert grant.valid_from == AS_OF and grant.valid_to == AS_OF + timedelta(days=183)
    assert entry.payload["entitlement"]["valid_to"] == (AS_OF + timedelta(days=183)).isoformat()

    cards = CustomerCardService(db)
    card = cards.load(customer, as_of=AS_OF + timedelta(days=30))
    (shown,) = card.entitlements
    assert (shown.code, shown.valid_to) == ("card_fee_waiver", AS_OF + timedelta(days=183))
    assert "card fee waiver: valid" in card_to_text(card)
    assert cards.load(customer, as_of=AS_OF - timedelta(days=1)).entitlements == ()
    assert cards.load(customer, as_of=AS_OF + timedelta(days=183)).entitlements == ()
    in_force = service(db).entitlements(customer, AS_OF + timedelta(days=1))
    assert [row.code for row in in_force] == ["card_fee_waiver"]


def test_a_cancelled_run_keeps_its_committed_batches_and_a_rerun_completes(
    sqlite_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(actions, "BATCH", 2)
    ids = [birthday_customer(sqlite_db, f"B{i}") for i in range(5)]
    runner = service(sqlite_db)
    seen: list[tuple[int, int]] = []

    first = runner.run(
        AS_OF, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: bool(seen)
    )

    assert first.cancelled and (first.customers, first.executed) == (2, 2)
    assert seen == [(2, 5)]
    second = runner.run(AS_OF)
    assert (second.cancelled, second.executed, second.already_done) == (False, 3, 2)
    assert ledger_keys(sqlite_db) == sorted(
        (("birthday_greeting", customer, "2026") for customer in ids), key=str
    )


class _PowerCut(RuntimeError):
    pass


class _CrashingWebhook(WebhookClient):
    """Delivers `survive` messages, then the process 'dies' (an unexpected exception)."""

    def __init__(self, url: str, survive: int) -> None:
        super().__init__(url, wait=0.001, max_wait=0.002)
        self.left = survive

    def send(self, payload: dict, idempotency_key: str, **limits) -> int:
        if self.left == 0:
            raise _PowerCut("power cut")
        self.left -= 1
        return super().send(payload, idempotency_key, **limits)


def test_a_crash_mid_run_then_a_rerun_records_each_action_exactly_once(
    sqlite_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(actions, "BATCH", 2)
    ids = [birthday_customer(sqlite_db, f"B{i}") for i in range(5)]
    with running_receiver() as receiver:
        with pytest.raises(_PowerCut):
            # A lease of 0: the rerun may take the crashed run's claim at once instead of
            # after the lease (test_actions_claims.py covers the lease).
            crashing = service(sqlite_db, _CrashingWebhook(receiver.url, survive=3))
            crashing.run(AS_OF, limits=DeliveryLimits(lease=0))
        # Two batches were committed; the crash came while delivering the second.
        assert count(sqlite_db, ActionLedgerEntry) == 4
        report = service(sqlite_db, quick_webhook(receiver.url)).run(AS_OF)
    assert (report.executed, report.already_done, report.delivered, report.failed) == (1, 4, 2, 0)
    assert ledger_keys(sqlite_db) == sorted(
        (("birthday_greeting", customer, "2026") for customer in ids), key=str
    )
    keys = [r.headers["Idempotency-Key"] for r in receiver.accepted]
    assert len(keys) == len(set(keys)) == 5  # every ledger row reached the receiver once
    with sqlite_db.reading() as session:
        statuses = set(session.scalars(select(ActionLedgerEntry.status)))
    assert statuses == {"delivered"}


def test_a_concurrent_run_never_yields_a_duplicate(db, monkeypatch: pytest.MonkeyPatch) -> None:
    first = birthday_customer(db, "B1")
    second = birthday_customer(db, "B2")
    real_done_keys = action_payloads.done_keys

    def another_desktop_got_there_first(session, ids):
        found = real_done_keys(session, ids)
        with db.unit_of_work() as uow:  # committed between our check and our insert
            uow.session.add(ledger_row(first))
            uow.commit()
        return found

    monkeypatch.setattr(action_payloads, "done_keys", another_desktop_got_there_first)
    report = service(db).run(AS_OF)

    assert (report.executed, report.already_done) == (1, 1)
    assert ledger_keys(db) == sorted(
        [("birthday_greeting", first, "2026"), ("birthday_greeting", second, "2026")], key=str
    )


def test_a_rule_without_automatic_kind_writes_nothing(sqlite_db) -> None:
    birthday_customer(sqlite_db, "B1")
    prompt = BIRTHDAY.with_changes(kind=RuleKind.PROMPT, script="Wish a happy birthday")
    report = service(sqlite_db, nba=publish(sqlite_db, [prompt])).run(AS_OF)
    assert (report.customers, report.executed) == (1, 0)
    assert count(sqlite_db, ActionLedgerEntry) == 0
