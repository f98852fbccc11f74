"""Data the value models cannot use: each case stops with a plain AnalyticsInputError."""

from __future__ import annotations

import re

import numpy as np
import pytest

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.fitting import bgnbd, gamma_gamma
from app.services.analytics.fitting.bgnbd import BgNbdParams
from app.services.analytics.fitting.gamma_gamma import GammaGammaParams
from tests.unit.analytics import simulate


def _customers(n: int = 40) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A small base drawn with CDNOW's parameters (this seed's fit is interior: some draws
    of 40 customers are too few to pin down the drop-out and end on the search box's edge)."""
    rng = np.random.default_rng(3)
    big_t = np.round(rng.uniform(10.0, 50.0, 40))
    x, t_x = simulate.bgnbd_customers(0.243, 4.414, 0.793, 2.426, big_t, rng)
    return x[:n], np.round(t_x, 2)[:n], big_t[:n]


def _raises(message: str, call, *args) -> None:
    with pytest.raises(AnalyticsInputError, match=f"^{re.escape(message)}$"):
        call(*args)


def test_a_plausible_small_base_fits() -> None:
    """The base the other cases spoil does fit, so each failure below is the spoiling."""
    assert bgnbd.fit_bgnbd(*_customers()).converged


def test_too_few_customers() -> None:
    x, t_x, big_t = _customers(29)
    _raises(
        "BG/NBD: too few customers to fit: 29, at least 30 are needed",
        bgnbd.fit_bgnbd,
        x,
        t_x,
        big_t,
    )


def test_no_repeat_events_at_all() -> None:
    big_t = 10.0 + np.arange(50, dtype=float)
    _raises(
        "BG/NBD: every customer has one event day only: the model needs repeat events",
        bgnbd.fit_bgnbd,
        np.zeros(50),
        np.zeros(50),
        big_t,
    )


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (
            "recency",
            np.nan,
            "BG/NBD: recency is missing or not a number for 1 customer (first at position 5)",
        ),
        ("T", np.inf, "BG/NBD: T is missing or not a number for 1 customer (first at position 5)"),
        ("frequency", -1.0, "BG/NBD: frequency is negative for 1 customer (first at position 5)"),
        (
            "frequency",
            1.5,
            "BG/NBD: frequency is not a whole number for 1 customer (first at position 5)",
        ),
        (
            "recency",
            1000.0,
            "BG/NBD: recency is greater than T (the last event after the as-of time) "
            "for 1 customer (first at position 5)",
        ),
    ],
)
def test_bad_values_are_named(column: str, value: float, message: str) -> None:
    columns = dict(zip(("frequency", "recency", "T"), _customers(), strict=True))
    columns[column][5] = value
    _raises(message, bgnbd.fit_bgnbd, columns["frequency"], columns["recency"], columns["T"])
    params = BgNbdParams(0.243, 4.414, 0.793, 2.426)
    _raises(message, bgnbd.p_alive, params, columns["frequency"], columns["recency"], columns["T"])


def test_columns_of_different_lengths() -> None:
    x, t_x, big_t = _customers()
    _raises(
        "BG/NBD: the columns have different lengths (frequency 40, recency 39, T 40)",
        bgnbd.fit_bgnbd,
        x,
        t_x[:-1],
        big_t,
    )


def test_clockwork_customers_do_not_identify_the_model() -> None:
    """Everyone buys every week and nobody leaves: no variation in rates, no drop-out seen;
    the likelihood keeps rising towards the edge of the parameter space."""
    big_t = np.arange(10, 110, dtype=float)
    _raises(
        "BG/NBD: the fit ended on implausible parameters (r = 1e+06, a = 1e-06): "
        "the events do not identify the model (too little variation between customers or too "
        "short a history)",
        bgnbd.fit_bgnbd,
        big_t,
        big_t,
        big_t,
    )


def test_repeat_events_all_on_the_first_day() -> None:
    """A broken extract: every repeat customer's repeat event at recency 0, then nothing."""
    x = np.arange(60) % 2
    _raises(
        "BG/NBD: the fit ended on implausible parameters (alpha = 4e-05, a = 1e+06, b = 1e-06): "
        "the events do not identify the model (too little variation between customers or too "
        "short a history)",
        bgnbd.fit_bgnbd,
        x,
        np.zeros(60),
        np.linspace(20.0, 60.0, 60),
    )


def _repeat_spend(n: int = 60) -> tuple[np.ndarray, np.ndarray]:
    x = 1.0 + np.arange(n, dtype=float) % 5
    return x, 20.0 + (np.arange(n, dtype=float) * 7.3) % 40


def test_gamma_gamma_too_few_repeat_customers() -> None:
    x, m = _repeat_spend()
    x[29:] = 0  # one-timers do not count
    _raises(
        "Gamma-Gamma: too few customers with repeat events to fit the value model: 29, "
        "at least 30 are needed",
        gamma_gamma.fit_gamma_gamma,
        x,
        m,
    )


def test_gamma_gamma_non_positive_values() -> None:
    x, m = _repeat_spend()
    m[7] = 0.0
    _raises(
        "Gamma-Gamma: the mean value of the repeat events is not positive for 1 customer "
        "(first at position 7)",
        gamma_gamma.fit_gamma_gamma,
        x,
        m,
    )
    m[7] = -3.0
    _raises(
        "Gamma-Gamma: mean value is negative for 1 customer (first at position 7)",
        gamma_gamma.fit_gamma_gamma,
        x,
        m,
    )


def test_gamma_gamma_all_the_same_value() -> None:
    x, _ = _repeat_spend()
    _raises(
        "Gamma-Gamma: every customer has the same mean value: the model needs variation",
        gamma_gamma.fit_gamma_gamma,
        x,
        np.full(len(x), 25.0),
    )


def test_gamma_gamma_without_a_finite_mean() -> None:
    """q <= 1: the population's mean value p v / (q - 1) is not finite."""
    _raises(
        "Gamma-Gamma: q = 0.9 <= 1: the mean value is not finite",
        gamma_gamma.expected_mean_value,
        GammaGammaParams(6.0, 0.9, 15.0),
        [1, 2],
        [10.0, 20.0],
    )


def test_gamma_gamma_fit_without_a_finite_mean() -> None:
    """Spend drawn with q = 0.7: the fit finds q ~ 0.75 and refuses it."""
    rng = np.random.default_rng(0)
    x = rng.integers(1, 6, 400).astype(float)
    m = simulate.gamma_gamma_means(4.0, 0.7, 15.0, x, rng)
    _raises(
        "Gamma-Gamma: the fit gives q = 0.751 <= 1: the values are too heavy-tailed for a "
        "finite mean value",
        gamma_gamma.fit_gamma_gamma,
        x,
        m,
    )


def test_not_numbers_at_all() -> None:
    x, t_x, _ = _customers()
    _raises(
        "BG/NBD: T must be a list of numbers, one per customer",
        bgnbd.fit_bgnbd,
        x,
        t_x,
        ["soon"] * len(x),
    )
    _raises(
        "BG/NBD: recency must be a list of numbers, one per customer",
        bgnbd.fit_bgnbd,
        x,
        3.0,
        x,
    )


def test_horizon_must_be_weeks() -> None:
    params = BgNbdParams(0.243, 4.414, 0.793, 2.426)
    _raises(
        "BG/NBD: the horizon must be a number of weeks >= 0, not -52.0",
        bgnbd.expected_events,
        params,
        -52.0,
        [1],
        [2.0],
        [3.0],
    )
    _raises(
        "BG/NBD: the horizon must be a number of weeks >= 0, not nan",
        bgnbd.expected_events_population,
        params,
        float("nan"),
    )


def test_mean_value_may_be_missing_without_repeat_events() -> None:
    """No repeat events, no mean to take: NaN there is ignored; elsewhere it is named."""
    x, m = _repeat_spend()
    x[:5] = 0
    m[:5] = np.nan
    fit = gamma_gamma.fit_gamma_gamma(x, m)
    assert fit.customers == len(x) - 5
    population = gamma_gamma.expected_mean_value(fit.params, x, m)[0]
    p, q, v = fit.params.p, fit.params.q, fit.params.v
    assert population == pytest.approx(p * v / (q - 1))
    m[7] = np.nan
    _raises(
        "Gamma-Gamma: mean value is missing or not a number for 1 customer (first at position 7)",
        gamma_gamma.fit_gamma_gamma,
        x,
        m,
    )
