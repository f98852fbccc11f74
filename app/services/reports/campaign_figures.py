"""Campaign results as SQL aggregates (SQLite and PostgreSQL alike).

Per campaign: `entries` its queue items, `targeted` the customers on it (one entry each, so
the same number, over all generations), `reached` entries closed with outcome reached;
`presented` the presentations of the campaign's offer (a rule campaign: its rule; a
condition campaign: its action, by any rule) to the campaign's customers between the start
of its first day and the end of its last (days in the centre's zone), each counted once with
its latest outcome: `accepted`, `declined` by reason ("unspecified" when none was given);
conversion = accepted / presented with a Wilson 95 % interval.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import Campaign, OfferOutcomeEvent, OfferPresentation, QueueItem
from app.models.enums import OfferOutcome, QueueOutcome
from app.services.centre_time import DEFAULT_ZONE, day_end, day_start
from app.services.reports.figures import CampaignFigures
from app.services.reports.latest_outcome import latest
from app.services.reports.wilson import wilson_interval

NO_REASON = "unspecified"


def campaign_figures(
    session: Session, campaign_id: uuid.UUID | None = None, *, zone: str = DEFAULT_ZONE
) -> list[CampaignFigures]:
    """Every campaign's figures (or one campaign's), by name."""
    stmt = select(Campaign).order_by(Campaign.name)
    if campaign_id is not None:
        stmt = stmt.where(Campaign.id == campaign_id)
    return [_figures(session, campaign, zone) for campaign in session.scalars(stmt)]


def _figures(session: Session, campaign: Campaign, zone: str) -> CampaignFigures:
    entries, targeted, reached = session.execute(
        select(
            func.count(QueueItem.id),
            func.count(func.distinct(QueueItem.customer_id)),
            func.coalesce(
                func.sum(case((QueueItem.outcome == QueueOutcome.REACHED.value, 1), else_=0)), 0
            ),
        ).where(QueueItem.campaign_id == campaign.id)
    ).one()
    presented = accepted = 0
    declined: dict[str, int] = {}
    for outcome, reason, count in session.execute(_outcomes(campaign, zone)):
        presented += count
        if outcome == OfferOutcome.ACCEPTED.value:
            accepted += count
        elif outcome == OfferOutcome.DECLINED.value:
            key = reason or NO_REASON
            declined[key] = declined.get(key, 0) + count
    low, high = wilson_interval(accepted, presented) or (None, None)
    return CampaignFigures(
        name=campaign.name,
        status=campaign.status,
        targeted=targeted,
        entries=entries,
        reached=int(reached),
        presented=presented,
        accepted=accepted,
        declined=dict(sorted(declined.items())),
        conversion=accepted / presented if presented else None,
        conversion_low=low,
        conversion_high=high,
    )


def _outcomes(campaign: Campaign, zone: str):
    """(latest outcome, its reason, presentations) of the campaign's offer to its customers.

    The latest outcome is read per presentation (an index probe): ranking the outcomes of
    every campaign customer first was planned, once the statement was prepared, as a scan
    of all outcomes per campaign.
    """
    customers = select(QueueItem.customer_id).where(QueueItem.campaign_id == campaign.id)
    p = OfferPresentation
    offer = p.rule_id == campaign.rule_id if campaign.rule_id else p.action == campaign.action
    window = [p.shown_at >= _start(campaign, zone)]
    if campaign.ends_on is not None:
        window.append(p.shown_at < day_end(campaign.ends_on, zone))
    presented = (
        select(p.id, latest(OfferOutcomeEvent.outcome), latest(OfferOutcomeEvent.reason))
        .where(p.customer_id.in_(customers), offer, *window)
        .subquery("presented")
    )
    return select(presented.c.outcome, presented.c.reason, func.count()).group_by(
        presented.c.outcome, presented.c.reason
    )


def _start(campaign: Campaign, zone: str) -> datetime:
    return day_start(campaign.starts_on, zone)
