"""The demo's open campaign: the seasonal deposit rule turned into the first team's call list,
two weeks worked, so its figures (targeted, reached, presented, accepted, declined by reason,
conversion) have numbers: each entry reached has its outbound contact, the offer presented
and what the customer said."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from app.models import Campaign, Contact, OfferOutcomeEvent, OfferPresentation
from app.models.enums import (
    Channel,
    ContactOutcome,
    Direction,
    QueueKind,
    QueueOutcome,
    QueueStatus,
)
from app.services.demo.floor_state import Floor
from app.services.demo.people import Weighted
from app.services.demo.recent import REASONS

RULE_ID, ACTION = "seasonal_deposit_campaign", "offer_seasonal_deposit"
STARTED_DAYS_AGO, RUNS_DAYS = 14, 30
ENTRIES = (10, 120)  # at least, at most (one customer in twenty in between)
# What became of an entry: (status, outcome, attempts), by weight.
_FATES = Weighted(
    [
        ((QueueStatus.DONE, QueueOutcome.REACHED, 1), 38),
        ((QueueStatus.DONE, QueueOutcome.REACHED, 2), 8),
        ((QueueStatus.DONE, QueueOutcome.REFUSED, 1), 5),
        ((QueueStatus.OPEN, QueueOutcome.NO_ANSWER, 1), 10),
        ((QueueStatus.EXPIRED, QueueOutcome.NO_ANSWER, 3), 4),
        ((QueueStatus.IN_PROGRESS, None, 0), 0),  # the one the lead has open now
        ((QueueStatus.OPEN, None, 0), 32),
    ]
)
_CONTACT_OUTCOME = {
    QueueOutcome.REACHED: ContactOutcome.INFORMATION_GIVEN,
    QueueOutcome.REFUSED: ContactOutcome.RESOLVED,
}
_SAID = Weighted([("accepted", 30), ("declined", 42), ("later", 10), ("not_relevant", 18)])


def add_campaign(floor: Floor, as_of: date, lead: str, team: list[str], version: int) -> None:
    """The campaign row and its entries, worked by the team over the days since it began."""
    words, rng = floor.words, floor.rng
    count = min(max(len(floor.customers) // 20, ENTRIES[0]), ENTRIES[1], len(floor.customers))
    starts = as_of - timedelta(days=STARTED_DAYS_AGO)
    campaign = Campaign(
        id=floor.new_id(),
        name=words["campaign"],
        rule_id=RULE_ID,
        action=ACTION,
        channel=Channel.PHONE.value,
        starts_on=starts,
        ends_on=starts + timedelta(days=RUNS_DAYS),
        team_id=floor.teams[0],
        cap=count * 2,
        created_by=lead,
        generated_at=floor.at(STARTED_DAYS_AGO, 7 * 3600),
        rule_version=version or None,
    )
    floor.session.add(campaign)
    floor.session.flush()
    outcomes: list[OfferOutcomeEvent] = []
    for number, customer in enumerate(rng.sample(floor.customers, count)):
        # Each fate at least once (a small demo shows them all), then drawn by weight.
        fate = _FATES.values[number] if number < len(_FATES.values) else _FATES.draw(rng)
        status, outcome, attempts = fate
        agent = floor.users[lead if status == QueueStatus.IN_PROGRESS else _pick(rng, team)]
        last = _attempt(floor) if attempts else None
        worked = attempts > 0 or status == QueueStatus.IN_PROGRESS
        floor.item(
            QueueKind.CAMPAIGN,
            _due(floor, status, last),
            customer_id=customer,
            assigned_to=agent if worked else None,
            team_id=floor.teams[0],
            status=status.value,
            outcome=outcome.value if outcome else "",
            attempts=attempts,
            last_attempt_at=last,
            campaign_id=campaign.id,
            window_end=datetime.combine(campaign.ends_on + timedelta(days=1), time(), UTC),
            rule_id=RULE_ID,
            action=ACTION,
            reason=words["campaign_reason"],
            script=words["campaign_script"],
            priority=1,
        )
        if last is not None:
            _call(floor, customer, agent, last, outcome, version, outcomes)
    floor.session.flush()  # the presentations before the outcomes that name them
    floor.session.add_all(outcomes)


def _pick(rng, items: list[str]) -> str:
    return items[int(rng.random() * len(items))]


def _attempt(floor: Floor) -> datetime:
    """A moment in office hours since the campaign began, never after now."""
    rng = floor.rng
    for _ in range(4):
        moment = floor.at(
            int(rng.random() * STARTED_DAYS_AGO), 8 * 3600 + int(rng.random() * 10 * 3600)
        )
        if moment < floor.now - timedelta(minutes=15):  # the call is over by now
            return moment
    return floor.now - timedelta(days=1)


def _due(floor: Floor, status: QueueStatus, last: datetime | None) -> datetime:
    if status == QueueStatus.OPEN and last is not None:
        return max(last + timedelta(days=1), floor.now - timedelta(hours=2))  # the retry
    if last is not None:
        return last
    return floor.at(STARTED_DAYS_AGO, 8 * 3600)  # open since the list was generated


def _call(
    floor: Floor,
    customer: uuid.UUID,
    agent: uuid.UUID,
    at: datetime,
    outcome: QueueOutcome,
    version: int,
    outcomes: list[OfferOutcomeEvent],
) -> None:
    """The last attempt's outbound contact and, when reached, the offer and its outcome."""
    rng, session, words = floor.rng, floor.session, floor.words
    reached = outcome == QueueOutcome.REACHED
    spoke = reached or outcome == QueueOutcome.REFUSED
    ended = at + timedelta(seconds=(60 + int(rng.random() * 420)) if spoke else 30)
    result = _CONTACT_OUTCOME.get(outcome, ContactOutcome.NO_ANSWER)
    session.add(
        Contact(
            id=floor.new_id(),
            customer_id=customer,
            channel=Channel.PHONE.value,
            direction=Direction.OUTBOUND.value,
            agent_id=agent,
            started_at=at,
            ended_at=ended,
            reason=str(words["campaign_reason"]),
            outcome=result.value,
        )
    )
    if not reached:
        return
    shown = OfferPresentation(
        id=floor.new_id(),
        customer_id=customer,
        rule_id=RULE_ID,
        rule_version=version,
        action=ACTION,
        agent_id=agent,
        shown_at=at + timedelta(seconds=40),
    )
    said = _SAID.draw(rng)
    session.add(shown)
    outcomes.append(
        OfferOutcomeEvent(
            id=floor.new_id(),
            presentation_id=shown.id,
            customer_id=customer,
            rule_id=RULE_ID,
            rule_version=version,
            outcome=said,
            reason=REASONS.draw(rng) if said == "declined" else "",
            agent_id=agent,
            recorded_at=shown.shown_at,
        )
    )
