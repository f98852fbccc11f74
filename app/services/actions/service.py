"""Automatic actions: record each (rule, customer, period) once in the ledger, then deliver it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.models import ActionLedgerEntry, Customer
from app.models.enums import ActionStatus
from app.rules.decide import NbaResult, OfferedAction
from app.rules.definition import RuleDefinition
from app.services.actions import payloads
from app.services.actions.delivery import Delivery, DeliveryLimits, DeliveryReport, retryable_ids
from app.services.actions.payloads import Planned
from app.services.actions.webhook import WebhookClient
from app.services.customers import card_parts
from app.services.dto import EntitlementRow, LedgerRow
from app.services.nba.service import NbaService
from app.services.nba.unreadable import SkippedCustomer
from app.services.queue.follow_ups import record_follow_ups
from app.services.storage.db import Database

log = logging.getLogger(__name__)

# Customers per transaction: a crash loses at most one uncommitted batch, and a rerun skips
# everything the ledger already holds.
BATCH = 200
DEFAULT_LIMITS = DeliveryLimits()

Progress = Callable[[int, int], None]  # (customers done, customers in all)


@dataclass(frozen=True, slots=True)
class ActionRunReport:
    customers: int  # customers evaluated
    executed: int  # new ledger rows
    already_done: int  # actions the ledger already held for their period
    delivered: int  # webhook deliveries that succeeded in this run
    failed: int  # webhook deliveries that failed in this run
    local: int  # new rows kept in the local outbox (no webhook configured)
    errors: int  # rule failures while evaluating
    cancelled: bool = False
    taken: int = 0  # claimed or sent by another run meanwhile
    postponed: int = 0  # left pending for the next run: this run's deadline had passed
    skipped: tuple[SkippedCustomer, ...] = ()  # data that cannot be evaluated; the rest ran
    follow_ups: int = 0  # new follow-up calls queued for prompts that ask for one


class AutomaticActionService:
    """Runs the automatic rules for the whole customer base (the administrator's daily job).

    The ledger's unique key (rule, customer, period) is the guard: each action is recorded
    once, with its entitlement in the same transaction, and delivered after that commit. The
    webhook gets the ledger id as an idempotency key; a run claims each row before sending
    it (see Delivery), so concurrent runs never send the same row, and only a crash between
    sending and recording makes a later run send that message again, with the same key.
    """

    def __init__(self, db: Database, nba: NbaService, webhook: WebhookClient | None = None) -> None:
        self._db = db
        self._nba = nba
        self._webhook = webhook

    @property
    def webhook_url(self) -> str:
        return self._webhook.url if self._webhook else ""

    def run(
        self,
        as_of: datetime,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        limits: DeliveryLimits = DEFAULT_LIMITS,
    ) -> ActionRunReport:
        """Evaluate every customer at `as_of`, record new automatic actions, deliver them.

        Recording goes on after the run's deadline; sending stops and what is left waits.
        """
        if as_of.tzinfo is None:
            raise ValueError(f"as_of {as_of!r} must carry a time zone")
        as_of = as_of.astimezone(UTC)
        stop = cancelled or (lambda: False)
        rule_set = self._nba.rule_set()
        rules = {compiled.id: compiled.definition for compiled in rule_set.rules}
        ids = self._nba.customer_ids()
        totals = dict.fromkeys(
            ("customers", "executed", "already_done", "local", "errors", "follow_ups"), 0
        )
        sent = DeliveryReport()
        delivery = None if self._webhook is None else Delivery(self._db, self._webhook, limits)
        tried: set[uuid.UUID] = set()
        unreadable: list[SkippedCustomer] = []
        was_cancelled = False
        for start in range(0, len(ids), BATCH):
            if stop():
                was_cancelled = True
                break
            chunk = ids[start : start + BATCH]
            results = list(
                self._nba.for_all(as_of, rule_set=rule_set, customer_ids=chunk, skipped=unreadable)
            )
            new_ids, skipped = self._record(chunk, results, rules, as_of)
            totals["follow_ups"] += record_follow_ups(self._db, chunk, results, rules, as_of)
            self._nba.report_failures(*results)  # one write per batch
            totals["customers"] += len(results)
            totals["executed"] += len(new_ids)
            totals["already_done"] += skipped
            totals["errors"] += sum(len(result.errors) for result in results)
            if delivery is None:
                totals["local"] += len(new_ids)
            else:
                sent += delivery.send(new_ids)
                tried.update(new_ids)
            if progress:
                progress(min(start + BATCH, len(ids)), len(ids))
        if delivery is not None and not was_cancelled:
            # Leftovers of earlier runs (a crash before delivery, a receiver that was down).
            sent += delivery.send(retryable_ids(self._db, exclude=tried))
        return ActionRunReport(
            **totals,
            delivered=sent.delivered,
            failed=sent.failed,
            cancelled=was_cancelled,
            taken=sent.taken,
            postponed=sent.postponed,
            skipped=tuple(unreadable),
        )

    def deliver_pending(
        self, limit: int | None = None, limits: DeliveryLimits = DEFAULT_LIMITS
    ) -> DeliveryReport:
        """Send pending and previously failed rows to the webhook (nothing without one)."""
        if self._webhook is None:
            return DeliveryReport()
        delivery = Delivery(self._db, self._webhook, limits)
        return delivery.send(retryable_ids(self._db, limit=limit))

    def outbox(self, limit: int = 200) -> list[LedgerRow]:
        """The ledger, newest first: what was (or is to be) sent, and how delivery went."""
        stmt = (
            select(ActionLedgerEntry, Customer.external_id)
            .join(Customer, Customer.id == ActionLedgerEntry.customer_id)
            .order_by(ActionLedgerEntry.created_at.desc(), ActionLedgerEntry.id.desc())
            .limit(limit)
        )
        with self._db.reading() as session:
            return [
                payloads.ledger_row(entry, external_id)
                for entry, external_id in session.execute(stmt)
            ]

    def entitlements(self, customer_id: uuid.UUID, as_of: datetime) -> list[EntitlementRow]:
        """Entitlements in force for one customer at `as_of`."""
        with self._db.reading() as session:
            return list(card_parts.entitlements(session, customer_id, as_of.astimezone(UTC)))

    # -- recording ---------------------------------------------------------------------------
    def _record(
        self,
        chunk: Sequence[uuid.UUID],
        results: Sequence[NbaResult],
        rules: dict[str, RuleDefinition],
        as_of: datetime,
    ) -> tuple[list[uuid.UUID], int]:
        """Write one batch in one transaction; returns (new ledger ids, actions already done)."""
        skipped = sum(_already_done_count(result) for result in results)
        with self._db.reading() as session:
            people = payloads.recipients(session, chunk)
            done = payloads.done_keys(session, chunk)
        planned = []
        for result in results:
            who = people.get(result.customer_id)
            if who is None:  # deleted between evaluation and now: nobody to act for
                continue
            for action in _automatic(result.actions):
                key = (action.rule_id, who.id, action.period)
                if key in done:
                    skipped += 1
                    continue
                done.add(key)
                grant = payloads.grant_for(rules.get(action.rule_id), as_of)
                planned.append(Planned(key, action, who, grant))
        # One order for every run: two runs inserting the same keys on PostgreSQL then wait
        # for each other in turn instead of deadlocking, and the later one meets the conflict.
        planned.sort(key=lambda item: str(item.key))
        try:
            new_ids = self._write(planned, as_of)
        except IntegrityError:
            # Another run recorded some of these meanwhile: go row by row, keeping theirs.
            log.info("ledger batch collided with another run; writing row by row")
            new_ids = []
            for item in planned:
                try:
                    new_ids += self._write([item], as_of)
                except IntegrityError:
                    skipped += 1
        return new_ids, skipped

    def _write(self, planned: Sequence[Planned], as_of: datetime) -> list[uuid.UUID]:
        if not planned:
            return []
        status = ActionStatus.LOCAL if self._webhook is None else ActionStatus.PENDING
        now = datetime.now(UTC)
        ids = []
        with self._db.unit_of_work() as uow:
            for item in planned:
                ledger_id = uuid.uuid4()
                payloads.add_entry(uow.session, ledger_id, item, status, as_of, now)
                ids.append(ledger_id)
            uow.commit()
        return ids


def _automatic(actions: Iterable[OfferedAction]) -> list[OfferedAction]:
    return [action for action in actions if action.kind == "automatic"]


def _already_done_count(result: NbaResult) -> int:
    return sum(1 for held in result.suppressed if held.code == "already_done")
