"""Measure rule work: compile time, one opened customer with 500 rules, and batch throughput.

    .venv/bin/python bench/bench_rules.py --db sqlite:///bench/out/bench-demo-100000.sqlite3
    .venv/bin/python bench/bench_rules.py --customers 5000        # builds a demo database
    .venv/bin/python bench/bench_rules.py --db URL --all          # also `nba --all` and
                                                                  # simulation throughput

Prints medians and p95s. The per-customer figure is what the desktop pays after the card's
queries: features built from loaded facts, evaluation of every rule, arbitration and
explanations; evaluation alone is `evaluate()` (lowered closures unless ACRM_RULES_LOWERED=0).
Both are printed beside the bare cost of rule-engine's own `Rule.matches` on the same
features, for the typed Rule (the reference of issue 13's targets: evaluation <= 0.3x,
everything <= 0.6x) and for its untyped twin (rule-engine's fastest way).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.rules.arbitrate import CustomerHistory
from app.rules.compiler import CompiledRuleSet, compile_rule_set
from app.rules.decide import decide
from app.rules.definition import RuleDefinition, RuleKind
from app.rules.evaluate import evaluate
from app.rules.features import build_features, placeholder_values
from app.services.nba.features import FeatureLoader
from app.services.nba.offer_history import load_histories
from app.services.storage import migrate
from app.services.storage.db import Database

OUT = Path(__file__).resolve().parent / "out"
SEGMENTS = ("mass", "affluent", "private", "young", "senior")
PRODUCTS = ("credit_card", "mortgage", "savings_account", "personal_loan", "investment_fund")


def scalar_rules(count: int, seed: int = 7) -> list[RuleDefinition]:
    """Realistic scalar conditions: comparisons, membership, null guards; few fire."""
    rng = random.Random(seed)
    shapes = (
        lambda: f'age > {rng.randint(18, 90)} and segment == "{rng.choice(SEGMENTS)}"',
        lambda: f"last_inflow != null and last_inflow > {rng.randint(1000, 90000)}",
        lambda: f"contacts_90d >= {rng.randint(1, 12)} and open_complaints == 0",
        lambda: f'"{rng.choice(PRODUCTS)}" in products and inflow_count_12m < {rng.randint(1, 30)}',
        lambda: (
            f"consent_email and days_to_birthday != null and days_to_birthday < "
            f"{rng.randint(1, 40)}"
        ),
        lambda: (
            f"upheld_complaints >= {rng.randint(1, 5)} or open_complaints > {rng.randint(1, 4)}"
        ),
        lambda: f'city == "Warszawa" and age != null and age < {rng.randint(20, 70)}',
    )
    return [
        RuleDefinition(
            id=f"r{i:04d}",
            name=f"Rule {i}",
            condition=rng.choice(shapes)(),
            kind=RuleKind.PROMPT,
            action=f"action_{i % 40}",
            script="Offer {first_name} something",
            priority=rng.randint(1, 100),
            business_value=Decimal(rng.randint(1, 500)),
        )
        for i in range(count)
    ]


def percentiles(timings_ms: list[float]) -> tuple[float, float]:
    ordered = sorted(timings_ms)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def line(label: str, timings_ms: list[float]) -> tuple[float, float]:
    median, p95 = percentiles(timings_ms)
    print(f"{label:<44} n={len(timings_ms):<5} median {median:8.3f} ms  p95 {p95:8.3f} ms")
    return median, p95


def bench_compile(rules: int, rounds: int) -> None:
    definitions = scalar_rules(rules, seed=11)
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        compile_rule_set(1, definitions)
        timings.append((time.perf_counter() - started) * 1000)
    line(f"compile a {rules}-rule set", timings)


def bench_one_customer(db: Database, rules: int, samples: int, seed: int) -> None:
    rule_set = compile_rule_set(1, scalar_rules(rules))
    loader = FeatureLoader(db)
    as_of = datetime.now(UTC)
    with db.reading() as session:
        ids = loader.customer_ids(session)
    chosen = random.Random(seed).sample(ids, min(samples, len(ids)))
    with db.reading() as session:
        facts = loader.facts(session, chosen, as_of)
        histories = load_histories(session, chosen, as_of)
    full, evaluation, typed, untyped, loading = [], [], [], [], []
    fired = 0
    for customer_id in chosen:
        fact, history = facts[customer_id], histories.get(customer_id, CustomerHistory())
        started = time.perf_counter()
        features = build_features(fact, as_of)
        result = decide(rule_set, features, placeholder_values(fact, features), history,
                        external_id=fact.external_id, as_of=as_of)  # fmt: skip
        full.append((time.perf_counter() - started) * 1000)
        fired += len(result.actions) + len(result.suppressed)
        started = time.perf_counter()
        evaluate(rule_set, features)
        evaluation.append((time.perf_counter() - started) * 1000)
        typed.append(_bare(rule_set, features, typed=True))
        untyped.append(_bare(rule_set, features, typed=False))
        started = time.perf_counter()
        with db.reading() as session:
            loader.facts(session, [customer_id], as_of)
            load_histories(session, [customer_id], as_of)
        loading.append((time.perf_counter() - started) * 1000)
    path = "lowered closures" if rule_set.rules[0].lowered else "rule-engine (lowering off)"
    print(f"{len(chosen)} customers, {rules} rules, {fired / len(chosen):.1f} fired per customer; "
          f"evaluation by {path}")  # fmt: skip
    full_figures = line("features + evaluation + arbitration", full)
    eval_figures = line("evaluation alone (evaluate())", evaluation)
    typed_figures = line("bare matches(), typed Rule (the reference)", typed)
    untyped_figures = line("bare matches(), untyped twin", untyped)
    line("loading facts + contact history (database)", loading)
    for name, reference in (("typed", typed_figures), ("untyped", untyped_figures)):
        for label, figures, target in (
            ("evaluation", eval_figures, 0.3),
            ("full", full_figures, 0.6),
        ):
            print(f"ratio {label}/bare {name}: median {figures[0] / reference[0]:.2f}  "
                  f"p95 {figures[1] / reference[1]:.2f}  (target <= {target})")  # fmt: skip


def _bare(rule_set: CompiledRuleSet, features: dict, typed: bool) -> float:
    """Milliseconds for rule-engine's own Rule.matches on every rule, nothing else."""
    started = time.perf_counter()
    for compiled in rule_set.rules:
        try:  # noqa: SIM105 - suppress() would add its own cost to the bare figure
            (compiled.rule if typed else compiled.evaluator).matches(features)
        except Exception:
            pass
    return (time.perf_counter() - started) * 1000


def published_bench_set(url: str, rules: int) -> int:
    """The version holding the bench's `rules` scalar rules: the latest if it already does
    (so repeated runs write nothing), else published now."""
    from app.services.rulebook.service import RuleBookService

    db = Database(url)
    book = RuleBookService(db, author="bench")
    wanted = [rule.to_dict() for rule in scalar_rules(rules, seed=5)]
    latest = book.latest_version()
    if latest is not None and [r.to_dict() for r in book.version_rules(latest)[1]] == wanted:
        version = latest
    else:
        book.replace_draft(scalar_rules(rules, seed=5))
        version = book.publish(f"bench: {rules} scalar rules")
    db.dispose()
    return version


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers, once the
    pool is shut down): on a machine others share, wall time alone says little."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def throughput(label: str, rounds: list[tuple[int, float, float]]) -> None:
    """Median and worst customers/s over the rounds, the CPU time per customer (all
    processes), and the load average at the end."""
    rates = sorted(count / seconds for count, seconds, _cpu in rounds)
    cpu = statistics.median(cpu / count for count, _seconds, cpu in rounds)
    load = os.getloadavg()[0]
    print(f"{label}: {rounds[0][0]} customers, n={len(rates)}: median "
          f"{statistics.median(rates):,.0f} customers/s, worst {rates[0]:,.0f}; "
          f"CPU {cpu * 1e6:,.0f} µs/customer (load average {load:.2f})", flush=True)  # fmt: skip


def bench_all(url: str, rules: int, workers: int, limit: int | None, rounds: int = 1) -> None:
    """`acrm nba --all` as the command runs it (JSON lines from the workers), output dropped."""
    from app.services.nba.parallel import evaluate_all_lines

    version = published_bench_set(url, rules)
    as_of = datetime.now(UTC)
    results = []
    for _ in range(rounds):
        started, cpu = time.perf_counter(), cpu_seconds()
        count = 0
        for chunk in evaluate_all_lines(url, as_of, version=version, workers=workers,
                                        limit=limit):  # fmt: skip
            count += chunk.count
        results.append((count, time.perf_counter() - started, cpu_seconds() - cpu))
    throughput(f"nba --all, {rules} rules, {workers} worker(s)", results)


def changed_draft(rules: int) -> list[RuleDefinition]:
    """The published bench set with a few rules changed: two reprioritised, one gone, one new."""
    draft = scalar_rules(rules, seed=5)
    draft[0] = draft[0].with_changes(priority=100)
    draft[1] = draft[1].with_changes(priority=1)
    del draft[2]
    draft.append(scalar_rules(1, seed=13)[0].with_changes(id="r_new", name="New rule"))
    return draft


def bench_simulation(
    url: str, rules: int, workers: int, limit: int | None, rounds: int = 1
) -> None:
    """SimulationService.run against the published bench set (the first `limit` customers)."""
    from app.services.nba.service import NbaService
    from app.services.nba.simulation import SimulationService
    from app.services.rulebook.cache import RuleCache
    from app.services.rulebook.service import RuleBookService

    published_bench_set(url, rules)
    db = Database(url)
    nba = NbaService(db, RuleCache(RuleBookService(db, author="bench")), FeatureLoader(db))
    service = SimulationService(nba, db_url=url, workers=workers, limit=limit)
    results = []
    for _ in range(rounds):
        started, cpu = time.perf_counter(), cpu_seconds()
        report = service.run(changed_draft(rules), datetime.now(UTC))
        results.append((report.customers, time.perf_counter() - started, cpu_seconds() - cpu))
    throughput(f"simulation, {rules} rules, {workers} worker(s)", results)
    db.dispose()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: build a demo database)")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--rules", type=int, default=500)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument(
        "--all", action="store_true", help="also measure nba --all and simulation throughput"
    )
    parser.add_argument("--all-rules", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, help="evaluate only the first N customers")
    parser.add_argument("--rounds", type=int, default=1, help="throughput runs per figure")
    parser.add_argument(
        "--only-all", action="store_true", help="only the throughput figures (implies --all)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    url = args.db or build_demo(args.customers)
    db = Database(url)
    migrate.upgrade(db.engine)
    if not args.only_all:
        bench_compile(1000, 5)
        bench_one_customer(db, args.rules, args.samples, args.seed)
    if args.all or args.only_all:
        for workers in sorted({1, args.workers}):
            bench_all(url, args.all_rules, workers, args.limit, args.rounds)
        for workers in sorted({1, args.workers}):
            bench_simulation(url, args.all_rules, workers, args.limit, args.rounds)
    return 0


def build_demo(customers: int) -> str:
    from app.services.demo.data import ensure_demo_data

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"bench-rules-{customers}.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        db = Database(url)
        migrate.upgrade(db.engine)
        ensure_demo_data(db, customers=customers)
        db.dispose()
    return url


if __name__ == "__main__":
    raise SystemExit(main())
