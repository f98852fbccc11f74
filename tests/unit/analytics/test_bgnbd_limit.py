"""BG/NBD's homogeneous drop-out limit (a, b -> inf, a / (a + b) -> p): likelihood, P(alive),
expected events against numerical integration over lambda, and when the fit chooses it."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate

from app.services.analytics.fitting import bgnbd, bgnbd_limit, mle
from app.services.analytics.fitting.bgnbd import BgNbdParams
from app.services.analytics.fitting.bgnbd_limit import PointDropoutParams
from app.services.analytics.fitting.mle import Optimum
from tests.unit.analytics import cdnow, simulate

POINT = PointDropoutParams(r=0.5, alpha=4.0, p=0.2)
# Beta(a, b) with a + b = 1e12 has a spread of 4e-7: the simulation's drop-out is p for all.
CONCENTRATION = 1e12
HISTORIES = [  # (x, t_x, T): one-timer, light, heavy recent, heavy long gone, very heavy
    (0, 0.0, 30.0),
    (2, 30.43, 38.86),
    (12, 49.0, 50.0),
    (12, 5.0, 50.0),
    (60, 70.0, 78.0),
]


def _posterior_terms(params: PointDropoutParams, x: int, t_x: float, big_t: float):
    """The individual likelihood's two terms (alive at T; gone after the last event) as
    functions of lambda, weighted by the Gamma(r, alpha) density: integrands for quad."""
    r, alpha, p = params.r, params.alpha, params.p

    def density(lam: float) -> float:
        return math.exp(
            r * math.log(alpha) + (r - 1) * math.log(lam) - alpha * lam - math.lgamma(r)
        )

    def alive(lam: float) -> float:
        return density(lam) * (1 - p) ** x * lam**x * math.exp(-lam * big_t)

    def gone(lam: float) -> float:
        if x == 0:
            return 0.0
        return density(lam) * p * (1 - p) ** (x - 1) * lam**x * math.exp(-lam * t_x)

    return alive, gone


def _quad(f) -> float:
    # The Gamma(r < 1) density is infinite at 0: split there so quad sees the singularity.
    return sum(integrate.quad(f, lo, hi, limit=400, epsabs=0.0, epsrel=1e-12)[0]
               for lo, hi in ((0.0, 1.0), (1.0, np.inf)))  # fmt: skip


@pytest.mark.parametrize(("x", "t_x", "big_t"), HISTORIES)
def test_p_alive_and_expected_events_against_numerical_integration(
    x: int, t_x: float, big_t: float
) -> None:
    """P(alive) = the alive term's share of the likelihood; E[Y(t)] integrates eq. 7's
    (1 - e^(-lambda p t)) / p over the alive term, each integral over lambda by quadrature."""
    alive, gone = _posterior_terms(POINT, x, t_x, big_t)
    t, p = 39.0, POINT.p
    total = _quad(alive) + _quad(gone)
    bought = _quad(lambda lam: alive(lam) * -math.expm1(-lam * p * t) / p)
    got_alive = bgnbd.p_alive(POINT, [x], [t_x], [big_t])[0]
    got_events = bgnbd.expected_events(POINT, t, [x], [t_x], [big_t])[0]
    assert got_alive == pytest.approx(_quad(alive) / total, rel=1e-8)
    assert got_events == pytest.approx(bought / total, rel=1e-8)
    # And the likelihood itself: log of the integrated terms.
    assert bgnbd.log_likelihood(POINT, [x], [t_x], [big_t]) == pytest.approx(
        math.log(total), rel=1e-10
    )


@pytest.mark.parametrize(("x", "t_x", "big_t"), HISTORIES)
def test_the_full_models_formulae_tend_to_the_limit(x: int, t_x: float, big_t: float) -> None:
    """Eqs. 6, 10 and 12 at a = p s, b = (1 - p) s approach the limit as 1 / s: within 2e-4 at
    s = 1e6 (for 60 events too), and 100 times closer than at s = 1e4."""
    p, h = POINT.p, ([x], [t_x], [big_t])

    def errors(s: float) -> np.ndarray:
        full = BgNbdParams(POINT.r, POINT.alpha, p * s, (1 - p) * s)
        pairs = [(bgnbd.p_alive(full, *h)[0], bgnbd.p_alive(POINT, *h)[0]),
                 (bgnbd.log_likelihood(full, *h), bgnbd.log_likelihood(POINT, *h)),
                 (bgnbd.expected_events(full, 52.0, *h)[0],
                  bgnbd.expected_events(POINT, 52.0, *h)[0])]  # fmt: skip
        return np.array([abs(got / limit - 1.0) for got, limit in pairs])

    near, far = errors(1e6), errors(1e4)
    assert np.all(near < 2e-4)
    moving = far > 1e-12  # P(alive) and eq. 6 of a one-timer do not involve a, b at all
    assert np.all((far[moving] / near[moving] > 50) & (far[moving] / near[moving] < 200))
    population = BgNbdParams(POINT.r, POINT.alpha, p * 1e6, (1 - p) * 1e6)
    assert bgnbd.expected_events_population(population, 52.0) == pytest.approx(
        bgnbd.expected_events_population(POINT, 52.0), rel=1e-5
    )


def test_stable_at_the_extremes() -> None:
    """A tiny p t (E -> (r + x) t / (alpha + T) P(alive)), a customer long gone with hundreds of
    events (odds e^700 and more), p near 1: finite, in range, no warnings."""
    tiny = PointDropoutParams(0.5, 4.0, 1e-9)
    x, t_x, big_t = np.array([3.0]), np.array([20.0]), np.array([30.0])
    alive = bgnbd.p_alive(tiny, x, t_x, big_t)
    got = bgnbd.expected_events(tiny, 52.0, x, t_x, big_t)
    assert got == pytest.approx(alive * 3.5 * 52.0 / 34.0, rel=1e-6)
    with np.errstate(all="raise"):
        gone = bgnbd.p_alive(POINT, [900.0], [1.0], [400.0])
        events = bgnbd.expected_events(POINT, 52.0, [900.0], [1.0], [400.0])
        near_one = bgnbd.expected_events(PointDropoutParams(0.5, 4.0, 1 - 1e-9), 52.0, x, x, x)
    assert gone[0] < 1e-300 and events[0] < 1e-300
    assert np.isfinite(near_one).all() and near_one[0] >= 0.0


def test_gradient_matches_central_differences() -> None:
    data = cdnow.summary()
    columns = bgnbd._Data.of(data["frequency"], data["recency"], data["T"])
    v = np.array([math.log(0.3), math.log(5.0), math.log(0.2 / 0.8)])

    def at(point: np.ndarray) -> tuple[float, np.ndarray]:
        return bgnbd_limit.log_likelihood(
            np.array([math.exp(point[0]), math.exp(point[1]), point[2]]), columns
        )

    _, grad = at(v)
    for i in range(3):
        step = np.zeros(3)
        step[i] = 1e-6
        assert grad[i] == pytest.approx((at(v + step)[0] - at(v - step)[0]) / 2e-6, rel=1e-5)


def _homogeneous(r: float, alpha: float, p: float, seed: int, n: int = 10_000):
    rng = np.random.default_rng(seed)
    big_t = rng.uniform(20.0, 80.0, n)
    a, b = p * CONCENTRATION, (1 - p) * CONCENTRATION
    x, t_x, later = simulate.bgnbd_with_holdout(r, alpha, a, b, big_t, 39.0, rng)
    return x, t_x, big_t, later


# (truth, seed): draws whose full fit runs b to the box's edge (the first two) or stops inside
# at a + b ~ 1e6, where the likelihood has flattened (the last). Other seeds end with a finite
# a + b ~ 100-400: with no heterogeneity the estimate of the spread lands on either side.
HOMOGENEOUS = [((0.3, 2.0, 0.3), 5), ((0.5, 4.0, 0.2), 5), ((1.0, 5.0, 0.1), 3)]


@pytest.mark.parametrize(("truth", "seed"), HOMOGENEOUS)
def test_a_homogeneous_drop_out_fits_the_limit_and_recovers_r_alpha_p(
    truth: tuple[float, float, float], seed: int
) -> None:
    x, t_x, big_t, later = _homogeneous(*truth, seed)
    fit = bgnbd.fit_bgnbd(x, t_x, big_t)
    assert fit.dropout_limit and fit.converged and fit.full_model is not None
    # Where the full model's search stopped: b on the box's edge (refused before the limit
    # model existed) for the first two, a + b ~ 1e6 inside it for the last.
    assert fit.full_model.a + fit.full_model.b > 1e4
    assert (fit.full_model.b == pytest.approx(1e6)) == (truth[2] != 0.1)
    got = fit.params
    assert (got.r, got.alpha, got.p) == pytest.approx(truth, rel=0.1)
    assert got.r / got.alpha == pytest.approx(truth[0] / truth[1], rel=0.03)
    # The limit's likelihood is the full model's supremum: never below where it stopped
    # (beyond the rounding of the Beta ratios), and the truth is below the maximum.
    assert fit.log_likelihood >= bgnbd.log_likelihood(fit.full_model, x, t_x, big_t) - 1e-3
    assert bgnbd.log_likelihood(PointDropoutParams(*truth), x, t_x, big_t) <= fit.log_likelihood
    # Its predictions come true: the next 39 weeks, simulated, against E[Y(39)].
    predicted = bgnbd.expected_events(got, 39.0, x, t_x, big_t)
    assert predicted.sum() == pytest.approx(later.sum(), rel=0.05)


def test_a_heterogeneous_drop_out_keeps_the_full_model() -> None:
    """The same rates with Beta(2, 8) drop-out (mean 0.2 too): a finite a and b."""
    rng = np.random.default_rng(3)
    big_t = rng.uniform(20.0, 80.0, 10_000)
    x, t_x = simulate.bgnbd_customers(0.5, 4.0, 2.0, 8.0, big_t, rng)
    fit = bgnbd.fit_bgnbd(x, t_x, big_t)
    assert not fit.dropout_limit and fit.full_model is None
    assert (fit.params.a, fit.params.b) == pytest.approx((2.0, 8.0), rel=0.35)


def test_cdnow_keeps_the_full_model() -> None:
    data = cdnow.summary()
    fit = bgnbd.fit_bgnbd(data["frequency"], data["recency"], data["T"])
    assert not fit.dropout_limit and fit.full_model is None
    assert isinstance(fit.params, BgNbdParams) and round(fit.params.a, 3) == 0.793


def _stopped(log_params: list[float], at_bound: tuple[int, ...]) -> Optimum:
    return Optimum(np.array(log_params), 1.0, 10, True, "", at_bound)


def test_the_limit_is_tried_only_where_the_full_fit_heads_for_it() -> None:
    edge = mle.LOG_BOUND
    heads = bgnbd_limit.heads_for_point
    assert heads(_stopped([0, 0, 12.0, edge], (3,)))  # b on the edge, a large
    assert heads(_stopped([0, 0, edge, edge], (2, 3)))  # both
    assert heads(_stopped([0, 0, 2.0, 10.0], ()))  # stopped inside, a + b ~ 2.2e4
    assert not heads(_stopped([0, 0, 0.0, 1.0], ()))  # CDNOW-like: a + b ~ 3.7
    assert not heads(_stopped([edge, 0, -edge, 0.0], (0, 2)))  # clockwork: r too
    assert not heads(_stopped([0, 0, -edge, 0.5], (2,)))  # a -> 0: not a point mass
    assert not heads(_stopped([0, 0, -edge, edge], (2, 3)))  # p -> 0: nobody leaves


def test_the_same_rate_for_everyone_is_refused_saying_so() -> None:
    """Gamma(r, alpha) heading for a point mass (r to the edge, r/alpha fixed): that limit is
    not fitted; the refusal names it and the common rate (0.5 a week drawn)."""
    rng = np.random.default_rng(2)
    big_t = rng.uniform(20.0, 80.0, 10_000)
    x, t_x = simulate.bgnbd_customers(0.5 * CONCENTRATION, CONCENTRATION, 2.0, 8.0, big_t, rng)
    with pytest.raises(bgnbd.AnalyticsInputError) as refused:
        bgnbd.fit_bgnbd(x, t_x, big_t)
    message = str(refused.value)
    assert message.startswith(
        "BG/NBD: the events come at nearly the same rate for every customer (r = 1e+06 on the "
        "edge of the search, r/alpha = 0.49"
    )
    assert message.endswith(
        " a week): the model needs purchase rates that vary between customers, and fits no "
        "model of a single rate"
    )
