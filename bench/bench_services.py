"""Measure search, card assembly and history paging on a big database; print median and p95.

    .venv/bin/python bench/bench_services.py                      # build 100k customers, measure
    .venv/bin/python bench/bench_services.py --db sqlite:///big.sqlite3   # reuse a database

Without --db the database is built in bench/out/ with the demo generator and the importer
(app.services.demo.data.write_demo_csvs + import_directory); --synthetic uses bench/synthetic.py
instead (also the fallback while the importer is not available).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models import Contact, Customer, CustomerPhone
from app.services.contacts.history import ContactHistoryService
from app.services.customers.card import CustomerCardService
from app.services.customers.search import SearchService
from app.services.dto import HistoryFilter
from app.services.storage import migrate
from app.services.storage.db import Database

OUT = Path(__file__).resolve().parent / "out"
TEXT = HistoryFilter(text="no such words anywhere")  # worst case: every contact is read


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    db = Database(args.db) if args.db else build_database(args)
    migrate.upgrade(db.engine)
    print(describe(db))
    # Other work on this 2-core machine inflates p95s; say how busy it was.
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    rng = random.Random(args.seed)
    samples = sample_data(db, args.queries, rng)
    search, cards, history = SearchService(db), CustomerCardService(db), ContactHistoryService(db)
    report("search by full phone", [lambda p=p: search.search(p) for p in samples["phones"]])
    report("search by phone prefix", [lambda p=p: search.search(p) for p in samples["prefixes"]])
    report("search by name", [lambda q=q: search.search(q) for q in samples["names"]])
    report(
        "screen pop find_by_phone", [lambda p=p: search.find_by_phone(p) for p in samples["phones"]]
    )
    report("card assembly", [lambda c=c: cards.load(c) for c in samples["customers"]])
    report("history first page", [lambda c=c: history.page(c) for c in samples["customers"]])
    report("history first page, heaviest", [lambda c=c: history.page(c) for c in samples["heavy"]])
    report(
        "history text filter, heaviest",
        [lambda c=c: history.page(c, TEXT) for c in samples["heavy"]],
    )
    report("card assembly, heaviest", [lambda c=c: cards.load(c) for c in samples["heavy"]])
    db.dispose()
    return 0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL", help="measure this existing database")
    parser.add_argument("--customers", type=int, default=100_000, help="size to build")
    parser.add_argument("--queries", type=int, default=500, help="queries per measurement")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--synthetic", action="store_true", help="build with bench/synthetic.py")
    return parser.parse_args(argv)


def build_database(args: argparse.Namespace) -> Database:
    OUT.mkdir(parents=True, exist_ok=True)
    kind = "synthetic" if args.synthetic else "demo"
    path = OUT / f"bench-{kind}-{args.customers}.sqlite3"
    path.unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db.engine)
    started = time.perf_counter()
    if args.synthetic or not _build_with_importer(db, args):
        from bench import synthetic

        print(f"building {args.customers} customers with bench/synthetic.py in {path}")
        synthetic.build(db, args.customers, seed=args.seed)
    print(f"built in {time.perf_counter() - started:.1f} s")
    return db


def _build_with_importer(db: Database, args: argparse.Namespace) -> bool:
    try:
        from app.services.demo.data import write_demo_csvs
        from app.services.importer import import_directory
    except ImportError as error:
        print(f"demo importer not available ({error}); using bench/synthetic.py")
        return False
    with tempfile.TemporaryDirectory() as directory:
        print(f"writing demo CSVs for {args.customers} customers and importing them")
        write_demo_csvs(Path(directory), customers=args.customers, seed=args.seed)
        import_directory(db, Path(directory))
    return True


def describe(db: Database) -> str:
    with db.reading() as session:
        customers = session.scalar(select(func.count()).select_from(Customer))
        contacts = session.scalar(select(func.count()).select_from(Contact))
    return f"database {db.url}: {customers} customers, {contacts} contacts"


def sample_data(db: Database, n: int, rng: random.Random) -> dict[str, list]:
    """Realistic queries drawn from the data: numbers as people type them, name fragments."""
    with db.reading() as session:
        phones = session.scalars(
            select(CustomerPhone.national).order_by(func.random()).limit(n)
        ).all()
        people = session.execute(
            select(Customer.id, Customer.first_name, Customer.last_name)
            .order_by(func.random())
            .limit(n)
        ).all()
        heavy = session.scalars(
            select(Contact.customer_id)
            .group_by(Contact.customer_id)
            .order_by(func.count().desc())
            .limit(5)
        ).all()
    return {
        "phones": [_as_typed(number, rng) for number in phones],
        "prefixes": [number[: rng.randint(3, 8)] for number in phones],
        "names": [_name_query(first, last, rng) for _, first, last in people],
        "customers": [row.id for row in people],
        "heavy": heavy * max(1, n // 50),
    }


def _as_typed(national: str, rng: random.Random) -> str:
    spaced = f"{national[:3]} {national[3:6]} {national[6:]}"
    return rng.choice((national, f"+48 {spaced}", f"+48{national}", spaced.replace(" ", "-")))


def _name_query(first: str, last: str, rng: random.Random) -> str:
    """What a consultant types: a surname prefix, sometimes with a first-name prefix, any case."""
    query = last[: rng.randint(3, len(last))]
    if rng.random() < 0.5:
        query = f"{first[: rng.randint(2, len(first))]} {query}"
    return query.lower() if rng.random() < 0.5 else query


def report(label: str, calls: list[Callable[[], object]]) -> None:
    for call in calls[:10]:  # warm the page cache and SQLAlchemy's statement cache
        call()
    timings = []
    for call in calls:
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    median = statistics.median(timings)
    print(f"{label:<32} n={len(timings):<5} median {median:7.2f} ms   p95 {p95:7.2f} ms")


if __name__ == "__main__":
    raise SystemExit(main())
