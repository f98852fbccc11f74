"""Measure campaign generation throughput (customers/s) on the 100,000-customer demo base.

    .venv/bin/python bench/bench_campaign.py --source /work/bench_out/bench-rules-100000.sqlite3 \
        --copy /work/bench_out/camp.sqlite3 --rounds 3 [--workers 2] [--keep]

The source file is never written: it is copied to --copy (deleted at the end unless --keep),
a team and its lead are added to the copy, and for each target a fresh campaign is created
and generated per round (each round evaluates the whole base and writes its entries with
their outbox rows in one transaction). Prints, per target, median and p95 customers/s over
the rounds (wall time of `CampaignService.generate`, evaluation and writing), the entries
added and the customers held back by reason.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from app.services.campaigns.service import CampaignService
from app.services.campaigns.values import CampaignSpec
from app.services.storage import migrate
from app.services.storage.db import Database

LEAD = "bench-lead"
TEAM = "Bench team"
# (label, spec fields): a broad rule, a rule that needs phone consent, a condition campaign.
TARGETS = (
    ("rule credit_card_cross_sell", {"rule_id": "credit_card_cross_sell"}),
    ("rule private_banking_invite (phone consent)", {"rule_id": "private_banking_invite"}),
    ("condition segment == mass, phone", {"condition": 'segment == "mass"',
                                          "action": "offer_savings"}),
)  # fmt: skip


def percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)]


def prepare(source: Path, copy: Path) -> Database:
    shutil.copyfile(source, copy)
    db = Database(f"sqlite:///{copy}")
    migrate.upgrade(db.engine)
    team = uuid.uuid4()
    now = datetime.now(UTC).isoformat()
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO teams (id, name, created_at, updated_at) VALUES (:id, :n, :t, :t)"),
            {"id": team.hex, "n": TEAM, "t": now},
        )
        conn.execute(text("INSERT INTO users (id, login, display_name, role, team_id, active, "
                          "created_at, updated_at) VALUES (:id, :l, :l, 'team_lead', :team, 1, "
                          ":t, :t)"), {"id": uuid.uuid4().hex, "l": LEAD, "team": team.hex,
                                       "t": now})  # fmt: skip
    return db


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers, once the
    pool is shut down): on a machine others share, wall time alone says little."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench(db: Database, rounds: int, workers: int | None) -> None:
    service = CampaignService(db, LEAD, workers=workers)
    at = datetime.now(UTC)
    for label, fields in TARGETS:
        seconds, writing, cpu, last = [], [], [], None
        for number in range(rounds):
            name = f"{label[:60]} #{number}"
            service.create(CampaignSpec(name=name, team=TEAM, **fields))
            evaluated_at: list[float] = []

            def progress(done: int, total: int, marks: list[float] = evaluated_at) -> None:
                if done == total:
                    marks.append(time.perf_counter())

            started, cpu_before = time.perf_counter(), cpu_seconds()
            last = service.generate(name, at, progress=progress)
            ended = time.perf_counter()
            seconds.append(ended - started)
            writing.append(ended - evaluated_at[-1])
            cpu.append(cpu_seconds() - cpu_before)
        median, p95 = percentiles(seconds)
        count = last.evaluated
        print(f"{label}: {count:,} customers, n={rounds}: median {median:.1f} s "
              f"({count / median:,.0f} customers/s), p95 {p95:.1f} s ({count / p95:,.0f} "
              f"customers/s); writing the entries: median {statistics.median(writing):.1f} s; "
              f"CPU {statistics.median(cpu) / count * 1e6:,.0f} us/customer (all processes); "
              f"added {last.added:,}, held {last.held}; load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, required=True, help="the demo base (read only)")
    parser.add_argument("--copy", type=Path, required=True, help="the working copy to create")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None, help="default: as nba --all")
    parser.add_argument("--keep", action="store_true", help="keep the copy")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.copy.resolve() == args.source.resolve():
        raise SystemExit("--copy must not be the source file")
    db = prepare(args.source, args.copy)
    try:
        bench(db, args.rounds, args.workers)
    finally:
        db.dispose()
        if not args.keep:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.copy}{suffix}").unlink(missing_ok=True)
            # The migration's backup of the copy (taken before it upgraded the schema).
            for backup in args.copy.parent.glob(f"{args.copy.name}.*.bak"):
                backup.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
