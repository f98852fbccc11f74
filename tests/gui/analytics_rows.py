"""Model-version and score rows written straight into a test database (as a refresh writes them),
so the card's "Value and risk" section can be tested with figures computed by hand."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import delete

from app.models import AnalyticsModel, CustomerScore
from app.services.storage.db import Database

AS_OF = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
SEGMENT_RULES = [
    {"code": "loyal_high_value", "rule": "R ≥ 4, F ≥ 4 and M ≥ 4"},
    {"code": "at_risk", "rule": "R ≤ 2 and F ≥ 3"},
    {"code": "new", "rule": "first event under 13 weeks ago"},
]
PICKS = [
    {"product": "investment_fund", "confidence": 0.78, "lift": 2.44, "support": 0.06,
     "because": ["credit_card", "savings_account"]},
    {"product": "term_deposit", "confidence": 0.41, "lift": 1.62, "support": 0.03,
     "because": ["savings_account"]},
]  # fmt: skip


def add_model(
    db: Database, version: int = 3, churn: dict | None = None, customers: int = 2357
) -> None:
    parameters = {
        "as_of": AS_OF.isoformat(),
        "bgnbd": {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426, "time_unit": "week",
                  "customers": customers, "log_likelihood": -9582.4},
        "churn": churn or {"method": "p_alive", "label": None, "auc": None},
        "segments": SEGMENT_RULES,
    }  # fmt: skip
    with db.unit_of_work() as uow:
        uow.session.add(
            AnalyticsModel(
                version=version,
                as_of=AS_OF,
                computed_at=AS_OF,
                customers=customers,
                parameters=json.dumps(parameters),
            )
        )
        uow.commit()


def add_score(db: Database, customer_id: uuid.UUID, version: int = 3, **values) -> None:
    """A loyal, valuable customer unless `values` say otherwise."""
    row = {
        "frequency": 14, "recency_weeks": 50.0, "age_weeks": 52.0, "p_alive": 0.874,
        "expected_events_12m": 12.34, "clv_12m": Decimal("1234.50"), "value_tier": "High",
        "churn_probability": 0.126, "churn_risk": "Low", "churn_method": "p_alive",
        "rfm": "545", "segment_rfm": "loyal_high_value", "affinity": json.dumps(PICKS),
    }  # fmt: skip
    row.update(values)
    with db.unit_of_work() as uow:
        uow.session.execute(delete(CustomerScore).where(CustomerScore.customer_id == customer_id))
        uow.session.add(CustomerScore(customer_id=customer_id, model_version=version, **row))
        uow.commit()
