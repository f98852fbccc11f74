"""Write what the batch paths produce, to compare two versions of the code byte for byte.

    .venv/bin/python bench/batch_snapshot.py --db sqlite:///copy.sqlite3 --out DIR [--limit N]

Writes, for 1 and 2 worker processes:
- `nba-all-wN.jsonl`: stdout of `acrm nba --all --at AT --workers N` (a real subprocess), or,
  with --limit, the first N customers through `evaluate_all` written as the command writes them;
- `simulation-wN.txt`: repr() of the SimulationReport of the bench's changed draft against the
  published rules (skipped with --no-simulation).
Then `cmp` the files of the old and the new code. Records nothing in the database.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_rules import changed_draft

from app.services.nba.features import FeatureLoader
from app.services.nba.parallel import evaluate_all
from app.services.nba.service import NbaService
from app.services.nba.simulation import SimulationService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookService
from app.services.storage.db import Database

ROOT = Path(__file__).resolve().parents[1]


def nba_all(url: str, at: str, workers: int, limit: int | None, out: Path) -> None:
    if limit is None:
        command = [sys.executable, "-m", "app", "--db", url, "nba", "--all", "--at", at]
        with out.open("wb") as handle:
            subprocess.run([*command, "--workers", str(workers)], stdout=handle, check=False,
                           cwd=ROOT)  # fmt: skip
        return
    as_of = datetime.fromisoformat(at).astimezone(UTC)
    with out.open("w", encoding="utf-8") as handle:
        for item in evaluate_all(url, as_of, workers=workers, limit=limit):
            if not item.get("skipped"):
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def simulation(url: str, at: str, workers: int, rules: int, limit: int | None, out: Path) -> None:
    db = Database(url)
    nba = NbaService(db, RuleCache(RuleBookService(db, author="snapshot")), FeatureLoader(db))
    if limit is not None:  # the first `limit` customers, as `nba_all` takes them
        everyone = nba.customer_ids()
        nba.customer_ids = lambda: everyone[:limit]  # type: ignore[method-assign]
    service = SimulationService(nba, db_url=url, workers=workers)
    report = service.run(changed_draft(rules), datetime.fromisoformat(at).astimezone(UTC))
    out.write_text(repr(report) + "\n", encoding="utf-8")
    db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--at", default="2026-12-06T08:00:00+00:00")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--rules", type=int, default=100, help="rules of the simulated draft")
    parser.add_argument("--no-simulation", action="store_true")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, e.g. 2")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for workers in (int(number) for number in args.workers.split(",")):
        nba_all(args.db, args.at, workers, args.limit, args.out / f"nba-all-w{workers}.jsonl")
        if not args.no_simulation:
            report = args.out / f"simulation-w{workers}.txt"
            simulation(args.db, args.at, workers, args.rules, args.limit, report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
