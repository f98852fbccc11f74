"""Custom attributes typed from the catalogue at compile time (issue 13, item 1)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.rules.attributes import AttributeKind as K
from app.rules.compiler import (
    ConditionError,
    RuleCompileError,
    check_rules,
    compile_condition,
    compile_rule,
    compile_rule_set,
)
from app.rules.definition import RuleDefinition
from app.rules.evaluate import evaluate

CATALOGUE = {
    "tenure": K.INT,
    "contract": K.TEXT,
    "kyc_review_date": K.DATE,
    "churn": K.BOOL,
    "monthly_charges": K.DECIMAL,
    "total_charges": K.DECIMAL,
}
AS_OF = datetime(2026, 12, 1, tzinfo=UTC)


def refused(condition: str) -> ConditionError:
    with pytest.raises(ConditionError) as caught:
        compile_condition(condition, CATALOGUE)
    return caught.value


def rule(condition: str, rule_id: str = "r") -> RuleDefinition:
    return RuleDefinition(id=rule_id, name=rule_id, condition=condition, action="a", script="s")


def test_a_typo_is_refused_with_a_suggestion_at_the_key() -> None:
    error = refused('attributes["tenur"] < 12')
    assert error.message == "unknown attribute 'tenur'; did you mean 'tenure'?"
    assert (error.line, error.column) == (1, 12)


def test_a_typo_on_a_later_line_names_that_line_and_column() -> None:
    error = refused(
        'segment == "mass"\n  and (attributes["contract"] == "x"\n  or attributes[\'tenur\'] < 12)'
    )
    assert "unknown attribute 'tenur'" in error.message
    assert (error.line, error.column) == (3, 17)


def test_an_unknown_key_far_from_every_column_has_no_suggestion() -> None:
    assert refused('attributes["zzz"] == 1').message == "unknown attribute 'zzz'"


def test_a_typo_tested_with_in_is_refused_too() -> None:
    error = refused('segment == "mass" and not ("tenur" in attributes)')
    assert error.message == "unknown attribute 'tenur'; did you mean 'tenure'?"
    assert (error.line, error.column) == (1, 28)
    compile_condition('"tenure" in attributes', CATALOGUE)
    assert "'tenur'" in refused('"tenur" in attributes.keys').message
    compile_condition('"tenure" in attributes.keys and attributes.values.length > 1', CATALOGUE)


def test_text_compared_with_a_number_is_a_type_error_at_the_attribute() -> None:
    error = refused('segment == "mass" and\nattributes["contract"] > 12')
    assert error.message.startswith('type error: attributes["contract"] is text')
    assert (error.line, error.column) == (2, 1)


def test_two_attributes_of_different_types_name_the_one_that_breaks_it() -> None:
    error = refused('attributes["tenure"] > attributes["contract"]')
    assert 'attributes["contract"] is text' in error.message
    assert error.column == 24


def test_a_date_attribute_compares_with_as_of_and_not_with_a_number() -> None:
    compile_condition('attributes["kyc_review_date"] < as_of', CATALOGUE)
    compile_condition('attributes["kyc_review_date"] + t"P30D" < as_of', CATALOGUE)
    assert "is a date" in refused('attributes["kyc_review_date"] < 3').message


def test_bool_and_decimal_attributes_have_their_types() -> None:
    compile_condition('attributes["churn"] and attributes["monthly_charges"] > 70.5', CATALOGUE)
    assert "is yes/no" in refused('attributes["churn"] > 1').message
    assert "is a number" in refused('attributes["monthly_charges"] =~ "7.*"').message
    # A number alone is not a condition.
    assert "true or false" in refused('attributes["tenure"]').message


def test_null_comparisons_compile_for_every_kind() -> None:
    for name in CATALOGUE:
        compile_condition(f'attributes["{name}"] == null', CATALOGUE)
        compile_condition(f'attributes["{name}"] != null', CATALOGUE)
    compile_condition('(attributes["total_charges"] ?? -1) == -1', CATALOGUE)
    compile_condition('attributes&["kyc_review_date"] != null', CATALOGUE)


def test_text_in_string_literals_is_not_taken_for_a_read() -> None:
    compile_condition('city == "attributes[\\"tenur\\"] > 1"', CATALOGUE)
    compile_condition('city == \'tenur\' and "x" + "tenur" != city', CATALOGUE)


def test_a_computed_key_stays_allowed_and_untyped() -> None:
    compile_condition('attributes[segment] == "x"', CATALOGUE)
    compile_condition("attributes.length > 3", CATALOGUE)


def test_dot_access_to_a_column_is_refused_with_the_bracket_form() -> None:
    error = refused("segment == 'x' or attributes.tenure > 1")
    assert error.message == 'write attributes["tenure"] to read a column, not attributes.tenure'
    assert (error.line, error.column) == (1, 19)


def test_without_a_catalogue_attributes_are_not_checked() -> None:
    compile_condition('attributes["tenur"] > "x"')


def test_the_rule_names_rule_field_line_and_column() -> None:
    with pytest.raises(RuleCompileError) as caught:
        compile_rule(rule('attributes["tenur"] < 12', "short_tenure"), CATALOGUE)
    assert str(caught.value) == (
        "rule 'short_tenure', field 'condition': unknown attribute 'tenur'; "
        "did you mean 'tenure'? (line 1, column 12)"
    )


def test_check_rules_lists_every_attribute_problem() -> None:
    problems = check_rules(
        [rule('attributes["tenur"] < 12', "a"), rule('attributes["contract"] > 12', "b")],
        CATALOGUE,
    )
    assert [(p.rule_id, p.field) for p in problems] == [("a", "condition"), ("b", "condition")]


def test_a_column_dropped_from_the_catalogue_fails_the_rule_in_the_rule_set() -> None:
    rules = [rule('attributes["tenure"] < 12', "short"), rule("segment == 'mass'", "mass")]
    assert compile_rule_set(1, rules, CATALOGUE).errors == ()
    smaller = {name: kind for name, kind in CATALOGUE.items() if name != "tenure"}
    compiled = compile_rule_set(1, rules, smaller)
    assert [c.id for c in compiled.rules] == ["mass"]
    (error,) = compiled.errors
    assert error.rule_id == "short" and "unknown attribute 'tenure'" in str(error)
    retyped = {**CATALOGUE, "tenure": K.TEXT}
    (error,) = compile_rule_set(1, rules, retyped).errors
    assert 'attributes["tenure"] is text' in str(error)


def features(**attributes: object) -> dict[str, object]:
    return {"attributes": attributes, "segment": "mass", "as_of": AS_OF}


def test_a_null_attribute_in_a_comparison_does_not_fire_and_is_not_a_failure() -> None:
    rule_set = compile_rule_set(1, [rule('attributes["total_charges"] > 100')], CATALOGUE)
    outcome = evaluate(rule_set, features(total_charges=None))
    assert outcome.failures == () and outcome.fired == ()
    (not_fired,) = outcome.not_fired
    assert not_fired.missing == ('attributes["total_charges"]',)
    assert evaluate(rule_set, features(total_charges=Decimal("101.5"))).fired


def test_the_typed_rule_evaluates_the_authors_text() -> None:
    compiled = compile_rule(
        rule('attributes["kyc_review_date"] <= as_of and attributes["tenure"] < 12'), CATALOGUE
    )
    assert compiled.attribute_keys == ("kyc_review_date", "tenure")
    review = datetime(2026, 11, 1, tzinfo=UTC)
    assert compiled.matches(features(kyc_review_date=review, tenure=2))
    assert not compiled.matches(features(kyc_review_date=review, tenure=20))
