"""Computed analytics: one row per model version and one row of scores per customer."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.types import Money, UTCDateTime

# The same bounds as migration 0021 (both dialects): what rules and the card read is bounded,
# so a bad row is refused by the server and by a desk's cache alike.
_LEVELS = "('High', 'Medium', 'Low', '')"
_DIGITS = " AND ".join(f"substr(rfm, {n}, 1) IN ('1', '2', '3', '4', '5')" for n in (1, 2, 3))


class AnalyticsModel(Base):
    """One completed `analytics refresh`: its as-of time, parameters and fit diagnostics.

    `parameters` and `diagnostics` are JSON text (the fitted BG/NBD, Gamma-Gamma and churn
    parameters, the RFM cut points, the segment rules, the association rules). The customer
    scores of the newest version are the ones in force; older versions keep only this row.
    """

    __tablename__ = "analytics_models"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version"),
        CheckConstraint("customers >= 0", name="customers"),
        CheckConstraint("length(computed_by) <= 63", name="computed_by"),
        CheckConstraint("length(parameters) <= 1000000", name="parameters"),
        CheckConstraint("length(diagnostics) <= 100000", name="diagnostics"),
    )

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    as_of: Mapped[datetime] = mapped_column(UTCDateTime)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    computed_by: Mapped[str] = mapped_column(String(63), default="")
    customers: Mapped[int] = mapped_column(Integer, default=0)
    parameters: Mapped[str] = mapped_column(Text, default="{}")
    diagnostics: Mapped[str] = mapped_column(Text, default="{}")


class CustomerScore(Base):
    """The analytics of one customer from the model version in force (plain columns, for rules).

    Tiers and risks are "High" / "Medium" / "Low"; `rfm` is the three 1-5 scores as text
    ("545"); `affinity` is JSON text: a short list of {product, confidence, lift, support,
    because} (products the customer does not hold, best first).
    """

    __tablename__ = "customer_scores"
    __table_args__ = (
        CheckConstraint("p_alive IS NULL OR (p_alive >= 0 AND p_alive <= 1)", name="p_alive"),
        CheckConstraint(
            "churn_probability IS NULL OR (churn_probability >= 0 AND churn_probability <= 1)",
            name="churn_probability",
        ),
        CheckConstraint(
            "expected_events_12m IS NULL OR "
            "(expected_events_12m >= 0 AND expected_events_12m <= 366)",
            name="expected_events",
        ),
        CheckConstraint("clv_12m IS NULL OR clv_12m >= 0", name="clv"),
        CheckConstraint(
            "frequency >= 0 AND frequency <= 100000 AND recency_weeks >= 0 "
            "AND age_weeks >= recency_weeks AND age_weeks <= 10000",
            name="weeks",
        ),
        CheckConstraint(f"value_tier IN {_LEVELS}", name="value_tier"),
        CheckConstraint(f"churn_risk IN {_LEVELS}", name="churn_risk"),
        CheckConstraint("churn_method IN ('p_alive', 'logistic', '')", name="churn_method"),
        CheckConstraint(f"rfm = '' OR (length(rfm) = 3 AND {_DIGITS})", name="rfm"),
        CheckConstraint("length(segment_rfm) <= 40", name="segment_rfm"),
        CheckConstraint("length(affinity) <= 20000", name="affinity"),
    )

    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    model_version: Mapped[int] = mapped_column(ForeignKey("analytics_models.version"))
    frequency: Mapped[int] = mapped_column(Integer, default=0)  # repeat event days
    recency_weeks: Mapped[float] = mapped_column(Float, default=0.0)
    age_weeks: Mapped[float] = mapped_column(Float, default=0.0)  # T
    p_alive: Mapped[float | None] = mapped_column(Float, nullable=True)
    expected_events_12m: Mapped[float | None] = mapped_column(Float, nullable=True)
    clv_12m: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    value_tier: Mapped[str] = mapped_column(String(10), default="")
    churn_probability: Mapped[float | None] = mapped_column(Float, nullable=True)
    churn_risk: Mapped[str] = mapped_column(String(10), default="")
    churn_method: Mapped[str] = mapped_column(String(20), default="")  # "p_alive" / "logistic"
    rfm: Mapped[str] = mapped_column(String(3), default="")
    segment_rfm: Mapped[str] = mapped_column(String(40), default="")
    affinity: Mapped[str] = mapped_column(Text, default="[]")
