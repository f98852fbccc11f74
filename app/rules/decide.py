"""One customer's next best actions as plain results: evaluate, arbitrate, explain."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from app.rules.arbitrate import DEFAULT_TOP, Candidate, CustomerHistory, Suppression, arbitrate
from app.rules.compiler import CompiledRuleSet
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
from app.rules.results import (
    HeldAction,
    NbaResult,
    OfferedAction,
    RaisedAlert,
    new_offer,
    new_result,
)

# The result types are defined in app.rules.results and named here, where callers look.
__all__ = [
    "HeldAction",
    "NbaResult",
    "OfferedAction",
    "RaisedAlert",
    "decide",
    "explain",
]


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
    customer_id: object = None,
) -> NbaResult:
    """Evaluate, arbitrate and explain; `values` fills script placeholders (features + names).

    `customer_id` (the UUID) places the customer in champion/challenger arms; without it the
    external id does."""
    fmt = formatter or _PLAIN
    # Only the plain formatter is known to write the same words for the same values; the
    # desk's (QLocale) one is asked every time.
    plain = type(fmt) is PlainFormatter
    customer = external_id if customer_id is None else str(customer_id)
    decision = arbitrate(evaluate(rule_set, features), features, history, as_of, top, customer)
    version = rule_set.version
    written: Written | None = {} if plain else None
    actions = _offers(decision.prompts, version, values, fmt, written)
    if decision.automatic:
        actions += _offers(decision.automatic, version, values, fmt, written)
    held = _held_back(decision.suppressed, fmt, plain)
    failures = decision.failures
    if rule_set.errors:
        failures = tuple(RuleFailure(error.rule_id, str(error)) for error in rule_set.errors) + (
            failures
        )
    alerts = tuple([_alert(candidate, values, fmt) for candidate in decision.alerts])
    return new_result(external_id, as_of, version, tuple(actions), held, failures, alerts)


def explain(candidate: Candidate, values: Mapping[str, object], fmt: ValueFormatter) -> str:
    rule = candidate.definition
    if rule.why.strip():
        return render_template(rule.why, values, fmt)
    return default_why(candidate.compiled.reads, values, fmt)


_PLAIN = PlainFormatter()  # stateless: one for every call without a formatter


def _held_back(
    suppressed: tuple[Suppression, ...], fmt: ValueFormatter, plain: bool
) -> tuple[HeldAction, ...]:
    """The held-back results; with the plain formatter one per rule and reason, shared by every
    customer it applies to ("ranked below the top 3" is most of a batch's)."""
    known = TEXTS
    results = []
    for item in suppressed:
        compiled = item.compiled
        texts = known.get(id(compiled))
        if texts is None or texts.compiled is not compiled:
            texts = texts_of(compiled)
        code, detail = item.code, item.detail
        kind = type(detail)
        if plain and kind in CACHED_DETAILS:
            key = (code, detail, kind)
            held = texts.held.get(key)
            if held is None:
                reason = reason_text(code, detail, fmt)
                held = HeldAction(texts.rule_id, texts.name, code, detail, reason)
                if len(texts.held) >= HELD_KEPT:
                    texts.held.clear()
                texts.held[key] = held
        else:
            reason = reason_text(code, detail, fmt)
            held = HeldAction(texts.rule_id, texts.name, code, detail, reason)
        results.append(held)
    return tuple(results)


def _alert(candidate: Candidate, values: Mapping[str, object], fmt: ValueFormatter) -> RaisedAlert:
    rule = candidate.definition
    return RaisedAlert(
        rule_id=rule.id,
        rule_name=rule.name,
        severity=str(rule.severity),
        title=render_template(rule.title, values, fmt),
        explanation=explain(candidate, values, fmt),
    )


# A customer's texts by template (str) or by the reads of a default why (tuple).
Written = dict[str | tuple, str]


def _offered(
    candidate: Candidate,
    version: int,
    values: Mapping[str, object],
    fmt: ValueFormatter,
    written: Written | None = None,
) -> OfferedAction:
    """The action to show or execute for `candidate`."""
    return _offers((candidate,), version, values, fmt, written)[0]


def _offers(
    candidates: tuple[Candidate, ...],
    version: int,
    values: Mapping[str, object],
    fmt: ValueFormatter,
    written: Written | None,
) -> list[OfferedAction]:
    """`written`: this customer's texts already written, by template or reads (plain formatter
    only): a customer's offers often share a script, or read the same facts for their whys.
    One loop for all: a call per offer cost ~0.3 µs."""
    known = TEXTS
    offers = []
    for candidate in candidates:
        compiled = candidate.compiled
        texts = known.get(id(compiled))
        if texts is None or texts.compiled is not compiled:
            texts = texts_of(compiled)
        if written is None:
            script = render_template(texts.script, values, fmt)
            why = _why(texts, values, fmt)
        else:
            script = written.get(texts.script)  # type: ignore[assignment]
            if script is None:
                script = written[texts.script] = render_template(texts.script, values, fmt)
            by = texts.reads if texts.why is None else texts.why
            why = written.get(by)  # type: ignore[assignment]
            if why is None:
                why = written[by] = _why(texts, values, fmt)
        offers.append(
            new_offer(
                texts.rule_id,
                texts.name,
                version,
                texts.kind,
                texts.action,
                texts.channel,
                candidate.score,
                script,
                why,
                candidate.period,
                candidate.weighing,
            )
        )
    return offers


def _why(texts: RuleTexts, values: Mapping[str, object], fmt: ValueFormatter) -> str:
    """explain() for a rule's texts."""
    if texts.why is None:
        return why_of(texts.reads, values, fmt)
    return render_template(texts.why, values, fmt)
