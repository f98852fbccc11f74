"""Runs a compiled rule set on one customer's features; a failing rule is reported, never fatal."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress

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


# A rule set's plan, built once per rule set instead of once per rule and customer: its
# rules, their functions in groups of GROUP (the clock is read once per group), and each
# rule's "did not fire" verdict (creating that verdict cost as much as a lowered rule). Two
# plans: for a plain dict of features the lowered closure itself (its value is as true or
# false as `matches` says), for anything else each rule's `matches`.
_Matcher = Callable[[Mapping[str, object]], object]
_Plan = tuple[tuple[CompiledRule, ...], tuple[tuple[_Matcher, ...], ...], tuple[NotFired, ...]]
_PLANS: dict[int, tuple[CompiledRuleSet, tuple[_Plan, _Plan]]] = {}
_PLANS_LOCK = threading.Lock()
_PLANS_KEPT = 16  # rule sets in use at once: the published one, drafts under test, a batch's


def _plan(rules: Sequence[CompiledRule], verdicts: Sequence[NotFired], lowered: bool) -> _Plan:
    matchers = [
        compiled.lowered.value if lowered and compiled.lowered else compiled.matches
        for compiled in rules
    ]
    groups = tuple(tuple(matchers[first : first + GROUP]) for first in range(0, len(rules), GROUP))
    return tuple(rules), groups, tuple(verdicts)


def _plans(rule_set: CompiledRuleSet) -> tuple[_Plan, _Plan]:
    key = id(rule_set)
    kept = _PLANS.get(key)
    if kept is not None and kept[0] is rule_set:  # the id of a live object (kept[0] holds it)
        return kept[1]
    verdicts = [NotFired(compiled.id) for compiled in rule_set.rules]
    plans = (_plan(rule_set.rules, verdicts, True), _plan(rule_set.rules, verdicts, False))
    with _PLANS_LOCK:  # only on a new rule set: desk threads may evaluate at once
        if len(_PLANS) >= _PLANS_KEPT:
            _PLANS.pop(next(iter(_PLANS)), None)  # the oldest
        _PLANS[key] = (rule_set, plans)
    return plans


# Verdicts that are not the plain "fired" / "did not fire", by position in the plan: a
# NotFired naming missing data, or None for a rule with no verdict (it failed, or its
# verdict was withdrawn over the budget; its failure is in the failures list).
_Special = dict[int, NotFired | None]


def evaluate(rule_set: CompiledRuleSet, features: Mapping[str, object]) -> Evaluation:
    """Every enabled rule's verdict on these features, in rule-set order.

    A rule over its time budget (app/rules/budget.py) is reported as a failure and skipped,
    here and for every later customer evaluated with `rule_set`.
    """
    failures: list[RuleFailure] = []
    budget = rule_set.budget
    limit = budget.seconds
    plain_dict, any_data = _plans(rule_set)
    plan = plain_dict if type(features) is dict else any_data
    if budget.tripped:  # checked once here, not once per rule
        plan = _not_tripped(plan, budget, failures)
    rules, groups, verdicts = plan
    # The fast path: each rule's value in one tight loop (no per-rule try, if/else and
    # choice of list), fired and not fired sorted out afterwards, mostly in C.
    outcomes: list[object] = []
    keep = outcomes.append
    special: _Special = {}
    clock = time.perf_counter
    started = clock()
    for group in groups:
        start = len(outcomes)
        todo = group
        while True:
            try:
                for matches in todo:
                    keep(matches(features))
                break
            except Exception as error:  # a bad rule must never break the panel
                # This rule only: its verdict is decided as before, and the group goes on
                # with the next rule (the finished ones are not run again).
                position = len(outcomes)
                keep(False)
                special[position] = _failed(rules[position], error, features, failures)
                todo = group[position + 1 - start :]
        # The clock is read once per group of rules (a reading costs as much as a quick
        # rule); a rule that alone reaches the budget makes its group reach it too.
        ended = clock()
        if ended - started >= limit:
            _over_budget(budget, rules, start, len(group), features, (outcomes, special, failures))
            ended = clock()  # the check's own time is not the next group's
        started = ended
    # A few rules fire: their positions found once in C, and the "did not fire" verdicts
    # are all the others, the plan's tuple less those few (compressing 100 verdicts through
    # `not` cost about three times as much, timeit).
    positions = list(compress(range(len(outcomes)), outcomes))
    fired = tuple([rules[position] for position in positions])
    if special:
        not_fired = tuple(_not_fired(verdicts, outcomes, special))
    elif positions:
        held = list(verdicts)
        for position in reversed(positions):
            del held[position]
        not_fired = tuple(held)
    else:
        not_fired = verdicts
    return Evaluation(fired, not_fired, tuple(failures))


def _failed(
    compiled: CompiledRule,
    error: Exception,
    features: Mapping[str, object],
    failures: list[RuleFailure],
) -> NotFired | None:
    """The verdict of a rule that raised: missing data, or a failure (then None)."""
    if isinstance(error, rule_engine.errors.LookupError):
        # attributes["churn_score"] on a customer without that column, complaints[0] on
        # none: the data is missing, the rule is fine.
        return NotFired(compiled.id, (_lookup_name(error),))
    if isinstance(error, rule_engine.errors.EngineError):
        missing = _empty_inputs(compiled, features)
        if missing:
            # A comparison with a feature that has no value (no inflow yet, no birth date):
            # the rule simply does not apply; that is data, not a broken rule.
            return NotFired(compiled.id, missing)
        failures.append(RuleFailure(compiled.id, _message(error)))
    elif isinstance(error, RecursionError):
        failures.append(RuleFailure(compiled.id, "the expression nests too deeply"))
    else:
        failures.append(RuleFailure(compiled.id, f"{type(error).__name__}: {error}"))
    return None


def _not_fired(
    verdicts: Sequence[NotFired], outcomes: Sequence[object], special: _Special
) -> Iterator[NotFired]:
    for position, (verdict, outcome) in enumerate(zip(verdicts, outcomes, strict=True)):
        if position in special:
            found = special[position]
            if found is not None:
                yield found
        elif not outcome:
            yield verdict


def _not_tripped(plan: _Plan, budget: RuleBudget, failures: list[RuleFailure]) -> _Plan:
    """The rules still within budget; the others reported as skipped."""
    rules, groups, verdicts = plan
    matchers = [matches for group in groups for matches in group]
    runnable = []
    for step in zip(rules, matchers, verdicts, strict=True):
        reason = budget.tripped.get(step[0].id)
        if reason is None:
            runnable.append(step)
        else:
            failures.append(RuleFailure(step[0].id, reason))
    kept_matchers = [step[1] for step in runnable]
    kept_groups = tuple(
        tuple(kept_matchers[first : first + GROUP]) for first in range(0, len(runnable), GROUP)
    )
    return tuple(s[0] for s in runnable), kept_groups, tuple(s[2] for s in runnable)


def _over_budget(
    budget: RuleBudget,
    rules: Sequence[CompiledRule],
    start: int,
    size: int,
    features: Mapping[str, object],
    verdicts: tuple[list[object], _Special, list[RuleFailure]],
) -> None:
    """A group slow on the wall clock: each rule whose own CPU time confirms it loses its
    verdict to a failure (a busy machine, not a slow rule, leaves the verdicts alone)."""
    outcomes, special, failures = verdicts
    for position in range(start, start + size):
        compiled = rules[position]
        elapsed = budget.confirm(lambda compiled=compiled: compiled.matches(features))
        if elapsed is not None:
            if position in special and special[position] is None:  # its failure goes
                _withdraw_failure(compiled, failures)
            outcomes[position] = False
            special[position] = None
            failures.append(RuleFailure(compiled.id, budget.overrun(compiled.id, elapsed)))


def _withdraw_failure(compiled: CompiledRule, failures: list[RuleFailure]) -> None:
    """Drop the failure recorded for `compiled` in this group: it came too late to count."""
    for position in range(len(failures) - 1, max(-1, len(failures) - GROUP - 1), -1):
        if failures[position].rule_id == compiled.id:
            del failures[position]
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
