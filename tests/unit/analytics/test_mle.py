"""The search shared by the fits: several starts, convergence, parameters on the box's edge."""

from __future__ import annotations

import numpy as np
import pytest

from app.services.analytics.fitting import mle


def _bowl(centre: np.ndarray):
    """A smooth function with its minimum 0 at `centre` (log-parameters)."""

    def objective(v: np.ndarray) -> tuple[float, np.ndarray]:
        d = v - centre
        return float(np.sum(d**2) + 0.5 * d[0] ** 2 * d[1] ** 2), 2 * d + np.array(
            [d[0] * d[1] ** 2, d[1] * d[0] ** 2] + [0.0] * (len(v) - 2)
        )

    return objective


def test_finds_the_minimum_and_says_it_converged() -> None:
    centre = np.log([0.243, 4.414, 0.793, 2.426])
    found = mle.minimise(_bowl(centre), [[0.0] * 4])
    assert found.converged
    assert found.log_params == pytest.approx(centre, abs=1e-6)
    assert found.value == pytest.approx(0.0, abs=1e-12)
    assert found.at_bound == ()


def test_a_start_without_a_finite_value_falls_back_to_the_next() -> None:
    centre = np.zeros(3)
    bowl = _bowl(centre)

    def objective(v: np.ndarray) -> tuple[float, np.ndarray]:
        # NaN in a whole region around the first start (an overflow, say).
        if v[0] > 5:
            return float("nan"), np.full(3, np.nan)
        return bowl(v)

    found = mle.minimise(objective, [[8.0, 0.0, 0.0], [1.0, 1.0, 1.0]])
    assert found.converged
    assert found.log_params == pytest.approx(centre, abs=1e-6)


def test_nowhere_finite_is_not_converged() -> None:
    def objective(v: np.ndarray) -> tuple[float, np.ndarray]:
        return float("inf"), np.zeros_like(v)

    found = mle.minimise(objective, [[0.0, 0.0], [1.0, 1.0]])
    assert not found.converged
    assert found.value == np.inf


def test_a_likelihood_rising_without_end_stops_on_the_edge() -> None:
    """Decreasing in the first log-parameter forever: found on the upper bound (1e6)."""

    def objective(v: np.ndarray) -> tuple[float, np.ndarray]:
        return float(-v[0] + v[1] ** 2), np.array([-1.0, 2 * v[1]])

    found = mle.minimise(objective, [[0.0, 1.0]])
    assert found.at_bound == (0,)
    assert np.exp(found.log_params[0]) == pytest.approx(1e6)
    assert found.log_params[1] == pytest.approx(0.0, abs=1e-6)
