"""Measure sync against a real PostgreSQL 15 started here; print medians and p95.

.venv/bin/python bench/bench_sync.py push      # push 10,000 offer outcomes (+ presentations)
.venv/bin/python bench/bench_sync.py pull      # first sync of 100,000 customers with history
.venv/bin/python bench/bench_sync.py latency   # one desk records, how soon the other shows it
.venv/bin/python bench/bench_sync.py poll      # server cost of one pull, 200 desks polling
.venv/bin/python bench/bench_sync.py all
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models import Contact, Customer, OfferOutcomeEvent
from app.rules.decide import OfferedAction
from app.services.config import DEFAULT_SYNC_INTERVAL
from app.services.nba.offers import OutcomeInput
from app.services.storage import migrate
from app.services.storage.db import Database
from app.services.sync.loop import SyncLoop
from app.services.sync.pull import read_page
from bench import synthetic
from tests import pg
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import add_server_user, open_desktop, unique_login, wrapup

OUT = Path(__file__).resolve().parent / "out"


def summary(label: str, samples: Sequence[float], unit: str = "ms", scale: float = 1000) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{label}: median {statistics.median(ordered) * scale:.1f} {unit}, "
          f"p95 {p95 * scale:.1f} {unit} (n={len(ordered)})", flush=True)  # fmt: skip


class Bench:
    """One PostgreSQL server and a migrated SQLite template for the desktops."""

    def __init__(self) -> None:
        self.server = pg.start_server()
        self.tmp = Path(tempfile.mkdtemp(prefix="acrm-bench-sync-"))
        self.template = self.tmp / "template.sqlite3"
        db = Database(f"sqlite:///{self.template}")
        migrate.upgrade(db.engine)
        db.dispose()

    def database(self, name: str) -> str:
        self.server.create_database(name)
        db = Database(self.server.url(name))
        migrate.upgrade(db.engine)
        db.dispose()
        return self.server.url(name)

    def desk(self, url: str, login: str | None = None, **kwargs):
        login = login or unique_login("bench")
        add_server_user(url, login)
        return open_desktop(url, login, self.tmp / f"{login}.sqlite3", self.template, **kwargs)

    def close(self) -> None:
        self.server.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)


def bench_push(bench: Bench, outcomes: int = 10_000) -> None:
    url = bench.database("push")
    server = Database(url)
    seed_wrapup_codes(server)
    customers = [make_customer(server, external_id=f"P{i}", phones=()) for i in range(50)]
    desk = bench.desk(url)
    desk.sync.run_once()
    action = OfferedAction("offer_savings", "Offer", 1, "prompt", "offer_savings", "phone",
                           score=1, script="", explanation="")  # fmt: skip
    at = datetime(2026, 11, 1, tzinfo=UTC)
    for i in range(outcomes):
        moment = at + timedelta(hours=3 * i)  # a new contact each time: a new presentation
        ids = desk.offers.record_presentations(customers[i % 50], [action], moment)
        desk.offers.record_outcome(OutcomeInput(ids["offer_savings"], "accepted"), moment)
    rows = desk.sync.store.unsynced_count()
    batch_times: list[float] = []
    original = desk.sync._fault

    def timed(point: str) -> None:
        batch_times.append(time.perf_counter())
        original(point)

    desk.sync._fault = timed
    start = time.perf_counter()
    report = desk.sync.run_once()
    total = time.perf_counter() - start
    gaps = [b - a for a, b in zip([start, *batch_times], batch_times, strict=False)]
    with server.reading() as session:
        stored = session.scalar(select(func.count()).select_from(OfferOutcomeEvent))
    print(f"push: {report.pushed} outbox rows ({outcomes} outcomes + presentations) in "
          f"{total:.2f} s = {rows / total:.0f} rows/s; server holds {stored} outcomes")  # fmt: skip
    summary("push: one batch of 500 rows (server transaction + local acknowledgement)", gaps)
    desk.close()
    server.dispose()


def bench_pull(bench: Bench, customers: int = 100_000, runs: int = 3) -> None:
    url = bench.database("pull")
    server = Database(url)
    start = time.perf_counter()
    synthetic.build(server, customers, per_customer=10)
    print(f"pull: server filled in {time.perf_counter() - start:.0f} s")
    with server.reading() as session:
        feed = session.scalar(text("SELECT count(*) FROM change_log"))
    print(f"pull: change feed holds {feed} rows after the bulk load")
    times = []
    for _ in range(runs):
        desk = bench.desk(url)
        start = time.perf_counter()
        report = desk.sync.run_once()
        times.append(time.perf_counter() - start)
        with desk.db.reading() as session:
            local = session.scalar(select(func.count()).select_from(Customer))
            contacts = session.scalar(select(func.count()).select_from(Contact))
        print(f"pull: first sync {report.pulled} rows ({local} customers, {contacts} contacts) "
              f"in {times[-1]:.1f} s = {report.pulled / times[-1]:.0f} rows/s")  # fmt: skip
        desk.close()
    summary("pull: first sync of the whole database", times, "s", 1)
    server.dispose()


def bench_latency(bench: Bench, samples: int = 40, interval: float = DEFAULT_SYNC_INTERVAL) -> None:
    url = bench.database("latency")
    server = Database(url)
    seed_wrapup_codes(server)
    customer = make_customer(server, external_id="L1")
    a, b = bench.desk(url), bench.desk(url)
    for desk in (a, b):
        desk.sync.run_once()
    seen = threading.Event()
    expected: set[uuid.UUID] = set()

    def on_report(_report) -> None:
        with b.db.reading() as session:
            if session.get(Contact, next(iter(expected), uuid.uuid4())) is not None:
                seen.set()

    loops = [SyncLoop(a.sync, interval), SyncLoop(b.sync, interval, on_report=on_report)]
    for loop in loops:
        loop.start()
    delays = []
    try:
        for _ in range(samples):
            time.sleep(random.uniform(0, interval))  # calls arrive at any moment
            entry = wrapup(customer)
            expected.clear()
            expected.add(entry.contact_id)
            seen.clear()
            start = time.perf_counter()
            a.contacts.record(entry)
            loops[0].wake()  # the desk wakes its sync after each save
            if not seen.wait(4 * interval):
                raise RuntimeError("the contact never reached the other desk")
            delays.append(time.perf_counter() - start)
    finally:
        for loop in loops:
            loop.stop()
    summary(f"latency: recorded on desk A until desk B has it (interval {interval:.0f} s)",
            delays, "s", 1)  # fmt: skip
    for desk in (a, b):
        desk.close()
    server.dispose()


def bench_poll(
    bench: Bench, desks: int = 200, interval: float = DEFAULT_SYNC_INTERVAL, seconds: float = 30
) -> None:
    """200 desks poll at the default interval through 20 pooled connections (as PgBouncer would)."""
    url = bench.database("poll")
    server = Database(url, pool_size=20, max_overflow=0)
    synthetic.build(server, 5_000, per_customer=2)  # also the wrap-up codes
    customer = make_customer(server, external_id="Q1")
    with server.reading() as session:
        top = session.execute(text("SELECT max(txid), max(seq) FROM change_log")).one()
    cursors = [(top[0], top[1])] * desks
    writer = bench.desk(url)
    writer.sync.run_once()
    stop = threading.Event()
    timings: list[float] = []
    lock = threading.Lock()

    def poller(index: int) -> None:
        time.sleep(random.uniform(0, interval))
        while not stop.is_set():
            start = time.perf_counter()
            with server.engine.connect() as connection:
                connection = connection.execution_options(isolation_level="REPEATABLE READ",
                                                          postgresql_readonly=True)  # fmt: skip
                with connection.begin():
                    page = read_page(connection, cursors[index], 1000)
            cursors[index] = page.cursor
            with lock:
                timings.append(time.perf_counter() - start)
            stop.wait(interval)

    def recorder() -> None:  # a trickle of new contacts, one a second, for the pollers to fetch
        while not stop.is_set():
            writer.contacts.record(wrapup(customer))
            writer.sync.run_once()
            stop.wait(1.0)

    with server.reading() as session:
        before = session.execute(text(
            "SELECT xact_commit, blks_hit, blks_read, tup_returned FROM pg_stat_database "
            "WHERE datname = current_database()")).one()  # fmt: skip
    threads = [threading.Thread(target=poller, args=(i,)) for i in range(desks)]
    threads.append(threading.Thread(target=recorder))
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    with server.reading() as session:
        after = session.execute(text(
            "SELECT xact_commit, blks_hit, blks_read, tup_returned FROM pg_stat_database "
            "WHERE datname = current_database()")).one()  # fmt: skip
    pulls = len(timings)
    print(f"poll: {desks} desks, {pulls} pulls in {elapsed:.0f} s = {pulls / elapsed:.0f} pulls/s")
    summary("poll: one pull (feed page + current rows), client-side wall time", timings)
    hits = (after.blks_hit - before.blks_hit) / max(pulls, 1)
    tuples = (after.tup_returned - before.tup_returned) / max(pulls, 1)
    print(f"poll: per pull about {hits:.0f} shared-buffer hits and {tuples:.0f} tuples read")
    with server.reading() as session:
        plan = session.execute(text(
            "EXPLAIN (ANALYZE, BUFFERS) SELECT txid, seq, entity, entity_key FROM change_log "
            "WHERE (txid, seq) > (:t, :s) AND txid < pg_snapshot_xmin(pg_current_snapshot())"
            "::text::bigint ORDER BY txid, seq LIMIT 1000"),
            {"t": top[0], "s": top[1]}).all()  # fmt: skip
    print("poll: plan of the feed query:\n  " + "\n  ".join(row[0] for row in plan))
    writer.close()
    server.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=["push", "pull", "latency", "poll", "all"])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="first syncs to time for 'pull'")
    args = parser.parse_args()
    bench = Bench()
    try:
        if args.what in ("push", "all"):
            bench_push(bench)
        if args.what in ("latency", "all"):
            bench_latency(bench)
        if args.what in ("poll", "all"):
            bench_poll(bench)
        if args.what in ("pull", "all"):
            bench_pull(bench, args.customers, args.runs)
    finally:
        bench.close()


if __name__ == "__main__":
    main()
