"""Team-lead figures as SQL aggregates on the database given (PostgreSQL or SQLite)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from app.rules.definition import RuleDefinition
from app.services.errors import ValidationError
from app.services.reports.agent_figures import agent_figures
from app.services.reports.breakdown import check_breakdown
from app.services.reports.campaign_figures import campaign_figures
from app.services.reports.dialect import day_bounds, report_plans, serial_plans, zone
from app.services.reports.effectiveness import (
    challenger_pairs,
    conversion_counts,
    per_group,
    per_rule,
)
from app.services.reports.effectiveness_values import Effectiveness
from app.services.reports.figures import (
    AgentFigures,
    CampaignFigures,
    HourlyFigures,
    OfferFigures,
    Period,
)
from app.services.reports.hourly_figures import hourly_figures
from app.services.reports.offer_figures import offer_figures
from app.services.reports.scope import resolve_scope
from app.services.storage.db import Database

# The rule set in force: (its version, its rules); None when none has been published.
RuleSetReader = Callable[[], tuple[int, Sequence[RuleDefinition]] | None]


class ReportService:
    """Figures for the signed-in team lead's team (an administrator: the whole centre).

    Every method reads in one short session and raises ValidationError naming the field:
    "role" for a person who is neither a team lead nor an administrator, "team" for a team
    that does not exist (or, for a lead, is not their own), "tz" for an unknown time zone and
    "to" for a period that ends before it starts. `team` (a team's name) narrows an
    administrator's figures to that team; a lead may name only their own.
    """

    def __init__(self, db: Database, login: str, rule_set: RuleSetReader | None = None) -> None:
        self._db = db
        self._login = login
        self._rule_set = rule_set or (lambda: None)

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with self._db.reading() as session:
            serial_plans(session)
            yield session

    def agents(
        self, period: Period, now: datetime | None = None, *, team: str | None = None
    ) -> list[AgentFigures]:
        """Each active member's figures for the period's days (see agent_figures.py)."""
        start, end = _bounds(period)
        now = now or datetime.now(UTC)
        with self._reading() as session:
            scope = resolve_scope(session, self._login, team)
            return agent_figures(session, scope, start, end, now)

    def offers(self, period: Period, *, team: str | None = None) -> list[OfferFigures]:
        """Each rule's presentations and their latest outcomes for the period's days."""
        start, end = _bounds(period)
        with self._reading() as session:
            scope = resolve_scope(session, self._login, team)
            return offer_figures(session, scope, start, end)

    def effectiveness(
        self, period: Period, by: str | None = None, *, team: str | None = None
    ) -> Effectiveness:
        """Each rule's conversion with its interval (per group of `by`: "segment",
        "rfm_segment", "value_tier" or "channel"; ValidationError("by") for another), and the
        champion/challenger pairs of the rule set in force with their uplift."""
        start, end = _bounds(period)
        by = check_breakdown(by)
        with self._reading() as session:
            report_plans(session)
            scope = resolve_scope(session, self._login, team)
            counts = conversion_counts(session, scope, start, end, by)
        overall = per_rule(counts)
        version, rules = self._rule_set() or (None, ())
        return Effectiveness(by=by, rule_set_version=version, rules=overall,
                             groups=per_group(counts) if by else [],
                             pairs=challenger_pairs(rules, overall))  # fmt: skip

    def campaigns(self) -> list[CampaignFigures]:
        """Every campaign's results (see campaign_figures.py)."""
        with self._reading() as session:
            resolve_scope(session, self._login)
            return campaign_figures(session)

    def hourly(self, day: date, tz: str = "UTC", *, team: str | None = None) -> HourlyFigures:
        """Contacts per local hour of `day` against the same weekday a week earlier."""
        zone_info = zone(tz)
        with self._reading() as session:
            scope = resolve_scope(session, self._login, team)
            return hourly_figures(session, scope, day, tz, zone_info)


def _bounds(period: Period) -> tuple[datetime, datetime]:
    tz = zone(period.tz)
    if period.end < period.start:
        raise ValidationError(
            "to", f"the period ends ({period.end}) before it starts ({period.start})"
        )
    return day_bounds(period.start, period.end, tz)
