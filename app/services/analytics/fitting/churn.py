"""Churn: a regularised logistic model on labelled customers, its held-out AUC, and risk levels."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.services.analytics.errors import AnalyticsInputError

HIGH_KEY = "analytics.churn_high"
MEDIUM_KEY = "analytics.churn_medium"
MIN_LABELLED = 50  # labelled customers needed to fit and test a model
MIN_MINORITY = 10  # of them, customers in the smaller class (left or stayed)
PENALTY = 1.0  # L2 penalty on the standardised coefficients (not the intercept)
MAX_ITERATIONS = 100


@dataclass(frozen=True, slots=True)
class ChurnModel:
    """A fitted logistic model: P(churn) = 1 / (1 + exp(-(intercept + sum coef * z))), where
    z = (x - mean) / scale per feature. Coefficients are per standard deviation of a feature,
    so their sizes compare; a positive one raises the risk."""

    feature_names: tuple[str, ...]
    coefficients: tuple[float, ...]  # one per feature name, on the standardised scale
    intercept: float
    auc: float  # on the held-out customers (not used in the fit)
    holdout: int  # held-out customers
    train: int  # customers the model was fitted on
    means: tuple[float, ...]
    scales: tuple[float, ...]
    iterations: int = 0

    def by_name(self) -> dict[str, float]:
        """The coefficients by feature name."""
        return dict(zip(self.feature_names, self.coefficients, strict=True))

    def parameters(self) -> dict[str, object]:
        """The model as plain JSON-ready data (for the model version's parameters)."""
        return {
            "auc": self.auc,
            "holdout": self.holdout,
            "train": self.train,
            "coefficients": self.by_name(),
            "intercept": self.intercept,
            "means": dict(zip(self.feature_names, self.means, strict=True)),
            "scales": dict(zip(self.feature_names, self.scales, strict=True)),
        }


def fit_churn_logistic(
    features: np.ndarray,
    names: Sequence[str],
    labels: np.ndarray,
    holdout_share: float = 0.25,
    seed: int = 16,
) -> ChurnModel:
    """Fit on a stratified random part, report the AUC on the rest (`holdout_share` of each
    class, drawn with `seed`, so the same data gives the same split and the same model)."""
    x, y = _checked(features, names, labels)
    if not 0.0 < holdout_share < 1.0:
        raise AnalyticsInputError(
            f"the churn model's held-out share must be between 0 and 1; got {holdout_share:g}"
        )
    test = _stratified_holdout(y, holdout_share, seed)
    train = ~test
    means = x[train].mean(axis=0)
    scales = x[train].std(axis=0)
    scales = np.where(scales > 0.0, scales, 1.0)  # a constant feature stays 0 after centring
    z = (x - means) / scales
    weights, intercept, iterations = _newton(z[train], y[train])
    auc = auc_score(_linear(z[test], weights, intercept), y[test])
    return ChurnModel(
        feature_names=tuple(names),
        coefficients=tuple(float(w) for w in weights),
        intercept=float(intercept),
        auc=float(auc),
        holdout=int(test.sum()),
        train=int(train.sum()),
        means=tuple(float(v) for v in means),
        scales=tuple(float(v) for v in scales),
        iterations=iterations,
    )


def churn_probability(model: ChurnModel, features: np.ndarray) -> np.ndarray:
    """Each customer's probability of churn under `model` (features in its column order)."""
    x = np.asarray(features, dtype=float)
    if x.ndim != 2 or x.shape[1] != len(model.feature_names):
        raise AnalyticsInputError(
            f"the churn model needs {len(model.feature_names)} feature columns "
            f"({', '.join(model.feature_names)}); got shape {x.shape}"
        )
    _check_finite(x, model.feature_names)
    z = (x - np.asarray(model.means)) / np.asarray(model.scales)
    weights = np.asarray(model.coefficients, dtype=float)
    return _sigmoid(_linear(z, weights, model.intercept))


def risk_levels(probability: np.ndarray, high: float = 0.5, medium: float = 0.2) -> np.ndarray:
    """ "High" when probability >= high, "Medium" when >= medium, else "Low"."""
    check_thresholds(high, medium)
    p = np.asarray(probability, dtype=float)
    if not np.all(np.isfinite(p)):
        raise AnalyticsInputError(
            f"{int(np.count_nonzero(~np.isfinite(p)))} churn probabilities are missing"
        )
    return np.where(p >= high, "High", np.where(p >= medium, "Medium", "Low")).astype(object)


def check_thresholds(high: float, medium: float) -> None:
    """AnalyticsInputError naming the configuration keys unless 0 < medium < high <= 1."""
    if not (math.isfinite(high) and math.isfinite(medium) and 0.0 < medium < high <= 1.0):
        raise AnalyticsInputError(
            f"{MEDIUM_KEY} and {HIGH_KEY} must satisfy 0 < {MEDIUM_KEY} < {HIGH_KEY} <= 1 "
            f"(churn probabilities where Medium and High risk start); "
            f"got {medium:g} and {high:g}"
        )


def auc_score(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve: the chance that a random positive scores above a random
    negative, ties counting half (the Mann-Whitney U statistic over n_pos * n_neg)."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    n_pos = int(y.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        raise AnalyticsInputError("the AUC needs customers of both classes")
    ranks = _average_ranks(s)
    u = ranks[y].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))


def _average_ranks(values: np.ndarray) -> np.ndarray:
    # Ranks 1..n, tied values sharing the mean of their ranks.
    order = np.argsort(values, kind="stable")
    sorted_values = values[order]
    starts = np.r_[True, sorted_values[1:] != sorted_values[:-1]]
    group = np.cumsum(starts) - 1
    first = np.flatnonzero(starts)
    last = np.r_[first[1:], values.size] - 1
    mean_rank = (first + last) / 2.0 + 1.0
    ranks = np.empty(values.size)
    ranks[order] = mean_rank[group]
    return ranks


def _checked(
    features: np.ndarray, names: Sequence[str], labels: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(features, dtype=float)
    y = np.asarray(labels)
    if x.ndim != 2 or x.shape[1] != len(names):
        raise AnalyticsInputError(
            f"the churn model needs one column per feature ({len(names)} named); "
            f"got shape {x.shape}"
        )
    if y.ndim != 1 or y.size != x.shape[0]:
        raise AnalyticsInputError(
            f"the churn labels ({y.size}) do not match the customers ({x.shape[0]})"
        )
    if y.dtype != bool:
        raise AnalyticsInputError("the churn labels must be yes/no values")
    _check_finite(x, names)
    positives = int(y.sum())
    negatives = y.size - positives
    if positives == 0 or negatives == 0:
        only = "churned" if positives else "did not churn"
        raise AnalyticsInputError(
            f"the churn label has one class only: all {y.size} labelled customers {only}"
        )
    if y.size < MIN_LABELLED:
        raise AnalyticsInputError(
            f"too few labelled customers for a churn model: {y.size} (at least {MIN_LABELLED})"
        )
    if min(positives, negatives) < MIN_MINORITY:
        raise AnalyticsInputError(
            f"too few labelled customers in one class for a churn model: {positives} churned "
            f"and {negatives} did not (at least {MIN_MINORITY} of each)"
        )
    return x, y


def _check_finite(x: np.ndarray, names: Sequence[str]) -> None:
    bad = ~np.isfinite(x)
    if bad.any():
        column = int(np.flatnonzero(bad.any(axis=0))[0])
        count = int(bad[:, column].sum())
        raise AnalyticsInputError(
            f"the churn feature {names[column]!r} is missing or not finite for {count} customer(s)"
        )


def _stratified_holdout(y: np.ndarray, share: float, seed: int) -> np.ndarray:
    # The same share of each class, at least one of each class on either side.
    rng = np.random.default_rng(seed)
    test = np.zeros(y.size, dtype=bool)
    for value in (False, True):
        members = np.flatnonzero(y == value)
        take = min(max(1, round(share * members.size)), members.size - 1)
        test[rng.permutation(members)[:take]] = True
    return test


def _linear(z: np.ndarray, weights: np.ndarray, intercept: float) -> np.ndarray:
    return z @ weights + intercept


def _sigmoid(t: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * t))  # stable for large |t|


def _objective(z: np.ndarray, y: np.ndarray, beta: np.ndarray) -> float:
    t = z @ beta[1:] + beta[0]
    # sum log(1 + exp(t)) - y t, computed without overflow; plus the ridge term
    loss = np.logaddexp(0.0, t) - np.where(y, t, 0.0)
    return float(loss.sum() + 0.5 * PENALTY * beta[1:] @ beta[1:])


def _newton(z: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float, int]:
    """Penalised maximum likelihood by Newton steps with step halving. The penalty makes the
    objective strictly convex, so separable data gives finite coefficients."""
    n, k = z.shape
    target = y.astype(float)
    design = np.hstack([np.ones((n, 1)), z])
    ridge = np.full(k + 1, PENALTY)
    ridge[0] = 0.0
    beta = np.zeros(k + 1)
    rate = float(target.mean())
    beta[0] = math.log(rate / (1.0 - rate))
    current = _objective(z, y, beta)
    for iteration in range(1, MAX_ITERATIONS + 1):
        p = _sigmoid(design @ beta)
        gradient = design.T @ (p - target) + ridge * beta
        hessian = (design * (p * (1.0 - p))[:, None]).T @ design + np.diag(ridge)
        hessian[0, 0] += 1e-9 * n  # keeps the intercept's row solvable when p is 0 or 1
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while True:
            candidate = beta - size * step
            value = _objective(z, y, candidate)
            if value <= current:
                break
            size /= 2.0
            if size < 1e-10:  # no step lowers the objective: at the optimum to rounding
                return beta[1:], float(beta[0]), iteration
        decrease = current - value
        beta, current = candidate, value
        if np.max(np.abs(size * step)) < 1e-8 or decrease < 1e-10 * (1.0 + abs(current)):
            return beta[1:], float(beta[0]), iteration
    raise AnalyticsInputError(f"the churn model did not converge in {MAX_ITERATIONS} iterations")
