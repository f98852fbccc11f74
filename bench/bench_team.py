"""A team lead's full refresh and an agent's "next item" on PostgreSQL: median and p95.

.venv/bin/python bench/bench_team.py                 # build (a few minutes), measure, stop
.venv/bin/python bench/bench_team.py --keep          # leave the server and data for --reuse
.venv/bin/python bench/bench_team.py --reuse --explain   # measure again; print the plans

The server is started here (tests/pg.py) in --root (default /work/bench_out/pg-rep), never
the system's. Data: bench/team_data.py. The refresh is what the team-lead workspace calls,
logged in as the lead's own role (row-level security on): agents, offers, campaigns and
hours of today in Europe/Warsaw. "next" is WorkQueueService.next as an agent's own role.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import event, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.queue.work_queue import WorkQueueService
from app.services.reports.figures import Period
from app.services.reports.service import ReportService
from app.services.storage import migrate
from app.services.storage.db import Database
from bench import team_data
from tests import pg

ROOT = Path("/work/bench_out/pg-rep")
DATABASE = "acrm_team"
PASSWORD = "bench-password"
TZ = "Europe/Warsaw"
SERVER_SETTINGS = {"shared_buffers": "'256MB'", "work_mem": "'16MB'"}


def summary(label: str, samples: Sequence[float], target: str = "") -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{label:<44} median {statistics.median(ordered) * 1000:7.1f} ms   "
          f"p95 {p95 * 1000:7.1f} ms   (n={len(ordered)}) {target}", flush=True)  # fmt: skip


def timed(call: Callable[[], object], rounds: int, warm_up: int = 3) -> list[float]:
    for _ in range(warm_up):
        call()
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return samples


def start_server(root: Path, reuse: bool) -> pg.PostgresServer:
    bin_dir = pg.find_bin_dir()
    if reuse and (root / "data" / "PG_VERSION").exists():
        server = pg.PostgresServer(bin_dir, root=root, port=int((root / "port").read_text()))
        if not (root / "data" / "postmaster.pid").exists():
            pg_ctl(server, "start")
        return server
    if (root / "data" / "postmaster.pid").exists():  # ours, left by an earlier --keep
        pg.PostgresServer(bin_dir, root=root, port=0).stop()
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    server = pg.PostgresServer(bin_dir, root=root)
    server.start()
    (root / "port").write_text(str(server.port))
    with server.connect() as connection:
        for name, value in SERVER_SETTINGS.items():
            connection.execute(f"ALTER SYSTEM SET {name} = {value}")
    pg_ctl(server, "restart")
    return server


def pg_ctl(server: pg.PostgresServer, action: str) -> None:
    log = str(server.log_file)
    result = server._run("pg_ctl", "-D", str(server.data_dir), "-l", log, "-w", action)
    server._check(result, f"pg_ctl {action}")


def build(server: pg.PostgresServer, root: Path) -> datetime:
    now = datetime.now(UTC).replace(microsecond=0)
    server.create_database(DATABASE)
    db = Database(server.url(DATABASE))
    try:
        migrate.upgrade(db.engine)
        started = time.perf_counter()
        with db.engine.begin() as connection:
            team_data.build(connection, now)
        print(f"  loaded in {time.perf_counter() - started:.0f} s", flush=True)
        started = time.perf_counter()
        with db.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("VACUUM ANALYZE")
            )
        print(f"  VACUUM ANALYZE in {time.perf_counter() - started:.0f} s", flush=True)
        with db.engine.begin() as connection:
            for login, group in [("lead01", "team_lead"), ("admin01", "admin"),
                                 *((f"agent{n:03d}", "agent") for n in range(1, 201))]:  # fmt: skip
                connection.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}' "
                                        f"IN ROLE {group}"))  # fmt: skip
            connection.execute(text(
                "INSERT INTO users (id, login, display_name, role, team_id, active, created_at,"
                " updated_at) VALUES (md5('admin')::uuid, 'admin01', 'Admin', 'admin', NULL, "
                "true, :now, :now)"), {"now": now})  # fmt: skip
    finally:
        db.dispose()
    (root / "built_at").write_text(now.isoformat())
    return now


def refresh(reports: ReportService, now: datetime) -> Callable[[], object]:
    """The workspace's refresh: today's figures in the lead's zone."""
    today = now.astimezone(team_data_zone()).date()
    period = Period(today, today, TZ)

    def run() -> object:
        return (reports.agents(period, now), reports.offers(period), reports.campaigns(),
                reports.hourly(today, TZ))  # fmt: skip

    return run


def team_data_zone():
    from zoneinfo import ZoneInfo

    return ZoneInfo(TZ)


def measure_refresh(server: pg.PostgresServer, now: datetime, rounds: int, explain: bool) -> None:
    for login, label in (("lead01", "team lead"), ("admin01", "administrator, whole centre")):
        db = Database(server.url(DATABASE, user=login, password=PASSWORD))
        try:
            reports = ReportService(db, login)
            summary(f"full refresh, {label}", timed(refresh(reports, now), rounds),
                    "(target <= 300 ms)" if login == "lead01" else "")  # fmt: skip
            if login == "lead01":
                measure_parts(reports, now, rounds)
                if explain:
                    print_plans(db, refresh(reports, now))
        finally:
            db.dispose()


def measure_parts(reports: ReportService, now: datetime, rounds: int) -> None:
    today = now.astimezone(team_data_zone()).date()
    day = Period(today, today, TZ)
    week = Period(today - timedelta(days=6), today, TZ)
    parts = {
        "  agents (today)": lambda: reports.agents(day, now),
        "  offers (today)": lambda: reports.offers(day),
        "  campaigns": reports.campaigns,
        "  hourly (today and a week before)": lambda: reports.hourly(today, TZ),
        "  agents (last 7 days)": lambda: reports.agents(week, now),
        "  offers (last 7 days)": lambda: reports.offers(week),
    }
    for name, call in parts.items():
        summary(name, timed(call, rounds))


def print_plans(db: Database, call: Callable[[], object]) -> None:
    statements = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    with db.engine.connect() as connection:
        for statement, parameters in statements:
            print("\n" + statement.split("\n")[0][:100])
            explain = "EXPLAIN (ANALYZE, BUFFERS) " + statement
            for (line,) in connection.exec_driver_sql(explain, parameters):
                print("   ", line)


def measure_next(server: pg.PostgresServer, now: datetime, rounds: int) -> None:
    """WorkQueueService.next as each of `rounds` agents (their first call of the shift).

    Measured only where the queue work is in this branch: the coordinator runs it after the
    merge (`bench_team.py --only-next`, or with --reuse on data kept by --keep).
    """
    samples = []
    for n in range(1, rounds + 1):
        login = f"agent{n:03d}"
        db = Database(server.url(DATABASE, user=login, password=PASSWORD))
        try:
            service = WorkQueueService(db, login)
            try:
                service.mine(now)  # warm the connection and the statement cache
                started = time.perf_counter()
                service.next(now)
                samples.append(time.perf_counter() - started)
            except NotImplementedError:
                print("next item: NOT MEASURED - WorkQueueService.next is not in this branch; "
                      "run `bench_team.py --only-next` after the merge")  # fmt: skip
                return
        finally:
            db.dispose()
    summary("next item (WorkQueueService.next)", samples, "(target <= 50 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="server directory")
    parser.add_argument("--reuse", action="store_true", help="measure the data built before")
    parser.add_argument("--keep", action="store_true", help="leave the server running")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--explain", action="store_true", help="print the refresh's plans")
    parser.add_argument("--only-next", action="store_true", help="measure only next")
    parser.add_argument(
        "--next-at", action="append", default=[], type=datetime.fromisoformat,
        help="also measure next at this ISO instant (e.g. a weekday evening); repeatable",
    )  # fmt: skip
    args = parser.parse_args()
    reuse = args.reuse and (args.root / "built_at").exists()
    server = start_server(args.root, reuse)
    try:
        if reuse:
            now = datetime.fromisoformat((args.root / "built_at").read_text())
        else:
            print("building:", flush=True)
            started = time.perf_counter()
            now = build(server, args.root)
            print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
        if not args.only_next:
            measure_refresh(server, now, args.rounds, args.explain)
        measure_next(server, now, min(args.rounds, 200))
        for at in args.next_at:
            print(f"next at {at.isoformat()}:")
            measure_next(server, at, min(args.rounds, 200))
    finally:
        if args.keep:
            print(f"server kept: {server.url(DATABASE)} (stop: pg_ctl -D {server.data_dir} stop)")
        else:
            server.stop()


if __name__ == "__main__":
    main()
