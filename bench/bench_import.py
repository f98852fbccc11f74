"""Time `import_directory` on demo CSVs (default 100k customers, 1M transactions, 1M contacts).

    .venv/bin/python bench/bench_import.py [--customers N] [--reimport] [--keep DIR]

Target on the 2-core reference machine: the first import into an empty SQLite file <= 60 s.
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.demo.data import write_demo_csvs
from app.services.importer import ImportProgress, import_directory
from app.services.storage import migrate
from app.services.storage.db import Database


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def progress(state: ImportProgress) -> None:
    print(f"  {state.file}: {state.rows_done:,} / {state.rows_total or 0:,}", end="\r", flush=True)


def timed_import(db: Database, folder: Path, label: str) -> None:
    wall, cpu = time.perf_counter(), cpu_seconds()
    report = import_directory(db, folder, progress=progress)
    wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
    print(" " * 70, end="\r")
    print(report.summary())
    print(f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU in this process")


def write_csvs(folder: Path, args: argparse.Namespace) -> None:
    started = time.perf_counter()
    counts = write_demo_csvs(
        folder,
        customers=args.customers,
        seed=args.seed,
        as_of=date(2026, 1, 15),
        transactions_per_customer=args.transactions,
        contacts_per_customer=args.contacts,
    )
    print(f"wrote {sum(counts.values()):,} rows in {time.perf_counter() - started:.1f} s:")
    print("  " + ", ".join(f"{name} {rows:,}" for name, rows in counts.items()))


def only(folder: Path, names: list[str]) -> Path:
    """A sibling folder holding links to just the chosen files."""
    chosen = folder.with_name("csv-only")
    chosen.mkdir(exist_ok=True)
    for name in {*names, "wrapup_codes"}:
        link = chosen / f"{name}.csv"
        link.unlink(missing_ok=True)
        link.symlink_to((folder / f"{name}.csv").resolve())  # relative would resolve from chosen/
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--transactions", type=float, default=10, help="per customer")
    parser.add_argument("--contacts", type=float, default=10, help="per customer")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reimport", action="store_true", help="time a second import too")
    parser.add_argument(
        "--only",
        metavar="NAMES",
        help="import only these files, e.g. customers,transactions,contacts (the issue's target "
        "set; wrapup_codes comes along for the contacts' codes)",
    )
    parser.add_argument(
        "--keep", type=Path, help="work in this directory and keep it (reuses its CSV files)"
    )
    args = parser.parse_args()
    # The pipeline logs how long the writer wrote and how long it waited for the parser.
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("app.services.importer").setLevel(logging.DEBUG)
    with tempfile.TemporaryDirectory(prefix="acrm-bench-") as scratch:
        work = args.keep or Path(scratch)
        folder = work / "csv"
        if args.keep and (folder / "customers.csv").exists():
            print(f"reusing the CSV files in {folder}")
        else:
            write_csvs(folder, args)
        if args.only:
            folder = only(folder, args.only.split(","))
        db_path = work / "bench.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db = Database(f"sqlite:///{db_path}")
        migrate.upgrade(db.engine)
        timed_import(db, folder, "first import")
        if args.reimport:
            timed_import(db, folder, "second import (nothing new)")
        db.dispose()


if __name__ == "__main__":
    main()
