"""Recording a contact's wrap-up: validate everything, then one transaction with outbox rows."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Contact, ContactWrapUp, QueueItem, WrapUpCode
from app.services.admin.agents import agent_team, ensure_agent
from app.services.calling_hours_settings import CallingHours
from app.services.contacts.history import contact_rows, contact_select
from app.services.contacts.validation import validate_entry
from app.services.data_language import clean_labels
from app.services.dto import SavedContact, WrapUpCodeRow, WrapUpInput
from app.services.errors import ValidationError
from app.services.normalise import to_e164
from app.services.queue.callbacks import close_own
from app.services.queue.closing import close_item
from app.services.storage.db import Database, UnitOfWork


class ContactService:
    """Writes contacts for one agent; every write is one local transaction plus outbox rows."""

    def __init__(
        self,
        db: Database,
        agent_login: str,
        region: str = "PL",
        *,
        hours: CallingHours | None = None,
    ) -> None:
        self._db = db
        self._agent_login = agent_login
        self._region = region
        self._hours = hours or CallingHours()  # a retried queue item's next try

    def wrapup_codes(self) -> list[WrapUpCodeRow]:
        """Active wrap-up codes in the business's sort order."""
        stmt = (
            select(WrapUpCode.code, WrapUpCode.label, WrapUpCode.labels)
            .where(WrapUpCode.active.is_(True))
            .order_by(WrapUpCode.sort_order, WrapUpCode.code)
        )
        with self._db.reading() as session:
            return [
                WrapUpCodeRow(code, label, clean_labels(labels))
                for code, label, labels in session.execute(stmt)
            ]

    def record(self, entry: WrapUpInput) -> SavedContact:
        """Validate the wrap-up, then save it; saving the same contact_id again changes nothing.

        Raises ValidationError naming the WrapUpInput field at fault; nothing is written then.
        """
        try:
            return self._record_once(entry)
        except IntegrityError:
            # Another writer saved this contact_id between our check and our insert.
            saved = self._existing(entry.contact_id)
            if saved is None:
                raise
            return saved

    def _record_once(self, entry: WrapUpInput) -> SavedContact:
        with self._db.unit_of_work() as uow:
            session = uow.session
            saved = _saved(session, entry.contact_id)
            if saved is not None:
                return saved
            validate_entry(session, entry)
            _check_correction(session, entry)
            agent_id = ensure_agent(session, self._agent_login)
            contact = _contact(entry, agent_id, self._caller_number(entry))
            contact.wrapups = [
                ContactWrapUp(code=code, position=i) for i, code in enumerate(entry.codes)
            ]
            uow.add_synced(contact)
            self._callback(uow, entry, contact, agent_id)
            closed = close_own(uow, entry.close_callbacks, agent_id, entry.customer_id)
            worked = self._queue_outcome(uow, entry)
            session.flush()
            saved = _saved(session, contact.id)
            uow.commit()
        assert saved is not None  # just written in this transaction
        return replace(saved, closed_callbacks=closed, queue_status=worked)

    def _queue_outcome(self, uow: UnitOfWork, entry: WrapUpInput) -> str:
        """Close or reschedule the worked queue item with the contact (same transaction)."""
        if entry.queue_item is None:
            if entry.queue_outcome or entry.queue_reschedule_to:
                raise ValidationError("queue_item", "an outcome needs the queue item it ends")
            return ""
        item = uow.session.get(QueueItem, entry.queue_item)
        if item is not None and item.customer_id != entry.customer_id:
            raise ValidationError(
                "queue_item", f"queue item {item.id.hex[:8]} is about another customer"
            )
        closed = close_item(
            uow, entry.queue_item, self._agent_login, entry.queue_outcome,
            reschedule_to=entry.queue_reschedule_to, note="", now=datetime.now(UTC),
            hours=self._hours, field="queue_item", outcome_field="queue_outcome",
        )  # fmt: skip
        return closed.status

    def _existing(self, contact_id: uuid.UUID) -> SavedContact | None:
        with self._db.reading() as session:
            return _saved(session, contact_id)

    def _caller_number(self, entry: WrapUpInput) -> str:
        # Withheld or odd numbers ("anonymous") are kept as given; real ones as E.164.
        raw = entry.caller_number.strip()
        return (to_e164(raw, self._region) or raw) if raw else ""

    def _callback(
        self, uow: UnitOfWork, entry: WrapUpInput, contact: Contact, agent_id: uuid.UUID
    ) -> None:
        if entry.callback_at is None:
            return
        item = QueueItem(
            id=uuid.uuid4(),
            kind="callback",
            customer_id=entry.customer_id,
            source_contact_id=contact.id,
            assigned_to=agent_id,
            team_id=agent_team(uow.session, agent_id),
            due_at=entry.callback_at,
            note=entry.reason.strip(),
        )
        uow.add_synced(item)


def _contact(entry: WrapUpInput, agent_id: uuid.UUID, caller_number: str) -> Contact:
    return Contact(
        id=entry.contact_id,
        customer_id=entry.customer_id,
        channel=entry.channel,
        direction=entry.direction,
        agent_id=agent_id,
        started_at=entry.started_at,
        ended_at=entry.ended_at,
        reason=entry.reason.strip(),
        outcome=entry.outcome.strip(),
        notes=entry.notes.strip(),
        caller_number=caller_number,
        supersedes_id=entry.supersedes_id,
        verification=entry.verification,
        verified_with=list(entry.verified_with) if entry.verification is not None else None,
    )


def _check_correction(session: Session, entry: WrapUpInput) -> None:
    """A correction replaces a stored contact of the same customer, once."""
    if entry.supersedes_id is None:
        return
    original = session.get(Contact, entry.supersedes_id)
    if original is None or original.customer_id != entry.customer_id:
        raise ValidationError("supersedes_id", "no such contact for this customer")
    later = session.scalar(select(Contact.id).where(Contact.supersedes_id == original.id))
    if later is not None:
        raise ValidationError("supersedes_id", f"already corrected by contact {later}")


def _saved(session: Session, contact_id: uuid.UUID) -> SavedContact | None:
    rows = contact_rows(session, contact_select().where(Contact.id == contact_id))
    if not rows:
        return None
    callback_id = session.scalar(
        select(QueueItem.id)
        .where(QueueItem.source_contact_id == contact_id, QueueItem.kind == "callback")
        .limit(1)
    )
    return SavedContact(contact=rows[0], callback_id=callback_id)
