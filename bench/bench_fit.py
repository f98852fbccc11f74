"""Time the customer-value fits (BG/NBD, Gamma-Gamma) and predictions on synthetic customers.

    .venv/bin/python bench/bench_fit.py                       # 100,000 customers, 5 rounds
    .venv/bin/python bench/bench_fit.py --customers 20000 --rounds 9 --continuous
    .venv/bin/python bench/bench_fit.py --same-drop 0.15   # one drop-out p for everyone

Customers are drawn from the BG/NBD generative process with CDNOW-like parameters over 1-3
years of history, rounded to whole days as `analytics refresh` builds them (days / 7), and
their repeat spend from the Gamma-Gamma process. Each round draws a fresh base and times the
fit, the per-customer predictions (P(alive), expected events in 52 weeks, mean value) and the
Gamma-Gamma fit; prints the median and p95 of each, and the fitted parameters of the last.
With --same-drop P every customer drops out with probability P (no Beta spread): the fit then
often ends on the homogeneous drop-out limit; the count of rounds that did is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.analytics.fitting import bgnbd, gamma_gamma
from tests.unit.analytics import simulate

TRUTH = (0.243, 4.414, 0.793, 2.426)  # the paper's CDNOW estimates (weeks)
SPEND = (6.25, 3.74, 15.44)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--continuous", action="store_true", help="do not round times to whole days"
    )
    parser.add_argument("--same-drop", type=float, metavar="P", help="everyone's drop-out p")
    args = parser.parse_args(argv)
    truth = TRUTH if args.same_drop is None else (*TRUTH[:2], *_point(args.same_drop))
    limits = 0
    rng = np.random.default_rng(args.seed)
    times: dict[str, list[float]] = {"bgnbd fit": [], "predictions": [], "gamma-gamma fit": []}
    fits = None
    for _ in range(args.rounds):
        x, t_x, big_t = _base(args.customers, rng, args.continuous, truth)
        spend = simulate.gamma_gamma_means(*SPEND, x, rng)
        start = time.perf_counter()
        fit = bgnbd.fit_bgnbd(x, t_x, big_t)
        times["bgnbd fit"].append(time.perf_counter() - start)
        limits += fit.dropout_limit
        start = time.perf_counter()
        value = gamma_gamma.fit_gamma_gamma(x, spend)
        times["gamma-gamma fit"].append(time.perf_counter() - start)
        start = time.perf_counter()
        bgnbd.p_alive(fit.params, x, t_x, big_t)
        bgnbd.expected_events(fit.params, 52.0, x, t_x, big_t)
        gamma_gamma.expected_mean_value(value.params, x, spend)
        times["predictions"].append(time.perf_counter() - start)
        fits = (fit, value)
    load = os.getloadavg()[0]
    print(f"{args.customers:,} customers, {args.rounds} rounds, seed {args.seed}, load {load:.1f}")
    for name, samples in times.items():
        ordered = sorted(samples)
        p95 = ordered[min(len(ordered) - 1, int(np.ceil(0.95 * len(ordered))) - 1)]
        print(f"{name:<18} median {statistics.median(samples):7.3f} s   p95 {p95:7.3f} s")
    assert fits is not None
    fit, value = fits
    print(f"last BG/NBD: {fit.params} (truth {truth}), {fit.iterations} iterations")
    print(f"homogeneous drop-out limit chosen in {limits} of {args.rounds} rounds")
    print(f"last Gamma-Gamma: {value.params} (truth {SPEND}), {value.customers:,} repeat customers")
    return 0


def _point(p: float) -> tuple[float, float]:
    """Beta(a, b) with a + b = 1e12: a spread of at most 5e-7 around p, a point for the draws."""
    return p * 1e12, (1.0 - p) * 1e12


def _base(n: int, rng: np.random.Generator, continuous: bool, truth=TRUTH):
    """Frequency, recency and T (weeks) for customers acquired over the last 1-3 years."""
    big_t = rng.uniform(52.0, 156.0, n)
    x, t_x = simulate.bgnbd_customers(*truth, big_t, rng)
    if continuous:
        return x, t_x, big_t
    days_t = np.ceil(big_t * 7.0)
    days_x = np.minimum(np.floor(t_x * 7.0), days_t)
    return x, days_x / 7.0, days_t / 7.0


if __name__ == "__main__":
    raise SystemExit(main())
