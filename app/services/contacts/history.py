"""A customer's contact history, newest first, in keyset pages with channel/date/text filters."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, and_, bindparam, exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import Contact, ContactWrapUp, User, WrapUpCode
from app.services.contacts.history_text import text_clause
from app.services.data_language import clean_labels
from app.services.dto import ContactRow, HistoryCursor, HistoryFilter, HistoryPage
from app.services.errors import NotFound, ValidationError
from app.services.normalise import fold
from app.services.storage.db import Database
from app.services.storage.sql import run

MAX_PAGE = 1000


def contact_select() -> Select:
    """Contact columns plus the agent's login, ready for more WHERE/ORDER/LIMIT clauses."""
    return select(
        Contact.id,
        Contact.customer_id,
        Contact.started_at,
        Contact.ended_at,
        Contact.channel,
        Contact.direction,
        User.login,
        Contact.reason,
        Contact.outcome,
        Contact.notes,
        Contact.verification,
        Contact.verified_with,
    ).outerjoin(User, User.id == Contact.agent_id)


_LATER = aliased(Contact)
# Contacts are append-only: a corrected contact stays stored but only its correction shows.
NOT_SUPERSEDED = ~exists().where(_LATER.supersedes_id == Contact.id)


def newest_first(stmt: Select) -> Select:
    return stmt.order_by(Contact.started_at.desc(), Contact.id.desc())


def contact_rows(session: Session, stmt: Select, **params) -> list[ContactRow]:
    """Run a contact_select() statement and attach wrap-up codes with one more query."""
    rows = run(session, stmt, **params).all()
    codes = codes_for(session, [row.id for row in rows])
    return [
        ContactRow(
            id=row.id,
            customer_id=row.customer_id,
            started_at=row.started_at,
            ended_at=row.ended_at,
            channel=row.channel,
            direction=row.direction,
            agent=row.login or "",
            reason=row.reason,
            outcome=row.outcome,
            codes=codes.get(row.id, ((), (), ()))[0],
            notes=row.notes,
            code_labels=codes.get(row.id, ((), (), ()))[1],
            code_label_sets=codes.get(row.id, ((), (), ()))[2],
            verification=row.verification,
            verified_with=_questions(row.verified_with),
        )
        for row in rows
    ]


def _questions(stored: object) -> tuple[str, ...]:
    """The stored list of questions; anything else (a hand-edited row) reads as none."""
    if not isinstance(stored, list):
        return ()
    return tuple(str(question) for question in stored if isinstance(question, str))


# Each code with the catalogue's labels (none for a code the catalogue does not know).
_CODES = (
    select(ContactWrapUp.contact_id, ContactWrapUp.code, WrapUpCode.label, WrapUpCode.labels)
    .outerjoin(WrapUpCode, WrapUpCode.code == ContactWrapUp.code)
    .where(ContactWrapUp.contact_id.in_(bindparam("ids", expanding=True)))
    .order_by(ContactWrapUp.contact_id, ContactWrapUp.position, ContactWrapUp.code)
)


def codes_for(session: Session, contact_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple]:
    """Each contact's (codes, labels, per-language labels): the stored codes and their
    catalogue names, in order."""
    if not contact_ids:
        return {}
    found: dict[uuid.UUID, list[tuple]] = defaultdict(list)
    for contact_id, code, label, labels in run(session, _CODES, ids=list(contact_ids)):
        found[contact_id].append((code, label or code, clean_labels(labels)))
    return {key: tuple(zip(*pairs, strict=True)) for key, pairs in found.items()}


def utc_day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


class ContactHistoryService:
    """Pages through contacts on the (customer_id, started_at) index, never with OFFSET."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def page(
        self,
        customer_id: uuid.UUID,
        filter: HistoryFilter = HistoryFilter(),  # noqa: B008 - immutable; the published API
        cursor: HistoryCursor | None = None,
        limit: int = 100,
    ) -> HistoryPage:
        """One page, newest first; pass the returned cursor back for the next page."""
        if not 1 <= limit <= MAX_PAGE:
            raise ValidationError("limit", f"must be between 1 and {MAX_PAGE}, got {limit}")
        base = newest_first(contact_select().where(*_sql_filters(customer_id, filter)))
        needle = fold(filter.text)
        with self._db.reading() as session:
            if needle:
                base = base.where(text_clause(session, needle, filter.outcomes))
            rows = contact_rows(session, _after(base, cursor).limit(limit + 1))
        if len(rows) <= limit:
            return HistoryPage(rows=tuple(rows), next_cursor=None)
        last = rows[limit - 1]
        cursor = HistoryCursor(last.started_at, last.id)
        return HistoryPage(rows=tuple(rows[:limit]), next_cursor=cursor)

    def get(self, contact_id: uuid.UUID) -> ContactRow:
        with self._db.reading() as session:
            rows = contact_rows(session, contact_select().where(Contact.id == contact_id))
        if not rows:
            raise NotFound(f"contact {contact_id} does not exist")
        return rows[0]


def _sql_filters(customer_id: uuid.UUID, filter: HistoryFilter) -> list:
    clauses = [Contact.customer_id == customer_id, NOT_SUPERSEDED]
    if filter.channels:
        clauses.append(Contact.channel.in_(sorted(filter.channels)))
    if filter.date_from is not None:
        clauses.append(Contact.started_at >= utc_day_start(filter.date_from))
    if filter.date_to is not None:
        clauses.append(Contact.started_at < utc_day_start(filter.date_to + timedelta(days=1)))
    return clauses


def _after(stmt: Select, cursor: HistoryCursor | None) -> Select:
    """Rows strictly after the cursor in (started_at desc, id desc) order.

    Written as `started_at <= t AND (started_at < t OR id < i)` so the first half is an
    index range on (customer_id, started_at).
    """
    if cursor is None:
        return stmt
    return stmt.where(
        Contact.started_at <= cursor.started_at,
        or_(
            Contact.started_at < cursor.started_at,
            and_(Contact.started_at == cursor.started_at, Contact.id < cursor.id),
        ),
    )
