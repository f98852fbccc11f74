"""The models, one after another, over the extracted arrays: scores, parameters, diagnostics.

Customers without any inflow before as_of have no first event, so BG/NBD and Gamma-Gamma do
not apply to them: p_alive and expected_events_12m are null, clv_12m is 0 and value_tier Low;
their churn probability comes from the logistic model when a label column is configured
(its features are defined for them: no events, their products, complaints and contacts) and
is null with an empty risk otherwise (nothing to judge activity from); RFM is 111 and the
segment follows the segment rules like everyone else's. Value tiers are cut at quantiles of
the customers with events (a base with many inactive customers would otherwise put every
active one in High).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from app.services.analytics.errors import AnalyticsInputError, RefreshCancelled
from app.services.analytics.extract import FEATURES, Extract
from app.services.analytics.fitting import (
    affinity,
    bgnbd,
    bgnbd_limit,
    churn,
    gamma_gamma,
    rfm,
    tiers,
)
from app.services.analytics.fitting.rule_pruning import productive_rules
from app.services.analytics_settings import AnalyticsSettings

HORIZON_WEEKS = 52.0  # expected_events_12m and clv_12m: the next 52 weeks
MIN_CUSTOMERS = 10  # with events: below that no fit means anything
MAX_RULES_KEPT = 200  # association rules stored with the version (best first)
PICKS = 5  # affinity products per customer
Progress = Callable[[str, int, int], None]


@dataclass
class Scores:
    """Per-customer outputs, aligned with Extract.ids (nan = null)."""

    p_alive: np.ndarray
    expected_events: np.ndarray
    clv: np.ndarray  # PLN, 0 without events
    value_tier: np.ndarray
    churn_probability: np.ndarray
    churn_risk: np.ndarray
    churn_method: str
    rfm: np.ndarray
    segment: np.ndarray
    affinity: list[str]  # JSON text per customer
    parameters: dict = field(default_factory=dict)
    diagnostics: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)


class Pipeline:
    """Runs the models in order, timing each, calling `progress` and honouring `cancelled`."""

    def __init__(self, settings: AnalyticsSettings, progress: Progress, cancelled) -> None:
        self.settings, self.progress, self.cancelled = settings, progress, cancelled
        self.timings: dict[str, float] = {}

    def step(self, name: str) -> _Step:
        return _Step(self, name)

    def run(self, data: Extract) -> Scores:
        has = data.has_events
        _check_enough(data, has)
        with self.step("bgnbd"):
            fit, alive, expected = _bgnbd(data, has)
        with self.step("gamma_gamma"):
            gg, clv = _gamma_gamma(data, has, expected)
            tier, medium_from, high_from = _tiers(clv, has, self.settings)
        with self.step("churn"):
            probability, risk, churn_info = _churn(data, alive, self.settings)
        with self.step("rfm"):
            codes, segment, segments, cuts = _segments(data)
        with self.step("affinity"):
            picks, rules = self._affinity(data)
        parameters = {
            "as_of": data.as_of.isoformat(),
            "bgnbd": _bgnbd_parameters(fit),
            "gamma_gamma": {"p": gg.params.p, "q": gg.params.q, "v": gg.params.v,
                            "customers": gg.customers},
            "value_tiers": {"quantiles": list(self.settings.value_tier_quantiles),
                            "medium_from": medium_from, "high_from": high_from},
            "churn": churn_info,
            "rfm": {"cuts": cuts},
            "segments": segments,
            "affinity": rules,
        }  # fmt: skip
        diagnostics = {
            "customers": len(data.ids),
            "customers_with_events": int(has.sum()),
            "customers_with_repeat_events": int((data.frequency > 0).sum()),
            "bgnbd": {"converged": fit.converged, "iterations": fit.iterations,
                      "log_likelihood": fit.log_likelihood}
            | ({"full_model_stopped_at": vars(fit.full_model)} if fit.full_model else {}),
            "gamma_gamma": {"converged": gg.converged, "log_likelihood": gg.log_likelihood},
            "churn": {key: churn_info[key] for key in ("method", "auc", "holdout")}
            | {"unreadable_labels": data.unreadable_labels},
            "affinity_rules": len(rules["rules"]),
        }  # fmt: skip
        return Scores(alive, expected, clv, tier, probability, risk, churn_info["method"],
                      codes, segment, picks, parameters, diagnostics,
                      self.timings)  # fmt: skip

    def _affinity(self, data: Extract) -> tuple[list[str], dict]:
        s = self.settings
        found = productive_rules(
            affinity.association_rules(
                data.baskets, s.affinity_min_support, s.affinity_min_confidence, s.affinity_min_lift
            )
        )
        if self.cancelled():
            raise RefreshCancelled
        chosen = affinity.recommend_many(data.baskets, found, PICKS)
        shown: dict[int, str] = {}  # equal baskets share one tuple of picks: one JSON text
        picks = [
            shown.get(id(each)) or shown.setdefault(id(each), _picks_json(each)) for each in chosen
        ]
        ranked = sorted(found, key=affinity.rank_key)[:MAX_RULES_KEPT]
        return picks, {
            "min_support": s.affinity_min_support,
            "min_confidence": s.affinity_min_confidence,
            "min_lift": s.affinity_min_lift,
            "rules": [affinity.rule_parameters(rule) for rule in ranked],
        }


class _Step:
    def __init__(self, pipeline: Pipeline, name: str) -> None:
        self.pipeline, self.name = pipeline, name

    def __enter__(self) -> None:
        if self.pipeline.cancelled():
            raise RefreshCancelled
        self.pipeline.progress(self.name, 0, 1)
        self.started = time.perf_counter()

    def __exit__(self, kind, error, trace) -> None:
        elapsed = time.perf_counter() - self.started
        self.pipeline.timings[self.name] = self.pipeline.timings.get(self.name, 0.0) + elapsed
        if kind is None:
            self.pipeline.progress(self.name, 1, 1)


def _check_enough(data: Extract, has: np.ndarray) -> None:
    active = int(has.sum())
    if active < MIN_CUSTOMERS:
        raise AnalyticsInputError(
            f"too few customers with inflows before {data.as_of.isoformat()} to fit the "
            f"models: {active} (at least {MIN_CUSTOMERS} are needed)"
        )
    if not (data.frequency[has] > 0).any():
        raise AnalyticsInputError(
            f"degenerate data: each of the {active} customers with inflows before "
            f"{data.as_of.isoformat()} has them on one day only, so nobody has a repeat event "
            "and BG/NBD cannot tell activity from dropout"
        )


def _bgnbd(data: Extract, has: np.ndarray):
    x, tx, T = data.frequency[has], data.recency_weeks[has], data.age_weeks[has]
    fit = bgnbd.fit_bgnbd(x, tx, T)
    if not fit.converged:
        raise AnalyticsInputError(
            f"the BG/NBD fit did not converge ({fit.iterations} iterations) on "
            f"{fit.customers} customers"
        )
    alive = np.full(len(data.ids), np.nan)
    expected = np.full(len(data.ids), np.nan)
    alive[has] = bgnbd.p_alive(fit.params, x, tx, T)
    expected[has] = bgnbd.expected_events(fit.params, HORIZON_WEEKS, x, tx, T)
    return fit, alive, expected


def _bgnbd_parameters(fit) -> dict:
    """The contract's keys; the homogeneous drop-out limit has no a and b (they ran to
    infinity) but the drop-out probability p they tend to, and says so in "limit"."""
    params = fit.params
    if fit.dropout_limit:
        shape = {"a": None, "b": None, "p": params.p, "limit": bgnbd_limit.LIMIT}
    else:
        shape = {"a": params.a, "b": params.b}
    return {"r": params.r, "alpha": params.alpha} | shape | {
        "time_unit": "week", "customers": fit.customers, "log_likelihood": fit.log_likelihood,
    }  # fmt: skip


def _gamma_gamma(data: Extract, has: np.ndarray, expected: np.ndarray):
    x, m = data.frequency[has], data.mean_value[has]
    fit = gamma_gamma.fit_gamma_gamma(x, m)
    if not fit.converged:
        raise AnalyticsInputError(
            f"the Gamma-Gamma fit did not converge on {fit.customers} customers"
        )
    clv = np.zeros(len(data.ids))
    # Undiscounted: the expected event days of the next 52 weeks times the expected day value.
    clv[has] = expected[has] * gamma_gamma.expected_mean_value(fit.params, x, m)
    return fit, clv


def _tiers(clv: np.ndarray, has: np.ndarray, settings: AnalyticsSettings):
    labels, medium_from, high_from = tiers.value_tiers(clv[has], settings.value_tier_quantiles)
    tier = np.full(len(clv), "Low", dtype=object)
    tier[has] = labels
    return tier, float(medium_from), float(high_from)


def _churn(data: Extract, alive: np.ndarray, settings: AnalyticsSettings):
    thresholds = {"high": settings.churn_high, "medium": settings.churn_medium}
    info = {"method": "p_alive", "label": None, "auc": None, "holdout": None,
            "thresholds": thresholds, "coefficients": None}  # fmt: skip
    if data.labels is None:
        probability = 1.0 - alive  # nan (null) without events
    else:
        known = ~np.isnan(data.labels)
        features = data.features()
        model = churn.fit_churn_logistic(
            features[known], list(FEATURES), data.labels[known].astype(bool)
        )
        probability = churn.churn_probability(model, features)
        weights = dict(zip(model.feature_names, model.coefficients, strict=True))
        info |= {"method": "logistic", "label": settings.churn_label, "auc": model.auc,
                 "holdout": model.holdout, "train": model.train, "intercept": model.intercept,
                 "coefficients": weights}  # fmt: skip
    risk = np.full(len(probability), "", dtype=object)
    scored = ~np.isnan(probability)
    risk[scored] = churn.risk_levels(
        probability[scored], settings.churn_high, settings.churn_medium
    )
    return probability, risk, info


def _segments(data: Extract):
    r, f, m, cuts = rfm.rfm_scores(data.recency_days, data.event_days, data.total_value)
    segment = np.asarray(rfm.assign_segments(r, f, m, data.age_weeks), dtype=object)
    return rfm.rfm_text(r, f, m), segment, rfm.segment_parameters(), _plain(cuts)


def _picks_json(picks) -> str:
    return json.dumps([affinity.pick_parameters(p) for p in picks], ensure_ascii=False)


def _plain(value):
    """numpy numbers and arrays as JSON's own (the cut points)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value
