"""From fired rules to the actions to show: validity, consent, contact policy, then ranking.

Alerts take another road: only their validity dates apply; consent, cooldowns, caps and the
top-N cut are about offering, and a warning the consultant needs is not an offer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.rules.compiler import CompiledRule
from app.rules.definition import Repeat, RuleDefinition, RuleKind, Severity
from app.rules.evaluate import Evaluation, RuleFailure

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
class Candidate:
    """A fired rule that passed every policy, with its score and the data it read."""

    compiled: CompiledRule
    score: Decimal
    period: str = ""  # automatic actions: the ledger period key

    @property
    def definition(self) -> RuleDefinition:
        return self.compiled.definition


@dataclass(frozen=True, slots=True)
class Suppression:
    """A fired rule held back: `code` says why (see explain.REASONS), `detail` fills it in."""

    compiled: CompiledRule
    code: str
    detail: object = None


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
) -> Decision:
    """Apply dates, consent and contact policy to the fired rules, then rank and cut to `top`."""
    allowed: list[Candidate] = []
    suppressed: list[Suppression] = []
    alerts: list[Candidate] = []
    by_rule = _presentations_by_rule(history.presentations)
    today = as_of.date()
    for compiled in evaluation.fired:
        rule = compiled.definition
        if rule.kind is RuleKind.ALERT:
            _raise_alert(compiled, as_of, alerts, suppressed)
            continue
        held = _held_back(rule, features, by_rule.get(rule.id, ()), as_of, today)
        if held is None and rule.kind is RuleKind.AUTOMATIC:
            held = _already_done(rule, history, as_of)
        if held:
            suppressed.append(Suppression(compiled, *held))
        else:
            allowed.append(Candidate(compiled, _score(rule), _period(rule, as_of)))
    # Highest score first; sorted() is stable, so ties keep the rule set's order.
    allowed.sort(key=lambda candidate: -candidate.score)
    prompts, automatic = _split(allowed, suppressed, top)
    alerts.sort(key=lambda alert: (alert.definition.severity is not Severity.RED, -alert.score))
    return Decision(
        tuple(prompts), tuple(automatic), tuple(suppressed), evaluation.failures, tuple(alerts)
    )


# rule -> its score (a Decimal product, the same for every customer), by id; each entry holds
# its rule, so an id is never reused while its entry is there.
_SCORES: dict[int, tuple[RuleDefinition, Decimal]] = {}
_SCORES_KEPT = 20_000


def _score(rule: RuleDefinition) -> Decimal:
    kept = _SCORES.get(id(rule))
    if kept is not None and kept[0] is rule:
        return kept[1]
    if len(_SCORES) >= _SCORES_KEPT:  # drafts tried one after another: start afresh
        _SCORES.clear()
    score = rule.score
    _SCORES[id(rule)] = (rule, score)
    return score


def _raise_alert(
    compiled: CompiledRule, as_of: datetime, alerts: list[Candidate], held: list[Suppression]
) -> None:
    """An alert in force is shown whatever the contact history and consents say."""
    outside = _outside_dates(compiled.definition, as_of.date())
    if outside:
        held.append(Suppression(compiled, *outside))
    else:  # scored by priority alone: business value is about offers
        alerts.append(Candidate(compiled, Decimal(compiled.definition.priority)))


def _period(rule: RuleDefinition, as_of: datetime) -> str:
    return period_key(rule.repeat, as_of) if rule.kind is RuleKind.AUTOMATIC else ""


def _split(
    allowed: list[Candidate], suppressed: list[Suppression], top: int
) -> tuple[list[Candidate], list[Candidate]]:
    prompts: list[Candidate] = []
    automatic: list[Candidate] = []
    offered_by: dict[str, str] = {}
    for candidate in allowed:
        rule = candidate.definition
        if rule.kind is RuleKind.AUTOMATIC:
            automatic.append(candidate)
        elif rule.action in offered_by:
            suppressed.append(
                Suppression(candidate.compiled, "duplicate_action", offered_by[rule.action])
            )
        elif len(prompts) >= top:
            suppressed.append(Suppression(candidate.compiled, "below_top", top))
        else:
            offered_by[rule.action] = rule.id
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
    rule: RuleDefinition,
    features: Mapping[str, object],
    past: list[PastPresentation],
    as_of: datetime,
    today: date,
) -> tuple[str, object] | None:
    """The first reason to hold the rule back, in the order people check them."""
    if rule.valid_from or rule.valid_to:
        outside = _outside_dates(rule, today)
        if outside:
            return outside
    if rule.requires_consent and features.get(f"consent_{rule.requires_consent}") is not True:
        return "no_consent", rule.requires_consent
    if not past:  # never shown: only a cap of zero presentations holds it back
        cap = rule.policy.max_presentations
        return ("presentation_cap", 0) if cap and cap <= 0 else None
    return _policy(rule, past, as_of)


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
    rule: RuleDefinition, history: CustomerHistory, as_of: datetime
) -> tuple[str, object] | None:
    if rule.kind is not RuleKind.AUTOMATIC:
        return None
    done_at = history.executed.get((rule.id, period_key(rule.repeat, as_of)))
    if done_at is None:
        return None
    return "already_done", done_at.date()
