"""Runs a compiled rule set on one customer's features; a failing rule is reported, never fatal."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

import rule_engine

from app.rules.budget import RuleBudget
from app.rules.compiler import CompiledRule, CompiledRuleSet


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
    tripped, limit = budget.tripped, budget.seconds
    clock = time.perf_counter
    started = clock()
    for compiled in rule_set.rules:
        if tripped and compiled.id in tripped:
            failures.append(RuleFailure(compiled.id, tripped[compiled.id]))
            continue
        try:
            if compiled.matches(features):
                fired.append(compiled)
            else:
                not_fired.append(NotFired(compiled.id))
        except rule_engine.errors.LookupError as error:
            # attributes["churn_score"] on a customer without that column, complaints[0] on
            # none: the data is missing, the rule is fine.
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
        # One clock reading per rule (this rule's end is the next one's start), and the
        # verdict appended above as usual: the normal path costs what it did before.
        ended = clock()
        if ended - started >= limit:
            _over_budget(budget, compiled, features, fired, not_fired, failures)
            ended = clock()  # the check's own time is not the next rule's
        started = ended
    return Evaluation(tuple(fired), tuple(not_fired), tuple(failures))


def _over_budget(
    budget: RuleBudget,
    compiled: CompiledRule,
    features: Mapping[str, object],
    fired: list[CompiledRule],
    not_fired: list[NotFired],
    failures: list[RuleFailure],
) -> None:
    """Slow on the wall clock: if its CPU time confirms it, replace the verdict by a failure."""
    elapsed = budget.confirm(lambda: compiled.matches(features))
    if elapsed is None:
        return  # a busy machine, not a slow rule: the verdict stands
    # Drop the verdict just recorded: it came too late to count.
    if fired and fired[-1] is compiled:
        fired.pop()
    elif not_fired and not_fired[-1].rule_id == compiled.id:
        not_fired.pop()
    elif failures and failures[-1].rule_id == compiled.id:
        failures.pop()
    failures.append(RuleFailure(compiled.id, budget.overrun(compiled.id, elapsed)))


def _empty_inputs(compiled: CompiledRule, features: Mapping[str, object]) -> tuple[str, ...]:
    return tuple(name for name in compiled.symbols if name in features and features[name] is None)


def _lookup_name(error: rule_engine.errors.LookupError) -> str:
    item = error.item
    return f"[{item!r}]" if not isinstance(item, str) else f'["{item}"]'


def _message(error: rule_engine.errors.EngineError) -> str:
    return f"{type(error).__name__}: {getattr(error, 'message', error)}"


def test_rule(compiled: CompiledRule, features: Mapping[str, object]) -> Evaluation:
    """Evaluate a single (draft) rule, e.g. for "test on the open customer"."""
    return evaluate(CompiledRuleSet(0, (compiled,)), features)


test_rule.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
