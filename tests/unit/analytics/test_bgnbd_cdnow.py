"""BG/NBD on the CDNOW summary against Fader, Hardie and Lee (2005) and their formulae."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate

from app.services.analytics.fitting import bgnbd
from app.services.analytics.fitting.bgnbd import BgNbdParams
from tests.unit.analytics import cdnow

# The paper's Table/§5 estimates on the same 2,357 customers (time unit: weeks).
PAPER = BgNbdParams(r=0.243, alpha=4.414, a=0.793, b=2.426)
PAPER_LL = -9582.4


@pytest.fixture(scope="module")
def data() -> dict[str, np.ndarray]:
    return cdnow.summary()


@pytest.fixture(scope="module")
def fit(data: dict[str, np.ndarray]) -> bgnbd.BgNbdFit:
    return bgnbd.fit_bgnbd(data["frequency"], data["recency"], data["T"])


def test_fit_reproduces_the_published_parameters(fit: bgnbd.BgNbdFit) -> None:
    got = fit.params
    # The paper prints three decimals; our estimates round to exactly those digits.
    assert (round(got.r, 3), round(got.alpha, 3), round(got.a, 3), round(got.b, 3)) == (
        PAPER.r,
        PAPER.alpha,
        PAPER.a,
        PAPER.b,
    )
    assert round(fit.log_likelihood, 1) == PAPER_LL
    assert fit.converged
    assert fit.customers == 2357


def test_log_likelihood_is_the_papers_equation_6(data: dict[str, np.ndarray]) -> None:
    """Eq. 6 written out with math.lgamma, customer by customer, at the paper's estimates."""
    r, alpha, a, b = PAPER.r, PAPER.alpha, PAPER.a, PAPER.b

    def beta(u: float, w: float) -> float:
        return math.exp(math.lgamma(u) + math.lgamma(w) - math.lgamma(u + w))

    total = 0.0
    for x, t_x, big_t in zip(data["frequency"], data["recency"], data["T"], strict=True):
        a1 = math.exp(math.lgamma(r + x) - math.lgamma(r)) * alpha**r
        alive = beta(a, b + x) / beta(a, b) / (alpha + big_t) ** (r + x)
        gone = beta(a + 1, b + x - 1) / beta(a, b) / (alpha + t_x) ** (r + x) if x > 0 else 0.0
        total += math.log(a1 * (alive + gone))
    ours = bgnbd.log_likelihood(PAPER, data["frequency"], data["recency"], data["T"])
    assert ours == pytest.approx(total, rel=1e-10)
    assert ours == pytest.approx(PAPER_LL, abs=0.05)


def test_gradient_matches_central_differences(data: dict[str, np.ndarray]) -> None:
    theta = np.array([0.3, 5.0, 0.9, 2.0])
    columns = bgnbd._Data.of(data["frequency"], data["recency"], data["T"])
    _, grad = bgnbd._log_likelihood(theta, columns)
    for i in range(4):
        step = np.zeros(4)
        step[i] = 1e-6 * theta[i]
        up = bgnbd._log_likelihood(theta + step, columns)[0]
        down = bgnbd._log_likelihood(theta - step, columns)[0]
        assert grad[i] == pytest.approx((up - down) / (2 * step[i]), rel=1e-5)


def test_papers_worked_example() -> None:
    """§5: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks."""
    expected = bgnbd.expected_events(PAPER, 39.0, [2], [30.43], [38.86])
    assert round(float(expected[0]), 3) == 1.226


def _p_alive_by_integration(params: BgNbdParams, x: float, t_x: float, big_t: float) -> float:
    """Bayes with the two ways of producing the history, integrated numerically over the
    Gamma(r, alpha) rates and in closed form over the Beta(a, b) drop-outs: still alive at T,
    (1-p)^x lam^x e^(-lam T), or gone just after the last purchase, p (1-p)^(x-1) lam^x
    e^(-lam t_x)."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    if x == 0:
        return 1.0

    def over_rate(until: float) -> float:
        def density(lam: float) -> float:
            log = r * math.log(alpha) + (r - 1) * math.log(lam) - alpha * lam - math.lgamma(r)
            return math.exp(log + x * math.log(lam) - lam * until)

        return integrate.quad(density, 0, np.inf, limit=200, epsabs=0, epsrel=1e-10)[0]

    def over_drop(power_p: float, power_q: float) -> float:
        # The Beta integral of p^power_p (1-p)^power_q is a Beta function (not under test).
        u, w = a + power_p, b + power_q
        return math.exp(math.lgamma(u) + math.lgamma(w) - math.lgamma(u + w))

    alive = over_rate(big_t) * over_drop(0, x)
    gone = over_rate(t_x) * over_drop(1, x - 1)
    return alive / (alive + gone)


def _expected_by_integration(params: BgNbdParams, t: float, x: float, t_x: float, big_t: float):
    """P(alive) times the expected purchases of an active customer: given lam and p, deaths
    come at rate lam p, so E = (1 - e^(-lam p t)) / p; given the history and being alive,
    lam ~ Gamma(r+x, alpha+T) and p ~ Beta(a, b+x) independently, so the lam-average is
    ((alpha+T) / (alpha+T+p t))^(r+x), and the p-average is integrated numerically."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b

    def given_p(p: float) -> float:
        if p == 0.0:  # the limit: no drop-out, Poisson purchases at the posterior mean rate
            return (r + x) * t / (alpha + big_t)
        return -math.expm1((r + x) * math.log1p(-p * t / (alpha + big_t + p * t))) / p

    weighted = integrate.quad(
        given_p, 0, 1, weight="alg", wvar=(a - 1, b + x - 1), limit=200, epsabs=0
    )[0]
    beta = math.exp(math.lgamma(a) + math.lgamma(b + x) - math.lgamma(a + b + x))
    return _p_alive_by_integration(params, x, t_x, big_t) * weighted / beta


CUSTOMERS = [
    (0, 0.0, 38.86),
    (0, 0.0, 27.0),
    (1, 1.71, 38.86),
    (2, 30.43, 38.86),
    (7, 29.43, 38.86),
    (14, 35.0, 36.0),
    (29, 33.0, 38.0),
    (3, 5.0, 38.86),
]


@pytest.mark.parametrize(("x", "t_x", "big_t"), CUSTOMERS)
def test_p_alive_matches_integration(x: int, t_x: float, big_t: float) -> None:
    ours = bgnbd.p_alive(PAPER, [x], [t_x], [big_t])[0]
    assert ours == pytest.approx(_p_alive_by_integration(PAPER, x, t_x, big_t), rel=1e-7)


@pytest.mark.parametrize("t", [1.0, 39.0, 52.0, 520.0, 5200.0])
@pytest.mark.parametrize(("x", "t_x", "big_t"), CUSTOMERS)
def test_expected_events_match_integration(t: float, x: int, t_x: float, big_t: float) -> None:
    ours = bgnbd.expected_events(PAPER, t, [x], [t_x], [big_t])[0]
    assert ours == pytest.approx(_expected_by_integration(PAPER, t, x, t_x, big_t), rel=1e-6)


def test_no_repeat_events_means_alive_for_sure(data: dict[str, np.ndarray]) -> None:
    none = data["frequency"] == 0
    alive = bgnbd.p_alive(PAPER, data["frequency"], data["recency"], data["T"])
    assert np.all(alive[none] == 1.0)
    assert np.all((alive[~none] > 0) & (alive[~none] < 1))


def test_population_expectation_is_the_conditional_one_at_acquisition() -> None:
    """E[X(t)] (eq. 9) is E[Y(t) | x = 0, t_x = 0, T = 0]; both against integration."""
    for t in (13.0, 39.0, 78.0):
        population = bgnbd.expected_events_population(PAPER, t)
        assert population == pytest.approx(bgnbd.expected_events(PAPER, t, [0], [0], [0])[0])
        assert population == pytest.approx(_expected_by_integration(PAPER, t, 0, 0, 0), rel=1e-6)


def test_a_equal_to_one_is_continuous() -> None:
    """Eq. 10 divides by a - 1; at a = 1 we take the limit, which lies between its neighbours."""
    args = (52.0, [0, 3, 10], [0.0, 20.0, 30.0], [38.86, 38.86, 38.86])
    at_one = bgnbd.expected_events(BgNbdParams(0.243, 4.414, 1.0, 2.426), *args)
    below = bgnbd.expected_events(BgNbdParams(0.243, 4.414, 0.999, 2.426), *args)
    above = bgnbd.expected_events(BgNbdParams(0.243, 4.414, 1.001, 2.426), *args)
    assert np.all(np.minimum(below, above) <= at_one + 1e-12)
    assert np.all(at_one <= np.maximum(below, above) + 1e-12)
    assert at_one == pytest.approx(_vector(BgNbdParams(0.243, 4.414, 1.0, 2.426), *args), rel=1e-5)


def _vector(params: BgNbdParams, t: float, xs, t_xs, big_ts) -> np.ndarray:
    return np.array(
        [_expected_by_integration(params, t, *row) for row in zip(xs, t_xs, big_ts, strict=True)]
    )


def test_expected_events_across_the_parameter_space() -> None:
    """SciPy's 2F1 loses every digit for some arguments below -1 (found by this sweep before
    the fix): random parameters, histories and horizons up to ten years, against integration."""
    rng = np.random.default_rng(16)
    low, high = np.log([0.05, 0.1, 0.05, 0.1]), np.log([20.0, 200.0, 20.0, 200.0])
    for _ in range(60):
        params = BgNbdParams(*np.exp(rng.uniform(low, high)))
        x = int(rng.integers(0, 60))
        big_t = float(rng.uniform(0.15, 300.0))
        t_x = float(rng.uniform(0.0, big_t)) if x else 0.0
        t = float(rng.choice([1.0, 13.0, 52.0, 520.0]))
        ours = bgnbd.expected_events(params, t, [x], [t_x], [big_t])[0]
        reference = _expected_by_integration(params, t, x, t_x, big_t)
        assert ours == pytest.approx(reference, rel=1e-7, abs=1e-300), (params, x, t_x, big_t, t)


def test_figures_are_plain_floats(fit: bgnbd.BgNbdFit) -> None:
    """They go into the model version's JSON as they are."""
    p = fit.params
    assert all(type(value) is float for value in (p.r, p.alpha, p.a, p.b, fit.log_likelihood))
    assert type(fit.iterations) is int and type(fit.customers) is int
