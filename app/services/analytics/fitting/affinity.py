"""Product affinity: frequent itemsets (Apriori) over products held, association rules, picks."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.records import AffinityPick

SUPPORT_KEY = "analytics.affinity_min_support"
CONFIDENCE_KEY = "analytics.affinity_min_confidence"
LIFT_KEY = "analytics.affinity_min_lift"
_ROWS_PER_CHUNK = 16_384  # distinct baskets per matrix product (bounds the memory used)


@dataclass(frozen=True, slots=True)
class AssociationRule:
    """Customers holding every product of `antecedent` also hold `consequent`:
    support = share of all baskets holding both sides, confidence = share of the baskets
    holding the antecedent that hold the consequent too, lift = confidence / share of all
    baskets holding the consequent, count = baskets holding both sides."""

    antecedent: tuple[str, ...]  # sorted product codes
    consequent: str
    support: float
    confidence: float
    lift: float
    count: int


def check_thresholds(min_support: float, min_confidence: float, min_lift: float) -> None:
    """AnalyticsInputError naming the configuration key of the first threshold out of range."""
    for key, value, rule in (
        (SUPPORT_KEY, min_support, "0 < value <= 1"),
        (CONFIDENCE_KEY, min_confidence, "0 < value <= 1"),
        (LIFT_KEY, min_lift, "value > 0"),
    ):
        number = _number(key, value)
        upper_ok = key == LIFT_KEY or number <= 1.0
        if not (math.isfinite(number) and number > 0.0 and upper_ok):
            raise AnalyticsInputError(f"{key} must satisfy {rule}; got {value!r}")


def association_rules(
    baskets: Sequence[frozenset[str]],
    min_support: float,
    min_confidence: float,
    min_lift: float,
    max_len: int = 3,
) -> list[AssociationRule]:
    """Rules antecedent -> one consequent from the itemsets of up to `max_len` products held
    by at least `min_support` of all baskets (empty baskets count in the denominator), best
    first: confidence, then lift, then support, then consequent and antecedent codes."""
    check_thresholds(min_support, min_confidence, min_lift)
    if isinstance(max_len, bool) or not isinstance(max_len, int) or max_len < 2:
        raise AnalyticsInputError(f"affinity itemsets need at least 2 products; got {max_len!r}")
    total = len(baskets)
    if total == 0:
        return []
    counts = frequent_itemsets(baskets, min_support, max_len)
    rules: list[AssociationRule] = []
    for itemset, both in counts.items():
        if len(itemset) < 2:
            continue
        for consequent in itemset:
            antecedent = tuple(p for p in itemset if p != consequent)
            confidence = both / counts[antecedent]
            lift = confidence / (counts[(consequent,)] / total)
            if confidence >= min_confidence and lift >= min_lift:
                rules.append(
                    AssociationRule(antecedent, consequent, both / total, confidence, lift, both)
                )
    rules.sort(key=rank_key)
    return rules


def frequent_itemsets(
    baskets: Iterable[frozenset[str]], min_support: float, max_len: int = 3
) -> dict[tuple[str, ...], int]:
    """Every itemset (sorted product codes, 1 to max_len long) held by at least min_support of
    the baskets, with the number of baskets holding it. Level-wise (Apriori): the candidates
    of size k extend the frequent (k-1)-itemsets, counted for all extensions at once as one
    matrix product over the distinct baskets weighted by how many customers hold each."""
    distinct = Counter(_frozen(baskets))
    total = sum(distinct.values())
    if total == 0:
        return {}
    products = sorted(set().union(*distinct))
    needed = min_support * total - 1e-9
    # float32 counts are exact integers below 2**24 baskets; float64 above that.
    exact = np.float32 if total < 2**24 else np.float64
    holds = np.zeros((len(distinct), len(products)), dtype=exact)
    column = {p: i for i, p in enumerate(products)}
    for row, basket in enumerate(distinct):
        holds[row, [column[p] for p in basket]] = 1.0
    weights = np.fromiter(distinct.values(), dtype=exact, count=len(distinct))
    single = weights @ holds
    level = [(i,) for i in range(len(products)) if single[i] >= needed]
    found: dict[tuple[int, ...], int] = {s: int(single[s[0]]) for s in level}
    frequent_items = np.array([s[0] for s in level], dtype=np.int64)
    for _size in range(2, max_len + 1):
        if not level or frequent_items.size < 2:
            break
        extended = _extension_counts(holds, weights, level)
        known = set(level)
        next_level = []
        for row, itemset in enumerate(level):
            for item in frequent_items[frequent_items > itemset[-1]]:
                count = extended[row, item]
                if count < needed:
                    continue
                candidate = (*itemset, int(item))
                if all(candidate[:i] + candidate[i + 1 :] in known for i in range(len(itemset))):
                    next_level.append(candidate)
                    found[candidate] = int(count)
        level = next_level
    return {tuple(products[i] for i in s): c for s, c in found.items()}


def _extension_counts(
    holds: np.ndarray, weights: np.ndarray, level: list[tuple[int, ...]]
) -> np.ndarray:
    # counts[i, j] = customers holding every product of level[i] and product j.
    columns = np.array(level, dtype=np.int64)
    counts = np.zeros((len(level), holds.shape[1]), dtype=np.float64)
    for start in range(0, holds.shape[0], _ROWS_PER_CHUNK):
        block = holds[start : start + _ROWS_PER_CHUNK]
        member = block[:, columns[:, 0]]
        for c in range(1, columns.shape[1]):
            member = member * block[:, columns[:, c]]
        member *= weights[start : start + _ROWS_PER_CHUNK, None]
        counts += (member.T @ block).astype(np.float64)
    return np.rint(counts)


def rank_key(rule: AssociationRule) -> tuple:
    """Best first: higher confidence, lift, support; then consequent and antecedent codes."""
    return (-rule.confidence, -rule.lift, -rule.support, rule.consequent, rule.antecedent)


def pick_from_rule(rule: AssociationRule) -> AffinityPick:
    """The rule as the why of a pick: "<confidence> of customers holding <because> also hold
    <product>; lift <lift>" (the view words and translates it)."""
    return AffinityPick(
        product=rule.consequent,
        confidence=rule.confidence,
        lift=rule.lift,
        support=rule.support,
        because=rule.antecedent,
    )


def recommend(
    held: frozenset[str], rules: Sequence[AssociationRule], limit: int = 5
) -> list[AffinityPick]:
    """Up to `limit` products the customer does not hold, one per product, each with the best
    rule whose antecedent the customer holds; best first (the order of rank_key)."""
    _check_limit(limit)
    picks: list[AffinityPick] = []
    chosen: set[str] = set()
    for rule in sorted(rules, key=rank_key):
        if len(picks) >= limit:
            break
        if rule.consequent in held or rule.consequent in chosen:
            continue
        if held.issuperset(rule.antecedent):
            chosen.add(rule.consequent)
            picks.append(pick_from_rule(rule))
    return picks


def recommend_many(
    baskets: Sequence[frozenset[str]], rules: Sequence[AssociationRule], limit: int = 5
) -> list[tuple[AffinityPick, ...]]:
    """recommend() for every basket (same picks, same order), computed once per distinct
    basket with matrix products; equal baskets share one tuple."""
    _check_limit(limit)
    ranked = sorted(rules, key=rank_key)
    keys = _frozen(baskets)
    if not ranked or limit == 0:
        return [() for _ in keys]
    distinct = list(dict.fromkeys(keys))
    picks = [pick_from_rule(r) for r in ranked]
    products = sorted({p for r in ranked for p in (*r.antecedent, r.consequent)})
    column = {p: i for i, p in enumerate(products)}
    antecedents = np.zeros((len(ranked), len(products)), dtype=np.float32)
    for i, rule in enumerate(ranked):
        antecedents[i, [column[p] for p in rule.antecedent]] = 1.0
    sizes = antecedents.sum(axis=1)
    consequents = np.array([column[r.consequent] for r in ranked], dtype=np.int64)
    # Rules grouped by consequent (stable: rank order within each group).
    group_order = np.argsort(consequents, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(consequents[group_order]) != 0])
    by_basket: dict[frozenset[str], tuple[AffinityPick, ...]] = {}
    never = len(ranked)
    for start in range(0, len(distinct), _ROWS_PER_CHUNK):
        chunk = distinct[start : start + _ROWS_PER_CHUNK]
        held = np.zeros((len(chunk), len(products)), dtype=np.float32)
        for row, basket in enumerate(chunk):
            held[row, [column[p] for p in basket if p in column]] = 1.0
        applies = (held @ antecedents.T == sizes) & (held[:, consequents] == 0.0)
        ranks = np.where(applies, np.arange(never), never)[:, group_order]
        best = np.minimum.reduceat(ranks, starts, axis=1)  # best rule per product
        best.sort(axis=1)
        for basket, top in zip(chunk, best[:, :limit].tolist(), strict=True):
            by_basket[basket] = tuple(picks[i] for i in top if i < never)
    return [by_basket[b] for b in keys]


def rule_parameters(rule: AssociationRule) -> dict[str, object]:
    """A rule for the model version's parameters["affinity"]["rules"]."""
    return {
        "if": list(rule.antecedent),
        "then": rule.consequent,
        "support": round(rule.support, 6),
        "confidence": round(rule.confidence, 6),
        "lift": round(rule.lift, 6),
        "count": rule.count,
    }


def pick_parameters(pick: AffinityPick) -> dict[str, object]:
    """A pick as one item of customer_scores.affinity (the shape scores.py reads back)."""
    return {
        "product": pick.product,
        "confidence": round(pick.confidence, 4),
        "lift": round(pick.lift, 4),
        "support": round(pick.support, 4),
        "because": list(pick.because),
    }


def _frozen(baskets: Iterable[frozenset[str]]) -> list[frozenset[str]]:
    return [b if type(b) is frozenset else frozenset(b) for b in baskets]


def _check_limit(limit: int) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise AnalyticsInputError(
            f"the number of affinity products must be 0 or more; got {limit!r}"
        )


def _number(key: str, value: object) -> float:
    if isinstance(value, bool):
        raise AnalyticsInputError(f"{key} must be a number; got {value!r}")
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise AnalyticsInputError(f"{key} must be a number; got {value!r}") from None
