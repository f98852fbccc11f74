"""One customer's next best actions as plain results: evaluate, arbitrate, explain."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.rules.arbitrate import DEFAULT_TOP, Candidate, CustomerHistory, arbitrate
from app.rules.compiler import CompiledRuleSet
from app.rules.evaluate import RuleFailure, evaluate
from app.rules.explain import (
    PlainFormatter,
    ValueFormatter,
    default_why,
    reason_text,
    render_template,
)


@dataclass(frozen=True, slots=True)
class OfferedAction:
    """An action to show or execute, with the script and the plain "why"."""

    rule_id: str
    rule_name: str
    rule_version: int
    kind: str  # prompt | automatic
    action: str
    channel: str
    score: Decimal
    script: str
    explanation: str
    period: str = ""  # automatic: the ledger period


@dataclass(frozen=True, slots=True)
class RaisedAlert:
    """A warning for the card's banner: severity word, headline and the plain "why"."""

    rule_id: str
    rule_name: str
    severity: str  # red | amber
    title: str
    explanation: str


@dataclass(frozen=True, slots=True)
class HeldAction:
    """A rule that fired but is not offered, with the reason."""

    rule_id: str
    rule_name: str
    code: str
    detail: object
    reason: str


@dataclass(frozen=True, slots=True)
class NbaResult:
    customer_id: str  # external id
    at: datetime
    rule_version: int
    actions: tuple[OfferedAction, ...]  # prompts (top N) then automatic, each best first
    suppressed: tuple[HeldAction, ...]
    errors: tuple[RuleFailure, ...]
    # Never among `actions`: nothing is offered, logged as presented, or counted by policies.
    alerts: tuple[RaisedAlert, ...] = ()

    @property
    def prompts(self) -> tuple[OfferedAction, ...]:
        return tuple(action for action in self.actions if action.kind == "prompt")

    def to_json(self) -> dict:
        """The `acrm nba --json` shape."""
        return {
            "customer_id": self.customer_id,
            "at": self.at.isoformat(),
            "rule_version": self.rule_version,
            "actions": [
                {
                    "rule_id": a.rule_id,
                    "rule_name": a.rule_name,
                    "kind": a.kind,
                    "action": a.action,
                    "score": float(a.score),
                    "script": a.script,
                    "explanation": a.explanation,
                }
                for a in self.actions
            ],
            "suppressed": [
                {"rule_id": h.rule_id, "reason": h.reason, "code": h.code} for h in self.suppressed
            ],
            "errors": [{"rule_id": e.rule_id, "message": e.message} for e in self.errors],
            "alerts": [
                {
                    "rule_id": a.rule_id,
                    "severity": a.severity,
                    "title": a.title,
                    "explanation": a.explanation,
                }
                for a in self.alerts
            ],
        }

    def json_line(self) -> str:
        """`json.dumps(self.to_json(), ensure_ascii=False)`, written without building the dicts
        first (`acrm nba --all` writes one per customer: the dicts cost as much as the JSON)."""
        text = _text
        actions = ", ".join(
            [
                f'{{"rule_id": {text(a.rule_id)}, "rule_name": {text(a.rule_name)}, '
                f'"kind": {text(a.kind)}, "action": {text(a.action)}, '
                f'"score": {_number(a.score)}, "script": {text(a.script)}, '
                f'"explanation": {text(a.explanation)}}}'
                for a in self.actions
            ]
        )
        suppressed = ", ".join(
            [
                f'{{"rule_id": {text(h.rule_id)}, "reason": {text(h.reason)}, '
                f'"code": {text(h.code)}}}'
                for h in self.suppressed
            ]
        )
        errors = ", ".join(
            [f'{{"rule_id": {text(e.rule_id)}, "message": {text(e.message)}}}' for e in self.errors]
        )
        alerts = ", ".join(
            [
                f'{{"rule_id": {text(a.rule_id)}, "severity": {text(a.severity)}, '
                f'"title": {text(a.title)}, "explanation": {text(a.explanation)}}}'
                for a in self.alerts
            ]
        )
        return (
            f'{{"customer_id": {text(self.customer_id)}, "at": {text(self.at.isoformat())}, '
            f'"rule_version": {int.__repr__(self.rule_version)}, "actions": [{actions}], '
            f'"suppressed": [{suppressed}], "errors": [{errors}], "alerts": [{alerts}]}}'
        )


# How json.dumps(..., ensure_ascii=False) writes a string (its C encoder where available).
_text = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _number(score: Decimal) -> str:
    """A score as json.dumps writes float(score) (NaN and the infinities as it spells them)."""
    value = float(score)
    return float.__repr__(value) if math.isfinite(value) else json.dumps(value)


def decide(
    rule_set: CompiledRuleSet,
    features: Mapping[str, object],
    values: Mapping[str, object],
    history: CustomerHistory,
    *,
    external_id: str,
    as_of: datetime,
    top: int = DEFAULT_TOP,
    formatter: ValueFormatter | None = None,
) -> NbaResult:
    """Evaluate, arbitrate and explain; `values` fills script placeholders (features + names)."""
    fmt = formatter or PlainFormatter()
    decision = arbitrate(evaluate(rule_set, features), features, history, as_of, top)
    actions = [_offered(c, rule_set.version, values, fmt) for c in decision.prompts]
    actions += [_offered(c, rule_set.version, values, fmt) for c in decision.automatic]
    held = tuple(
        HeldAction(
            s.compiled.id,
            s.compiled.definition.name,
            s.code,
            s.detail,
            reason_text(s.code, s.detail, fmt),
        )
        for s in decision.suppressed
    )
    failures = (
        tuple(RuleFailure(error.rule_id, str(error)) for error in rule_set.errors)
        + decision.failures
    )
    alerts = tuple(_alert(candidate, values, fmt) for candidate in decision.alerts)
    return NbaResult(external_id, as_of, rule_set.version, tuple(actions), held, failures, alerts)


def explain(candidate: Candidate, values: Mapping[str, object], fmt: ValueFormatter) -> str:
    rule = candidate.definition
    if rule.why.strip():
        return render_template(rule.why, values, fmt)
    return default_why(candidate.compiled.reads, values, fmt)


def _alert(candidate: Candidate, values: Mapping[str, object], fmt: ValueFormatter) -> RaisedAlert:
    rule = candidate.definition
    return RaisedAlert(
        rule_id=rule.id,
        rule_name=rule.name,
        severity=str(rule.severity),
        title=render_template(rule.title, values, fmt),
        explanation=explain(candidate, values, fmt),
    )


def _offered(
    candidate: Candidate, version: int, values: Mapping[str, object], fmt: ValueFormatter
) -> OfferedAction:
    rule = candidate.definition
    return OfferedAction(
        rule_id=rule.id,
        rule_name=rule.name,
        rule_version=version,
        kind=str(rule.kind),
        action=rule.action,
        channel=rule.channel,
        score=candidate.score,
        script=render_template(rule.script, values, fmt),
        explanation=explain(candidate, values, fmt),
        period=candidate.period,
    )
