"""BG/NBD (Fader, Hardie and Lee 2005): maximum-likelihood fit, P(alive) and expected events."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import betaln, digamma, expit, gammaln, hyp2f1

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.fitting import bgnbd_limit, checks
from app.services.analytics.fitting.bgnbd_limit import PointDropoutParams
from app.services.analytics.fitting.mle import minimise

MODEL = "BG/NBD"
MIN_CUSTOMERS = 30
NAMES = ("r", "alpha", "a", "b")


@dataclass(frozen=True)
class BgNbdParams:
    """Gamma(r, alpha) purchase rates and Beta(a, b) drop-out probabilities; time in weeks."""

    r: float
    alpha: float
    a: float
    b: float


Params = BgNbdParams | PointDropoutParams


@dataclass(frozen=True)
class BgNbdFit:
    """The fitted parameters, the total log-likelihood and how the optimiser ended; for the
    homogeneous drop-out limit also where the full model's search stopped (a or b on the
    edge, or a + b >= 1e4 inside it)."""

    params: BgNbdParams | PointDropoutParams
    log_likelihood: float
    iterations: int
    converged: bool
    customers: int
    full_model: BgNbdParams | None = None  # where its search stopped, for the limit

    @property
    def dropout_limit(self) -> bool:
        """True when the drop-out probability is the same for everyone (a, b -> infinity)."""
        return isinstance(self.params, PointDropoutParams)


def fit_bgnbd(frequency: object, recency: object, T: object) -> BgNbdFit:
    """Maximum-likelihood fit on repeat event counts x, recency t_x and age T (one per customer)."""
    x, t_x, age = _inputs(frequency, recency, T)
    if len(x) < MIN_CUSTOMERS:
        raise AnalyticsInputError(
            f"{MODEL}: too few customers to fit: {len(x)}, at least {MIN_CUSTOMERS} are needed"
        )
    if not (x > 0).any():
        raise AnalyticsInputError(
            f"{MODEL}: every customer has one event day only: the model needs repeat events"
        )
    # alpha carries the time unit: fit in units of the mean age, so the search box and the
    # starts suit any history length (weeks of a new shop or years of a bank).
    scale = float(np.mean(age)) or 1.0
    data = _Data.of(x, t_x / scale, age / scale)
    total = float(len(x))

    def objective(log_params: np.ndarray) -> tuple[float, np.ndarray]:
        # The mean (not the sum) keeps values and gradients near 1 whatever the base's size,
        # so the optimiser's tolerances mean the same on 2,000 and 100,000 customers.
        value, grad = _log_likelihood(np.exp(log_params), data)
        return -value / total, -grad * np.exp(log_params) / total

    optimum = minimise(objective, _starts(x, age / scale))
    r, alpha, a, b = np.exp(optimum.log_params)
    params = BgNbdParams(float(r), float(alpha) * scale, float(a), float(b))
    if not optimum.converged:
        raise AnalyticsInputError(
            f"{MODEL}: the fit did not converge ({optimum.message}); check the events data"
        )
    # Back to weeks: eq. 6 is a density in time, so rescaling time by c adds -x log c.
    log_lik = float(-optimum.value * total - x.sum() * np.log(scale))
    if bgnbd_limit.heads_for_point(optimum):
        limit = bgnbd_limit.fit(data, optimum.log_params, x, age / scale)
        better = limit.value <= optimum.value + bgnbd_limit.TOLERANCE / total
        if limit.converged and not limit.at_bound and better:
            limit_ll = float(-limit.value * total - x.sum() * np.log(scale))
            point = bgnbd_limit.params_of(limit.log_params, scale)
            steps = optimum.iterations + limit.iterations
            return BgNbdFit(point, limit_ll, steps, True, len(x), full_model=params)
    _check_plausible(params, optimum.at_bound)
    return BgNbdFit(params, log_lik, optimum.iterations, True, len(x))


def log_likelihood(params: Params, frequency: object, recency: object, T: object) -> float:
    """The total log-likelihood of the customers under `params` (paper's eq. 6)."""
    x, t_x, age = _inputs(frequency, recency, T)
    if isinstance(params, PointDropoutParams):
        theta = np.array([params.r, params.alpha, np.log(params.p) - np.log1p(-params.p)])
        return bgnbd_limit.log_likelihood(theta, _Data.of(x, t_x, age))[0]
    theta = np.array([params.r, params.alpha, params.a, params.b])
    return _log_likelihood(theta, _Data.of(x, t_x, age))[0]


def p_alive(params: Params, frequency: object, recency: object, T: object) -> np.ndarray:
    """P(still active at T | x, t_x, T); 1 for customers without repeat events (paper's eq. 12)."""
    x, t_x, age = _inputs(frequency, recency, T)
    return 1.0 / (1.0 + _dropped_odds(params, x, t_x, age))


def expected_events(
    params: Params, t: float, frequency: object, recency: object, T: object
) -> np.ndarray:
    """E[Y(t) | x, t_x, T]: expected events in the next t weeks (paper's eq. 10)."""
    x, t_x, age = _inputs(frequency, recency, T)
    _check_horizon(t)
    if isinstance(params, PointDropoutParams):
        return bgnbd_limit.expected_events(params, t, x, t_x, age)
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    if abs(a - 1.0) <= 1e-6:
        # a = 1 is a removable singularity of eq. 10 (0/0): average its two sides.
        upper = expected_events(BgNbdParams(r, alpha, 1 + 1e-5, b), t, x, t_x, age)
        lower = expected_events(BgNbdParams(r, alpha, 1 - 1e-5, b), t, x, t_x, age)
        return (upper + lower) / 2
    kept = _kept_share(r + x, a, b + x, t / (alpha + age))
    alive_share = 1.0 / (1.0 + _dropped_odds(params, x, t_x, age))
    return (a + b + x - 1.0) / (a - 1.0) * (1.0 - kept) * alive_share


def expected_events_population(params: Params, t: float) -> float:
    """E[X(t)] for a customer just acquired (paper's eq. 9): a fit diagnostic."""
    _check_horizon(t)
    if isinstance(params, PointDropoutParams):
        return bgnbd_limit.expected_events_population(params, t)
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    if abs(a - 1.0) <= 1e-6:
        up = expected_events_population(BgNbdParams(r, alpha, 1 + 1e-5, b), t)
        down = expected_events_population(BgNbdParams(r, alpha, 1 - 1e-5, b), t)
        return (up + down) / 2
    kept = _kept_share(np.array([r]), a, np.array([b]), np.array([t / alpha]))
    return float((a + b - 1.0) / (a - 1.0) * (1.0 - kept[0]))


def _check_horizon(t: float) -> None:
    if not (np.isfinite(t) and t >= 0):
        raise AnalyticsInputError(f"{MODEL}: the horizon must be a number of weeks >= 0, not {t}")


def _kept_share(power: np.ndarray, a: float, bx: np.ndarray, s: np.ndarray) -> np.ndarray:
    """(1 - z)^power 2F1(power, bx; a + bx - 1; z) with z = s / (1 + s), the term of eqs. 9
    and 10 (power = r + x, bx = b + x, s = t / (alpha + T)).

    Pfaff's transformation makes it 2F1(power, a - 1; a + bx - 1; -s), no power in front.
    For s <= 1 that argument lies in [-1, 0], where SciPy is accurate; below -1 SciPy loses
    every digit for some parameters (a sweep against numerical integration found errors of
    1e27), while the paper's own form then has z in (1/2, 1), where SciPy is accurate (worst
    relative error 2e-11 in the same sweep): its small power and large 2F1 meet in logs."""
    c = a + bx - 1.0
    s = np.broadcast_to(s, power.shape)
    kept = np.empty_like(power)
    near = s <= 1.0
    kept[near] = hyp2f1(power[near], a - 1.0, c[near], -s[near])
    far = ~near
    z = s[far] / (1.0 + s[far])
    with np.errstate(divide="ignore", over="ignore"):
        series = hyp2f1(power[far], bx[far], c[far], z)
        kept[far] = np.exp(power[far] * np.log1p(-z) + np.log(series))
    if not np.all(np.isfinite(kept)):
        raise AnalyticsInputError(
            f"{MODEL}: the expected events cannot be evaluated for these parameters"
        )
    return kept


def _inputs(frequency: object, recency: object, T: object) -> tuple[np.ndarray, ...]:
    x = checks.as_column(frequency, "frequency", MODEL)
    t_x = checks.as_column(recency, "recency", MODEL)
    age = checks.as_column(T, "T", MODEL)
    checks.same_length(MODEL, frequency=x, recency=t_x, T=age)
    checks.whole_numbers(x, "frequency", MODEL)
    late = t_x > age * (1 + 1e-9) + 1e-9
    if late.any():
        raise AnalyticsInputError(
            f"{MODEL}: recency is greater than T (the last event after the as-of time) "
            f"for {checks.count_text(late)}"
        )
    return x, t_x, age


def _dropped_odds(params: Params, x: np.ndarray, t_x: np.ndarray, age: np.ndarray):
    """P(dropped out) / P(alive) given the history; 0 for customers without repeat events."""
    if isinstance(params, PointDropoutParams):
        return bgnbd_limit.dropped_odds(params, x, t_x, age)
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    repeat = x > 0
    odds = np.zeros_like(x)
    xr = x[repeat]
    # In logs: ((alpha+T)/(alpha+t_x))^(r+x) overflows for frequent customers long gone.
    log_odds = np.log(a / (b + xr - 1.0)) + (r + xr) * (
        np.log(alpha + age[repeat]) - np.log(alpha + t_x[repeat])
    )
    odds[repeat] = np.exp(np.minimum(log_odds, 700.0))
    return odds


@dataclass(frozen=True)
class _Data:
    """The columns split for speed: customers without repeat events contribute a closed form
    in T alone; for the others the special functions of eq. 6 depend on x only, which takes a
    few hundred values at most, so they are evaluated once per value and indexed."""

    age_once: np.ndarray  # T of the customers without repeat events
    t_x: np.ndarray  # recency, T and the index of x among `levels`, repeat customers
    age: np.ndarray
    index: np.ndarray
    levels: np.ndarray  # the distinct frequencies > 0 and their customer counts
    counts: np.ndarray

    @classmethod
    def of(cls, x: np.ndarray, t_x: np.ndarray, age: np.ndarray) -> _Data:
        repeat = x > 0
        levels, index, counts = np.unique(x[repeat], return_inverse=True, return_counts=True)
        return cls(age[~repeat], t_x[repeat], age[repeat], index, levels, counts.astype(float))


def _log_likelihood(theta: np.ndarray, data: _Data) -> tuple[float, np.ndarray]:
    """Log-likelihood (paper's eq. 6) and its gradient in (r, alpha, a, b)."""
    r, alpha, a, b = theta
    # x = 0: the Beta terms cancel and eq. 6 is (alpha / (alpha + T))^r.
    log_once = np.log(alpha + data.age_once)
    once = len(data.age_once)
    value = r * (once * np.log(alpha) - np.sum(log_once))
    grad = np.array(
        [
            once * np.log(alpha) - np.sum(log_once),
            r * (once / alpha - np.sum(1.0 / (alpha + data.age_once))),
            0.0,
            0.0,
        ]
    )
    if not len(data.levels):
        return float(value), grad
    k, at, n = data.levels, data.index, data.counts
    base = betaln(a, b)
    log_now, log_last = np.log(alpha + data.age), np.log(alpha + data.t_x)
    power = (r + k)[at]
    # Eq. 6 is A1 (e^A2 + e^A3): alive at T, or gone just after the last purchase. In logs,
    # log(e^A2 + e^A3) = A2 + log(1 + e^(A3 - A2)), and the shares of the two are the
    # logistic function of A3 - A2: no overflow however long ago the last purchase was.
    a2 = (betaln(a, b + k) - base)[at] - power * log_now
    a3 = (betaln(a + 1.0, b + k - 1.0) - base)[at] - power * log_last
    gap = a3 - a2
    w3 = expit(gap)
    w2 = 1.0 - w3
    a1 = gammaln(r + k) - gammaln(r) + r * np.log(alpha)
    value += np.sum(n * a1) + np.sum(a2 + np.logaddexp(0.0, gap))
    # Per-frequency sums of the two shares carry the a and b derivatives.
    s2 = np.bincount(at, weights=w2, minlength=len(k))
    s3 = np.bincount(at, weights=w3, minlength=len(k))
    psi_ab, psi_abk = digamma(a + b), digamma(a + b + k)
    # Sums of products, not `@`: on 100,000 rows BLAS's threads cost more than they save on
    # a busy machine (25 ms against 0.1 ms measured on the 2-core box).
    grad += [
        np.sum(n * (digamma(r + k) - digamma(r) + np.log(alpha)))
        - np.sum(w2 * log_now + w3 * log_last),
        np.sum(n) * r / alpha - np.sum(power * (w2 / (alpha + data.age) + w3 / (alpha + data.t_x))),
        np.sum(s2 * (psi_ab - psi_abk) + s3 * (digamma(a + 1.0) - digamma(a) + psi_ab - psi_abk)),
        np.sum(
            s2 * (digamma(b + k) - digamma(b) + psi_ab - psi_abk)
            + s3 * (digamma(b + k - 1.0) - digamma(b) + psi_ab - psi_abk)
        ),
    ]
    return float(value), grad


def _starts(x: np.ndarray, age: np.ndarray) -> list[list[float]]:
    """Log-parameter starting points: a neutral one, then ones at the data's event rate
    (r / alpha is the mean rate; a start far from it may stall)."""
    rate = max(float(x.sum()) / max(float(age.sum()), 1e-9), 1e-6)
    return [
        [0.0, 0.0, 0.0, 0.0],
        [0.0, np.log(1.0 / rate), 0.0, np.log(3.0)],
        [np.log(0.5), np.log(0.5 / rate), np.log(0.5), np.log(5.0)],
    ]


def _check_plausible(params: BgNbdParams, at_bound: tuple[int, ...]) -> None:
    values = np.array([params.r, params.alpha, params.a, params.b])
    if not np.all(np.isfinite(values)):
        raise AnalyticsInputError(f"{MODEL}: the fit ended on parameters that are not numbers")
    if at_bound and set(at_bound) <= {0, 1} and values[0] > 1.0:
        raise AnalyticsInputError(bgnbd_limit.same_rates_refusal(MODEL, params.r, params.alpha))
    if at_bound:
        named = ", ".join(f"{NAMES[i]} = {values[i]:.3g}" for i in at_bound)
        raise AnalyticsInputError(
            f"{MODEL}: the fit ended on implausible parameters ({named}): the events do not "
            "identify the model (too little variation between customers or too short a history)"
        )
