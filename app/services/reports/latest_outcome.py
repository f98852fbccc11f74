"""Each presentation with its latest outcome: one row per presentation shown in the days read.

Outcomes are append-only and the latest one per presentation counts (a "later" that became an
"accepted" counts as accepted): latest by `recorded_at`, ties broken by id so both back ends
agree. The outcome counted is the latest recorded until now, even if recorded after the days.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Subquery, select

from app.models import OfferOutcomeEvent, OfferPresentation
from app.services.reports.scope import Scope

P = OfferPresentation
O = OfferOutcomeEvent  # noqa: E741


def presentations_with_outcome(scope: Scope, start: datetime, end: datetime) -> Subquery:
    """Columns: id, agent_id, rule_id, outcome (NULL: none yet), reason.

    The latest outcome is read per presentation (an index probe on presentation_id): a
    window over the outcomes joined back was planned as a nested loop over both sets.
    """
    return (
        select(P.id, P.agent_id, P.rule_id, latest(O.outcome), latest(O.reason))
        .where(*shown_within(scope, start, end))
        .subquery("presented")
    )


def shown_within(scope: Scope, start: datetime, end: datetime) -> tuple[ColumnElement[bool], ...]:
    """Presentations shown within [start, end) by the scope's agents."""
    return (P.shown_at >= start, P.shown_at < end, scope.agents(P.agent_id))


def latest(column):
    """`column` of the presentation's latest outcome (a correlated subquery on P)."""
    return (
        select(column)
        .where(O.presentation_id == P.id)
        .order_by(O.recorded_at.desc(), O.id.desc())
        .limit(1)
        .correlate(P)
        .scalar_subquery()
        .label(column.key)
    )
