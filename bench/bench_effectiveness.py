"""Offer effectiveness on the team-lead bench data (1M presentations, PostgreSQL): median, p95.

.venv/bin/python bench/bench_effectiveness.py            # build (a few minutes), measure, stop
.venv/bin/python bench/bench_effectiveness.py --keep     # leave the server for --reuse
.venv/bin/python bench/bench_effectiveness.py --reuse --explain

Data: bench/team_data.py (the same server directory layout as bench_team.py, its own root),
plus one analytics version scoring 90 % of the customers (value tier, RFM segment) and
customer segments spread over four values. Measured as the lead's own role (row-level
security on) and as an administrator (the whole centre): the report for today, the last 7
and (the lead) the last 30 days, plain and broken down each way; and, as a yardstick of the
machine's load while it ran, the offer figures for 7 days that bench_team.py also measures.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.reports.effectiveness_values import BREAKDOWNS
from app.services.reports.figures import Period
from app.services.reports.service import ReportService
from app.services.storage.db import Database
from bench import bench_team as team
from tests import pg

ROOT = Path("/work/bench_out/pg-effect")

SCORES = [
    "UPDATE customers SET segment = (ARRAY['mass', 'mass', 'affluent', 'premium', ''])"
    "[1 + (CAST(substr(external_id, 2) AS int) / 7) % 5]",
    "INSERT INTO analytics_models (version, as_of, computed_at, computed_by, customers, "
    "parameters, diagnostics) VALUES (1, :now, :now, 'bench', 90000, '{}', '{}')",
    f"""INSERT INTO customer_scores (customer_id, model_version, frequency, recency_weeks,
        age_weeks, value_tier, churn_risk, churn_method, rfm, segment_rfm, affinity)
    SELECT md5('c' || g)::uuid, 1, 0, 0, 0, (ARRAY['Low', 'Low', 'Medium', 'High'])[1 + g % 4],
           '', 'p_alive', '', (ARRAY['new', 'at_risk', 'dormant', 'promising',
           'loyal_high_value'])[1 + (g / 3) % 5], '[]'
    FROM generate_series(1, {team.team_data.CUSTOMERS}) g WHERE g % 10 <> 0""",
    # Until the server part of 0021 (i16-refresh) grants them: what a lead reads here.
    "GRANT SELECT ON analytics_models, customer_scores TO team_lead, admin",
    "ANALYZE customers",
    "ANALYZE customer_scores",
]


def add_scores(server: pg.PostgresServer, now: datetime) -> None:
    db = Database(server.url(team.DATABASE))
    try:
        with db.engine.begin() as connection:
            if connection.scalar(text("SELECT count(*) FROM analytics_models")):
                return
            for statement in SCORES:
                connection.execute(text(statement), {"now": now})
        print("  scores: 90,000 customers, segments spread", flush=True)
    finally:
        db.dispose()


def measure(server: pg.PostgresServer, now: datetime, rounds: int, explain: bool, who: str) -> None:
    today = now.astimezone(team.team_data_zone()).date()
    periods = {
        "today": Period(today, today, team.TZ),
        "7 days": Period(today - timedelta(days=6), today, team.TZ),
        "30 days": Period(today - timedelta(days=29), today, team.TZ),
    }
    people = (("lead01", "team lead"), ("admin01", "whole centre"))
    for login, label in people[:1] if who == "lead" else people:
        db = Database(server.url(team.DATABASE, user=login, password=team.PASSWORD))
        try:
            reports = ReportService(db, login)
            lead = login == "lead01"
            if lead:  # the same machine's load, measured with the figure bench_team.py times
                week = periods["7 days"]
                samples = team.timed(lambda: reports.offers(week), rounds)  # noqa: B023
                team.summary("reference: offers, team lead, 7 days", samples)
            # A month of the whole centre is a third of the data: minutes, not a refresh.
            chosen = periods if lead else {k: v for k, v in periods.items() if k != "30 days"}
            measure_one(reports, label, chosen, rounds, lead)
            if explain and login == "lead01":
                team.print_plans(db, report(reports, periods["30 days"], "channel"))
        finally:
            db.dispose()


def measure_one(reports: ReportService, label: str, periods: dict[str, Period], rounds: int,
                lead: bool) -> None:  # fmt: skip
    for name, period in periods.items():
        for by in (None, *BREAKDOWNS):
            what = f"effectiveness, {label}, {name}, by {by or 'rule'}"
            samples = team.timed(report(reports, period, by), rounds)
            team.summary(what, samples, "(target <= 300 ms)" if lead else "")


def report(reports: ReportService, period: Period, by: str | None) -> Callable[[], object]:
    return lambda: reports.effectiveness(period, by)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="server directory")
    parser.add_argument("--reuse", action="store_true", help="measure the data built before")
    parser.add_argument("--keep", action="store_true", help="leave the server running")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--explain", action="store_true", help="print the plans")
    parser.add_argument("--who", choices=("lead", "both"), default="both",
                        help="the team lead only, or the whole centre too")  # fmt: skip
    args = parser.parse_args()
    reuse = args.reuse and (args.root / "built_at").exists()
    server = team.start_server(args.root, reuse)
    try:
        if reuse:
            now = datetime.fromisoformat((args.root / "built_at").read_text())
        else:
            print("building:", flush=True)
            now = team.build(server, args.root)
        add_scores(server, now)
        measure(server, now, args.rounds, args.explain, args.who)
    finally:
        if args.keep:
            print(f"server kept: {server.url(team.DATABASE)}")
        else:
            server.stop()


if __name__ == "__main__":
    main()
