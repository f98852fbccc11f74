"""Recording what the consultant did with an offer: presentations and outcomes (append-only)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import OfferOutcomeEvent, OfferPresentation, QueueItem
from app.models.enums import DECLINE_REASONS, OfferOutcome
from app.rules.arbitrate import CONTACT_WINDOW
from app.rules.decide import NbaResult, OfferedAction
from app.services.admin.agents import agent_team, ensure_agent
from app.services.errors import NotFound, ValidationError
from app.services.storage.db import Database, UnitOfWork

# Reasons a customer gives for saying no; the desktop shows them translated.
CALLBACK_HORIZON = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class OutcomeInput:
    presentation_id: uuid.UUID
    outcome: str  # accepted | declined | later | not_relevant
    reason: str = ""  # declined: one of DECLINE_REASONS
    callback_at: datetime | None = None  # later: when to call back
    note: str = ""


@dataclass(frozen=True, slots=True)
class SavedOutcome:
    id: uuid.UUID
    presentation_id: uuid.UUID
    rule_id: str
    outcome: str
    reason: str
    recorded_at: datetime
    callback_id: uuid.UUID | None


class OfferService:
    """Writes for one agent; every write is one local transaction plus outbox rows."""

    def __init__(self, db: Database, agent_login: str) -> None:
        self._db = db
        self._agent_login = agent_login

    def log_shown(
        self, customer_id: uuid.UUID, result: NbaResult, at: datetime | None = None
    ) -> dict[str, uuid.UUID]:
        """Every prompt shown is logged: call this with each result put before a consultant.

        The desk's panel and `acrm nba --shown` both come here, so what counts as "shown" is
        decided once: the result's prompts (automatic actions are never presented), at `at`
        (now by default), one presentation per rule and contact (see record_presentations).
        A result evaluated for another moment (a what-if `--at`) was never shown to anyone.
        Returns rule id -> presentation id; empty, with nothing written, when nothing was shown.
        """
        at = (at or datetime.now(UTC)).astimezone(UTC)
        if abs(at - result.at) > CONTACT_WINDOW:
            raise ValidationError(
                "at",
                f"offers evaluated for {result.at.isoformat()} cannot be logged as shown at "
                f"{at.isoformat()}: only offers evaluated for the moment of the contact are shown",
            )
        return self.record_presentations(customer_id, result.prompts, at)

    def record_presentations(
        self,
        customer_id: uuid.UUID,
        actions: Sequence[OfferedAction],
        at: datetime | None = None,
    ) -> dict[str, uuid.UUID]:
        """Log the prompts shown; within one contact a re-shown prompt reuses its presentation.

        Returns rule id -> presentation id, which the outcome buttons refer to.
        """
        at = (at or datetime.now(UTC)).astimezone(UTC)
        prompts = [action for action in actions if action.kind == "prompt"]
        if not prompts:
            return {}
        with self._db.unit_of_work() as uow:
            session = uow.session
            agent_id = ensure_agent(session, self._agent_login)
            recent = _recent_presentations(session, customer_id, at)
            ids: dict[str, uuid.UUID] = {}
            for action in prompts:
                existing = recent.get(action.rule_id)
                if existing is not None:
                    ids[action.rule_id] = existing
                    continue
                row = OfferPresentation(
                    id=uuid.uuid4(),
                    customer_id=customer_id,
                    rule_id=action.rule_id,
                    rule_version=action.rule_version,
                    action=action.action,
                    agent_id=agent_id,
                    shown_at=at,
                )
                uow.add_synced(row)
                ids[action.rule_id] = row.id
            uow.commit()
        return ids

    def record_outcome(self, entry: OutcomeInput, at: datetime | None = None) -> SavedOutcome:
        """Validate and save one outcome; "later" also creates the callback in the same commit."""
        at = (at or datetime.now(UTC)).astimezone(UTC)
        _validate(entry, at)
        with self._db.unit_of_work() as uow:
            session = uow.session
            shown = session.get(OfferPresentation, entry.presentation_id)
            if shown is None:
                raise NotFound(f"presentation {entry.presentation_id} does not exist")
            agent_id = ensure_agent(session, self._agent_login)
            callback_id = self._callback(uow, shown, entry, agent_id)
            row = OfferOutcomeEvent(
                id=uuid.uuid4(),
                presentation_id=shown.id,
                customer_id=shown.customer_id,
                rule_id=shown.rule_id,
                rule_version=shown.rule_version,
                outcome=entry.outcome,
                reason=entry.reason,
                callback_id=callback_id,
                agent_id=agent_id,
                recorded_at=at,
            )
            uow.add_synced(row)
            uow.commit()
        return SavedOutcome(row.id, shown.id, row.rule_id, row.outcome, row.reason, at, callback_id)

    def _callback(
        self, uow: UnitOfWork, shown: OfferPresentation, entry: OutcomeInput, agent_id
    ) -> uuid.UUID | None:
        if entry.outcome != OfferOutcome.LATER:
            return None
        assert entry.callback_at is not None  # checked by _validate
        item = QueueItem(
            id=uuid.uuid4(),
            kind="callback",
            customer_id=shown.customer_id,
            assigned_to=agent_id,
            team_id=agent_team(uow.session, agent_id),
            due_at=entry.callback_at,
            note=entry.note.strip() or f"offer: {shown.action}",
        )
        uow.add_synced(item)
        return item.id


def _validate(entry: OutcomeInput, at: datetime) -> None:
    allowed = [member.value for member in OfferOutcome]
    if entry.outcome not in allowed:
        raise ValidationError("outcome", f"{entry.outcome!r} is not one of {', '.join(allowed)}")
    if entry.outcome == OfferOutcome.DECLINED and entry.reason not in DECLINE_REASONS:
        raise ValidationError("reason", f"pick a reason: {', '.join(DECLINE_REASONS)}")
    if entry.outcome != OfferOutcome.DECLINED and entry.reason:
        raise ValidationError("reason", "only a declined offer takes a reason")
    if entry.outcome == OfferOutcome.LATER:
        if entry.callback_at is None or entry.callback_at.tzinfo is None:
            raise ValidationError("callback_at", "a callback time (with time zone) is required")
        if entry.callback_at <= at:
            raise ValidationError("callback_at", "must be in the future")
        if entry.callback_at > at + CALLBACK_HORIZON:
            raise ValidationError("callback_at", "at most a year ahead")
    elif entry.callback_at is not None:
        raise ValidationError("callback_at", "only 'later' arranges a callback")


def _recent_presentations(
    session: Session, customer_id: uuid.UUID, at: datetime
) -> dict[str, uuid.UUID]:
    stmt = (
        select(OfferPresentation.rule_id, OfferPresentation.id)
        .where(
            OfferPresentation.customer_id == customer_id,
            OfferPresentation.shown_at > at - CONTACT_WINDOW,
            OfferPresentation.shown_at <= at,
        )
        .order_by(OfferPresentation.shown_at)
    )
    return dict(session.execute(stmt).all())
