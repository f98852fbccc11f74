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
_CELLS_PER_CHUNK = 1_000_000  # distinct baskets x itemsets per step (bounds the memory used)


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
            # A threshold equal to a ratio (0.7 and 7 of 10) keeps it despite rounding.
            if confidence >= min_confidence - 1e-12 and lift >= min_lift - 1e-12:
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
    holds = _indicator(list(distinct), {p: i for i, p in enumerate(products)}, exact)
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
    step = max(1, _CELLS_PER_CHUNK // len(level))
    for start in range(0, holds.shape[0], step):
        block = holds[start : start + step]
        member = block[:, columns[:, 0]]
        for c in range(1, columns.shape[1]):
            member = member * block[:, columns[:, c]]
        member *= weights[start : start + step, None]
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
    rule whose antecedent the customer holds; best first (the order of rank_key). Sorts the
    rules on each call: for a whole base use recommend_many (same picks, one pass)."""
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
    baskets: Sequence[frozenset[str]],
    rules: Sequence[AssociationRule],
    limit: int = 5,
    *,
    cells: int = _CELLS_PER_CHUNK,
) -> list[tuple[AffinityPick, ...]]:
    """recommend() for every basket (same picks, same order), computed once per distinct
    basket with array operations; equal baskets share one tuple. `cells` bounds the
    distinct baskets x antecedents handled per step (the memory used)."""
    _check_limit(limit)
    keys = _frozen(baskets)
    ranked = sorted(rules, key=rank_key)
    if not ranked or limit == 0:
        return [() for _ in keys]
    picks = [pick_from_rule(r) for r in ranked]
    products = sorted({p for r in ranked for p in (*r.antecedent, r.consequent)})
    column = {p: i for i, p in enumerate(products)}
    never = len(ranked)
    # One row per distinct antecedent: its products, and per product the rank of its best
    # rule to that product (`never` without one).
    row_of: dict[tuple[str, ...], int] = {}
    for rule in ranked:
        row_of.setdefault(rule.antecedent, len(row_of))
    members = _indicator(list(row_of), column)
    sizes = members.sum(axis=1)
    best_rank = np.full((len(row_of), len(products)), never, dtype=np.int32)
    for rank in range(len(ranked) - 1, -1, -1):  # the better rank written last
        rule = ranked[rank]
        best_rank[row_of[rule.antecedent], column[rule.consequent]] = rank
    distinct = list(dict.fromkeys(keys))
    by_basket: dict[frozenset[str], tuple[AffinityPick, ...]] = {}
    step = max(1, cells // len(row_of))
    for start in range(0, len(distinct), step):
        chunk = distinct[start : start + step]
        held = _indicator(chunk, column)
        basket_at, antecedent_at = np.nonzero(held @ members.T == sizes)  # by basket
        best = np.full(held.shape, never, dtype=np.int32)
        if basket_at.size:
            first = np.flatnonzero(np.r_[True, basket_at[1:] != basket_at[:-1]])
            best[basket_at[first]] = np.minimum.reduceat(best_rank[antecedent_at], first, axis=0)
        best[held > 0] = never  # never a product already held
        best.sort(axis=1)
        for basket, top in zip(chunk, best[:, :limit].tolist(), strict=True):
            by_basket[basket] = tuple(picks[i] for i in top if i < never)
    return [by_basket[b] for b in keys]


def _indicator(
    sets: Sequence[Iterable[str]], column: dict[str, int], dtype: type = np.float32
) -> np.ndarray:
    # One row per set, 1.0 in the columns of its products (products without a column ignored).
    rows: list[int] = []
    columns: list[int] = []
    for row, items in enumerate(sets):
        for item in items:
            at = column.get(item)
            if at is not None:
                rows.append(row)
                columns.append(at)
    matrix = np.zeros((len(sets), len(column)), dtype=dtype)
    matrix[rows, columns] = 1.0
    return matrix


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
