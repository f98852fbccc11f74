"""Each presentation with its latest outcome: one row per presentation shown in the days read.

Outcomes are append-only and the latest one per presentation counts (a "later" that became an
"accepted" counts as accepted): latest by `recorded_at`, ties broken by id so both back ends
agree. The outcome counted is the latest recorded until now, even if recorded after the days.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Subquery, and_, func, select

from app.models import OfferOutcomeEvent, OfferPresentation
from app.services.reports.scope import Scope

P = OfferPresentation
O = OfferOutcomeEvent  # noqa: E741


def presentations_with_outcome(scope: Scope, start: datetime, end: datetime) -> Subquery:
    """Columns: id, agent_id, rule_id, outcome (NULL: none yet), reason."""
    shown = and_(P.shown_at >= start, P.shown_at < end, scope.agents(P.agent_id))
    ranked = (
        select(
            O.presentation_id,
            O.outcome,
            O.reason,
            func.row_number()
            .over(partition_by=O.presentation_id, order_by=(O.recorded_at.desc(), O.id.desc()))
            .label("rank"),
        )
        .join(P, P.id == O.presentation_id)
        .where(shown)
        .subquery("ranked")
    )
    return (
        select(P.id, P.agent_id, P.rule_id, ranked.c.outcome, ranked.c.reason)
        .outerjoin(ranked, and_(ranked.c.presentation_id == P.id, ranked.c.rank == 1))
        .where(shown)
        .subquery("presented")
    )
