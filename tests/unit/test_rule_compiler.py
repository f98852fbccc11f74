"""Compiling conditions: typed names, positions of errors, lint, and hostile expressions."""

from __future__ import annotations

import pytest

from app.rules.compiler import (
    ConditionError,
    RuleCompileError,
    check_placeholders,
    check_rules,
    compile_condition,
    compile_rule,
    compile_rule_set,
)
from app.rules.definition import RuleDefinition
from app.rules.lint import MAX_CONDITION_LENGTH

# Every test here runs twice: rules lowered to closures, and rule-engine's own evaluation.
pytestmark = pytest.mark.usefixtures("rule_path")


def rule(condition: str = "age > 30", **changes) -> RuleDefinition:
    base = RuleDefinition(
        id="r1", name="Rule one", condition=condition, action="offer", script="Hello"
    )
    return base.with_changes(**changes)


def error_of(condition: str) -> ConditionError:
    with pytest.raises(ConditionError) as caught:
        compile_condition(condition)
    return caught.value


@pytest.mark.parametrize(
    "condition",
    [
        "last_inflow > 10 * avg_prior_inflow",
        'segment == "affluent" and "credit_card" in products',
        'attributes["risk_score"] > 3',
        "upheld_complaints >= 3 and open_complaints == 0",
        "is_birthday and consent_email",
        "as_of.year == 2026 and days_to_birthday < 7",
        '[c for c in complaints if c["status"] == "open"].length > 0',
        'city =~ "^War"',
    ],
)
def test_valid_conditions_compile(condition: str) -> None:
    compiled, symbols = compile_condition(condition)
    assert symbols, "every condition here reads at least one feature"
    assert compiled.text == condition


def test_symbols_come_in_reading_order() -> None:
    _rule, symbols = compile_condition("last_inflow > 10 * avg_prior_inflow and age > 18")
    assert symbols == ("last_inflow", "avg_prior_inflow", "age")


def test_unknown_feature_is_named_with_position_and_suggestion() -> None:
    error = error_of("age > 3 and\n  segmnt == 'mass'")
    assert "unknown feature 'segmnt'" in error.message
    assert "did you mean 'segment'" in error.message
    assert (error.line, error.column) == (2, 3)


def test_syntax_error_names_line_and_column() -> None:
    error = error_of('age > 3 and\n segment ==== "x"')
    assert error.message.startswith("syntax error")
    assert error.line == 2


def test_unclosed_bracket_points_at_the_end() -> None:
    error = error_of('age > 3 and (segment == "a"')
    assert "ends too early" in error.message
    assert error.line == 1


@pytest.mark.parametrize(
    ("condition", "words"),
    [
        ('age > "forty"', "type error"),
        ("segment + 1 > 2", "type error"),
        ("age", "true or false"),
        ("age.real_part > 1", "unknown attribute"),
    ],
)
def test_type_errors_are_caught_at_save_time(condition: str, words: str) -> None:
    assert words in error_of(condition).message


@pytest.mark.parametrize(
    ("condition", "words"),
    [
        ("$now > as_of", "as_of"),
        ("$today > as_of", "as_of"),
        ("$random > 0.5", "not allowed"),
        ("$range(100000000).length > 1", "not allowed"),
        ('segment =~ "(a+)+$"', "repeats a repetition"),
        ('segment =~ "(x*)*y"', "repeats a repetition"),
        ('segment =~ "((ab)*c)*d"', "repeats a repetition"),
        ("segment =~ city", "literal"),
        ('segment =~ "' + "a" * 150 + '"', "longer than"),
        ("(" * 13 + "age > 1" + ")" * 13, "nested more than"),
        ("not " * 60 + "is_birthday", "operators deep"),
        ("age > 1 and " * 120 + "age > 2", "characters long"),
        ("", "empty"),
    ],
)
def test_lint_refuses_pathological_conditions(condition: str, words: str) -> None:
    assert words in error_of(condition).message


def test_length_limit_is_the_documented_one() -> None:
    padding = " " * (MAX_CONDITION_LENGTH - len("age > 1"))
    compile_condition("age > 1" + padding)  # exactly at the limit: fine
    assert "characters long" in error_of("age > 1" + padding + " ").message


@pytest.mark.parametrize(
    "condition",
    [
        '__import__("os").system("true")',
        "segment.__class__",
        "segment.__class__.__mro__",
        "products.__len__() > 0",
        "open('/etc/passwd')",
        "$open",
        "as_of.__class__",
        "features",
        "self",
        'attributes.__getitem__("x")',
        'exec("1")',
    ],
)
def test_hostile_expressions_reach_nothing_but_features(condition: str) -> None:
    with pytest.raises(ConditionError):
        compile_condition(condition)


def test_forbidden_builtin_inside_a_string_is_just_text() -> None:
    compile_condition('segment == "$random"')


def test_placeholders_must_be_features_or_names() -> None:
    check_placeholders("Hello {first_name}, inflow {last_inflow} on {last_inflow_at}")
    with pytest.raises(ConditionError, match="unknown placeholder"):
        check_placeholders("Hello {password}")
    with pytest.raises(ConditionError, match="no format"):
        check_placeholders("{last_inflow!r}")
    with pytest.raises(ConditionError, match="unknown placeholder"):
        check_placeholders("{segment.__class__}")
    with pytest.raises(ConditionError, match="braces"):
        check_placeholders("a { b")


def test_compile_rule_names_the_field() -> None:
    with pytest.raises(RuleCompileError) as caught:
        compile_rule(rule(script="Hi {nope}"))
    assert caught.value.field == "script"
    assert "rule 'r1', field 'script'" in str(caught.value)
    with pytest.raises(RuleCompileError) as caught:
        compile_rule(rule("agee > 1"))
    assert caught.value.field == "condition"


def test_check_rules_lists_every_problem_including_duplicate_ids() -> None:
    problems = check_rules([rule(), rule("bad >"), rule(id="r2", condition="$random > 1")])
    assert [(p.rule_id, p.field) for p in problems] == [
        ("r1", "id"),
        ("r1", "condition"),
        ("r2", "condition"),
    ]


def test_rule_set_skips_disabled_and_keeps_failures_apart() -> None:
    compiled = compile_rule_set(
        7, [rule(), rule(id="off", enabled=False), rule(id="bad", condition="nope > 1")]
    )
    assert compiled.version == 7
    assert [r.id for r in compiled.rules] == ["r1"]
    assert [e.rule_id for e in compiled.errors] == ["bad"]


def test_rules_compile_for_the_path_under_test(rule_path: str) -> None:
    compiled = compile_rule(rule("age > 30"))
    assert (compiled.lowered is not None) == (rule_path == "lowered")
    assert compiled.matches({"age": 31}) is True
