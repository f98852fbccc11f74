"""Per-rule offer figures: one GROUP BY (rule, latest outcome, decline reason), folded per rule.

presented = presentations shown within the days; accepted, declined, later, not_relevant =
those whose latest outcome is that; no_outcome = none recorded yet; conversion = accepted ÷
presented with its Wilson 95 % interval; declined_by_reason = declined ones by reason code
("unspecified" for a decline recorded without one).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models.enums import OfferOutcome
from app.services.reports.figures import OfferFigures
from app.services.reports.latest_outcome import presentations_with_outcome
from app.services.reports.scope import Scope
from app.services.reports.wilson import wilson_interval

NO_REASON = "unspecified"
DECLINED = OfferOutcome.DECLINED.value


def offer_figures(
    session: Session, scope: Scope, start: datetime, end: datetime
) -> list[OfferFigures]:
    """One OfferFigures per rule presented within [start, end), by rule id."""
    presented = presentations_with_outcome(scope, start, end)
    reason = case((presented.c.outcome == DECLINED, presented.c.reason), else_="")
    rows = select(presented.c.rule_id, presented.c.outcome, reason.label("reason")).subquery()
    stmt = select(rows.c.rule_id, rows.c.outcome, rows.c.reason, func.count()).group_by(
        rows.c.rule_id, rows.c.outcome, rows.c.reason
    )
    outcomes: dict[str, Counter[str | None]] = defaultdict(Counter)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for rule_id, outcome, why, count in session.execute(stmt):
        outcomes[rule_id][outcome] += count
        if outcome == DECLINED:
            reasons[rule_id][why or NO_REASON] += count
    return [_figures(rule_id, outcomes[rule_id], reasons[rule_id]) for rule_id in sorted(outcomes)]


def _figures(rule_id: str, outcomes: Counter[str | None], reasons: Counter[str]) -> OfferFigures:
    presented = sum(outcomes.values())
    accepted = outcomes[OfferOutcome.ACCEPTED.value]
    interval = wilson_interval(accepted, presented)
    return OfferFigures(
        rule_id=rule_id,
        presented=presented,
        accepted=accepted,
        declined=outcomes[DECLINED],
        later=outcomes[OfferOutcome.LATER.value],
        not_relevant=outcomes[OfferOutcome.NOT_RELEVANT.value],
        no_outcome=outcomes[None],
        conversion=accepted / presented if presented else None,
        conversion_low=interval[0] if interval else None,
        conversion_high=interval[1] if interval else None,
        declined_by_reason=dict(sorted(reasons.items())),
    )
