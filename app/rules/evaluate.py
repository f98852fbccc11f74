"""Runs a compiled rule set on one customer's features; a failing rule is reported, never fatal."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.rules.budget import GROUP, RuleBudget
from app.rules.compiler import CompiledRule, CompiledRuleSet
from app.rules.lazy_engine import rule_engine


@dataclass(frozen=True, slots=True)
class RuleFailure:
    """A rule that raised while evaluating: skipped, and reported to rule authors."""

    rule_id: str
    message: str


@dataclass(frozen=True, slots=True)
class NotFired:
    """A rule that did not fire; `missing` names empty features it needed (no data)."""

    rule_id: str
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evaluation:
    fired: tuple[CompiledRule, ...]
    not_fired: tuple[NotFired, ...]
    failures: tuple[RuleFailure, ...]


def evaluate(rule_set: CompiledRuleSet, features: Mapping[str, object]) -> Evaluation:
    """Every enabled rule's verdict on these features, in rule-set order.

    A rule over its time budget (app/rules/budget.py) is reported as a failure and skipped,
    here and for every later customer evaluated with `rule_set`.
    """
    fired: list[CompiledRule] = []
    not_fired: list[NotFired] = []
    failures: list[RuleFailure] = []
    budget = rule_set.budget
    limit = budget.seconds
    rules: Sequence[CompiledRule] = rule_set.rules
    if budget.tripped:  # checked once here, not once per rule
        rules = _not_tripped(rules, budget, failures)
    clock = time.perf_counter
    started = clock()
    # The clock is read once per group of rules (a reading costs as much as a quick rule);
    # a rule that alone reaches the budget makes its group reach it too.
    for first in range(0, len(rules), GROUP):
        group = rules[first : first + GROUP]
        for compiled in group:
            try:
                if compiled.matches(features):
                    fired.append(compiled)
                else:
                    not_fired.append(NotFired(compiled.id))
            except rule_engine.errors.LookupError as error:
                # attributes["churn_score"] on a customer without that column, complaints[0]
                # on none: the data is missing, the rule is fine.
                not_fired.append(NotFired(compiled.id, (_lookup_name(error),)))
            except rule_engine.errors.EngineError as error:
                missing = _empty_inputs(compiled, features)
                if missing:
                    # A comparison with a feature that has no value (no inflow yet, no birth
                    # date): the rule simply does not apply; that is data, not a broken rule.
                    not_fired.append(NotFired(compiled.id, missing))
                else:
                    failures.append(RuleFailure(compiled.id, _message(error)))
            except RecursionError:
                failures.append(RuleFailure(compiled.id, "the expression nests too deeply"))
            except Exception as error:  # a bad rule must never break the panel
                failures.append(RuleFailure(compiled.id, f"{type(error).__name__}: {error}"))
        ended = clock()
        if ended - started >= limit:
            _over_budget(budget, group, features, (fired, not_fired, failures))
            ended = clock()  # the check's own time is not the next group's
        started = ended
    return Evaluation(tuple(fired), tuple(not_fired), tuple(failures))


def _not_tripped(
    rules: Sequence[CompiledRule], budget: RuleBudget, failures: list[RuleFailure]
) -> list[CompiledRule]:
    """The rules still within budget; the others reported as skipped."""
    runnable = []
    for compiled in rules:
        reason = budget.tripped.get(compiled.id)
        if reason is None:
            runnable.append(compiled)
        else:
            failures.append(RuleFailure(compiled.id, reason))
    return runnable


def _over_budget(
    budget: RuleBudget,
    group: Sequence[CompiledRule],
    features: Mapping[str, object],
    verdicts: tuple[list[CompiledRule], list[NotFired], list[RuleFailure]],
) -> None:
    """A group slow on the wall clock: each rule whose own CPU time confirms it loses its
    verdict to a failure (a busy machine, not a slow rule, leaves the verdicts alone)."""
    for compiled in group:
        elapsed = budget.confirm(lambda compiled=compiled: compiled.matches(features))
        if elapsed is not None:
            _withdraw(compiled, verdicts)
            verdicts[2].append(RuleFailure(compiled.id, budget.overrun(compiled.id, elapsed)))


def _withdraw(
    compiled: CompiledRule,
    verdicts: tuple[list[CompiledRule], list[NotFired], list[RuleFailure]],
) -> None:
    """Drop the verdict recorded for `compiled` in this group: it came too late to count."""
    fired, not_fired, failures = verdicts
    for position in range(len(fired) - 1, max(-1, len(fired) - GROUP - 1), -1):
        if fired[position] is compiled:
            del fired[position]
            return
    for found in (not_fired, failures):
        for position in range(len(found) - 1, max(-1, len(found) - GROUP - 1), -1):
            if found[position].rule_id == compiled.id:
                del found[position]
                return


def _empty_inputs(compiled: CompiledRule, features: Mapping[str, object]) -> tuple[str, ...]:
    empty = [name for name in compiled.symbols if name in features and features[name] is None]
    # An attribute column present but empty for this customer is null too (issue 13).
    attributes = features.get("attributes")
    if isinstance(attributes, Mapping):
        empty += [
            f'attributes["{key}"]'
            for key in compiled.attribute_keys
            if key in attributes and attributes[key] is None
        ]
    return tuple(empty)


def _lookup_name(error: rule_engine.errors.LookupError) -> str:
    item = error.item
    return f"[{item!r}]" if not isinstance(item, str) else f'["{item}"]'


def _message(error: rule_engine.errors.EngineError) -> str:
    return f"{type(error).__name__}: {getattr(error, 'message', error)}"


def test_rule(compiled: CompiledRule, features: Mapping[str, object]) -> Evaluation:
    """Evaluate a single (draft) rule, e.g. for "test on the open customer"."""
    return evaluate(CompiledRuleSet(0, (compiled,)), features)


test_rule.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
