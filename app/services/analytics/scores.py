"""One customer's analytics from the model version in force, as a plain data object."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AnalyticsModel, CustomerScore
from app.services.analytics.records import AffinityPick, CustomerAnalytics


def load_customer_analytics(session: Session, customer_id: uuid.UUID) -> CustomerAnalytics | None:
    """The customer's scores and their model version; None before any refresh scored them."""
    row = session.execute(
        select(CustomerScore, AnalyticsModel.as_of, AnalyticsModel.parameters)
        .join(AnalyticsModel, AnalyticsModel.version == CustomerScore.model_version)
        .where(CustomerScore.customer_id == customer_id)
    ).first()
    if row is None:
        return None
    score, as_of, parameters = row
    return analytics_from_row(score, as_of, segment_rules(parameters), churn_model(parameters))


def segment_rules(parameters_json: str) -> dict[str, str]:
    """Segment code -> the rule assigning it, from a model version's parameters."""
    try:
        segments = json.loads(parameters_json).get("segments", [])
        return {str(s["code"]): str(s["rule"]) for s in segments}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def churn_model(parameters_json: str) -> tuple[str, float | None]:
    """The label column and AUC of a version's logistic churn model ("", None: none)."""
    try:
        churn = json.loads(parameters_json).get("churn") or {}
        auc = churn.get("auc")
        return str(churn.get("label") or ""), None if auc is None else float(auc)
    except (ValueError, TypeError, AttributeError):
        return "", None


def analytics_from_row(
    score: CustomerScore,
    as_of: datetime,
    rules: dict[str, str],
    churn: tuple[str, float | None] = ("", None),
) -> CustomerAnalytics:
    picks = tuple(_picks(score.affinity))
    return CustomerAnalytics(
        p_alive=score.p_alive,
        expected_events_12m=score.expected_events_12m,
        clv_12m=score.clv_12m,
        value_tier=score.value_tier,
        churn_risk=score.churn_risk,
        churn_probability=score.churn_probability,
        churn_method=score.churn_method,
        rfm=score.rfm,
        segment_rfm=score.segment_rfm,
        segment_rule=rules.get(score.segment_rfm, ""),
        affinity_products=tuple(pick.product for pick in picks),
        affinity=picks,
        frequency=score.frequency,
        recency_weeks=score.recency_weeks,
        age_weeks=score.age_weeks,
        model_version=score.model_version,
        model_as_of=as_of,
        churn_label=churn[0],
        churn_auc=churn[1],
    )


def _picks(affinity_json: str) -> list[AffinityPick]:
    # Written by the refresh; a row a desk cannot read (a newer shape) shows no picks.
    try:
        items = json.loads(affinity_json)
        return [
            AffinityPick(
                product=str(item["product"]),
                confidence=float(item["confidence"]),
                lift=float(item["lift"]),
                support=float(item["support"]),
                because=tuple(str(p) for p in item["because"]),
            )
            for item in items
        ]
    except (ValueError, TypeError, KeyError):
        return []
