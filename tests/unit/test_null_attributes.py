"""A comparison with a null attribute does not fire and is no rule failure; `== null` and `??`
work as written (hand-made features, no database)."""

from __future__ import annotations

from app.rules.compiler import compile_rule_set
from app.rules.definition import RuleDefinition
from app.rules.evaluate import evaluate
from tests.unit.test_rule_arbitration import features


def verdicts(condition: str, attributes: dict) -> tuple[bool, tuple[str, ...], int]:
    rule = RuleDefinition(id="r", name="R", condition=condition, action="a", script="s")
    outcome = evaluate(compile_rule_set(1, [rule]), features(attributes=attributes))
    missing = outcome.not_fired[0].missing if outcome.not_fired else ()
    return bool(outcome.fired), missing, len(outcome.failures)


def test_null_tests_read_a_null_attribute_as_written() -> None:
    empty = {"total_charges": None, "note": "x"}
    assert verdicts('attributes["total_charges"] == null', empty)[0]
    assert not verdicts('attributes["total_charges"] != null', empty)[0]
    assert verdicts('(attributes["total_charges"] ?? -1) == -1', empty)[0]


def test_a_comparison_with_a_null_attribute_names_it_and_is_no_failure() -> None:
    empty = {"total_charges": None, "note": "x"}
    assert verdicts('attributes["total_charges"] > 12', empty) == (
        False,
        ('attributes["total_charges"]',),
        0,
    )


def test_a_real_type_error_is_still_a_failure() -> None:
    assert verdicts('attributes["note"] > 12', {"total_charges": None, "note": "x"})[2] == 1
