"""Product affinity: itemsets, rules and picks on a 10-basket example computed by hand."""

from __future__ import annotations

import json
import random

import pytest

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.fitting.affinity import (
    AssociationRule,
    association_rules,
    frequent_itemsets,
    pick_from_rule,
    pick_parameters,
    recommend,
    recommend_many,
    rule_parameters,
)
from app.services.analytics.records import AffinityPick

# C card, S savings, I investment, L loan. Holders: C 7, S 7, I 4, L 3 (of 10).
# Pairs: CS 5 (b1 b2 b3 b4 b10), CI 3, CL 3, SI 4, SL 2, IL 1. Triples: CSI 3, CSL 2, CIL 1,
# SIL 1; CSIL 1.
BASKETS = [frozenset(b) for b in ("CSI", "CSI", "CS", "CSIL", "C", "SI", "CL", "S", "", "CSL")]


def test_frequent_itemsets_by_hand() -> None:
    # Support >= 0.2 means held by 2 baskets or more: IL and the other triples drop out.
    assert frequent_itemsets(BASKETS, 0.2) == {
        ("C",): 7,
        ("S",): 7,
        ("I",): 4,
        ("L",): 3,
        ("C", "S"): 5,
        ("C", "I"): 3,
        ("C", "L"): 3,
        ("I", "S"): 4,
        ("L", "S"): 2,
        ("C", "I", "S"): 3,
        ("C", "L", "S"): 2,
    }
    assert frequent_itemsets(BASKETS, 0.2, max_len=2).keys() == {
        ("C",), ("S",), ("I",), ("L",), ("C", "S"), ("C", "I"), ("C", "L"), ("I", "S"), ("L", "S")
    }  # fmt: skip
    assert frequent_itemsets(BASKETS, 0.35) == {
        ("C",): 7, ("S",): 7, ("I",): 4, ("C", "S"): 5, ("I", "S"): 4
    }  # fmt: skip


def rule(antecedent: str, consequent: str, both: int, holders: int, of_consequent: int):
    """The figures by hand: support both/10, confidence both/holders, lift conf/(cons/10)."""
    confidence = both / holders
    return (tuple(antecedent), consequent, both / 10, confidence, confidence / (of_consequent / 10))


def test_rules_by_hand_in_rank_order() -> None:
    # conf >= 0.5 and lift >= 1 keep 10 of the 16 rules from the frequent itemsets; dropped:
    # C->I 3/7, C->L 3/7, S->L 2/7, L->S lift (2/3)/0.7 < 1, CS->L 2/5, CL->S lift < 1.
    rules = association_rules(BASKETS, 0.2, 0.5, 1.0)
    expected = [
        rule("I", "S", 4, 4, 7),  # 1.0, lift 1/0.7, support 0.4
        rule("L", "C", 3, 3, 7),  # 1.0, 1/0.7, 0.3; consequent C before S
        rule("CI", "S", 3, 3, 7),  # 1.0, 1/0.7, 0.3
        rule("LS", "C", 2, 2, 7),  # 1.0, 1/0.7, 0.2
        rule("I", "C", 3, 4, 7),  # 0.75, 0.75/0.7, 0.3; antecedent ("I",) before ("I", "S")
        rule("IS", "C", 3, 4, 7),
        rule("S", "C", 5, 7, 7),  # 5/7, (5/7)/0.7, 0.5
        rule("C", "S", 5, 7, 7),
        rule("CS", "I", 3, 5, 4),  # 0.6, lift 1.5
        rule("S", "I", 4, 7, 4),  # 4/7, lift (4/7)/0.4
    ]
    got = [(r.antecedent, r.consequent, r.support, r.confidence, r.lift) for r in rules]
    assert len(got) == len(expected)
    for mine, hand in zip(got, expected, strict=True):
        assert mine[:2] == hand[:2]
        assert mine[2:] == pytest.approx(hand[2:], rel=1e-12)
    assert [r.count for r in rules] == [4, 3, 3, 2, 3, 3, 5, 5, 3, 4]
    assert rules[8].lift == pytest.approx(1.5)


def test_thresholds_filter_rules() -> None:
    assert len(association_rules(BASKETS, 0.2, 0.5, 1.0, max_len=2)) == 6
    strict = association_rules(BASKETS, 0.3, 0.9, 1.4)
    assert [(r.antecedent, r.consequent) for r in strict] == [
        (("I",), "S"),
        (("L",), "C"),
        (("C", "I"), "S"),
    ]
    # Thresholds equal to a rule's figures keep it: I->C has confidence 3/4 and lift
    # (3/4)/0.7; SI->C the same; I->S, L->C, CI->S and LS->C have confidence 1.
    at_edge = association_rules(BASKETS, 0.2, 0.75, 0.75 / 0.7)
    assert [(r.antecedent, r.consequent) for r in at_edge][-2:] == [
        (("I",), "C"),
        (("I", "S"), "C"),
    ]
    assert len(at_edge) == 6
    assert association_rules([], 0.1, 0.1, 0.1) == []
    assert association_rules([frozenset()] * 5, 0.1, 0.1, 0.1) == []


def test_recommend_picks_unheld_products_best_first_one_each() -> None:
    rules = association_rules(BASKETS, 0.2, 0.5, 1.0)
    # Holding S: S->C (5/7) and S->I (4/7).
    assert recommend(frozenset("S"), rules) == [
        AffinityPick("C", 5 / 7, (5 / 7) / 0.7, 0.5, ("S",)),
        AffinityPick("I", 4 / 7, (4 / 7) / 0.4, 0.4, ("S",)),
    ]
    # Holding L and S: C is suggested by L->C (support 0.3), better than LS->C (0.2).
    picks = recommend(frozenset("LS"), rules)
    assert [(p.product, p.because) for p in picks] == [("C", ("L",)), ("I", ("S",))]
    assert recommend(frozenset("LS"), rules, limit=1) == picks[:1]
    # Holding C and I: S via I->S (I->C and SI->C name a product held).
    assert [(p.product, p.because) for p in recommend(frozenset("CI"), rules)] == [("S", ("I",))]
    assert [(p.product, p.because) for p in recommend(frozenset("CS"), rules)] == [
        ("I", ("C", "S"))
    ]
    assert recommend(frozenset(), rules) == []
    assert recommend(frozenset("CSIL"), rules) == []
    assert recommend(frozenset("S"), rules, limit=0) == []


def test_recommend_many_matches_recommend_on_random_baskets() -> None:
    rng = random.Random(16)
    products = [f"P{i:02d}" for i in range(12)]
    weights = [0.6, 0.5, 0.45, 0.4, 0.3, 0.3, 0.2, 0.2, 0.15, 0.1, 0.05, 0.05]
    baskets = [
        frozenset(p for p, w in zip(products, weights, strict=True) if rng.random() < w)
        for _ in range(3000)
    ]
    rules = association_rules(baskets, 0.01, 0.2, 0.5)
    assert len(rules) > 100
    many = recommend_many(baskets, rules, limit=4)
    assert len(many) == len(baskets)
    for basket, picks in zip(baskets, many, strict=True):
        assert list(picks) == recommend(basket, rules, limit=4)
    assert recommend_many(baskets, rules, limit=4, cells=1000) == many  # in many small steps
    assert recommend_many(baskets[:3], [], limit=4) == [(), (), ()]


def test_rule_and_pick_json() -> None:
    top = association_rules(BASKETS, 0.2, 0.5, 1.0)[0]
    assert rule_parameters(top) == {
        "if": ["I"],
        "then": "S",
        "support": 0.4,
        "confidence": 1.0,
        "lift": round(1 / 0.7, 6),
        "count": 4,
    }
    pick = pick_from_rule(AssociationRule(("C", "S"), "I", 0.3, 0.6, 1.5, 3))
    assert json.loads(json.dumps(pick_parameters(pick))) == {
        "product": "I",
        "confidence": 0.6,
        "lift": 1.5,
        "support": 0.3,
        "because": ["C", "S"],
    }


@pytest.mark.parametrize(
    ("support", "confidence", "lift", "key"),
    [
        (0.0, 0.5, 1.0, "analytics.affinity_min_support"),
        (1.5, 0.5, 1.0, "analytics.affinity_min_support"),
        (float("nan"), 0.5, 1.0, "analytics.affinity_min_support"),
        ("often", 0.5, 1.0, "analytics.affinity_min_support"),
        (True, 0.5, 1.0, "analytics.affinity_min_support"),
        (0.1, 0.0, 1.0, "analytics.affinity_min_confidence"),
        (0.1, 1.01, 1.0, "analytics.affinity_min_confidence"),
        (0.1, 0.5, 0.0, "analytics.affinity_min_lift"),
        (0.1, 0.5, -2.0, "analytics.affinity_min_lift"),
        (0.1, 0.5, None, "analytics.affinity_min_lift"),
    ],
)
def test_bad_thresholds_name_the_configuration_key(
    support: object, confidence: object, lift: object, key: str
) -> None:
    with pytest.raises(AnalyticsInputError) as caught:
        association_rules(BASKETS, support, confidence, lift)  # type: ignore[arg-type]
    assert str(caught.value).startswith(key)


def test_bad_lengths_and_limits_are_refused() -> None:
    with pytest.raises(AnalyticsInputError, match="at least 2 products"):
        association_rules(BASKETS, 0.2, 0.5, 1.0, max_len=1)
    with pytest.raises(AnalyticsInputError, match="0 or more"):
        recommend(frozenset("S"), [], limit=-1)
