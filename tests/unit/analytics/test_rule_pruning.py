"""Association rules that add nothing to a shorter rule for the same product are left out."""

from __future__ import annotations

from app.services.analytics.fitting.affinity import association_rules
from app.services.analytics.fitting.rule_pruning import productive_rules

# Everyone holds a current account (C); investment fund (I) goes with a credit card (K) in 3 of 4
# baskets; a savings account (S) lifts the card's chance to 1 of 1 where it joins I.
BASKETS = [
    frozenset({"C", "I", "K", "S"}),
    frozenset({"C", "I", "K"}),
    frozenset({"C", "I", "K"}),
    frozenset({"C", "I"}),
    frozenset({"C"}),
    frozenset({"C"}),
    frozenset({"C", "S"}),
    frozenset({"C"}),
]


def rules_by_sides(rules):
    return {(rule.antecedent, rule.consequent): round(rule.confidence, 4) for rule in rules}


def test_a_product_everyone_holds_adds_nothing_to_a_rule() -> None:
    every = rules_by_sides(association_rules(BASKETS, 0.1, 0.3, 1.0, max_len=4))
    # By hand: I -> K 3/4; C,I -> K 3/4 (C is in every basket); I,S -> K 1/1; C,I,S -> K 1/1.
    assert every[(("I",), "K")] == 0.75
    assert every[(("C", "I"), "K")] == 0.75
    assert every[(("I", "S"), "K")] == 1.0
    assert every[(("C", "I", "S"), "K")] == 1.0
    kept = rules_by_sides(productive_rules(association_rules(BASKETS, 0.1, 0.3, 1.0, max_len=4)))
    assert (("I",), "K") in kept
    assert (("C", "I"), "K") not in kept  # no better than I -> K
    assert (("I", "S"), "K") in kept  # better than I -> K and than S -> K (1/2)
    assert (("C", "I", "S"), "K") not in kept  # no better than I, S -> K


def test_pruning_keeps_the_order_and_every_rule_without_a_shorter_rival() -> None:
    found = association_rules(BASKETS, 0.1, 0.3, 1.0, max_len=4)
    kept = productive_rules(found)
    assert kept == [rule for rule in found if rule in kept]
    singles = [rule for rule in found if len(rule.antecedent) == 1]
    assert all(rule in kept for rule in singles)
