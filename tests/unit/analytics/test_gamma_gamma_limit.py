"""Gamma-Gamma on values that do not spread around each customer's own mean (monthly salaries):
a search that stops short on the way to p -> infinity is finished with p on its bound."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from app.services.analytics.fitting import gamma_gamma

# The repeat customers of the desk's demo base (`acrm demo --seed 5`, 2,000 customers, as of
# 2026-12-06 17:54 UTC): frequency and the mean value of the repeat inflow days, in PLN.
DATA = Path(__file__).resolve().parents[2] / "data" / "gamma_gamma_salaries.csv"


def salaries() -> tuple[np.ndarray, np.ndarray]:
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return (np.array([float(r["x"]) for r in rows]),
            np.array([float(r["mean_value"]) for r in rows]))  # fmt: skip


def test_salaries_fit_the_p_limit_instead_of_failing() -> None:
    x, m = salaries()
    fit = gamma_gamma.fit_gamma_gamma(x, m)  # this base once stopped: "ABNORMAL", exit 2
    assert fit.converged and fit.params.p > 9.99e5
    assert fit.params.q > 1
    # The limit: each customer's expected value is (almost exactly) their own mean.
    expected = gamma_gamma.expected_mean_value(fit.params, x, m)
    assert np.max(np.abs(expected / m - 1)) < 0.01
    # And no point of the free search is better than the limit's likelihood.
    free = gamma_gamma.GammaGammaParams(6.05e5, fit.params.q, fit.params.v * 1e6 / 6.05e5)
    assert fit.log_likelihood >= gamma_gamma.log_likelihood(free, x, m) - 1e-6
