"""From fired rules to the actions to show: validity, consent, contact policy, then ranking.

Alerts take another road: only their validity dates apply; consent, cooldowns, caps and the
top-N cut are about offering, and a warning the consultant needs is not an offer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from operator import itemgetter

from app.rules.arbitrate_facts import FACTS, RuleFacts, facts_of
from app.rules.definition import Repeat, RuleDefinition
from app.rules.evaluate import Evaluation, RuleFailure
from app.rules.experiment import in_challenger_arm, propensity_of
from app.rules.verdicts import Candidate, Suppression

DEFAULT_TOP = 3
# Presentations this close to now belong to the contact in progress: reopening the card in
# the same call must not put the offer on its own cooldown, nor count it twice.
CONTACT_WINDOW = timedelta(hours=1)
DECLINING = ("declined", "not_relevant")


@dataclass(frozen=True, slots=True)
class PastPresentation:
    """An action shown to this customer before, with its latest outcome (None: no answer)."""

    rule_id: str
    shown_at: datetime
    outcome: str | None = None  # accepted | declined | later | not_relevant
    outcome_at: datetime | None = None
    callback_due: datetime | None = None  # for "later"


@dataclass(frozen=True, slots=True)
class CustomerHistory:
    """What the contact policies look at; built by the service from recorded events."""

    presentations: tuple[PastPresentation, ...] = ()
    executed: Mapping[tuple[str, str], datetime] = field(default_factory=dict)  # ledger


@dataclass(frozen=True, slots=True)
class Decision:
    prompts: tuple[Candidate, ...]  # the top N to show the consultant, best first
    automatic: tuple[Candidate, ...]  # to be executed by the system, best first
    suppressed: tuple[Suppression, ...]
    failures: tuple[RuleFailure, ...]
    alerts: tuple[Candidate, ...] = ()  # warnings for the card: red first, then by priority


def period_key(repeat: Repeat, as_of: datetime) -> str:
    """The ledger period an automatic action falls in; it runs at most once per period."""
    day = as_of.date()
    if repeat is Repeat.ONCE:
        return "once"
    if repeat is Repeat.YEAR:
        return f"{day.year}"
    if repeat is Repeat.HALF_YEAR:
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if repeat is Repeat.MONTH:
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def arbitrate(
    evaluation: Evaluation,
    features: Mapping[str, object],
    history: CustomerHistory,
    as_of: datetime,
    top: int = DEFAULT_TOP,
    customer: str = "",
) -> Decision:
    """Apply dates, champion/challenger splits, consent and contact policy to the fired rules,
    then rank (by score, times the propensity where a prompt names one) and cut to `top`.

    `customer` (the customer's id as text) places them in each pair's arm (experiment.arm).
    """
    allowed: list[tuple[Decimal, RuleFacts, Candidate]] = []
    suppressed: list[Suppression] = []
    alerts: list[tuple[bool, Decimal, Candidate]] = []
    presentations = history.presentations
    by_rule = _presentations_by_rule(presentations) if presentations else {}
    executed = history.executed
    today = as_of.date()
    known = FACTS
    for compiled in evaluation.fired:
        facts = known.get(id(compiled))
        if facts is None or facts.compiled is not compiled:
            facts = facts_of(compiled)
        if facts.alert:  # shown whatever the contact history and consents say
            outside = _outside_dates(compiled.definition, today) if facts.dates else None
            if outside:
                suppressed.append(Suppression(compiled, *outside))
            else:
                alerts.append((not facts.red, facts.rank, facts.candidate))
            continue
        held = _held_back(facts, features, by_rule, as_of, today, customer)
        candidate = facts.candidate
        rank = facts.rank
        if facts.propensity is not None and held is None:
            propensity = propensity_of(features, facts.propensity)
            if propensity is None:
                candidate = facts.unknown
            else:
                rank, candidate = facts.weighed(propensity)
        if facts.automatic:
            candidate = _automatic(facts, as_of)
            if held is None and executed:
                held = _already_done(facts, candidate.period, executed)
        if held is None:
            allowed.append((rank, facts, candidate))
        elif type(held) is Suppression:
            suppressed.append(held)
        else:
            suppressed.append(Suppression(compiled, *held))
    # Highest score first; sort() is stable and compares the ranks alone, so ties keep the
    # rule set's order.
    allowed.sort(key=_first)
    prompts, automatic = _split(allowed, suppressed, top)
    alerts.sort(key=_severity_then_rank)
    return Decision(
        tuple(prompts),
        tuple(automatic),
        tuple(suppressed),
        evaluation.failures,
        tuple([alert for _red, _rank, alert in alerts]),
    )


_first = itemgetter(0)
_severity_then_rank = itemgetter(0, 1)  # red first, then by priority


def _automatic(facts: RuleFacts, as_of: datetime) -> Candidate:
    """An automatic action's candidate carries its ledger period: the same for a whole batch
    (one as_of), so it is made once per as_of object."""
    kept = facts.period_for
    if kept is not None and kept[0] is as_of:
        return kept[1]
    compiled = facts.compiled
    candidate = Candidate(compiled, facts.score, period_key(compiled.definition.repeat, as_of))
    facts.period_for = (as_of, candidate)
    return candidate


def _split(
    allowed: list[tuple[Decimal, RuleFacts, Candidate]], suppressed: list[Suppression], top: int
) -> tuple[list[Candidate], list[Candidate]]:
    prompts: list[Candidate] = []
    automatic: list[Candidate] = []
    offered_by: dict[str, str] = {}
    for _rank, facts, candidate in allowed:
        if facts.automatic:
            automatic.append(candidate)
        elif facts.action in offered_by:
            suppressed.append(facts.duplicate_of(offered_by[facts.action]))
        elif len(prompts) >= top:
            suppressed.append(facts.ranked_below(top))
        else:
            offered_by[facts.action] = facts.rule_id
            prompts.append(candidate)
    return prompts, automatic


def _presentations_by_rule(
    presentations: Iterable[PastPresentation],
) -> dict[str, list[PastPresentation]]:
    grouped: dict[str, list[PastPresentation]] = {}
    for item in presentations:
        grouped.setdefault(item.rule_id, []).append(item)
    for items in grouped.values():
        items.sort(key=lambda item: item.shown_at, reverse=True)
    return grouped


def _held_back(
    facts: RuleFacts,
    features: Mapping[str, object],
    by_rule: dict[str, list[PastPresentation]],
    as_of: datetime,
    today: date,
    customer: str,
) -> Suppression | tuple[str, object] | None:
    """The first reason to hold the rule back, in the order people check them."""
    if facts.dates:
        outside = _outside_dates(facts.compiled.definition, today)
        if outside:
            return outside
    split = facts.split
    if split is not None:
        challenger_arm = in_challenger_arm(customer, split)
        if facts.rule_id == split.champion:
            if challenger_arm:
                return facts.for_challenger
        elif not challenger_arm:
            return facts.for_champion
    if facts.consent_key is not None and features.get(facts.consent_key) is not True:
        return facts.no_consent
    past = by_rule.get(facts.rule_id) if by_rule else None
    if not past:  # never shown: only a cap of zero presentations holds it back
        return facts.never_shown
    return _policy(facts.compiled.definition, past, as_of)


def _outside_dates(rule: RuleDefinition, today: date) -> tuple[str, object] | None:
    if rule.valid_from and today < rule.valid_from:
        return "outside_dates", f"from {rule.valid_from.isoformat()}"
    if rule.valid_to and today > rule.valid_to:
        return "outside_dates", f"until {rule.valid_to.isoformat()}"
    return None


def _policy(
    rule: RuleDefinition, past: list[PastPresentation], as_of: datetime
) -> tuple[str, object] | None:
    policy = rule.policy
    earlier = [item for item in past if item.shown_at <= as_of - CONTACT_WINDOW]
    for item in past:  # newest first
        if item.outcome == "later" and item.callback_due and item.callback_due > as_of:
            return "waiting_callback", item.callback_due
        answered = item.outcome_at or item.shown_at
        if item.outcome in DECLINING:
            until = _until(answered, policy.cooldown_declined_days)
            if until > as_of:
                return "cooldown_declined", until.date()
        if item.outcome == "accepted":
            until = _until(answered, policy.cooldown_accepted_days)
            if until > as_of:
                return "cooldown_accepted", until.date()
    if earlier and policy.cooldown_days:
        until = _until(earlier[0].shown_at, policy.cooldown_days)
        if until > as_of and not _in_contact(past, as_of):
            return "cooldown_shown", until.date()
    if policy.max_presentations:
        since = as_of - timedelta(days=policy.presentation_window_days)
        count = sum(1 for item in earlier if item.shown_at > since)
        if count >= policy.max_presentations and not _in_contact(past, as_of):
            return "presentation_cap", count
    return None


def _in_contact(past: list[PastPresentation], as_of: datetime) -> bool:
    """Shown already in the contact in progress: keep showing it until the call ends."""
    return bool(past) and past[0].shown_at > as_of - CONTACT_WINDOW


def _until(moment: datetime, days: int) -> datetime:
    return moment + timedelta(days=days)


def _already_done(
    facts: RuleFacts, period: str, executed: Mapping[tuple[str, str], datetime]
) -> tuple[str, object] | None:
    done_at = executed.get((facts.rule_id, period))
    if done_at is None:
        return None
    return "already_done", done_at.date()
