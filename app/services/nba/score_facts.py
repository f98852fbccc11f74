"""A customer_scores row as the rules' ScoreFacts (shared by the generic and SQLite loaders)."""

from __future__ import annotations

import json
import math
import threading
from decimal import Decimal

from app.rules.features import MAX_PRODUCTS, NO_SCORES, ScoreFacts

_KEPT = 10_000  # distinct affinity lists: customers share a few combinations of a few codes
_AFFINITY: dict[str, tuple[str, ...]] = {}
_LOCK = threading.Lock()


def score_facts(
    p_alive: float | None,
    expected_events_12m: float | None,
    clv_12m: Decimal | None,
    value_tier: str | None,
    churn_risk: str | None,
    churn_probability: float | None,
    rfm: str | None,
    segment_rfm: str | None,
    affinity: str | None,
) -> ScoreFacts:
    """The row's values typed as rules read them: numbers as Decimal (written as the float's
    shortest form, so `p_alive == 0.73` means what it says), NaN and infinities as null."""
    return ScoreFacts(
        number(p_alive),
        number(expected_events_12m),
        clv_12m,
        value_tier or "",
        churn_risk or "",
        number(churn_probability),
        rfm or "",
        segment_rfm or "",
        affinity_products(affinity),
    )


def number(value: float | None) -> Decimal | None:
    """ValueError for stored text that is no number (the customer is then skipped and named,
    as for any unreadable stored value)."""
    if value is None:
        return None
    value = float(value)
    if not math.isfinite(value):
        return None
    return Decimal(repr(value))


def affinity_products(text: str | None) -> tuple[str, ...]:
    """The product codes of the row's affinity JSON, best first; () for text a desk cannot
    read (a newer shape): rules then see no suggestion, as the card shows none."""
    if not text or text == "[]":
        return ()
    kept = _AFFINITY.get(text)
    if kept is not None:
        return kept
    try:
        items = json.loads(text)
        codes = tuple(
            str(item["product"]) for item in items[:MAX_PRODUCTS] if isinstance(item, dict)
        )
    except (ValueError, TypeError, KeyError):
        codes = ()
    with _LOCK:
        if len(_AFFINITY) >= _KEPT:
            _AFFINITY.clear()
        _AFFINITY[text] = codes
    return codes


__all__ = ["NO_SCORES", "affinity_products", "number", "score_facts"]
