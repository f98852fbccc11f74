"""One customer's next best actions as plain results: evaluate, arbitrate, explain."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal

from app.rules.arbitrate import DEFAULT_TOP, Candidate, CustomerHistory, Suppression, arbitrate
from app.rules.compiler import CompiledRule, CompiledRuleSet
from app.rules.decide_texts import HELD_KEPT, TEXTS, RuleTexts, texts_of
from app.rules.evaluate import RuleFailure, evaluate
from app.rules.explain import (
    CACHED_DETAILS,
    PlainFormatter,
    ValueFormatter,
    default_why,
    reason_text,
    render_template,
    why_of,
)
from app.rules.json_line import result_line


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


# OfferedAction(...) sets its ten fields through the frozen class's object.__setattr__ (~3.2 µs);
# these set the slots directly (~1.7 µs), for an object equal in every way.
_make = object.__new__
_OFFER_SLOTS = tuple(getattr(OfferedAction, f.name).__set__ for f in fields(OfferedAction))
(_rule_id, _rule_name, _version, _kind, _action, _channel, _score, _script, _why, _period) = (
    _OFFER_SLOTS
)


def _new_offer(
    rule_id: str,
    rule_name: str,
    rule_version: int,
    kind: str,
    action: str,
    channel: str,
    score: Decimal,
    script: str,
    explanation: str,
    period: str,
) -> OfferedAction:
    """OfferedAction(...) with every field given, in field order."""
    offer = _make(OfferedAction)
    _rule_id(offer, rule_id)
    _rule_name(offer, rule_name)
    _version(offer, rule_version)
    _kind(offer, kind)
    _action(offer, action)
    _channel(offer, channel)
    _score(offer, score)
    _script(offer, script)
    _why(offer, explanation)
    _period(offer, period)
    return offer


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
        return result_line(self)


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
    # Only the plain formatter is known to write the same words for the same values; the
    # desk's (QLocale) one is asked every time.
    plain = type(fmt) is PlainFormatter
    decision = arbitrate(evaluate(rule_set, features), features, history, as_of, top)
    version = rule_set.version
    whys: dict[tuple, str] | None = {} if plain else None
    actions = [_offered(c, version, values, fmt, whys) for c in decision.prompts]
    if decision.automatic:
        actions += [_offered(c, version, values, fmt, whys) for c in decision.automatic]
    held = tuple([_held(s, fmt, plain) for s in decision.suppressed])
    failures = decision.failures
    if rule_set.errors:
        failures = tuple(RuleFailure(error.rule_id, str(error)) for error in rule_set.errors) + (
            failures
        )
    alerts = tuple(_alert(candidate, values, fmt) for candidate in decision.alerts)
    return NbaResult(external_id, as_of, version, tuple(actions), held, failures, alerts)


def explain(candidate: Candidate, values: Mapping[str, object], fmt: ValueFormatter) -> str:
    rule = candidate.definition
    if rule.why.strip():
        return render_template(rule.why, values, fmt)
    return default_why(candidate.compiled.reads, values, fmt)


def _texts(compiled: CompiledRule) -> RuleTexts:
    texts = TEXTS.get(id(compiled))
    if texts is None or texts.compiled is not compiled:
        texts = texts_of(compiled)
    return texts


def _held(suppressed: Suppression, fmt: ValueFormatter, plain: bool) -> HeldAction:
    """The held-back result; with the plain formatter one per rule and reason, shared by every
    customer it applies to ("ranked below the top 3" is most of a batch's)."""
    texts = _texts(suppressed.compiled)
    code, detail = suppressed.code, suppressed.detail
    if plain and type(detail) in CACHED_DETAILS:
        key = (code, detail, type(detail))
        held = texts.held.get(key)
        if held is None:
            held = HeldAction(
                texts.rule_id, texts.name, code, detail, reason_text(code, detail, fmt)
            )
            if len(texts.held) >= HELD_KEPT:
                texts.held.clear()
            texts.held[key] = held
        return held  # type: ignore[return-value]
    return HeldAction(texts.rule_id, texts.name, code, detail, reason_text(code, detail, fmt))


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
    candidate: Candidate,
    version: int,
    values: Mapping[str, object],
    fmt: ValueFormatter,
    whys: dict[tuple, str] | None = None,
) -> OfferedAction:
    """`whys`: default whys already written for this customer by reads (plain formatter only):
    a customer's offers often read the same facts."""
    texts = _texts(candidate.compiled)
    if texts.why is not None:
        why = render_template(texts.why, values, fmt)
    elif whys is None:
        why = why_of(texts.reads, values, fmt)
    else:
        why = whys.get(texts.reads)  # type: ignore[assignment]
        if why is None:
            why = whys[texts.reads] = why_of(texts.reads, values, fmt)
    return _new_offer(
        texts.rule_id,
        texts.name,
        version,
        texts.kind,
        texts.action,
        texts.channel,
        candidate.score,
        render_template(texts.script, values, fmt),
        why,
        candidate.period,
    )
