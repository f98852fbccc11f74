"""The default why names each feature and attribute the condition read (issue 13, item 4)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.rules.arbitrate import CustomerHistory
from app.rules.attributes import AttributeKind as K
from app.rules.compiler import compile_rule, compile_rule_set
from app.rules.decide import decide
from app.rules.definition import RuleDefinition
from app.rules.explain import PlainFormatter, default_why

AS_OF = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
# Twenty columns, as the telco file has: a rule reading three must not show twenty.
ATTRIBUTES: dict[str, object] = {f"extra_{n}": f"value {n}" for n in range(16)}
ATTRIBUTES.update(
    tenure=2,
    contract="Month-to-month",
    monthly_charges=Decimal("70.70"),
    total_charges=None,
)
CATALOGUE = {name: K.TEXT for name in ATTRIBUTES} | {
    "tenure": K.INT,
    "monthly_charges": K.DECIMAL,
    "total_charges": K.DECIMAL,
    "kyc_review_date": K.DATE,
}


def rule(condition: str, rule_id: str = "r") -> RuleDefinition:
    return RuleDefinition(id=rule_id, name=rule_id, condition=condition, action="a", script="s")


def features(**extra: object) -> dict[str, object]:
    return {
        "as_of": AS_OF,
        "segment": "mass",
        "last_inflow": Decimal("52000.00"),
        "attributes": {**ATTRIBUTES, **extra},
    }


def why(condition: str, **extra: object) -> str:
    compiled = compile_rule(rule(condition), CATALOGUE)
    return default_why(compiled.reads, features(**extra), PlainFormatter())


def test_each_attribute_read_is_named_with_its_value_never_the_mapping() -> None:
    said = why(
        'attributes["tenure"] < 12 and attributes["contract"] == "Month-to-month"\n'
        'and attributes["monthly_charges"] > 70'
    )
    assert said == (
        'attributes["tenure"] = 2; attributes["contract"] = Month-to-month; '
        'attributes["monthly_charges"] = 70.70'
    )


def test_features_and_attributes_in_reading_order_each_once() -> None:
    said = why(
        'segment == "mass" and attributes["tenure"] < 12 and last_inflow > 5\n'
        'and attributes["tenure"] > 0 and as_of > d"2026-01-01"'
    )
    assert said == 'segment = mass; attributes["tenure"] = 2; last_inflow = 52000.00 PLN'


def test_an_empty_attribute_and_a_date_attribute() -> None:
    said = why(
        'attributes["total_charges"] == null and attributes["kyc_review_date"] < as_of',
        kyc_review_date=datetime(2026, 3, 31, tzinfo=UTC),
    )
    assert said == 'attributes["total_charges"] = none; attributes["kyc_review_date"] = 2026-03-31'


def test_a_key_tested_with_in_is_named_too() -> None:
    assert why('"tenure" in attributes') == 'attributes["tenure"] = 2'


def test_the_mapping_read_as_a_whole_shows_its_size_only() -> None:
    assert why("attributes.length > 3") == "attributes.length = 20"
    assert why('attributes[segment] == "x" or segment == "mass"') == (
        "attributes.length = 20; segment = mass"
    )


def test_decide_explains_a_fired_rule_by_what_it_read() -> None:
    rules = [rule('attributes["tenure"] < 12 and segment == "mass"', "retain")]
    feats = features()
    result = decide(
        compile_rule_set(1, rules, CATALOGUE),
        feats,
        {**feats, "first_name": "Anna"},
        CustomerHistory(),
        external_id="C1",
        as_of=AS_OF,
    )
    (action,) = result.actions
    assert action.explanation == 'attributes["tenure"] = 2; segment = mass'
