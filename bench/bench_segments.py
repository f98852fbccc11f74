"""Time the churn, value-tier, RFM, segment and affinity maths on synthetic customers.

    .venv/bin/python bench/bench_segments.py                      # 100,000 customers, 7 rounds
    .venv/bin/python bench/bench_segments.py --customers 20000 --rounds 11 --products 12

Arrays only (no database): what the refresh spends in app/services/analytics/fitting after
extracting the base. Each function is called once to warm up, then timed `--rounds` times
with time.perf_counter(); the median and the 95th percentile are printed, with the peak
resident memory of the process at the end. The data: 6 churn features with labels drawn
from a known logistic model, a long-tailed 12-month value with 20 % ties at zero, 5 %
customers without events, and baskets of `--products` products from 4 customer types (so
that products go together), about 3 products per customer.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.analytics.fitting import affinity, churn, rfm, tiers

FEATURES = ["p_alive", "frequency", "recency_weeks", "age_weeks", "clv_12m", "products"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--products", type=int, default=30)
    parser.add_argument("--min-support", type=float, default=0.01)
    parser.add_argument("--min-confidence", type=float, default=0.2)
    parser.add_argument("--min-lift", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    n = args.customers
    data = synthetic(rng, n, args.products)
    print(f"{n:,} customers, {args.products} products, {args.rounds} rounds")
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))

    model = churn.fit_churn_logistic(data["features"], FEATURES, data["labels"])
    probability = churn.churn_probability(model, data["features"])
    r, f, m, _ = rfm.rfm_scores(data["recency_days"], data["frequency"], data["monetary"])
    rules = affinity.association_rules(
        data["baskets"], args.min_support, args.min_confidence, args.min_lift
    )
    distinct = len(set(data["baskets"]))
    print(
        f"churn: AUC {model.auc:.3f} on {model.holdout:,} held out, {model.iterations} Newton "
        f"steps; affinity: {distinct:,} distinct baskets, {len(rules):,} rules"
    )
    sample = data["baskets"][: min(n, 10_000)]
    timings: list[tuple[str, Callable[[], object]]] = [
        (
            "fit_churn_logistic (6 features)",
            lambda: churn.fit_churn_logistic(data["features"], FEATURES, data["labels"]),
        ),
        ("churn_probability", lambda: churn.churn_probability(model, data["features"])),
        ("risk_levels", lambda: churn.risk_levels(probability)),
        ("value_tiers", lambda: tiers.value_tiers(data["clv"])),
        (
            "rfm_scores",
            lambda: rfm.rfm_scores(data["recency_days"], data["frequency"], data["monetary"]),
        ),
        ("assign_segments", lambda: rfm.assign_segments(r, f, m, data["age_weeks"])),
        ("rfm_text", lambda: rfm.rfm_text(r, f, m)),
        (
            "association_rules (max_len 3)",
            lambda: affinity.association_rules(
                data["baskets"], args.min_support, args.min_confidence, args.min_lift
            ),
        ),
        ("recommend_many (limit 5)", lambda: affinity.recommend_many(data["baskets"], rules)),
        (
            f"recommend, one call each ({len(sample):,})",
            lambda: [affinity.recommend(b, rules) for b in sample],
        ),
    ]
    for label, call in timings:
        report(label, call, args.rounds)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:,.0f} MB")
    return 0


def synthetic(rng: np.random.Generator, n: int, products: int) -> dict[str, object]:
    """Arrays shaped like the refresh's extract (see the module docstring)."""
    frequency = rng.poisson(rng.gamma(0.8, 4.0, n)).astype(float)
    age_weeks = rng.uniform(1.0, 78.0, n)
    recency_weeks = age_weeks * rng.beta(2.0, 1.0, n)
    p_alive = rng.beta(2.0, 1.0, n)
    clv = np.where(rng.random(n) < 0.2, 0.0, rng.lognormal(5.0, 1.2, n))
    held = rng.poisson(3.0, n)
    features = np.column_stack([p_alive, frequency, recency_weeks, age_weeks, clv, held])
    z = (features - features.mean(axis=0)) / features.std(axis=0)
    t = -1.2 - 1.5 * z[:, 0] - 0.6 * z[:, 1] + 0.2 * z[:, 5]
    labels = rng.random(n) < 1.0 / (1.0 + np.exp(-t))
    no_events = rng.random(n) < 0.05
    recency_days = np.where(no_events, np.nan, (age_weeks - recency_weeks) * 7.0)
    monetary = np.where(no_events, 0.0, rng.lognormal(6.0, 1.0, n) * (1.0 + frequency))
    age = np.where(no_events, np.nan, age_weeks)
    return {
        "features": features,
        "labels": labels,
        "clv": clv,
        "recency_days": recency_days,
        "frequency": frequency,
        "monetary": monetary,
        "age_weeks": age,
        "baskets": baskets(rng, n, products),
    }


def baskets(rng: np.random.Generator, n: int, products: int) -> list[frozenset[str]]:
    # Four customer types, each with its own product propensities (mean ~3 products held).
    codes = np.array([f"product_{i:02d}" for i in range(products)])
    kinds = rng.integers(0, 4, n)
    base = rng.dirichlet(np.full(products, 0.3), 4) * 3.0
    chance = np.clip(base[kinds], 0.0, 0.95)
    holds = rng.random((n, products)) < chance
    return [frozenset(codes[row].tolist()) for row in holds]


def report(label: str, call: Callable[[], object], rounds: int) -> None:
    call()  # warm-up
    seconds = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - start)
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    median = statistics.median(seconds)
    print(f"{label:<40} median {median * 1000:9.1f} ms   p95 {p95 * 1000:9.1f} ms", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
