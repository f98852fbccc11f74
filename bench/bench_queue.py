"""Measure a consultant's queue on a big floor: mine, pool and "next"; print median and p95.

    .venv/bin/python bench/bench_queue.py                          # SQLite file in bench/out/
    .venv/bin/python bench/bench_queue.py --db postgresql://...    # an empty migrated database

Builds 200 agents in 20 teams, 20,000 customers (Polish, American and Russian numbers) and
50,000 open queue items (40 % assigned, the rest in team pools and the centre pool), due from
three days ago to three days ahead. "next" is measured as the desk calls it: it opens the
first callable item (taking one from the pool when nothing of mine is callable); each opened
item is then closed (not timed) so the next call finds new work.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models import Customer, CustomerPhone, QueueItem, Team, User
from app.services.calling_hours_settings import CallingHours
from app.services.queue.work_queue import WorkQueueService
from app.services.storage import migrate
from app.services.storage.db import Database

OUT = Path(__file__).resolve().parent / "out"
NOW = datetime(2027, 3, 29, 9, 0, tzinfo=UTC)  # Monday 11:00 in Warsaw
PHONES = ("+4860{:07d}", "+1212{:07d}", "+7916{:07d}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a new SQLite file in bench/out)")
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--samples", type=int, default=60)
    args = parser.parse_args(argv)
    url = args.db or _new_sqlite()
    db = Database(url)
    migrate.upgrade(db.engine)
    logins = build(db, args.items)
    print(f"{db.engine.dialect.name}: {args.items} open items, {len(logins)} agents")
    print("load average at start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    hours = CallingHours(weekdays=(clock(8), clock(20)))
    rng = random.Random(3)
    agents = [WorkQueueService(db, rng.choice(logins), hours=hours) for _ in range(args.samples)]
    report("mine (all my items, judged)", [lambda q=q: q.mine(NOW) for q in agents])
    report("pool (team + centre, judged)", [lambda q=q: q.pool(NOW) for q in agents])
    report("next (open or take, in progress)", [lambda q=q: _next(q) for q in agents])
    db.dispose()
    return 0


def _next(queue: WorkQueueService) -> Callable[[], None]:
    entry = queue.next(NOW)

    def close() -> None:
        if entry is not None:
            queue.close(entry.id, "reached", now=NOW)

    return close


def report(name: str, calls: list[Callable]) -> None:
    times = []
    for call in calls:
        start = time.perf_counter()
        after = call()
        times.append((time.perf_counter() - start) * 1000)
        if callable(after):
            after()  # clean-up, not timed
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    print(f"{name:<36} median {statistics.median(times):8.2f} ms   p95 {p95:8.2f} ms")


def build(db: Database, items: int, agents: int = 200, teams: int = 20) -> list[str]:
    rng = random.Random(7)
    now = datetime.now(UTC)
    team_ids = [uuid.uuid4() for _ in range(teams)]
    users = [(uuid.uuid4(), f"agent{i:03d}", team_ids[i % teams]) for i in range(agents)]
    customers = [uuid.uuid4() for _ in range(20_000)]
    stamps = {"created_at": now, "updated_at": now}
    with db.engine.begin() as connection:
        connection.execute(insert(Team), [{"id": t, "name": f"Team {i}", **stamps}
                                          for i, t in enumerate(team_ids)])  # fmt: skip
        connection.execute(insert(User), [
            {"id": u, "login": login, "display_name": login, "role": "agent", "team_id": t,
             "active": True, **stamps} for u, login, t in users])  # fmt: skip
        connection.execute(insert(Customer), [
            {"id": c, "external_id": f"C{i:07d}", "first_name": "Jan", "last_name": "Nowak",
             "first_key": "jan", "last_key": "nowak", "city": "", "segment": "", **stamps}
            for i, c in enumerate(customers)])  # fmt: skip
        phones = [
            {"id": uuid.uuid4(), "customer_id": c, "e164": PHONES[i % 3].format(i),
             "national": str(i), "raw": "", "position": 0} for i, c in enumerate(customers)
        ]  # fmt: skip
        connection.execute(insert(CustomerPhone), phones)
        rows = [_item(rng, customers, users, team_ids, stamps) for _ in range(items)]
        for start in range(0, len(rows), 5_000):
            connection.execute(insert(QueueItem), rows[start : start + 5_000])
    return [login for _, login, _ in users]


def _item(rng, customers, users, team_ids, stamps) -> dict:
    owner = rng.choice(users) if rng.random() < 0.4 else None
    team = owner[2] if owner else (rng.choice(team_ids) if rng.random() < 0.9 else None)
    return {
        "id": uuid.uuid4(), "kind": rng.choice(("callback", "follow_up", "campaign")),
        "customer_id": rng.choice(customers), "assigned_to": owner[0] if owner else None,
        "team_id": team, "due_at": NOW + timedelta(minutes=rng.randint(-3 * 1440, 3 * 1440)),
        "status": "open", "note": "", "reason": "Oferta", "script": "",
        "priority": rng.randint(0, 9), "attempts": 0, "max_attempts": 3, "outcome": "",
        "rule_id": "", "action": "", **stamps,
    }  # fmt: skip


def _new_sqlite() -> str:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"queue-{os.getpid()}.sqlite3"
    return f"sqlite:///{path}"


if __name__ == "__main__":
    raise SystemExit(main())
