"""Finding and starting the next callable item in few round trips (see WorkQueueService.next).

One query per page returns the candidates in working order with exactly what the calling
hours need (the customer's zone and primary phone); they are judged one by one and the
first callable one wins, so no other candidate is judged or read in full. Outside calling
hours the places are screened first (hours_screen.py).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Select, case, func, literal_column, or_, select, tuple_, update
from sqlalchemy.orm import Session

from app.models import Customer, CustomerPhone, QueueItem, User
from app.models.enums import QueueStatus
from app.services.calling_hours_settings import CallingHours
from app.services.queue.customer_zone import customer_zone
from app.services.queue.hours import judge
from app.services.queue.hours_screen import HoursScreen, open_anywhere
from app.services.queue.queue_reads import PENDING
from app.services.storage.db import UnitOfWork

IN_PROGRESS = QueueStatus.IN_PROGRESS.value
PAGE = 50  # candidates read at once: the first is callable unless calling hours forbid it


def mine_candidates(login: str) -> Select:
    """My due pending items, those in progress first, each part in working order."""
    me = select(User.id).where(User.login == login).scalar_subquery()
    started_first = case((QueueItem.status == IN_PROGRESS, 0), else_=1)
    where = (QueueItem.assigned_to == me, QueueItem.status.in_(PENDING))
    return _candidates(where, started_first)


def pool_candidates(login: str, skip: set[uuid.UUID]) -> Select:
    """Due unassigned open items of my team and of the whole centre, in working order."""
    team = select(User.team_id).where(User.login == login).scalar_subquery()
    where = [
        QueueItem.assigned_to.is_(None),
        QueueItem.status == QueueStatus.OPEN.value,
        or_(QueueItem.team_id.is_(None), QueueItem.team_id == team),
    ]
    if skip:
        where.append(QueueItem.id.not_in(skip))
    return _candidates(tuple(where), literal_column("0"))


def _candidates(where: tuple, rank) -> Select:
    return select(
        QueueItem.id, QueueItem.customer_id, QueueItem.due_at, QueueItem.window_end,
        QueueItem.attempts, QueueItem.max_attempts, QueueItem.priority, rank.label("started_rank"),
    ).where(*where)  # fmt: skip


def first_callable_id(
    session: Session, candidates: Select, now: datetime, hours: CallingHours, page: int = PAGE
) -> uuid.UUID | None:
    """The id of the first candidate callable now (only due items with attempts left and
    an open window can be; the calling hours in the customer's zone are judged here).

    When the head of the queue holds nothing callable, the distinct places of the due
    candidates (the customer's own zone and the first digits of their phone, which name its
    country) are screened before reading on: those surely outside calling hours are left
    out in SQL, so an evening's queue is not read row by row only to find nothing callable.
    """
    if not open_anywhere(now, hours):
        return None  # e.g. a Sunday: no customer anywhere may be called, so read nothing
    q = QueueItem
    due = (
        candidates.where(q.due_at <= now, q.attempts < q.max_attempts)
        .where(or_(q.window_end.is_(None), q.window_end > now))
        .outerjoin(Customer, Customer.id == q.customer_id)
    )
    phone = _primary_phone()
    ordered = due.add_columns(Customer.time_zone.label("customer_zone"), phone.label("phone"))
    ordered = ordered.order_by("started_rank", q.due_at, q.priority.desc(), q.id)
    found, complete = _first_in_pages(session, ordered, now, hours, page, pages=1)
    if found is not None or complete:
        return found
    place = tuple_(
        func.coalesce(Customer.time_zone, ""), func.coalesce(func.substr(phone, 1, 4), "")
    )
    screen = HoursScreen(now, hours)
    places = session.execute(due.with_only_columns(*place.clauses).distinct()).all()
    maybe = [tuple(row) for row in places if screen.maybe_callable(row[0], row[1])]
    if not maybe:
        return None
    return _first_in_pages(session, ordered.where(place.in_(maybe)), now, hours, page)[0]


def _first_in_pages(
    session: Session,
    ordered: Select,
    now: datetime,
    hours: CallingHours,
    page: int,
    pages: int | None = None,
) -> tuple[uuid.UUID | None, bool]:
    """The first callable row's id within `pages` pages (None: all), and whether every
    candidate was read."""
    offset = 0
    while pages is None or offset < pages * page:
        rows = session.execute(ordered.limit(page).offset(offset)).all()
        for row in rows:
            if _callable(row, now, hours):
                return row.id, False
        if len(rows) < page:
            return None, True
        offset += page
    return None, False


def _primary_phone():
    """The customer's first phone (the one calling hours go by), as a correlated subquery."""
    return (
        select(CustomerPhone.e164)
        .where(CustomerPhone.customer_id == QueueItem.customer_id)
        .order_by(CustomerPhone.position, CustomerPhone.e164)
        .limit(1)
        .scalar_subquery()
    )


def _callable(row, now: datetime, hours: CallingHours) -> bool:
    zone = customer_zone(row.customer_zone or "", row.phone or "", hours.time_zone)
    return judge(
        now, due_at=row.due_at, window_end=row.window_end, attempts=row.attempts,
        max_attempts=row.max_attempts, zone=zone, hours=hours,
    ).callable_now  # fmt: skip


def start(uow: UnitOfWork, item_id: uuid.UUID) -> None:
    """Mark the item in progress (with its outbox row) unless it already is."""
    changed = uow.session.execute(
        update(QueueItem)
        .where(QueueItem.id == item_id, QueueItem.status != IN_PROGRESS)
        .values(status=IN_PROGRESS, updated_at=datetime.now(UTC))
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount == 1:
        uow.update_synced(QueueItem, item_id, {"status": IN_PROGRESS})
