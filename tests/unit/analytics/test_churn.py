"""Churn: held-out AUC by hand, the logistic fit on simulated data, risk levels, bad input."""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.fitting.churn import (
    ChurnModel,
    auc_score,
    churn_probability,
    fit_churn_logistic,
    risk_levels,
)

NAMES = ["recency", "frequency", "noise"]


def simulated(n: int = 3000, seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """Churn rises with recency (+1.2 per unit), falls with frequency (-0.8), ignores noise."""
    rng = np.random.default_rng(seed)
    recency = rng.normal(2.0, 1.0, n)
    frequency = rng.poisson(3.0, n).astype(float)
    noise = rng.normal(0.0, 5.0, n)
    t = -1.0 + 1.2 * (recency - 2.0) - 0.8 * (frequency - 3.0)
    labels = rng.random(n) < 1.0 / (1.0 + np.exp(-t))
    return np.column_stack([recency, frequency, noise]), labels


def test_auc_by_hand() -> None:
    # Positives 0.35 and 0.8, negatives 0.1 and 0.4: of the 4 pairs, 0.35 beats 0.1,
    # loses to 0.4, and 0.8 beats both: 3 / 4.
    scores = np.array([0.1, 0.4, 0.35, 0.8])
    assert auc_score(scores, np.array([False, False, True, True])) == 0.75


def test_auc_counts_ties_half() -> None:
    # Positives 0.5 and 0.9, negatives 0.5 and 0.2: 0.5~0.5 tie (1/2), 0.5>0.2, 0.9>both.
    scores = np.array([0.5, 0.5, 0.2, 0.9])
    assert auc_score(scores, np.array([True, False, False, True])) == 3.5 / 4
    assert auc_score(np.full(6, 0.3), np.array([True, False] * 3)) == 0.5
    assert auc_score(np.array([3.0, 2.0, 1.0]), np.array([True, True, False])) == 1.0
    assert auc_score(np.array([1.0, 2.0, 3.0]), np.array([True, True, False])) == 0.0


def test_fit_recovers_the_signs_and_ranks_the_held_out_customers() -> None:
    features, labels = simulated()
    model = fit_churn_logistic(features, NAMES, labels)
    assert model.feature_names == tuple(NAMES)
    assert model.by_name()["recency"] > 0.5
    assert model.by_name()["frequency"] < -0.5
    assert abs(model.by_name()["noise"]) < 0.15
    assert model.auc > 0.7
    # Stratified: a quarter of each class held out, rounded.
    positives = int(labels.sum())
    negatives = labels.size - positives
    assert model.holdout == round(0.25 * positives) + round(0.25 * negatives)
    assert model.train + model.holdout == labels.size
    # On the standardised scale the true coefficients are 1.2 * sd and -0.8 * sd.
    assert model.by_name()["recency"] == pytest.approx(1.2 * model.scales[0], rel=0.2)
    assert model.by_name()["frequency"] == pytest.approx(-0.8 * model.scales[1], rel=0.2)


def test_the_split_is_repeatable_and_follows_the_seed() -> None:
    features, labels = simulated(n=600)
    first = fit_churn_logistic(features, NAMES, labels)
    again = fit_churn_logistic(features, NAMES, labels)
    other = fit_churn_logistic(features, NAMES, labels, seed=17)
    assert first == again
    assert first.coefficients != other.coefficients
    half = fit_churn_logistic(features, NAMES, labels, holdout_share=0.5)
    assert half.holdout == round(0.5 * labels.sum()) + round(0.5 * (~labels).sum())


def test_probability_by_hand() -> None:
    # One feature, mean 1 and scale 2, coefficient 1, intercept 0: z = (x - 1) / 2.
    # x = 1 -> z = 0 -> 1/2; x = 1 + 2 ln 3 -> z = ln 3 -> 3/4; x = 1 - 2 ln 3 -> 1/4.
    model = ChurnModel(("x",), (1.0,), 0.0, 0.5, 10, 40, (1.0,), (2.0,))
    x = np.array([[1.0], [1.0 + 2.0 * math.log(3.0)], [1.0 - 2.0 * math.log(3.0)]])
    assert churn_probability(model, x) == pytest.approx([0.5, 0.75, 0.25])


def test_probability_of_the_fitted_model_follows_the_coefficients() -> None:
    features, labels = simulated(n=800)
    model = fit_churn_logistic(features, NAMES, labels)
    p = churn_probability(model, np.array([[4.0, 3.0, 0.0], [0.0, 3.0, 0.0], [2.0, 8.0, 0.0]]))
    assert p[0] > p[1] and p[0] > p[2]
    assert np.all((p > 0.0) & (p < 1.0))
    with pytest.raises(AnalyticsInputError, match="3 feature columns"):
        churn_probability(model, np.zeros((2, 2)))


def test_separable_labels_give_finite_coefficients_and_full_auc() -> None:
    x = np.arange(100.0)[:, None]
    labels = x[:, 0] >= 60
    model = fit_churn_logistic(x, ["days_since_last"], labels)
    assert math.isfinite(model.by_name()["days_since_last"])
    assert model.by_name()["days_since_last"] > 0
    assert model.auc == 1.0


def test_collinear_features_share_the_weight() -> None:
    # A feature given twice (event days = repeat events + 1): the penalty splits the weight
    # evenly instead of failing on a singular system.
    features, labels = simulated(n=800)
    doubled = np.column_stack([features, features[:, 1] + 1.0])
    model = fit_churn_logistic(doubled, [*NAMES, "event_days"], labels)
    weights = model.by_name()
    assert weights["frequency"] == pytest.approx(weights["event_days"], rel=1e-6)
    assert weights["frequency"] < 0
    assert model.auc > 0.7


def test_a_constant_feature_gets_no_weight() -> None:
    features, labels = simulated(n=500)
    features[:, 2] = 4.0
    model = fit_churn_logistic(features, NAMES, labels)
    assert model.by_name()["noise"] == 0.0
    assert model.scales[2] == 1.0


def test_parameters_are_plain_json_data() -> None:
    features, labels = simulated(n=500)
    parameters = fit_churn_logistic(features, NAMES, labels).parameters()
    assert set(parameters) == {
        "auc",
        "holdout",
        "train",
        "coefficients",
        "intercept",
        "means",
        "scales",
    }
    assert list(parameters["coefficients"]) == NAMES  # type: ignore[arg-type]


def test_risk_levels_at_and_around_the_thresholds() -> None:
    p = np.array([1.0, 0.5, 0.4999, 0.2, 0.1999, 0.0])
    assert list(risk_levels(p)) == ["High", "High", "Medium", "Medium", "Low", "Low"]
    assert list(risk_levels(p, high=0.9, medium=0.45)) == ["High"] + ["Medium"] * 2 + ["Low"] * 3


@pytest.mark.parametrize(
    ("high", "medium"), [(0.2, 0.5), (0.5, 0.5), (0.5, 0.0), (1.2, 0.5), (float("nan"), 0.2)]
)
def test_bad_risk_thresholds_name_the_configuration_keys(high: float, medium: float) -> None:
    with pytest.raises(AnalyticsInputError) as caught:
        risk_levels(np.array([0.3]), high=high, medium=medium)
    assert "analytics.churn_medium" in str(caught.value)
    assert "analytics.churn_high" in str(caught.value)


def test_missing_probabilities_are_refused() -> None:
    with pytest.raises(AnalyticsInputError, match="1 churn probabilities are missing"):
        risk_levels(np.array([0.3, np.nan]))


def test_one_class_only_is_refused() -> None:
    features, _ = simulated(n=200)
    with pytest.raises(
        AnalyticsInputError, match="one class only: all 200 labelled customers churned"
    ):
        fit_churn_logistic(features, NAMES, np.ones(200, dtype=bool))
    with pytest.raises(AnalyticsInputError, match=r"one class only: .* did not churn"):
        fit_churn_logistic(features, NAMES, np.zeros(200, dtype=bool))


def test_too_few_labelled_customers_are_refused() -> None:
    features, _ = simulated(n=49)
    labels = np.arange(49) % 2 == 0
    with pytest.raises(
        AnalyticsInputError, match=r"too few labelled customers .*: 49 .at least 50"
    ):
        fit_churn_logistic(features, NAMES, labels)


def test_too_few_in_the_smaller_class_are_refused() -> None:
    features, _ = simulated(n=300)
    labels = np.zeros(300, dtype=bool)
    labels[:9] = True
    with pytest.raises(
        AnalyticsInputError, match=r"9 churned and 291 did not .at least 10 of each"
    ):
        fit_churn_logistic(features, NAMES, labels)
    labels[9] = True
    assert fit_churn_logistic(features, NAMES, labels).holdout >= 2


def test_missing_features_name_the_feature() -> None:
    features, labels = simulated(n=300)
    features[[4, 8], 1] = np.nan
    with pytest.raises(AnalyticsInputError, match="'frequency' is missing or not finite for 2"):
        fit_churn_logistic(features, NAMES, labels)


def test_shapes_and_label_types_are_checked() -> None:
    features, labels = simulated(n=300)
    with pytest.raises(AnalyticsInputError, match="one column per feature"):
        fit_churn_logistic(features, NAMES[:2], labels)
    with pytest.raises(AnalyticsInputError, match=r"labels .299. do not match the customers .300"):
        fit_churn_logistic(features, NAMES, labels[:299])
    with pytest.raises(AnalyticsInputError, match="yes/no"):
        fit_churn_logistic(features, NAMES, labels.astype(int))
    with pytest.raises(AnalyticsInputError, match="held-out share"):
        fit_churn_logistic(features, NAMES, labels, holdout_share=1.0)
