"""The analytics the card and rules read, as plain data objects (no SQLAlchemy: views import it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class AffinityPick:
    """A product the customer does not hold, with the association rule that suggests it."""

    product: str
    confidence: float  # share of customers holding `because` who also hold `product`
    lift: float
    support: float  # share of all customers holding `because` and `product`
    because: tuple[str, ...]  # the products held that the rule starts from


@dataclass(frozen=True, slots=True)
class CustomerAnalytics:
    """What the models say about one customer (tiers and risks: "High" / "Medium" / "Low")."""

    p_alive: float | None
    expected_events_12m: float | None
    clv_12m: Decimal | None
    value_tier: str
    churn_risk: str
    churn_probability: float | None
    churn_method: str  # "p_alive" (1 - p_alive) or "logistic" (a model on a labelled column)
    rfm: str  # "545": recency, frequency and monetary scores, 1-5 each
    segment_rfm: str  # a segment code, e.g. "loyal_high_value", "at_risk", "new", "dormant"
    segment_rule: str  # the rule that assigned the segment, as the model version states it
    affinity_products: tuple[str, ...]  # best first
    affinity: tuple[AffinityPick, ...]  # the same products with their why
    frequency: int  # repeat event days before the as-of time
    recency_weeks: float
    age_weeks: float
    model_version: int
    model_as_of: datetime
    churn_label: str = ""  # the labelled column a logistic churn model learnt from
    churn_auc: float | None = None  # that model's AUC on its held-out customers
