"""Runs a compiled rule set on one customer's features; a failing rule is reported, never fatal."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
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


# One step per rule: the rule, the function that answers for it, and its "did not fire"
# verdict, built once per rule set instead of once per rule and customer (with the lowered
# rules, creating that verdict cost as much as the rule itself). Two plans: for a plain dict
# of features the lowered closure itself (its value is as true or false as `matches` says),
# for anything else each rule's `matches`.
_Step = tuple[CompiledRule, Callable[[Mapping[str, object]], object], NotFired]
_Plans = tuple[tuple[_Step, ...], tuple[_Step, ...]]
_PLANS: dict[int, tuple[CompiledRuleSet, _Plans]] = {}
_PLANS_LOCK = threading.Lock()
_PLANS_KEPT = 16  # rule sets in use at once: the published one, drafts under test, a batch's


def _plans(rule_set: CompiledRuleSet) -> _Plans:
    key = id(rule_set)
    kept = _PLANS.get(key)
    if kept is not None and kept[0] is rule_set:  # the id of a live object (kept[0] holds it)
        return kept[1]
    verdicts = [NotFired(compiled.id) for compiled in rule_set.rules]
    any_data = tuple(
        (compiled, compiled.matches, verdict)
        for compiled, verdict in zip(rule_set.rules, verdicts, strict=True)
    )
    plain_dict = tuple(
        (compiled, compiled.lowered.value if compiled.lowered else compiled.matches, verdict)
        for compiled, verdict in zip(rule_set.rules, verdicts, strict=True)
    )
    with _PLANS_LOCK:  # only on a new rule set: desk threads may evaluate at once
        if len(_PLANS) >= _PLANS_KEPT:
            _PLANS.pop(next(iter(_PLANS)), None)  # the oldest
        _PLANS[key] = (rule_set, (plain_dict, any_data))
    return plain_dict, any_data


def evaluate(rule_set: CompiledRuleSet, features: Mapping[str, object]) -> Evaluation:
    """Every enabled rule's verdict on these features, in rule-set order.

    A rule over its time budget (app/rules/budget.py) is reported as a failure and skipped,
    here and for every later customer evaluated with `rule_set`.
    """
    fired: list[CompiledRule] = []
    not_fired: list[NotFired] = []
    failures: list[RuleFailure] = []
    fire, hold = fired.append, not_fired.append
    budget = rule_set.budget
    limit = budget.seconds
    plain_dict, any_data = _plans(rule_set)
    steps = plain_dict if type(features) is dict else any_data
    if budget.tripped:  # checked once here, not once per rule
        steps = _not_tripped(steps, budget, failures)
    clock = time.perf_counter
    started = clock()
    # The clock is read once per group of rules (a reading costs as much as a quick rule);
    # a rule that alone reaches the budget makes its group reach it too.
    for first in range(0, len(steps), GROUP):
        group = steps[first : first + GROUP]
        for compiled, matches, verdict in group:
            try:
                if matches(features):
                    fire(compiled)
                else:
                    hold(verdict)
            except rule_engine.errors.LookupError as error:
                # attributes["churn_score"] on a customer without that column, complaints[0]
                # on none: the data is missing, the rule is fine.
                hold(NotFired(compiled.id, (_lookup_name(error),)))
            except rule_engine.errors.EngineError as error:
                missing = _empty_inputs(compiled, features)
                if missing:
                    # A comparison with a feature that has no value (no inflow yet, no birth
                    # date): the rule simply does not apply; that is data, not a broken rule.
                    hold(NotFired(compiled.id, missing))
                else:
                    failures.append(RuleFailure(compiled.id, _message(error)))
            except RecursionError:
                failures.append(RuleFailure(compiled.id, "the expression nests too deeply"))
            except Exception as error:  # a bad rule must never break the panel
                failures.append(RuleFailure(compiled.id, f"{type(error).__name__}: {error}"))
        ended = clock()
        if ended - started >= limit:
            rules = [step[0] for step in group]
            _over_budget(budget, rules, features, (fired, not_fired, failures))
            ended = clock()  # the check's own time is not the next group's
        started = ended
    return Evaluation(tuple(fired), tuple(not_fired), tuple(failures))


def _not_tripped(
    steps: Sequence[_Step], budget: RuleBudget, failures: list[RuleFailure]
) -> list[_Step]:
    """The rules still within budget; the others reported as skipped."""
    runnable = []
    for step in steps:
        reason = budget.tripped.get(step[0].id)
        if reason is None:
            runnable.append(step)
        else:
            failures.append(RuleFailure(step[0].id, reason))
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
