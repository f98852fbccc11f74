"""The fits recover the parameters of data drawn from the models' own generative processes."""

from __future__ import annotations

import numpy as np
import pytest

from app.services.analytics.fitting import bgnbd, gamma_gamma
from tests.unit.analytics import simulate

CASES = [
    (0.243, 4.414, 0.793, 2.426),  # CDNOW-like: rare buyers, many drop out
    (2.0, 8.0, 1.5, 12.0),  # regular buyers, few drop out
    (0.6, 2.0, 0.4, 1.2),  # frequent, heterogeneous, volatile
]


@pytest.mark.parametrize("truth", CASES)
@pytest.mark.parametrize("seed", [1, 2])
def test_bgnbd_recovers_known_parameters(truth: tuple[float, ...], seed: int) -> None:
    rng = np.random.default_rng(seed)
    big_t = rng.uniform(20.0, 80.0, 20_000)
    x, t_x = simulate.bgnbd_customers(*truth, big_t, rng)
    fit = bgnbd.fit_bgnbd(x, t_x, big_t)
    got = (fit.params.r, fit.params.alpha, fit.params.a, fit.params.b)
    # Loosely: 20,000 customers pin each parameter to within ~10-25 %; the mean rate r/alpha
    # and the mean drop-out a/(a+b), which drive the predictions, much more tightly.
    assert got == pytest.approx(truth, rel=0.35)
    assert got[0] / got[1] == pytest.approx(truth[0] / truth[1], rel=0.05)
    assert got[2] / (got[2] + got[3]) == pytest.approx(truth[2] / (truth[2] + truth[3]), rel=0.1)
    # The truth is less likely than the maximum, as it must be.
    truth_ll = bgnbd.log_likelihood(bgnbd.BgNbdParams(*truth), x, t_x, big_t)
    assert truth_ll <= fit.log_likelihood


@pytest.mark.parametrize(
    "truth", [(6.25, 3.74, 15.44), (2.0, 6.0, 300.0), (3.0, 4.5, 40.0), (1.0, 10.0, 3e6)]
)
def test_gamma_gamma_recovers_known_parameters(truth: tuple[float, float, float]) -> None:
    rng = np.random.default_rng(16)
    x = rng.integers(1, 12, 20_000).astype(float)
    m = simulate.gamma_gamma_means(*truth, x, rng)
    fit = gamma_gamma.fit_gamma_gamma(x, m)
    got = (fit.params.p, fit.params.q, fit.params.v)
    assert got == pytest.approx(truth, rel=0.25)
    mean = got[0] * got[2] / (got[1] - 1)
    assert mean == pytest.approx(truth[0] * truth[2] / (truth[1] - 1), rel=0.05)
    truth_ll = gamma_gamma.log_likelihood(gamma_gamma.GammaGammaParams(*truth), x, m)
    assert truth_ll <= fit.log_likelihood


def test_predictions_match_what_happens_next() -> None:
    """Fit on 30-40 weeks of history, predict the next 39 weeks, then let them happen: the
    conditional expectation and P(alive) must agree with the simulated future on average."""
    rng = np.random.default_rng(7)
    big_t = rng.uniform(30.0, 40.0, 20_000)
    x, t_x, later = simulate.bgnbd_with_holdout(0.5, 6.0, 0.8, 3.0, big_t, 39.0, rng)
    fit = bgnbd.fit_bgnbd(x, t_x, big_t)
    predicted = bgnbd.expected_events(fit.params, 39.0, x, t_x, big_t)
    assert predicted.sum() == pytest.approx(later.sum(), rel=0.05)
    # By frequency band too: the model is right for light and heavy buyers alike.
    for band in (x == 0, (x >= 1) & (x <= 3), x >= 4):
        assert predicted[band].sum() == pytest.approx(later[band].sum(), rel=0.1)
    # Customers with P(alive) < 0.2 buy far less later than those above 0.8.
    alive = bgnbd.p_alive(fit.params, x, t_x, big_t)
    repeat = x > 0
    assert later[repeat & (alive < 0.2)].mean() < 0.25 * later[repeat & (alive > 0.8)].mean()


def test_gamma_gamma_values_that_never_vary_within_a_customer() -> None:
    """Salaries: each customer's repeat values equal their own level (spread only between
    customers, 1/level ~ Gamma(q = 3.5)). The likelihood rises with p without end; the fit
    keeps p on its bound and the expected mean value becomes the customer's own mean."""
    rng = np.random.default_rng(5)
    x = rng.integers(1, 5, 5_000).astype(float)
    level = 12_000.0 / rng.gamma(3.5, 1.0, len(x))
    fit = gamma_gamma.fit_gamma_gamma(x, level)
    assert fit.params.p == pytest.approx(1e6)
    assert fit.params.q == pytest.approx(3.5, rel=0.1)
    expected = gamma_gamma.expected_mean_value(fit.params, x, level)
    assert expected == pytest.approx(level, rel=1e-4)
    population = gamma_gamma.expected_mean_value(fit.params, [0.0], [0.0])[0]
    assert population == pytest.approx(12_000.0 / 2.5, rel=0.1)  # E[1/Gamma(3.5)] = 1/2.5
