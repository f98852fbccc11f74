"""Lowered rules (app/rules/lower.py) agree with rule-engine: values, verdicts and errors."""

from __future__ import annotations

import inspect
import json
import sys
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.rules import lower
from app.rules.attributes import AttributeKind
from app.rules.compiler import compile_rule, compile_rule_set, evaluation_context, use_re2
from app.rules.definition import RuleDefinition, parse_rule
from app.rules.evaluate import evaluate
from app.rules.lazy_engine import rule_engine
from app.rules.schema import FEATURES, FeatureType

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from bench_rules import scalar_rules  # noqa: E402

AS_OF = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
CATALOGUE = {
    "tenure": AttributeKind.INT,
    "monthly_charges": AttributeKind.DECIMAL,
    "churn": AttributeKind.BOOL,
    "kyc_review_date": AttributeKind.DATE,
    "contract": AttributeKind.TEXT,
}
TEXTS = ("mass", "affluent", "Warszawa", "Kraków", "", "a", "Month-to-month")
PRODUCTS = ("credit_card", "mortgage", "savings_account")


def outcome(call: Any, features: dict) -> tuple:
    """What a call gives: ("value", v) or (error class, message)."""
    try:
        return ("value", type(value := call(features)), value)
    except Exception as error:  # the class is the contract: evaluate.py classifies by it
        return (type(error).__name__, str(getattr(error, "message", error)))


def reference(text: str) -> Any:
    return use_re2(rule_engine.Rule(text, context=evaluation_context()))


# -- generated expressions --------------------------------------------------------------


def _names(kind: FeatureType) -> list[str]:
    return [feature.name for feature in FEATURES if feature.type == kind]


def _attribute(kinds: tuple[AttributeKind, ...]) -> st.SearchStrategy[str]:
    names = [name for name, kind in CATALOGUE.items() if kind in kinds] + ["unknown_col"]
    return st.builds(
        lambda name, safe: f'attributes{"&" if safe else ""}["{name}"]',
        st.sampled_from(names),
        st.booleans(),
    )


NUMBER_LITERALS = st.sampled_from(["0", "1", "12", "-3", "2.5", "70.70", "1000", "0.1"])
TEXT_LITERALS = st.sampled_from([json.dumps(text, ensure_ascii=False) for text in TEXTS])
DATE_LITERALS = st.sampled_from(['d"2026-01-01"', 'd"2026-03-10T12:00:00Z"', "as_of"])
PATTERNS = st.sampled_from(['"^a"', '"Kra"', '"[0-9]+"', '"^$"', '"ó"', '"mass|affluent"'])


def atoms(kind: str) -> st.SearchStrategy[str]:
    if kind == "number":
        return st.one_of(
            st.sampled_from(_names(FeatureType.NUMBER)),
            _attribute((AttributeKind.INT, AttributeKind.DECIMAL)),
            NUMBER_LITERALS,
            st.sampled_from(["products.length", "complaints.length", "attributes.length"]),
            st.sampled_from(["city.length", "attributes.tenure", "age.floor", "(age ?? 0).to_str"]),
        )
    if kind == "text":
        return st.one_of(
            st.sampled_from(_names(FeatureType.TEXT)),
            _attribute((AttributeKind.TEXT,)),
            TEXT_LITERALS,
            st.sampled_from(['complaints[0]["status"]', 'complaints&[0]&["resolution"]']),
            st.sampled_from(["products[0]", "products&[1]", "segment.as_upper", "city&.as_lower"]),
            st.sampled_from(["attributes.contract", "complaints[0].status", "products[-1]"]),
        )
    if kind == "bool":
        return st.one_of(
            st.sampled_from(_names(FeatureType.BOOL)),
            _attribute((AttributeKind.BOOL,)),
            st.sampled_from(["true", "false", "products.is_empty"]),
        )
    if kind == "datetime":
        return st.one_of(
            st.sampled_from(_names(FeatureType.DATETIME)),
            _attribute((AttributeKind.DATE,)),
            DATE_LITERALS,
            st.sampled_from(['as_of - t"P30D"', 'complaints[0]["opened_at"]']),
        )
    if kind == "list":
        return st.sampled_from(
            [
                "products",
                '["mass", "affluent"]',
                "[1, 2.5]",
                '[c["status"] for c in complaints]',
                '[c for c in products if c != "mortgage"]',
                "[]",
            ]
        )
    return st.sampled_from(["null", "attributes", "complaints"])


KINDS = ("number", "text", "bool", "datetime", "list", "other")
ANY_ATOM = st.sampled_from(KINDS).flatmap(atoms)
FEATURE_ATOM = st.one_of(
    st.sampled_from([feature.name for feature in FEATURES]),
    _attribute(tuple(AttributeKind)),
)
LITERAL_ATOM = st.one_of(
    NUMBER_LITERALS, TEXT_LITERALS, st.sampled_from(["true", "false", "null", 'd"2026-01-01"'])
)
OPERATORS = st.sampled_from(["==", "!=", "<", "<=", ">", ">=", "in", "not in"])
# The shapes the lowering reads straight from the features dict, in both orders.
FEATURE_VS_LITERAL = st.one_of(
    st.builds("({} {} {})".format, FEATURE_ATOM, OPERATORS, LITERAL_ATOM),
    st.builds("({} {} {})".format, LITERAL_ATOM, OPERATORS, FEATURE_ATOM),
)


@cache  # one strategy per (kind, depth): built once, not once per example
def expressions(kind: str, depth: int) -> st.SearchStrategy[str]:
    """Expressions of `kind`, often well typed, sometimes not (any operand of any kind)."""
    if depth == 0:
        return atoms(kind)
    sub = {k: st.deferred(lambda k=k: expressions(k, depth - 1)) for k in KINDS}
    anything = st.sampled_from(KINDS).flatmap(lambda k: sub[k])
    same = st.sampled_from(("number", "text", "datetime")).flatmap(
        lambda k: st.tuples(sub[k], sub[k])
    )
    wrap = "({} {} {})".format
    options = [atoms(kind), st.builds("({} ? {} : {})".format, sub["bool"], sub[kind], sub[kind])]
    options.append(st.builds("({} ?? {})".format, sub[kind], sub[kind]))
    if kind == "number":
        options.append(st.builds(wrap, sub["number"], st.sampled_from("+-*/%"), sub["number"]))
        options.append(st.builds(wrap, sub["number"], st.just("//"), sub["number"]))
        options.append(st.builds("-{}".format, sub["number"]))
    if kind == "text":
        options.append(st.builds(wrap, sub["text"], st.just("+"), sub["text"]))
    if kind == "datetime":
        options.append(st.builds('({} + t"P1D")'.format, sub["datetime"]))
    if kind == "bool":
        compare = st.sampled_from(["==", "!=", "<", "<=", ">", ">="])
        options += [
            st.builds(lambda pair, op: wrap(pair[0], op, pair[1]), same, compare),
            st.builds(wrap, anything, compare, anything),  # often ill typed
            st.builds(wrap, ANY_ATOM, compare, ANY_ATOM),  # a feature against a literal
            st.builds(wrap, ANY_ATOM, st.sampled_from(["in", "not in"]), ANY_ATOM),
            st.builds(wrap, anything, st.sampled_from(["==", "!="]), st.just("null")),
            st.builds(wrap, sub["text"], st.sampled_from(["in", "not in"]), sub["list"]),
            st.builds(wrap, anything, st.just("in"), anything),
            st.builds(wrap, sub["bool"], st.sampled_from(["and", "or"]), sub["bool"]),
            st.builds(wrap, anything, st.sampled_from(["and", "or"]), anything),
            st.builds("(not {})".format, anything),
            st.builds(wrap, sub["text"], st.sampled_from(["=~", "=~~", "!~", "!~~"]), PATTERNS),
        ]
    return st.one_of(options)


# -- generated features -----------------------------------------------------------------

NUMBERS = st.one_of(
    st.integers(-5, 2000),
    st.decimals(min_value=-100, max_value=100000, places=2, allow_nan=False),
    st.sampled_from([0.5, 12.0, -3.25]),  # not what the builder gives, but rule-engine takes it
)
MOMENTS = st.integers(-400, 400).map(lambda days: AS_OF + timedelta(days=days))
ATTRIBUTE_VALUES = {
    AttributeKind.INT: st.integers(-3, 80),
    AttributeKind.DECIMAL: st.decimals(min_value=0, max_value=200, places=2, allow_nan=False),
    AttributeKind.BOOL: st.booleans(),
    AttributeKind.DATE: st.builds(
        lambda d, shape: shape((AS_OF + timedelta(days=d)).date()),
        st.integers(-60, 60),
        st.sampled_from(
            [
                lambda day: datetime.combine(day, datetime.min.time(), UTC),  # the builder's
                lambda day: datetime.combine(day, datetime.min.time()),  # naive: gets UTC
                lambda day: day,  # a date: rule-engine makes it a datetime
            ]
        ),
    ),
    AttributeKind.TEXT: st.sampled_from(TEXTS),
}
COMPLAINT = st.fixed_dictionaries(
    {
        "opened_at": MOMENTS,
        "status": st.sampled_from(["open", "closed"]),
        "resolution": st.sampled_from([None, "upheld", "rejected"]),
        "subject": st.sampled_from(TEXTS),
    }
)


@st.composite
def feature_dicts(draw: st.DrawFn) -> dict:
    values: dict[str, Any] = {}
    for feature in FEATURES:
        kind = feature.type
        if feature.name == "as_of":
            value = AS_OF
        elif kind == FeatureType.NUMBER:
            value = draw(NUMBERS)
        elif kind == FeatureType.DATETIME:
            value = draw(MOMENTS)
            if draw(st.integers(0, 5)) == 0:
                value = value.replace(tzinfo=None)  # naive: rule-engine gives it UTC
        elif kind == FeatureType.BOOL:
            value = draw(st.booleans())
        elif kind == FeatureType.TEXT:
            value = draw(st.sampled_from(TEXTS))
        elif kind == FeatureType.TEXT_LIST:
            value = draw(st.lists(st.sampled_from(PRODUCTS), max_size=3, unique=True))
            value = value if draw(st.booleans()) else tuple(value)  # a list reads as a tuple
        elif kind == FeatureType.MAPPING:
            value = {}
            for name, attribute_kind in CATALOGUE.items():
                choice = draw(st.sampled_from(["value", "value", "null", "missing"]))
                if choice != "missing":
                    value[name] = (
                        None if choice == "null" else draw(ATTRIBUTE_VALUES[attribute_kind])
                    )
        else:
            value = tuple(draw(st.lists(COMPLAINT, max_size=2)))
        if feature.nullable and draw(st.integers(0, 3)) == 0:
            value = None
        values[feature.name] = value
    return values


# `attributes.contract` is rule-engine's deprecated dot access on a mapping: both paths warn.
@pytest.mark.filterwarnings("ignore:accessing attribute")
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(
    text=st.one_of(
        FEATURE_VS_LITERAL,
        st.sampled_from(("bool", "bool", "number", "text")).flatmap(lambda k: expressions(k, 3)),
    ),
    samples=st.lists(feature_dicts(), min_size=1, max_size=3),
)
def test_lowered_rules_agree_with_rule_engine(text: str, samples: list[dict]) -> None:
    try:
        rule = reference(text)
    except rule_engine.errors.EngineError:
        return  # refused when parsed: never evaluated by either
    lowered = lower.lower_rule(rule)
    assert lowered is not None, text
    for features in samples:
        assert outcome(lowered.value, features) == outcome(rule.evaluate, features), text
        assert outcome(lowered, features) == outcome(rule.matches, features), text


# -- cases worth naming -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("condition", "changes", "expected"),
    [
        ("age > 1", {"age": None}, ("EvaluationError", "data type mismatch")),
        ("city < 1", {}, ("EvaluationError", "data type mismatch")),
        ('attributes["tenur"] < 12', {}, ("LookupError", "lookup operation failed")),
        ("complaints[0] == null", {}, ("LookupError", "lookup operation failed")),
        ("agee > 1", {}, ("SymbolResolutionError", "unknown symbol: 'agee'")),
        ('"a" + 1 == "a1"', {"city": "x"}, None),  # constant: refused when parsed
        ('city + 1 == "a1"', {}, ("TypeError", None)),
        ("(1 + city) == 1", {}, ("EvaluationError", "data type mismatch (not a string value)")),
        ("age / 0 > 1", {}, ("ArithmeticError", "arithmetic error: division by zero")),
        ("age == 40", {"age": 40}, ("value", bool, True)),
        ("age == 40", {"age": 40.0}, ("value", bool, True)),
        ("age == 40", {"age": True}, ("value", bool, False)),
        ("is_birthday == 1", {"is_birthday": True}, ("value", bool, False)),
        ('attributes["d"] == d"2026-01-01"', {"attributes": {"d": datetime(2026, 1, 1)}}, None),
    ],
)
def test_named_cases_agree(condition: str, changes: dict, expected: tuple | None) -> None:
    features = {**_plain_features(), **changes}
    try:
        rule = reference(condition)
    except rule_engine.errors.EngineError:
        assert expected is None
        return
    lowered = lower.lower_rule(rule)
    got = outcome(lowered, features)
    assert got == outcome(rule.matches, features)
    if expected is not None and expected[1] is not None:
        assert got == expected
    elif expected is not None:
        assert got[0] == expected[0]


def _plain_features() -> dict:
    return {
        "as_of": AS_OF,
        "age": 40,
        "segment": "mass",
        "city": "Warszawa",
        "attributes": {"tenure": 2},
        "products": ("credit_card",),
        "complaints": (),
        "is_birthday": False,
    }


def test_a_lookup_error_names_the_key_as_rule_engine_does() -> None:
    rule = reference('attributes["tenur"] < 12')
    with pytest.raises(rule_engine.errors.LookupError) as lowered_error:
        lower.lower_rule(rule)(_plain_features())
    with pytest.raises(rule_engine.errors.LookupError) as engine_error:
        rule.matches(_plain_features())
    assert lowered_error.value.item == engine_error.value.item == "tenur"
    assert lowered_error.value.container == engine_error.value.container


def test_data_that_is_not_a_plain_dict_takes_rule_engine_whole() -> None:
    class Features(dict):
        pass

    rule = reference("age > 30")
    assert lower.lower_rule(rule)(Features(age=40)) is True


# -- the lowered path is really taken ---------------------------------------------------


def _demo_rules() -> list[RuleDefinition]:
    document = json.loads((ROOT / "resources/rules/demo_rules.json").read_text("utf-8"))
    return [parse_rule(data, i) for i, data in enumerate(document["rules"])]


@pytest.mark.parametrize("source", ["demo pack", "bench scalar rules"])
def test_shipped_and_benchmarked_rules_lower_without_fallback(source: str) -> None:
    definitions = _demo_rules() if source == "demo pack" else scalar_rules(200)
    for definition in definitions:
        compiled = compile_rule(definition)
        assert compiled.lowered is not None, definition.condition
        assert compiled.lowered.fallbacks == (), definition.condition


def test_unlowered_constructs_fall_back_per_node_and_still_agree() -> None:
    rule = reference('$abs(age) > 3 and city == "Warszawa"')
    lowered = lower.lower_rule(rule)
    assert lowered.fallbacks == ("FunctionCallExpression",)
    features = _plain_features()
    assert lowered(features) is rule.matches(features) is True


def test_switching_lowering_off_keeps_rule_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lower, "ENABLED", False)
    compiled = compile_rule(RuleDefinition(id="r", name="R", condition="age > 1", action="a"))
    assert compiled.lowered is None
    assert compiled.matches(_plain_features()) is True


def test_a_tree_too_deep_to_lower_keeps_rule_engine() -> None:
    rule = reference("not " * 150 + "age > 1")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 60)  # lowering needs two frames a level
    try:
        lowered = lower.lower_rule(rule)
    finally:
        sys.setrecursionlimit(limit)
    assert lowered is None  # no error: rule-engine evaluates this rule as before
    assert rule.matches(_plain_features()) is True


def test_evaluate_gives_the_same_verdicts_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    definitions = _demo_rules() + scalar_rules(60)
    features = {**_plain_features(), "days_to_birthday": None, "last_inflow": None}
    for feature in FEATURES:
        features.setdefault(feature.name, 0 if feature.type == FeatureType.NUMBER else None)
    lowered = evaluate(compile_rule_set(1, definitions), features)
    monkeypatch.setattr(lower, "ENABLED", False)
    plain = evaluate(compile_rule_set(1, definitions), features)
    assert [r.id for r in lowered.fired] == [r.id for r in plain.fired]
    assert lowered.not_fired == plain.not_fired
    assert lowered.failures == plain.failures


def test_evaluate_takes_any_mapping_and_keeps_rule_sets_apart() -> None:
    features = _plain_features()
    older = compile_rule_set(1, [RuleDefinition(id="a", name="A", condition="age > 30")])
    newer = compile_rule_set(2, [RuleDefinition(id="a", name="A", condition="age < 30")])
    for _round in range(2):  # the second round runs from the plans kept for each set
        assert [r.id for r in evaluate(older, features).fired] == ["a"]
        assert [r.id for r in evaluate(newer, features).fired] == []
        assert [r.id for r in evaluate(older, MappingProxyType(features)).fired] == ["a"]
        assert evaluate(newer, MappingProxyType(features)).not_fired[0].rule_id == "a"
