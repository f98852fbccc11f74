"""Per-agent figures in one statement: the team's active members left-joined to five aggregates.

Definitions (README "Team-lead figures"):
- contacts: contacts the agent started within the days (local days of the period's zone); a
  contact later corrected (superseded by another) is not counted, its correction is;
- avg_handle_seconds: mean of ended_at − started_at over those contacts that have an end not
  before their start (None when none has), rounded to 0.1 s;
- offers_presented / offers_accepted: presentations the agent showed within the days, and of
  those the ones whose latest outcome is "accepted" (latest_outcome.py);
- open_items: queue items assigned to the agent that are still to do (open or in progress),
  whatever their due time; overdue: of those, the ones overdue at `now` (queue/overdue.py:
  a callback or follow-up past its due time, any item past its call window);
- callbacks_due: callbacks assigned to the agent due within the days, not cancelled;
  callbacks_on_time: of those, the ones done with the customer reached (outcome "reached", or
  no outcome: closed by a saved contact) by the end of their call window, or without a window
  within CALLBACK_GRACE of their due time. The moment of closing is the last attempt's time,
  else the item's last change.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import Contact, QueueItem, Team, User
from app.models.enums import QUEUE_PENDING, OfferOutcome, QueueKind, QueueOutcome, QueueStatus
from app.services.queue.overdue import overdue_clause
from app.services.reports.dialect import seconds_between
from app.services.reports.figures import AgentFigures
from app.services.reports.latest_outcome import presentations_with_outcome
from app.services.reports.scope import Scope

CALLBACK_GRACE = timedelta(hours=1)  # a promise without a window is kept within this


def agent_figures(
    session: Session, scope: Scope, start: datetime, end: datetime, now: datetime
) -> list[AgentFigures]:
    """One AgentFigures per active member of the scope, by display name then login."""
    contacts = _contacts(scope, start, end)
    offers = _offers(scope, start, end)
    pending = _open_items(scope, now)
    callbacks = _callbacks(scope, start, end)
    members = select(User.id, User.login, User.display_name, Team.name.label("team")).outerjoin(
        Team, Team.id == User.team_id
    )
    members = members.where(User.active.is_(True))
    if scope.team_id is not None:
        members = members.where(User.team_id == scope.team_id)
    m = members.subquery("members")
    zero = 0
    stmt = (
        select(
            m.c.login,
            m.c.display_name,
            m.c.team,
            func.coalesce(contacts.c.contacts, zero),
            contacts.c.handle,
            func.coalesce(offers.c.presented, zero),
            func.coalesce(offers.c.accepted, zero),
            func.coalesce(pending.c.open_items, zero),
            func.coalesce(pending.c.overdue, zero),
            func.coalesce(callbacks.c.callbacks_due, zero),
            func.coalesce(callbacks.c.callbacks_on_time, zero),
        )
        .outerjoin(contacts, contacts.c.agent_id == m.c.id)
        .outerjoin(offers, offers.c.agent_id == m.c.id)
        .outerjoin(pending, pending.c.agent_id == m.c.id)
        .outerjoin(callbacks, callbacks.c.agent_id == m.c.id)
        .order_by(m.c.display_name, m.c.login)
    )
    return [_figures(*row) for row in session.execute(stmt)]


def _figures(login, name, team, contacts, handle, presented, accepted, *queue) -> AgentFigures:
    return AgentFigures(
        agent=login,
        display_name=name or login,
        team=team or "",
        contacts=int(contacts),
        avg_handle_seconds=None if handle is None else round(float(handle), 1),
        offers_presented=int(presented),
        offers_accepted=int(accepted),
        acceptance_rate=accepted / presented if presented else None,
        open_items=int(queue[0]),
        overdue=int(queue[1]),
        callbacks_due=int(queue[2]),
        callbacks_on_time=int(queue[3]),
    )


def counted_contacts(scope: Scope, span: tuple[datetime, datetime]):
    """The WHERE clause of contacts counted: started within [start, end), not corrected."""
    later = aliased(Contact)
    return and_(
        Contact.started_at >= span[0],
        Contact.started_at < span[1],
        scope.agents(Contact.agent_id),
        ~exists().where(later.supersedes_id == Contact.id),
    )


def _contacts(scope: Scope, start: datetime, end: datetime):
    handled = and_(Contact.ended_at.is_not(None), Contact.ended_at >= Contact.started_at)
    duration = case((handled, seconds_between(Contact.started_at, Contact.ended_at)))
    return (
        select(
            Contact.agent_id,
            func.count().label("contacts"),
            func.avg(duration).label("handle"),
        )
        .where(Contact.agent_id.is_not(None), counted_contacts(scope, (start, end)))
        .group_by(Contact.agent_id)
        .subquery("contact_figures")
    )


def _offers(scope: Scope, start: datetime, end: datetime):
    presented = presentations_with_outcome(scope, start, end)
    accepted = case((presented.c.outcome == OfferOutcome.ACCEPTED.value, 1), else_=0)
    return (
        select(
            presented.c.agent_id,
            func.count().label("presented"),
            func.sum(accepted).label("accepted"),
        )
        .where(presented.c.agent_id.is_not(None))
        .group_by(presented.c.agent_id)
        .subquery("offer_figures")
    )


def _open_items(scope: Scope, now: datetime):
    q = QueueItem
    late = overdue_clause(now)
    return (
        select(
            q.assigned_to.label("agent_id"),
            func.count().label("open_items"),
            func.sum(case((late, 1), else_=0)).label("overdue"),
        )
        .where(q.status.in_([status.value for status in QUEUE_PENDING]))
        .where(q.assigned_to.is_not(None), scope.agents(q.assigned_to))
        .group_by(q.assigned_to)
        .subquery("open_figures")
    )


def _callbacks(scope: Scope, start: datetime, end: datetime):
    q = QueueItem
    closed_at = func.coalesce(q.last_attempt_at, q.updated_at)
    in_time = or_(
        and_(q.window_end.is_not(None), closed_at <= q.window_end),
        and_(
            q.window_end.is_(None),
            seconds_between(q.due_at, closed_at) <= CALLBACK_GRACE.total_seconds(),
        ),
    )
    kept = and_(
        q.status == QueueStatus.DONE.value,
        q.outcome.in_((QueueOutcome.REACHED.value, "")),
        in_time,
    )
    return (
        select(
            q.assigned_to.label("agent_id"),
            func.count().label("callbacks_due"),
            func.sum(case((kept, 1), else_=0)).label("callbacks_on_time"),
        )
        .where(q.kind == QueueKind.CALLBACK.value, q.status != QueueStatus.CANCELLED.value)
        .where(q.due_at >= start, q.due_at < end)
        .where(q.assigned_to.is_not(None), scope.agents(q.assigned_to))
        .group_by(q.assigned_to)
        .subquery("callback_figures")
    )
