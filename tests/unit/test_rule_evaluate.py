"""evaluate(): verdicts in rule order when rules raise mid-group (the fast path resumes)."""

from __future__ import annotations

import pytest

from app.rules.budget import GROUP
from app.rules.compiler import compile_rule_set
from app.rules.definition import RuleDefinition
from app.rules.evaluate import NotFired, RuleFailure, evaluate, test_rule

# Every test here runs twice: rules lowered to closures, and rule-engine's own evaluation.
pytestmark = pytest.mark.usefixtures("rule_path")

FEATURES = {"age": 40, "city": "Warszawa", "last_inflow": None, "attributes": {"a": 1}}
FIRES, HOLDS = "age > 30", "age < 30"
LOOKUP = 'attributes["nope"] > 1'  # data missing: not fired, naming the key
NULL = "last_inflow > 5"  # a null feature: not fired, naming it
BROKEN = "age / 0 > 1"  # a broken rule: a failure


def rules(conditions: list[str]) -> list[RuleDefinition]:
    return [RuleDefinition(id=f"r{i}", name=f"R{i}", condition=c) for i, c in enumerate(conditions)]


def test_rules_that_raise_anywhere_in_a_group_leave_the_others_verdicts_in_order() -> None:
    # raising rules first in a group, last in one, side by side across a group boundary
    conditions = [LOOKUP, FIRES, NULL, HOLDS, BROKEN, FIRES, HOLDS, NULL]
    conditions += [BROKEN, LOOKUP, FIRES, HOLDS, NULL, BROKEN, FIRES, HOLDS, HOLDS]
    assert len(conditions) > 2 * GROUP
    rule_set = compile_rule_set(1, rules(conditions))
    got = evaluate(rule_set, FEATURES)
    alone = [test_rule(compiled, FEATURES) for compiled in rule_set.rules]
    assert [r.id for r in got.fired] == [r.id for e in alone for r in e.fired]
    assert got.not_fired == tuple(n for e in alone for n in e.not_fired)
    assert got.failures == tuple(f for e in alone for f in e.failures)
    assert got.not_fired[0] == NotFired("r0", ('["nope"]',))
    assert got.not_fired[1] == NotFired("r2", ("last_inflow",))
    assert got.not_fired[2] == NotFired("r3")
    assert [f.rule_id for f in got.failures] == ["r4", "r8", "r13"]
    assert isinstance(got.failures[0], RuleFailure)
    assert got.failures[0].message.startswith("ArithmeticError")
    assert [r.id for r in got.fired] == ["r1", "r5", "r10", "r14"]


def test_nothing_fired_and_everything_fired() -> None:
    none = compile_rule_set(1, rules([HOLDS] * 10))
    assert evaluate(none, FEATURES).fired == ()
    assert evaluate(none, FEATURES).not_fired == tuple(NotFired(f"r{i}") for i in range(10))
    every = compile_rule_set(2, rules([FIRES] * 10))
    assert [r.id for r in evaluate(every, FEATURES).fired] == [f"r{i}" for i in range(10)]
    assert evaluate(every, FEATURES).not_fired == ()
