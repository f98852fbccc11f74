"""Customers drawn from the BG/NBD and Gamma-Gamma generative processes (tests and bench)."""

from __future__ import annotations

import numpy as np


def bgnbd_customers(
    r: float, alpha: float, a: float, b: float, T: np.ndarray, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """(frequency, recency) for customers first seen at 0 and observed until T, drawn as the
    paper describes: Poisson purchases at a Gamma(r, alpha) rate, and after each repeat purchase
    a Beta(a, b) chance of leaving for good."""
    frequency, recency, _ = bgnbd_with_holdout(r, alpha, a, b, T, 0.0, rng)
    return frequency, recency


def bgnbd_with_holdout(
    r: float,
    alpha: float,
    a: float,
    b: float,
    T: np.ndarray,
    holdout: float,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(frequency, recency) until T, and the number of events in (T, T + holdout]."""
    n = len(T)
    rate = rng.gamma(r, 1.0 / alpha, n)
    drop = rng.beta(a, b, n)
    frequency, recency, later, clock = np.zeros(n), np.zeros(n), np.zeros(n), np.zeros(n)
    active = np.arange(n)
    while active.size:
        clock[active] += rng.exponential(1.0, active.size) / rate[active]
        active = active[clock[active] <= T[active] + holdout]
        before = clock[active] <= T[active]
        frequency[active[before]] += 1
        recency[active[before]] = clock[active[before]]
        later[active[~before]] += 1
        active = active[rng.random(active.size) >= drop[active]]
    return frequency, recency, later


def gamma_gamma_means(
    p: float, q: float, v: float, frequency: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """Mean value of each customer's `frequency` transactions: values Gamma(p, nu) with
    nu ~ Gamma(q, v) per customer (the mean of x of them is Gamma(p x, nu x))."""
    nu = rng.gamma(q, 1.0 / v, len(frequency))
    counts = np.maximum(frequency, 1)
    return rng.gamma(p * counts, 1.0 / (nu * counts))
