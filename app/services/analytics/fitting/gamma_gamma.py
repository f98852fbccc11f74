"""Gamma-Gamma model of the mean transaction value (Fader, Hardie and Lee 2005): fit and means."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import digamma, gammaln

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.fitting import checks, mle
from app.services.analytics.fitting.mle import Optimum, minimise

MODEL = "Gamma-Gamma"
MIN_CUSTOMERS = 30
NAMES = ("p", "q", "v")
# log p past which a search that stopped short is taken to head for the p -> infinity limit
# (p = 8,000: the values spread around each customer's own mean by about 1 %).
LIMIT_FROM = float(np.log(8e3))


@dataclass(frozen=True)
class GammaGammaParams:
    """Transaction values Gamma(p, nu) per customer, with nu ~ Gamma(q, v) across customers."""

    p: float
    q: float
    v: float


@dataclass(frozen=True)
class GammaGammaFit:
    """The fitted parameters, the log-likelihood and the number of repeat customers used."""

    params: GammaGammaParams
    log_likelihood: float
    converged: bool
    customers: int


def fit_gamma_gamma(frequency: object, mean_value: object) -> GammaGammaFit:
    """Maximum-likelihood fit on the customers with repeat events (frequency > 0) and the mean
    value of those repeat events; customers without repeat events carry no value information.
    When no customer's values spread around their own mean, p ends on its bound (1e6): the
    limit of the model, kept (see _check_plausible)."""
    x, mx = _inputs(frequency, mean_value)
    repeat = x > 0
    x, mx = x[repeat], mx[repeat]
    if len(x) < MIN_CUSTOMERS:
        raise AnalyticsInputError(
            f"{MODEL}: too few customers with repeat events to fit the value model: {len(x)}, "
            f"at least {MIN_CUSTOMERS} are needed"
        )
    empty = mx <= 0
    if empty.any():
        raise AnalyticsInputError(
            f"{MODEL}: the mean value of the repeat events is not positive for "
            f"{checks.count_text(empty)}"
        )
    if np.ptp(mx) == 0:
        raise AnalyticsInputError(
            f"{MODEL}: every customer has the same mean value: the model needs variation"
        )
    n = float(len(x))
    # v carries the currency unit (15 dollars, 1,500 zloty, 150,000 grosze): fit on values
    # in units of their mean, so the search box and the starts suit any currency.
    scale = float(np.mean(mx))
    data = _Data.of(x, mx / scale)

    def objective(log_params: np.ndarray) -> tuple[float, np.ndarray]:
        # Log-parameters keep p, q, v positive without constraints; the mean over customers
        # keeps the optimiser's tolerances independent of the base's size.
        theta = np.exp(log_params)
        value, grad = _log_likelihood(theta, data)
        return -value / n, -grad * theta / n

    # Starts: the population mean p v / (q - 1) at the data's mean, then a rounder one.
    optimum = minimise(objective, [[0.0, np.log(3.0), np.log(2.0)], [0.0, np.log(2.0), 0.0]])
    if not optimum.converged and optimum.log_params[0] >= LIMIT_FROM:
        optimum = _at_p_limit(objective, optimum.log_params)
    p, q, v = np.exp(optimum.log_params)
    params = GammaGammaParams(float(p), float(q), float(v) * scale)
    if not optimum.converged:
        raise AnalyticsInputError(
            f"{MODEL}: the fit did not converge ({optimum.message}); check the values data"
        )
    _check_plausible(params, optimum.at_bound)
    # Back to the caller's unit: the density of m is that of m / scale divided by scale.
    log_lik = float(-optimum.value * n - n * np.log(scale))
    return GammaGammaFit(params, log_lik, True, len(x))


def expected_mean_value(
    params: GammaGammaParams, frequency: object, mean_value: object
) -> np.ndarray:
    """E[M | x, m_x] = p (v + x m_x) / (p x + q - 1): the population mean p v / (q - 1) pulled
    towards the customer's own mean as their repeat events accumulate."""
    x, mx = _inputs(frequency, mean_value)
    p, q, v = params.p, params.q, params.v
    if q <= 1:
        raise AnalyticsInputError(f"{MODEL}: q = {q:.3g} <= 1: the mean value is not finite")
    # x = 0 makes the formula the population mean whatever m_x holds.
    return p * (v + x * np.where(x > 0, mx, 0.0)) / (p * x + q - 1.0)


def log_likelihood(params: GammaGammaParams, frequency: object, mean_value: object) -> float:
    """The log-likelihood of the repeat customers' mean values under `params`."""
    x, mx = _inputs(frequency, mean_value)
    repeat = (x > 0) & (mx > 0)
    x, mx = x[repeat], mx[repeat]
    theta = np.array([params.p, params.q, params.v])
    return _log_likelihood(theta, _Data.of(x, mx))[0]


def _inputs(frequency: object, mean_value: object) -> tuple[np.ndarray, np.ndarray]:
    x = checks.as_column(frequency, "frequency", MODEL)
    raw = checks.as_floats(mean_value, "mean value", MODEL)
    checks.same_length(MODEL, frequency=x, mean_value=raw)
    # Without repeat events there is no mean to take: NaN (or anything) is fine there.
    raw[x == 0] = 0.0
    mx = checks.as_column(raw, "mean value", MODEL)
    checks.whole_numbers(x, "frequency", MODEL)
    return x, mx


@dataclass(frozen=True)
class _Data:
    """Repeat customers' counts and mean values; the Gamma functions depend on x only, so
    they are evaluated once per distinct count and indexed (x takes few values)."""

    x: np.ndarray
    mx: np.ndarray
    index: np.ndarray
    levels: np.ndarray
    counts: np.ndarray
    sum_log_mx: float  # sums of log m_x and x log m_x, fixed for the whole fit
    sum_x_log_mx: float

    @classmethod
    def of(cls, x: np.ndarray, mx: np.ndarray) -> _Data:
        levels, index, counts = np.unique(x, return_inverse=True, return_counts=True)
        log_mx = np.log(mx)
        return cls(x, mx, index, levels, counts.astype(float), np.sum(log_mx), np.sum(x * log_mx))


def _log_likelihood(theta: np.ndarray, data: _Data) -> tuple[float, np.ndarray]:
    """Log density of the means m_x of x values and its gradient in (p, q, v): the note's
    f(m_x | p, q, v, x) = G(px+q)/(G(px)G(q)) v^q m_x^(px-1) x^(px) / (v + x m_x)^(px+q)."""
    p, q, v = theta
    k, n = data.levels, data.counts
    pk = p * k
    total = v + data.x * data.mx
    log_total = np.log(total)
    per_level = gammaln(pk + q) - gammaln(pk) - gammaln(q) + q * np.log(v) + pk * np.log(k)
    power = (pk + q)[data.index]
    value = (
        np.sum(n * per_level) + p * data.sum_x_log_mx - data.sum_log_mx - np.sum(power * log_total)
    )
    psi_all = digamma(pk + q)
    # Sums of products, not `@`: BLAS threads cost more than they save on a busy machine.
    grad = np.array(
        [
            np.sum(n * k * (psi_all - digamma(pk) + np.log(k)))
            + data.sum_x_log_mx
            - np.sum(data.x * log_total),
            np.sum(n * (psi_all - digamma(q) + np.log(v))) - np.sum(log_total),
            np.sum(n) * q / v - np.sum(power / total),
        ]
    )
    return float(value), grad


def _at_p_limit(objective, stopped: np.ndarray) -> Optimum:
    """Fit q and v with p on its bound. The search heading to p -> infinity along the ridge
    where p v stays put can stop short with L-BFGS-B's "ABNORMAL" line search (a demo base of
    monthly salaries did, at p = 8e5): this is the same limit _check_plausible keeps."""
    bound = mle.LOG_BOUND

    def fixed_p(log_qv: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = objective(np.array([bound, *log_qv]))
        return value, grad[1:]

    # Along the ridge p v is what the data fix: start v where it keeps p v.
    start = [stopped[1], stopped[2] + stopped[0] - bound]
    found = minimise(fixed_p, [start])
    return Optimum(
        np.array([bound, *found.log_params]), found.value, found.iterations, found.converged,
        found.message, (0, *(1 + i for i in found.at_bound)),
    )  # fmt: skip


def _check_plausible(params: GammaGammaParams, at_bound: tuple[int, ...]) -> None:
    values = np.array([params.p, params.q, params.v])
    if not np.all(np.isfinite(values)):
        raise AnalyticsInputError(f"{MODEL}: the fit ended on parameters that are not numbers")
    # p running to its upper bound is a limit, not a failure: each customer's values do not
    # spread around their own mean (monthly salaries, fixed fees), so the likelihood keeps
    # rising with p while p v and q settle; the expected mean value then tends to the
    # customer's own mean, which is the right answer for such data.
    unidentified = [i for i in at_bound if not (i == 0 and params.p > 1)]
    if unidentified:
        named = ", ".join(f"{NAMES[i]} = {values[i]:.3g}" for i in unidentified)
        raise AnalyticsInputError(
            f"{MODEL}: the fit ended on implausible parameters ({named}): the values do not "
            "identify the model"
        )
    if params.q <= 1:
        raise AnalyticsInputError(
            f"{MODEL}: the fit gives q = {params.q:.3g} <= 1: the values are too heavy-tailed "
            "for a finite mean value"
        )
