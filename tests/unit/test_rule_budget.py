"""Each rule's time budget, and the bounds on what rules can iterate (features cut short)."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from app.rules.budget import GROUP, RULE_BUDGET_SECONDS, RuleBudget
from app.rules.compiler import compile_rule_set
from app.rules.definition import RuleDefinition
from app.rules.evaluate import evaluate
from app.rules.features import (
    MAX_COMPLAINTS,
    MAX_PRODUCTS,
    MAX_TEXT,
    ComplaintFact,
    CustomerFacts,
    build_features,
)

# Every test here runs twice: rules lowered to closures, and rule-engine's own evaluation.
pytestmark = pytest.mark.usefixtures("rule_path")

AS_OF = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
LONG = "a" * 10_000


def facts(**changes) -> CustomerFacts:
    base = CustomerFacts(
        customer_id=uuid.uuid4(),
        external_id="C1",
        first_name="Anna",
        last_name="Nowak",
        birth_date=date(1990, 6, 20),
        segment="affluent",
        city="Kraków",
        attributes={"note": "short", "risk": 3},
        products=("credit_card",),
        inflows=(),
        complaints=(),
        marketing_consents={},
        last_contact_at=None,
        contacts_90d=0,
    )
    return dataclasses.replace(base, **changes)


def rules(*conditions: str) -> list[RuleDefinition]:
    return [
        RuleDefinition(id=f"r{i}", name=f"Rule {i}", condition=c, action="a", script="s")
        for i, c in enumerate(conditions)
    ]


def test_long_texts_and_lists_reach_rules_cut_short() -> None:
    complaint = ComplaintFact(AS_OF - timedelta(days=1), "open", LONG, LONG)
    features = build_features(
        facts(
            city=LONG,
            segment=LONG,
            attributes={"note": LONG, "risk": 3},
            products=tuple(f"p{i:05d}{LONG[:500]}" for i in range(5000)),
            complaints=(complaint,) * 50,
        ),
        AS_OF,
    )
    assert features["city"] == "a" * MAX_TEXT
    assert features["segment"] == "a" * MAX_TEXT
    assert features["attributes"] == {"note": "a" * MAX_TEXT, "risk": 3}
    products = features["products"]
    assert len(products) == MAX_PRODUCTS
    assert products[0].startswith("p00000") and {len(p) for p in products} == {MAX_TEXT}
    records = features["complaints"]
    assert len(records) == MAX_COMPLAINTS
    assert {len(r["subject"]) for r in records} == {len(r["resolution"]) for r in records}
    assert {len(r["subject"]) for r in records} == {MAX_TEXT}
    assert features["open_complaints"] == 50  # counts still see everything


def test_short_values_are_untouched() -> None:
    features = build_features(facts(), AS_OF)
    assert (features["city"], features["segment"]) == ("Kraków", "affluent")
    assert features["products"] == ("credit_card",)
    assert features["attributes"] == {"note": "short", "risk": 3}


def test_a_rule_over_budget_is_skipped_and_reported_then_not_run_again() -> None:
    rule_set = compile_rule_set(3, rules("age > 30", 'city == "Kraków"'))
    # A zero budget: every rule is over it, whatever the machine.
    rule_set = dataclasses.replace(rule_set, budget=RuleBudget(0.0))
    first = evaluate(rule_set, build_features(facts(), AS_OF))
    assert first.fired == () and first.not_fired == ()
    assert [f.rule_id for f in first.failures] == ["r0", "r1"]
    assert all("at or over the 0 ms time budget" in f.message for f in first.failures)
    assert all("skipped" in f.message for f in first.failures)
    second = evaluate(rule_set, build_features(facts(city="Gdańsk"), AS_OF))
    assert [f.rule_id for f in second.failures] == ["r0", "r1"]
    assert all("on an earlier customer" in f.message for f in second.failures)
    assert sorted(rule_set.budget.tripped) == ["r0", "r1"]


def test_the_budget_belongs_to_one_compiled_set() -> None:
    definitions = rules("age > 30")
    slow = dataclasses.replace(compile_rule_set(1, definitions), budget=RuleBudget(0.0))
    evaluate(slow, build_features(facts(), AS_OF))
    fresh = compile_rule_set(1, definitions)  # e.g. the next published version
    outcome = evaluate(fresh, build_features(facts(), AS_OF))
    assert [c.id for c in outcome.fired] == ["r0"] and outcome.failures == ()


def test_rules_within_the_budget_run_as_before() -> None:
    rule_set = compile_rule_set(1, rules("age > 30", "age > 60", 'attributes["missing"] > 1'))
    assert rule_set.budget.seconds == RULE_BUDGET_SECONDS
    outcome = evaluate(rule_set, build_features(facts(), AS_OF))
    assert [c.id for c in outcome.fired] == ["r0"]
    assert [n.rule_id for n in outcome.not_fired] == ["r1", "r2"]
    assert outcome.failures == () and rule_set.budget.tripped == {}


def test_a_busy_machine_does_not_trip_a_fast_rule() -> None:
    # A thread spinning in Python takes the GIL for 5 ms at a time, so rules often take
    # milliseconds on the wall clock; timed again on the CPU clock they take microseconds.
    definitions = rules(*(f"age > {n} and segment == 'x{n}'" for n in range(200)))
    rule_set = dataclasses.replace(compile_rule_set(1, definitions), budget=RuleBudget(0.002))
    features = build_features(facts(), AS_OF)
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            sum(range(1000))

    spinner = threading.Thread(target=spin, daemon=True)
    spinner.start()
    try:
        outcomes = [evaluate(rule_set, features) for _ in range(30)]
    finally:
        stop.set()
        spinner.join()
    assert rule_set.budget.rechecks > 0, "the wall clock never looked slow: nothing tested"
    assert rule_set.budget.tripped == {}
    assert all(o.failures == () and len(o.not_fired) == 200 for o in outcomes)


def test_only_the_slow_rule_of_a_group_is_skipped() -> None:
    # The clock is read once per group of rules; the group that reaches the budget has its
    # rules timed one by one, and only the slow one loses its verdict.
    slow = " or ".join(['$any([city =~~ "(.*a){12}b" for c in city.to_ary])'] * 4)
    conditions = ["age > 30", slow, *(f"age > {n}" for n in range(10))]
    rule_set = compile_rule_set(1, rules(*conditions))
    assert len(rule_set.rules) > GROUP
    rule_set = dataclasses.replace(rule_set, budget=RuleBudget(0.002))
    features = build_features(facts(city="a" * MAX_TEXT), AS_OF)
    for _ in range(2):
        outcome = evaluate(rule_set, features)
        assert [f.rule_id for f in outcome.failures] == ["r1"]
        assert "time budget" in outcome.failures[0].message
        assert [c.id for c in outcome.fired] == ["r0", *(f"r{n + 2}" for n in range(10))]
    assert list(rule_set.budget.tripped) == ["r1"]
