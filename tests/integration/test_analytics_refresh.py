"""A refresh stores one complete version (parameters, diagnostics, every customer's scores) or
nothing: a failure or a cancel anywhere leaves the previous version and its scores in force."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.models import AnalyticsModel, CustomerScore
from app.services.analytics.errors import RefreshCancelled
from app.services.analytics_settings import AnalyticsSettings
from tests.factories import make_customer
from tests.integration.analytics_helpers import AS_OF, build_base, service

CONTRACT = {"as_of", "bgnbd", "gamma_gamma", "value_tiers", "churn", "rfm", "segments",
            "affinity", "timings"}  # fmt: skip
TIMINGS = {"extract", "bgnbd", "gamma_gamma", "churn", "rfm", "affinity", "write", "total"}


def scores(db) -> list[tuple]:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT * FROM customer_scores ORDER BY customer_id")).all()


def state(db) -> tuple:
    with db.engine.connect() as connection:
        models = connection.execute(text("SELECT * FROM analytics_models ORDER BY version")).all()
    return models, scores(db)


def paper_p_alive(p: dict, x: int, t_x: float, t: float) -> float:
    """Fader, Hardie and Lee (2005), eq. (14)."""
    if x == 0:
        return 1.0
    ratio = p["a"] / (p["b"] + x - 1) * ((p["alpha"] + t) / (p["alpha"] + t_x)) ** (p["r"] + x)
    return 1.0 / (1.0 + ratio)


def test_a_refresh_stores_a_version_with_the_contracts_parameters_and_every_score(sqlite_db):
    ids = build_base(sqlite_db)
    idle = make_customer(sqlite_db, "IDLE", phones=())  # no inflow at all
    result = service(sqlite_db).refresh(AS_OF)
    assert result.version == 1 and result.customers == len(ids) + 1
    parameters = result.parameters
    assert set(parameters) >= CONTRACT and set(parameters["timings"]) == TIMINGS
    assert parameters["as_of"] == AS_OF.isoformat()
    bg = parameters["bgnbd"]
    assert bg["time_unit"] == "week" and bg["customers"] == len(ids)
    assert {"p", "q", "v", "customers"} <= set(parameters["gamma_gamma"])
    assert parameters["churn"]["method"] == "p_alive" and parameters["churn"]["auc"] is None
    with sqlite_db.reading() as session:
        model = session.get(AnalyticsModel, 1)
        assert model is not None and model.as_of == AS_OF and model.customers == len(ids) + 1
        rows = {row.customer_id: row for row in session.scalars(select(CustomerScore))}
        session.expunge_all()
    assert len(rows) == len(ids) + 1 and {row.model_version for row in rows.values()} == {1}
    cuts = parameters["value_tiers"]
    for row in rows.values():
        if row.customer_id == idle:
            continue
        # The stored scores are the paper's formulae at the stored parameters and the
        # customer's own (x, t_x, T).
        expected = paper_p_alive(bg, row.frequency, row.recency_weeks, row.age_weeks)
        assert row.p_alive == pytest.approx(expected, rel=1e-9)
        assert row.churn_method == "p_alive"
        assert row.churn_probability == pytest.approx(1 - row.p_alive)
        clv = float(row.clv_12m)
        tier = (
            "High"
            if clv >= cuts["high_from"]
            else "Medium"
            if clv >= cuts["medium_from"]
            else "Low"
        )
        assert row.value_tier == tier or abs(clv - cuts["high_from"]) < 0.01 or abs(
            clv - cuts["medium_from"]) < 0.01  # fmt: skip
        assert len(row.rfm) == 3 and set(row.rfm) <= set("12345")
    lone = rows[idle]
    assert (lone.p_alive, lone.expected_events_12m, lone.churn_probability) == (None, None, None)
    assert (float(lone.clv_12m), lone.value_tier, lone.churn_risk, lone.rfm) == (
        0,
        "Low",
        "",
        "111",
    )

    second = service(sqlite_db).refresh(AS_OF)
    assert second.version == 2
    with sqlite_db.reading() as session:
        assert set(session.scalars(select(CustomerScore.model_version))) == {2}
        assert list(session.scalars(select(AnalyticsModel.version))) == [1, 2]


def test_a_labelled_column_makes_churn_a_logistic_model_with_its_auc(sqlite_db):
    build_base(sqlite_db, label="churned")
    settings = AnalyticsSettings(churn_label="churned")
    result = service(sqlite_db, settings).refresh(AS_OF)
    churn = result.parameters["churn"]
    assert churn["method"] == "logistic" and churn["label"] == "churned"
    assert 0.0 <= churn["auc"] <= 1.0 and churn["holdout"] > 0
    assert set(churn["coefficients"]) >= {"frequency", "recency_weeks", "age_weeks"}
    with sqlite_db.reading() as session:
        methods = set(session.scalars(select(CustomerScore.churn_method)))
        probabilities = list(session.scalars(select(CustomerScore.churn_probability)))
    assert methods == {"logistic"}
    assert all(p is not None and 0 <= p <= 1 and not math.isnan(p) for p in probabilities)


def test_a_write_failing_halfway_leaves_the_previous_version_and_its_scores(sqlite_db):
    build_base(sqlite_db, customers=120)
    service(sqlite_db).refresh(AS_OF)
    before = state(sqlite_db)
    with sqlite_db.engine.begin() as connection:  # the disk fills up after 50 score rows
        connection.execute(text(
            "CREATE TRIGGER fail_halfway BEFORE INSERT ON customer_scores "
            "WHEN (SELECT count(*) FROM customer_scores) >= 50 "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"))  # fmt: skip
    with pytest.raises(DBAPIError, match="disk is full"):
        service(sqlite_db).refresh(datetime(2026, 6, 15, tzinfo=UTC))
    assert state(sqlite_db) == before


@pytest.mark.parametrize("at_step", ["extract", "bgnbd", "affinity", "write"])
def test_a_cancel_at_any_step_writes_nothing(sqlite_db, at_step: str):
    build_base(sqlite_db, customers=120)
    service(sqlite_db).refresh(AS_OF)
    before = state(sqlite_db)
    reached: list[str] = []

    def progress(step: str, done: int, total: int) -> None:
        # In the write: once some rows are in (the version row and the deletion too).
        if step == at_step and (step != "write" or done > 0):
            reached.append(step)

    with pytest.raises(RefreshCancelled):
        service(sqlite_db).refresh(
            datetime(2026, 6, 15, tzinfo=UTC), progress=progress, cancelled=lambda: bool(reached)
        )
    assert reached and state(sqlite_db) == before
