"""Keep only association rules that say more than a shorter rule for the same product."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from app.services.analytics.fitting.affinity import AssociationRule

# Ratios computed from the same counts compare equal up to rounding.
TOLERANCE = 1e-12


def productive_rules(rules: Sequence[AssociationRule]) -> list[AssociationRule]:
    """The rules no shorter rule beats: A -> c is dropped when some B ⊂ A (B not empty) has
    B -> c with at least its confidence (Bayardo and Agrawal's minimum improvement of zero).

    When nearly everyone holds a current account, "current account and investment fund ->
    credit card" has the very confidence of "investment fund -> credit card": the longer rule
    adds nothing, and a consultant reading its why would be told of a product that does not
    matter. Order is kept.
    """
    confidence = {(rule.antecedent, rule.consequent): rule.confidence for rule in rules}
    return [rule for rule in rules if not _beaten(rule, confidence)]


def _beaten(rule: AssociationRule, confidence: dict[tuple[tuple[str, ...], str], float]) -> bool:
    items = rule.antecedent
    for size in range(1, len(items)):
        for shorter in combinations(items, size):
            known = confidence.get((shorter, rule.consequent))
            if known is not None and known >= rule.confidence - TOLERANCE:
                return True
    return False
