"""`analytics refresh` on the 100,000-customer demo base: total time, peak memory, model shares.

    .venv/bin/python bench/bench_analytics.py                    # build (or reuse) and measure
    .venv/bin/python bench/bench_analytics.py --runs 5 --db sqlite:///big.sqlite3
    .venv/bin/python bench/bench_analytics.py --pg postgresql://acrm@host/db   # a server too

Without --db the base is built once in bench/out/ by the demo generator and the importer
(app.services.demo.data.write_demo_csvs, ~10 inflow-or-outflow transactions per customer:
1,000,000 for 100,000 customers) and reused afterwards. Each refresh runs in a fresh child
process, so its peak memory (ru_maxrss: resident set, interpreter, NumPy and SciPy included)
is its own. Prints the median and p95 of the total and of each step (timings of the stored
version's parameters), and the largest peak memory.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out"
AS_OF = date(2026, 12, 1)  # the demo's 'today': its history ends the day before
ZONE = "Europe/Warsaw"
STEPS = ("extract", "bgnbd", "gamma_gamma", "churn", "rfm", "affinity", "write", "total")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.one:
        return measure_once(args.one)
    url = args.db or build(args.customers, args.transactions, args.seed)
    urls = [("sqlite" if url.startswith("sqlite") else "postgresql", url)]
    if args.pg:
        urls.append(("postgresql", args.pg))
    for label, target in urls:
        print(f"{label}: {target.split('@')[-1]}")
        report([run_child(target) for _ in range(args.runs)])
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a database to refresh (default: build one in bench/out)")
    parser.add_argument("--pg", help="also a PostgreSQL database holding the same kind of base")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--transactions", type=float, default=10.0, help="per customer")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child: one refresh, JSON out
    return parser.parse_args(argv)


def build(customers: int, per_customer: float, seed: int) -> str:
    from app.services.demo.data import write_demo_csvs
    from app.services.importer import import_directory
    from app.services.storage import migrate
    from app.services.storage.db import Database

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"bench-analytics-{customers}-{per_customer:g}-{seed}.sqlite3"
    url = f"sqlite:///{path}"
    if path.exists():
        return url
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = Database(f"sqlite:///{partial}")
    migrate.upgrade(db.engine)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        print(f"writing demo CSVs for {customers} customers ({per_customer:g} transactions each)")
        write_demo_csvs(Path(folder), customers=customers, seed=seed, as_of=AS_OF,
                        transactions_per_customer=per_customer)  # fmt: skip
        print("importing them")
        import_directory(db, Path(folder), today=AS_OF)
    db.dispose()
    partial.rename(path)
    print(f"built {path} in {time.perf_counter() - started:.0f} s")
    return url


def run_child(url: str) -> dict:
    found = subprocess.run([sys.executable, __file__, "--one", url], capture_output=True,
                           text=True, check=False)  # fmt: skip
    if found.returncode != 0:
        raise SystemExit(f"refresh failed:\n{found.stderr}")
    return json.loads(found.stdout.splitlines()[-1])


def measure_once(url: str) -> int:
    from app.services.admin.signed_in import SignedInPerson
    from app.services.analytics.service import AnalyticsService
    from app.services.analytics_settings import AnalyticsSettings
    from app.services.centre_time import day_start
    from app.services.storage.db import Database

    db = Database(url)
    service = AnalyticsService(db, SignedInPerson(db, "bench"), AnalyticsSettings(), ZONE)
    result = service.refresh(day_start(AS_OF, ZONE))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    measured = {
        "timings": result.timings,
        "peak_bytes": peak,
        "customers": result.customers,
        "bgnbd": result.parameters["bgnbd"],
        "at": datetime.now(UTC).isoformat(),
    }
    print(json.dumps(measured))
    db.dispose()
    return 0


def report(runs: list[dict]) -> None:
    totals = [run["timings"]["total"] for run in runs]
    for step in STEPS:
        samples = sorted(run["timings"].get(step, 0.0) for run in runs)
        share = statistics.median(samples) / statistics.median(totals) * 100
        print(f"  {step:<12} median {statistics.median(samples):7.2f} s   "
              f"p95 {p95(samples):7.2f} s   {share:5.1f} %")  # fmt: skip
    peak = max(run["peak_bytes"] for run in runs)
    print(f"  peak memory  {peak / 1e6:7.0f} MB (largest of {len(runs)} runs, ru_maxrss)")
    print(f"  customers    {runs[-1]['customers']}, BG/NBD on {runs[-1]['bgnbd']['customers']}")


def p95(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


if __name__ == "__main__":
    raise SystemExit(main())
