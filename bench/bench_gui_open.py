"""Open-to-painted time of the customer card, offscreen: median and p95 over ~100 customers.

    .venv/bin/python bench/bench_gui_open.py --db sqlite:////path/to/big.sqlite3
    .venv/bin/python bench/bench_gui_open.py            # generates a small demo database

Measured from the moment a search hit is chosen (as Enter in the results list does) until the
card's paint pass after the load has completed (MainWindow.cardPainted). Target: <= 100 ms.
Between two opens the background work (the history page that follows each card) is allowed to
finish, as it would between two real calls.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pick_hits(search, wanted: int) -> list:
    """Customers found the way a consultant finds them: two-letter name prefixes."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    seen: dict = {}
    for a in letters:
        for b in letters:
            for hit in search.search(a + b, limit=5):
                seen.setdefault(hit.id, hit)
            if len(seen) >= wanted:
                return list(seen.values())[:wanted]
    return list(seen.values())


def open_and_wait(app, window, hit, timeout_s: float = 10.0) -> float:
    got: list[float] = []
    window.cardPainted.connect(lambda _cid, seconds: got.append(seconds))
    window.search.chosen.emit(hit)
    deadline = time.perf_counter() + timeout_s
    while not got and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)
    window.cardPainted.disconnect()
    if not got:
        raise SystemExit(f"card for {hit.full_name} was not painted within {timeout_s} s")
    settle(app, window)
    return got[0]


def settle(app, window) -> None:
    """Let the history page that follows each card finish, as it does between real calls."""
    window.runner.wait_idle(10_000)
    end = time.perf_counter() + 0.1
    while time.perf_counter() < end:
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a generated demo database)")
    parser.add_argument("-n", type=int, default=100, help="customers to open (default 100)")
    parser.add_argument("--demo-customers", type=int, default=2000)
    args = parser.parse_args()

    from app.bootstrap import build_services
    from app.services.config import Settings
    from app.views.common.formatting import app_locale
    from app.views.common.workers import ThreadedRunner
    from app.views.shell.desk_app import WINDOW_SIZE, application, apply_style
    from app.views.shell.gui_gc import GuiThreadCollector
    from app.views.shell.main_window import MainWindow

    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/bench-gui.sqlite3"
    services = build_services(Settings(db_url=url, agent_login="bench"))
    if args.db is None:
        from app.services.demo.data import ensure_demo_data

        ensure_demo_data(services.db, customers=args.demo_customers)
    app = application()
    apply_style(app)
    runner = ThreadedRunner()
    collector = GuiThreadCollector()  # as the desktop does: no garbage collection in workers
    window = MainWindow(services, runner, app_locale())
    window.resize(*WINDOW_SIZE)
    window.show()
    hits = pick_hits(services.search, args.n + 1)
    if len(hits) < 2:
        print("bench_gui_open: the database has too few customers", file=sys.stderr)
        return 1
    open_and_wait(app, window, hits[0])  # warm-up: first paint builds fonts and caches
    samples = [open_and_wait(app, window, hit) * 1000 for hit in hits[1:]]
    runner.shutdown()
    collector.stop()
    samples.sort()
    p95 = samples[max(0, round(0.95 * len(samples)) - 1)]
    print(f"database: {url}")
    median = statistics.median(samples)
    print(
        f"open-to-painted over {len(samples)} customers: median {median:.1f} ms,"
        f" p95 {p95:.1f} ms, max {samples[-1]:.1f} ms (target <= 100 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
