"""What one workspace refresh reads, in one go, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from app.services.reports.figures import AgentFigures, HourlyFigures, OfferFigures, Period
from app.services.reports.service import ReportService


@dataclass(frozen=True, slots=True)
class WorkspaceFigures:
    lead: bool  # False: the signed-in person may not see the team's figures
    agents: list[AgentFigures] = field(default_factory=list)  # in the chosen period
    offers: list[OfferFigures] = field(default_factory=list)  # in the chosen period
    hourly: HourlyFigures | None = None  # today against the same weekday last week
    agents_today: list[AgentFigures] = field(default_factory=list)  # for the per-agent bars


def load_figures(
    reports: ReportService, is_lead: Callable[[], bool], period: Period, now: datetime
) -> WorkspaceFigures:
    """Runs in a worker: the chosen period for the tables, today for the chart."""
    if not is_lead():
        return WorkspaceFigures(lead=False)
    today: date = now.date()
    agents = reports.agents(period, now)
    same_day = Period(today, today, period.tz)
    agents_today = agents if period == same_day else reports.agents(same_day, now)
    return WorkspaceFigures(
        lead=True,
        agents=agents,
        offers=reports.offers(period),
        hourly=reports.hourly(today, period.tz),
        agents_today=agents_today,
    )
