"""Sending ledger rows to the webhook: each row claimed before it is sent, within deadlines."""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import DateTime, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from app.models import ActionLedgerEntry
from app.models.enums import ActionStatus
from app.services.actions.webhook import DEFAULT_MESSAGE_DEADLINE, DeliveryFailed, WebhookClient
from app.services.storage.db import Database

log = logging.getLogger(__name__)

RETRYABLE = (ActionStatus.PENDING.value, ActionStatus.FAILED.value)
DEFAULT_RUN_DEADLINE = 600.0  # seconds a run may spend sending
# A claim outlives its message's deadline by this much, so a live run always records its
# answer before anyone else may take the row; only a crashed run's claim ever lapses.
CLAIM_MARGIN = 60.0


@dataclass(frozen=True, slots=True)
class DeliveryLimits:
    """How long one message and one run may take, and how long a claim on a row holds."""

    message: float = DEFAULT_MESSAGE_DEADLINE  # seconds per message, retries included
    run: float = DEFAULT_RUN_DEADLINE  # seconds for all of a run's sending
    lease: float | None = None  # seconds; None: the message deadline + CLAIM_MARGIN

    @property
    def claim_seconds(self) -> float:
        return self.lease if self.lease is not None else self.message + CLAIM_MARGIN


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    delivered: int = 0  # accepted by the webhook in this run
    failed: int = 0  # refused or unanswered in this run (kept for a retry)
    taken: int = 0  # claimed or sent by another run meanwhile: not sent by this one
    postponed: int = 0  # not sent because the run's deadline had passed: the next run sends

    def __add__(self, other: DeliveryReport) -> DeliveryReport:
        return DeliveryReport(
            self.delivered + other.delivered,
            self.failed + other.failed,
            self.taken + other.taken,
            self.postponed + other.postponed,
        )


class Delivery:
    """One run's sending. Each row is claimed with one conditional UPDATE, committed before
    the request goes out, so two runs (processes, desks) never send the same row at once; a
    claim whose lease lapsed (its run crashed) can be taken again, and then the message is
    sent again with the same Idempotency-Key.
    """

    def __init__(self, db: Database, webhook: WebhookClient, limits: DeliveryLimits) -> None:
        self._db = db
        self._webhook = webhook
        self._limits = limits
        self._end = time.monotonic() + limits.run
        self._lease = timedelta(seconds=limits.claim_seconds)
        self.owner = run_owner()

    @property
    def out_of_time(self) -> bool:
        return time.monotonic() >= self._end

    def send(self, ledger_ids: Sequence[uuid.UUID]) -> DeliveryReport:
        """Send each row this run can claim, until the run's deadline passes."""
        report = DeliveryReport()
        for index, ledger_id in enumerate(ledger_ids):
            if self.out_of_time:
                return report + DeliveryReport(postponed=len(ledger_ids) - index)
            payload = self._claim(ledger_id)
            if payload is None:
                report += DeliveryReport(taken=1)
            elif self._send_one(ledger_id, payload):
                report += DeliveryReport(delivered=1)
            else:
                report += DeliveryReport(failed=1)
        return report

    def _claim(self, ledger_id: uuid.UUID) -> dict | None:
        """Take the row if it still waits and nobody holds it; its message, or None."""
        row = ActionLedgerEntry
        now = _clock(self._db)
        claim = (
            update(row)
            .where(row.id == ledger_id, row.status.in_(RETRYABLE))
            .where(or_(row.claimed_until.is_(None), row.claimed_until < now))
            .values(claimed_by=self.owner, claimed_until=now + self._lease)
            .returning(row.payload)
        )
        with self._db.unit_of_work() as uow:
            taken = uow.session.execute(claim).first()
            if taken is None:
                return None
            uow.commit()  # the claim is durable before anything is sent
        return dict(taken.payload or {})

    def _send_one(self, ledger_id: uuid.UUID, payload: dict) -> bool:
        try:
            attempts = self._webhook.send(
                payload, str(ledger_id), deadline=self._limits.message, until=self._end
            )
        except DeliveryFailed as error:
            log.warning("ledger %s: %s", ledger_id, error)
            self._record_failure(ledger_id, error.attempts or 1, str(error))
            return False
        self._record_delivery(ledger_id, attempts)
        return True

    def _record_delivery(self, ledger_id: uuid.UUID, attempts: int) -> None:
        # Unconditional: the receiver has it, whoever else claimed the row since.
        self._update(
            ActionLedgerEntry.id == ledger_id,
            status=ActionStatus.DELIVERED.value,
            attempts=ActionLedgerEntry.attempts + attempts,
            last_error="",
            delivered_at=datetime.now(UTC),
        )

    def _record_failure(self, ledger_id: uuid.UUID, attempts: int, error: str) -> None:
        # Only while the claim is still ours: a run that took the row over (or delivered it)
        # meanwhile knows better.
        done = self._update(
            ActionLedgerEntry.id == ledger_id,
            ActionLedgerEntry.claimed_by == self.owner,
            ActionLedgerEntry.status != ActionStatus.DELIVERED.value,
            status=ActionStatus.FAILED.value,
            attempts=ActionLedgerEntry.attempts + attempts,
            last_error=error[:2000],
        )
        if not done:
            log.info("ledger %s: another run took the row over; not recording a failure", ledger_id)

    def _update(self, *where, **values) -> bool:
        stmt = (
            update(ActionLedgerEntry)
            .where(*where)
            .values(claimed_by=None, claimed_until=None, **values)
            .execution_options(synchronize_session=False)
        )
        with self._db.unit_of_work() as uow:
            changed = uow.session.execute(stmt).rowcount
            uow.commit()
        return changed == 1


def retryable_ids(
    db: Database, limit: int | None = None, exclude: set[uuid.UUID] | None = None
) -> list[uuid.UUID]:
    """Rows waiting to be sent (pending, or failed before), oldest first."""
    stmt = (
        select(ActionLedgerEntry.id)
        .where(ActionLedgerEntry.status.in_(RETRYABLE))
        .order_by(ActionLedgerEntry.created_at, ActionLedgerEntry.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.reading() as session:
        found = list(session.scalars(stmt))
    return [ledger_id for ledger_id in found if ledger_id not in (exclude or set())]


def database_now(session: Session) -> datetime:
    """The clock claims are judged by, as a value (see _clock)."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(select(_SERVER_CLOCK))
    return datetime.now(UTC)


# On a server, the database's clock: desks' clocks disagree, and a desk whose clock runs
# ahead must not take over a live claim. SQLite is one machine's file: its clock will do.
_SERVER_CLOCK = func.clock_timestamp(type_=DateTime(timezone=True))


def _clock(db: Database) -> ColumnElement[datetime] | datetime:
    return datetime.now(UTC) if db.is_sqlite else _SERVER_CLOCK


def run_owner() -> str:
    """Names the run holding a claim (host, process, and a random part for this run)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
