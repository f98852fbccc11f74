"""The team-lead figures read the desk's SQLite through indexes: no scan of a big table.

SQLite's EXPLAIN QUERY PLAN of every statement a lead's refresh runs (the workspace's calls),
not a timing; the million-row figures on PostgreSQL are in bench/bench_team.py.
"""

from __future__ import annotations

from datetime import date

from app.services.reports.service import ReportService
from tests.integration import report_fixture as fx
from tests.integration.test_query_plans import captured, plan_lines

BIG_TABLES = ("contacts", "offer_presentations", "offer_outcomes", "queue_items")


def test_a_leads_refresh_scans_no_big_table(sqlite_db):
    fx.build(sqlite_db)
    reports = ReportService(sqlite_db, "lead")
    with captured(sqlite_db) as statements:
        reports.agents(fx.PERIOD, fx.NOW)
        reports.offers(fx.PERIOD)
        reports.campaigns()
        reports.hourly(date(2026, 10, 25), "Europe/Warsaw")
    lines = plan_lines(sqlite_db, statements)
    scans = [
        line
        for line in lines
        if line.startswith("SCAN ")
        and "USING COVERING INDEX" not in line
        and line.split()[1] in BIG_TABLES
    ]
    assert scans == [], "\n".join(lines)
    assert any("ix_contacts_agent_started" in line for line in lines), "\n".join(lines)
    assert any("ix_offer_presentations_agent_shown" in line for line in lines)


def test_campaign_figures_probe_presentations_from_the_index_alone_on_postgresql(pg_db):
    # The columns a campaign tests travel in the index: its per-customer probe on a server
    # never reads the table's rows to learn a presentation's rule or action.
    with pg_db.engine.connect() as connection:
        definition = connection.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_offer_presentations_customer'"
        ).scalar_one()
    assert "(customer_id, shown_at) INCLUDE (rule_id, action, id)" in definition
