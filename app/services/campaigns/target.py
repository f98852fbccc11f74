"""What a generation evaluates for each customer: the campaign's rule, and its verdict.

A rule campaign evaluates the published rule itself and arbitrates it exactly as the next
best action does (validity dates, consent, cooldowns, presentation caps of that rule). A
condition campaign evaluates a rule built from its condition: on a marketing channel (phone,
e-mail, SMS) it requires that channel's marketing consent, and the default contact policy
applies to earlier presentations of the same action by any rule of the published set.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from app.rules.arbitrate import CustomerHistory, PastPresentation, arbitrate
from app.rules.compiler import CompiledRule, CompiledRuleSet
from app.rules.definition import CONSENT_CHANNELS, ContactPolicy, RuleDefinition, RuleKind
from app.rules.evaluate import evaluate
from app.rules.explain import PlainFormatter, render_template
from app.rules.features import CustomerFacts, build_features, placeholder_values

CONDITION_RULE = "campaign"  # the id of the rule a condition campaign evaluates
RULE_ERROR = "rule_error"  # held: the rule failed on this customer's data


@dataclass(frozen=True, slots=True)
class Target:
    """The rule to evaluate; for a condition campaign also the rules offering its action."""

    definition: RuleDefinition
    from_condition: bool = False
    same_action: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Hit:
    """A customer the target matched: `held` the policy code holding them back ("" if none)."""

    customer_id: uuid.UUID
    held: str
    script: str


def rule_target(rule: RuleDefinition) -> Target:
    return Target(rule)


def condition_target(
    name: str, condition: str, action: str, channel: str, published: list[RuleDefinition]
) -> Target:
    consent = channel if channel in CONSENT_CHANNELS else None
    definition = RuleDefinition(
        id=CONDITION_RULE,
        name=name,
        condition=condition,
        kind=RuleKind.PROMPT,
        action=action,
        channel=channel,
        requires_consent=consent,
        policy=ContactPolicy(),
    )
    same = frozenset(rule.id for rule in published if rule.action == action)
    return Target(definition, True, same)


def judge(
    target: Target, compiled: CompiledRule, version: int, as_of: datetime
) -> Callable[[CustomerFacts, CustomerHistory], Hit | None]:
    """The verdict on one customer from facts and history loaded by the batch."""
    rules = CompiledRuleSet(version, (compiled,))
    fmt = PlainFormatter()

    def verdict(fact: CustomerFacts, history: CustomerHistory) -> Hit | None:
        features = build_features(fact, as_of)
        evaluation = evaluate(rules, features)
        if evaluation.failures:
            return Hit(fact.customer_id, RULE_ERROR, "")
        if not evaluation.fired:
            return None
        if target.from_condition:
            history = _as_campaign_history(history, target.same_action)
        decision = arbitrate(evaluation, features, history, as_of, 1, str(fact.customer_id))
        if not decision.prompts:
            held = decision.suppressed[0].code if decision.suppressed else "held"
            return Hit(fact.customer_id, held, "")
        values = placeholder_values(fact, features)
        return Hit(fact.customer_id, "", render_template(target.definition.script, values, fmt))

    return verdict


def _as_campaign_history(history: CustomerHistory, same_action: frozenset[str]) -> CustomerHistory:
    """Presentations of the campaign's action (by any rule) as the campaign rule's own."""
    kept = tuple(
        PastPresentation(CONDITION_RULE, p.shown_at, p.outcome, p.outcome_at, p.callback_due)
        for p in history.presentations
        if p.rule_id in same_action
    )
    return replace(history, presentations=kept)
