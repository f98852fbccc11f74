"""Model versions and scores in the database: one transaction writes a version and its scores.

The new analytics_models row (version = previous + 1) and the replacement of every
customer_scores row happen in the caller's one transaction: a failure or a cancel anywhere
rolls all of it back and the previous version stays in force with its scores.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, text

from app.models import AnalyticsModel
from app.services.analytics.errors import RefreshCancelled

if TYPE_CHECKING:  # the maths (NumPy, SciPy) is not loaded until a refresh runs
    from app.services.analytics.extract import Extract
    from app.services.analytics.pipeline import Scores

CHUNK = 10_000  # score rows per executemany; the cancel is polled after each chunk
# A score only for a customer still there: one deleted during the refresh is left out
# rather than failing the whole version on its foreign key.
_INSERT = text(
    "INSERT INTO customer_scores (customer_id, model_version, frequency, recency_weeks, "
    "age_weeks, p_alive, expected_events_12m, clv_12m, value_tier, churn_probability, "
    "churn_risk, churn_method, rfm, segment_rfm, affinity) "
    "SELECT :id, :v, :x, :tx, :T, :alive, :expected, :clv, :tier, :prob, :risk, :method, "
    ":rfm, :segment, :affinity WHERE EXISTS (SELECT 1 FROM customers WHERE id = :id)"
)


@dataclass(frozen=True)
class ModelSummary:
    """One stored model version (the newest is the one in force)."""

    version: int
    as_of: datetime
    computed_at: datetime
    computed_by: str
    customers: int
    parameters: dict[str, Any]
    diagnostics: dict[str, Any]


def latest(connection: Connection) -> ModelSummary | None:
    """The version in force: the newest stored one; None before any refresh."""
    columns = AnalyticsModel.__table__.c
    found = connection.execute(select(columns).order_by(columns.version.desc()).limit(1)).first()
    if found is None:
        return None
    return ModelSummary(
        version=found.version,
        as_of=found.as_of,
        computed_at=found.computed_at,
        computed_by=found.computed_by,
        customers=found.customers,
        parameters=json.loads(found.parameters),
        diagnostics=json.loads(found.diagnostics),
    )


def write(
    connection: Connection,
    data: Extract,
    scores: Scores,
    computed_by: str,
    cancelled: Callable[[], bool],
    progress: Callable[[str, int, int], None],
) -> int:
    """Store the new version and replace every score; returns the version number."""
    columns = AnalyticsModel.__table__.c
    version = (connection.execute(select(func.max(columns.version))).scalar() or 0) + 1
    connection.execute(
        AnalyticsModel.__table__.insert().values(
            version=version,
            as_of=data.as_of,
            computed_at=datetime.now(UTC),
            computed_by=computed_by,
            customers=len(data.ids),
            parameters=json.dumps(scores.parameters, ensure_ascii=False),
            diagnostics=json.dumps(scores.diagnostics, ensure_ascii=False),
        )
    )
    connection.execute(text("DELETE FROM customer_scores"))
    rows = _rows(data, scores, version)
    progress("write", 0, len(rows))
    for start in range(0, len(rows), CHUNK):
        connection.execute(_INSERT, rows[start : start + CHUNK])
        progress("write", min(start + CHUNK, len(rows)), len(rows))
        if cancelled():  # the last chance is just before the commit
            raise RefreshCancelled
    return version


def _rows(data: Extract, scores: Scores, version: int) -> list[dict[str, Any]]:
    method = scores.churn_method
    columns = zip(
        data.ids, data.frequency.tolist(), data.recency_weeks.tolist(),
        data.age_weeks.tolist(), scores.p_alive.tolist(), scores.expected_events.tolist(),
        scores.clv.tolist(), scores.value_tier.tolist(), scores.churn_probability.tolist(),
        scores.churn_risk.tolist(), scores.rfm.tolist(), scores.segment.tolist(),
        scores.affinity, strict=True,
    )  # fmt: skip
    return [
        {
            "id": key,
            "v": version,
            "x": int(x),
            "tx": float(tx),
            "T": float(age),
            "alive": _maybe(alive),
            "expected": _maybe(expected),
            "clv": round(float(clv) * 100),  # Money is stored in grosze
            "tier": tier,
            "prob": _maybe(prob),
            "risk": risk,
            "method": method,
            "rfm": code,
            "segment": segment,
            "affinity": picks,
        }
        for key, x, tx, age, alive, expected, clv, tier, prob, risk, code, segment, picks in columns
    ]


def _maybe(value: float) -> float | None:
    return None if math.isnan(value) else float(value)
