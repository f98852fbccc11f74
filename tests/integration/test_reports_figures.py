"""Team-lead figures against the hand-computed fixture, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.reports.figures import AgentFigures, HourlyFigures, OfferFigures, Period
from app.services.reports.service import ReportService
from app.services.reports.wilson import wilson_interval
from tests.integration import report_fixture as fx


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest):
    """The fixture written to a fresh database of each kind."""
    database = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    fx.build(database)
    return database


def agent(login, name, team, contacts, handle, presented, accepted, queue) -> AgentFigures:
    open_items, overdue, due, kept = queue
    return AgentFigures(
        agent=login, display_name=name, team=team, contacts=contacts, avg_handle_seconds=handle,
        offers_presented=presented, offers_accepted=accepted,
        acceptance_rate=accepted / presented if presented else None, open_items=open_items,
        overdue=overdue, callbacks_due=due, callbacks_on_time=kept,
    )  # fmt: skip


# (open, overdue, callbacks due, kept on time); see report_fixture.py for each row.
ANNA = agent("anna", "Anna Adamska", "T1", 6, 550.1, 4, 1, (4, 2, 6, 2))
BARTEK = agent("bartek", "Bartek Bąk", "T1", 1, None, 3, 0, (1, 1, 1, 0))
LEAD = agent("lead", "Lena Lis", "T1", 0, None, 0, 0, (0, 0, 0, 0))
ZOFIA = agent("zofia", "Zofia Zając", "T1", 0, None, 0, 0, (0, 0, 0, 0))
CEZARY = agent("cezary", "Cezary Czech", "T2", 2, 60.0, 2, 1, (2, 0, 0, 0))
ROBERT = agent("robert", "Robert Róg", "", 0, None, 0, 0, (0, 0, 0, 0))
XAWERY = agent("xawery", "Xawery Xiński", "T2", 0, None, 0, 0, (0, 0, 0, 0))
LUCJAN = agent("lonely", "Lucjan Samotny", "", 0, None, 0, 0, (0, 0, 0, 0))


def offer(rule_id, presented, accepted, declined, later, not_relevant, none, reasons):
    low, high = wilson_interval(accepted, presented)
    return OfferFigures(
        rule_id=rule_id, presented=presented, accepted=accepted, declined=declined, later=later,
        not_relevant=not_relevant, no_outcome=none, conversion=accepted / presented,
        conversion_low=low, conversion_high=high, declined_by_reason=reasons,
    )  # fmt: skip


T1_CARD = offer("R_CARD", 4, 1, 2, 0, 1, 0, {"too_expensive": 2})
T1_LOAN = offer("R_LOAN", 3, 0, 1, 1, 0, 1, {"unspecified": 1})
ALL_CARD = offer("R_CARD", 5, 2, 2, 0, 1, 0, {"too_expensive": 2})
ALL_INS = offer("R_INS", 1, 0, 1, 0, 0, 0, {"bad_moment": 1})


def hours(**counts: int) -> tuple[int, ...]:
    return tuple(counts.get(f"h{hour}", 0) for hour in range(24))


def test_a_team_lead_sees_each_active_member_of_the_team(db):
    figures = ReportService(db, "lead").agents(fx.PERIOD, fx.NOW)
    assert figures == [ANNA, BARTEK, LEAD, ZOFIA]


def test_an_admin_sees_the_whole_centre_or_one_team(db):
    service = ReportService(db, "xawery")
    everyone = [ANNA, BARTEK, CEZARY, LEAD, LUCJAN, ROBERT, XAWERY, ZOFIA]
    assert service.agents(fx.PERIOD, fx.NOW) == everyone
    assert service.agents(fx.PERIOD, fx.NOW, team="T1") == [ANNA, BARTEK, LEAD, ZOFIA]


def test_offers_count_each_presentation_once_by_its_latest_outcome(db):
    assert ReportService(db, "lead").offers(fx.PERIOD) == [T1_CARD, T1_LOAN]
    assert ReportService(db, "xawery").offers(fx.PERIOD) == [ALL_CARD, ALL_INS, T1_LOAN]


def test_a_period_in_utc_moves_the_day_bounds(db):
    # In UTC the 24th starts two hours later: Anna's 00:00 local contact (22:00 UTC on the
    # 23rd, 300 s) drops out, her 23:00 UTC one on the 25th (00:00 local on the 26th, 120 s)
    # comes in.
    [anna, *_] = ReportService(db, "lead").agents(
        Period(date(2026, 10, 24), date(2026, 10, 25), "UTC"), fx.NOW
    )
    assert anna.contacts == 6
    assert anna.avg_handle_seconds == round((600 + 100.5 + 1200 + 120) / 4, 1)


def test_hours_of_the_day_summer_time_ends_against_a_week_before(db):
    lead = ReportService(db, "lead").hourly(date(2026, 10, 25), "Europe/Warsaw")
    assert lead == HourlyFigures(
        date(2026, 10, 25), "Europe/Warsaw", hours(h2=2, h11=1, h23=1), hours(h8=1, h9=1)
    )
    centre = ReportService(db, "xawery").hourly(date(2026, 10, 25), "Europe/Warsaw")
    assert centre.today == hours(h2=2, h11=2, h23=1)
    assert centre.last_week == hours(h8=2, h9=1)


def test_hours_of_the_day_summer_time_begins(db):
    figures = ReportService(db, "lead").hourly(date(2026, 3, 29), "Europe/Warsaw")
    assert figures.today == hours(h1=1, h3=1)  # 02:00-03:00 does not exist that day
    assert figures.last_week == hours(h0=1)


def test_a_quiet_period_lists_every_member_with_nothing(db):
    quiet = Period(date(2026, 8, 1), date(2026, 8, 1), "Europe/Warsaw")
    figures = ReportService(db, "lead").agents(quiet, fx.NOW)
    assert [(f.agent, f.contacts, f.offers_presented, f.callbacks_due) for f in figures] == [
        ("anna", 0, 0, 0), ("bartek", 0, 0, 0), ("lead", 0, 0, 0), ("zofia", 0, 0, 0)
    ]  # fmt: skip
    assert [f.open_items for f in figures] == [4, 1, 0, 0]  # open work is counted whenever due
    assert ReportService(db, "lead").offers(quiet) == []
