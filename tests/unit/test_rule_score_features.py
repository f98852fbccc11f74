"""The analytics features: a scored customer's values as typed, an unscored one's nulls."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.rules.compiler import compile_rule
from app.rules.definition import RuleDefinition
from app.rules.features import (
    MAX_PRODUCTS,
    MAX_TEXT,
    NO_SCORES,
    CustomerFacts,
    ScoreFacts,
    build_features,
)
from app.rules.schema import FEATURES_BY_NAME, FeatureType
from app.services.nba.score_facts import affinity_products, number, score_facts

AS_OF = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
ANALYTICS = (
    "p_alive",
    "expected_events_12m",
    "clv_12m",
    "value_tier",
    "churn_risk",
    "churn_probability",
    "rfm",
    "segment_rfm",
    "affinity_products",
)
SCORED = ScoreFacts(
    Decimal("0.73"),
    Decimal("2.5"),
    Decimal("1234.50"),
    "High",
    "High",
    Decimal("0.27"),
    "545",
    "at_risk",
    ("investment_fund", "mortgage"),
)


def facts(scores: ScoreFacts | None = None) -> CustomerFacts:
    values = [uuid.uuid4(), "C1", "Anna", "Nowak", None, "mass", "Łódź", {}, ("credit_card",)]
    values += [(), (), {}, None, 0]
    return CustomerFacts(*values) if scores is None else CustomerFacts(*values, scores)


def rule(condition: str) -> RuleDefinition:
    return RuleDefinition(id="r", name="R", condition=condition, action="A", script="Hi")


def test_schema_types_and_units() -> None:
    types = {name: FEATURES_BY_NAME[name].type for name in ANALYTICS}
    assert types == {
        "p_alive": FeatureType.NUMBER,
        "expected_events_12m": FeatureType.NUMBER,
        "clv_12m": FeatureType.NUMBER,
        "value_tier": FeatureType.TEXT,
        "churn_risk": FeatureType.TEXT,
        "churn_probability": FeatureType.NUMBER,
        "rfm": FeatureType.TEXT,
        "segment_rfm": FeatureType.TEXT,
        "affinity_products": FeatureType.TEXT_LIST,
    }
    assert FEATURES_BY_NAME["clv_12m"].unit == "money"
    nullable = {name for name in ANALYTICS if FEATURES_BY_NAME[name].nullable}
    assert nullable == {"p_alive", "expected_events_12m", "clv_12m", "churn_probability"}
    for name in ANALYTICS:
        assert "not scored" in FEATURES_BY_NAME[name].description, name


def test_a_scored_customer() -> None:
    f = build_features(facts(SCORED), AS_OF)
    assert [f[name] for name in ANALYTICS] == [
        Decimal("0.73"),
        Decimal("2.5"),
        Decimal("1234.50"),
        "High",
        "High",
        Decimal("0.27"),
        "545",
        "at_risk",
        ("investment_fund", "mortgage"),
    ]


def test_a_customer_without_scores() -> None:
    f = build_features(facts(), AS_OF)
    assert facts().scores is NO_SCORES
    assert [f[name] for name in ANALYTICS] == [None, None, None, "", "", None, "", "", ()]


@pytest.mark.parametrize(
    ("condition", "scored", "unscored"),
    [
        ('value_tier == "High" and churn_risk == "High"', True, False),
        ("p_alive != null and p_alive < 0.8", True, False),
        ("p_alive == 0.73", True, False),
        ("(p_alive ?? 1) > 0.9", False, True),
        ("clv_12m != null and clv_12m > 1000", True, False),
        ('"mortgage" in affinity_products', True, False),
        ("affinity_products.length == 0", False, True),
        ('segment_rfm == "at_risk" and rfm.starts_with("5")', True, False),
        ("(expected_events_12m ?? 0) >= 2.5 and (churn_probability ?? 1) <= 0.27", True, False),
    ],
)
def test_rules_read_them_typed(condition: str, scored: bool, unscored: bool) -> None:
    compiled = compile_rule(rule(condition))
    assert compiled.matches(build_features(facts(SCORED), AS_OF)) is scored
    assert compiled.matches(build_features(facts(), AS_OF)) is unscored
    assert compiled.rule.matches(build_features(facts(SCORED), AS_OF)) is scored  # reference


def test_type_errors_at_compile_time() -> None:
    with pytest.raises(ValueError, match="type error"):
        compile_rule(rule("value_tier > 3"))
    with pytest.raises(ValueError, match="type error"):
        compile_rule(rule('p_alive > "High"'))
    with pytest.raises(ValueError, match="type error"):
        compile_rule(rule("affinity_products > 1"))


def test_hostile_values_are_cut() -> None:
    long = "x" * (MAX_TEXT + 10)
    many = tuple(f"p{i}" for i in range(MAX_PRODUCTS + 5))
    scores = ScoreFacts(None, None, None, long, long, None, long, long, many)
    f = build_features(facts(scores), AS_OF)
    for name in ("value_tier", "churn_risk", "rfm", "segment_rfm"):
        assert f[name] == "x" * MAX_TEXT
    assert f["affinity_products"] == many[:MAX_PRODUCTS]


def test_row_values_become_rule_values() -> None:
    made = score_facts(0.73, 2.5, Decimal("12.00"), "High", None, float("nan"), "", None, "[]")
    assert made == ScoreFacts(
        Decimal("0.73"), Decimal("2.5"), Decimal("12.00"), "High", "", None, "", "", ()
    )
    assert number(float("inf")) is None and number(None) is None
    assert number(1e-07) == Decimal("1e-07")


def test_affinity_json() -> None:
    text = '[{"product": "mortgage", "confidence": 0.5, "lift": 2, "support": 0.1, "because": []},'
    text += ' {"product": "fund", "confidence": 0.4, "lift": 1.5, "support": 0.1, "because": []}]'
    assert affinity_products(text) == ("mortgage", "fund")
    assert affinity_products(text) is affinity_products(text)  # shared between customers
    assert affinity_products('{"newer": "shape"}') == ()
    assert affinity_products("not json") == ()
    assert affinity_products(None) == ()
