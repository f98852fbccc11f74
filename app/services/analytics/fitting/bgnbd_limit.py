"""BG/NBD's limit for a homogeneous drop-out: Beta(a, b) -> a point mass at p (a, b -> inf).

When the customers' drop-out probabilities barely differ, eq. 6's likelihood keeps rising as a
and b grow together with a / (a + b) -> p: its supremum is this model, not a point of the full
one. The individual likelihood (paper's eq. 3 with p fixed) integrated over Gamma(r, alpha):

    L(r, alpha, p | x, t_x, T) = Gamma(r + x) / Gamma(r) alpha^r
        [ (1 - p)^x / (alpha + T)^(r + x) + d_{x>0} p (1 - p)^(x - 1) / (alpha + t_x)^(r + x) ],

eq. 6 with B(a, b + x) / B(a, b) -> (1 - p)^x and B(a + 1, b + x - 1) / B(a, b) ->
p (1 - p)^(x - 1).
Given alive at T, lambda ~ Gamma(r + x, alpha + T), and an alive customer with rate lambda makes
(1 - e^(-lambda p t)) / p events in the next t (paper's eq. 7), so

    E[Y(t) | x, t_x, T] = P(alive) (1 - ((alpha + T) / (alpha + T + p t))^(r + x)) / p,

which is also eq. 10's limit (its 2F1 becomes (1 - (1 - p) z)^-(r + x)).
These functions take arrays already checked by bgnbd; bgnbd dispatches to them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import digamma, expit, gammaln

from app.services.analytics.fitting.mle import Optimum, minimise

LIMIT = "homogeneous_dropout"  # the name the stored parameters give this model
CONCENTRATED = 1e4  # a + b from which a full fit that stopped inside is tried against the limit
# The limit is the supremum along a, b -> inf. It is chosen when its log-likelihood is at most
# this much below where the full search stopped: one unit, the worth of the parameter it saves
# by Akaike's criterion (and far above the rounding of eq. 6's Beta ratios at a, b ~ 1e6,
# ~1e-9 per customer).
TOLERANCE = 1.0


@dataclass(frozen=True)
class PointDropoutParams:
    """Gamma(r, alpha) purchase rates and the same drop-out probability p for everyone."""

    r: float
    alpha: float
    p: float


def log_likelihood(theta: np.ndarray, data) -> tuple[float, np.ndarray]:
    """Log-likelihood above and its gradient in (log r, log alpha, logit p) at
    theta = (r, alpha, logit p); `data` is bgnbd's _Data (split columns, frequency levels)."""
    r, alpha, u = theta
    log_p, log_q = -np.logaddexp(0.0, -u), -np.logaddexp(0.0, u)  # log p, log (1 - p)
    p = expit(u)
    log_once = np.log(alpha + data.age_once)
    once = len(data.age_once)
    value = r * (once * np.log(alpha) - np.sum(log_once))
    d_r = once * np.log(alpha) - np.sum(log_once)
    d_alpha = r * (once / alpha - np.sum(1.0 / (alpha + data.age_once)))
    d_u = 0.0
    if len(data.levels):
        k, at, n = data.levels, data.index, data.counts
        log_now, log_last = np.log(alpha + data.age), np.log(alpha + data.t_x)
        power = (r + k)[at]
        a2 = (k * log_q)[at] - power * log_now  # alive at T
        a3 = (log_p + (k - 1.0) * log_q)[at] - power * log_last  # gone after the last event
        gap = a3 - a2
        w3 = expit(gap)
        w2 = 1.0 - w3
        value += np.sum(n * (gammaln(r + k) - gammaln(r) + r * np.log(alpha)))
        value += np.sum(a2 + np.logaddexp(0.0, gap))
        d_r += np.sum(n * (digamma(r + k) - digamma(r) + np.log(alpha)))
        d_r -= np.sum(w2 * log_now + w3 * log_last)
        d_alpha += np.sum(n) * r / alpha
        d_alpha -= np.sum(power * (w2 / (alpha + data.age) + w3 / (alpha + data.t_x)))
        # d/du of x log(1-p) is -x p; of log p + (x-1) log(1-p) it is 1 - x p.
        d_u = np.sum(w3) - p * np.sum(n * k)
    return float(value), np.array([d_r * r, d_alpha * alpha, d_u])


def dropped_odds(params: PointDropoutParams, x: np.ndarray, t_x: np.ndarray, age: np.ndarray):
    """P(dropped out) / P(alive): p / (1 - p) ((alpha + T) / (alpha + t_x))^(r + x), 0 for x = 0."""
    r, alpha, p = params.r, params.alpha, params.p
    odds = np.zeros_like(x)
    repeat = x > 0
    xr = x[repeat]
    log_odds = (np.log(p) - np.log1p(-p)) + (r + xr) * (
        np.log(alpha + age[repeat]) - np.log(alpha + t_x[repeat])
    )
    odds[repeat] = np.exp(np.minimum(log_odds, 700.0))
    return odds


def expected_events(
    params: PointDropoutParams, t: float, x: np.ndarray, t_x: np.ndarray, age: np.ndarray
) -> np.ndarray:
    """E[Y(t) | x, t_x, T] above: expm1/log1p keep it exact for a tiny p t / (alpha + T)."""
    r, alpha, p = params.r, params.alpha, params.p
    bought = -np.expm1(-(r + x) * np.log1p(p * t / (alpha + age))) / p
    return bought / (1.0 + dropped_odds(params, x, t_x, age))


def expected_events_population(params: PointDropoutParams, t: float) -> float:
    """E[X(t)] for a customer just acquired: (1 - (alpha / (alpha + p t))^r) / p (eq. 9's limit)."""
    r, alpha, p = params.r, params.alpha, params.p
    return float(-np.expm1(-r * np.log1p(p * t / alpha)) / p)


def heads_for_point(full: Optimum) -> bool:
    """Whether the full fit is heading for a point-mass drop-out (a, b -> inf, a / (a + b) -> p):
    a or b (or both) ended on the upper edge and nothing else on any edge, or the search stopped
    inside with a + b so large that the likelihood had flattened on the way out (the Beta's
    spread is then below 0.005 and the data cannot tell it from a point)."""
    edges = set(full.at_bound)
    if edges:
        return edges <= {2, 3} and all(full.log_params[i] > 0 for i in edges)
    a, b = np.exp(full.log_params[2:])
    return bool(a + b >= CONCENTRATED)


def fit(data, full_log_params: np.ndarray, x: np.ndarray, age: np.ndarray) -> Optimum:
    """Minimise the mean negative log-likelihood over (log r, log alpha, logit p), starting
    where the full model's search ended; `age` in the fit's time unit, as `data`'s."""
    total = float(len(x))

    def objective(v: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = log_likelihood(np.array([np.exp(v[0]), np.exp(v[1]), v[2]]), data)
        return -value / total, -grad / total

    rate = max(float(x.sum()) / max(float(age.sum()), 1e-9), 1e-6)
    return minimise(objective, starts(*np.exp(full_log_params), rate))


def params_of(log_params: np.ndarray, scale: float) -> PointDropoutParams:
    """The parameters at (log r, log alpha, logit p), alpha back in weeks from units of `scale`."""
    r, alpha, u = log_params
    return PointDropoutParams(float(np.exp(r)), float(np.exp(alpha)) * scale, float(expit(u)))


def same_rates_refusal(model: str, r: float, alpha: float) -> str:
    """r ran to the edge (alone or with alpha): Gamma(r, alpha) is heading for a point mass at
    r / alpha, the same purchase rate for everyone. That limit is not fitted (its likelihood
    would be lambda^x [B(a, b + x) e^(-lambda T) + B(a + 1, b + x - 1) e^(-lambda t_x)] / B(a, b)
    and eq. 10's 2F1 would become a 1F1): the refusal says what the data show."""
    return (
        f"{model}: the events come at nearly the same rate for every customer (r = {r:.3g} on "
        f"the edge of the search, r/alpha = {r / alpha:.3g} a week): the model needs purchase "
        "rates that vary between customers, and fits no model of a single rate"
    )


def starts(r: float, alpha: float, a: float, b: float, rate: float) -> list[list[float]]:
    """(log r, log alpha, logit p) starts: where the full fit ended, then neutral ones."""
    p = min(max(a / (a + b), 1e-5), 1.0 - 1e-5)
    return [
        [np.log(r), np.log(alpha), np.log(p) - np.log1p(-p)],
        [0.0, np.log(1.0 / rate), np.log(0.1 / 0.9)],
        [0.0, 0.0, 0.0],
    ]
