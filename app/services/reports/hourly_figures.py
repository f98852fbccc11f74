"""Contacts per local hour of a day and of the same weekday a week before, in one statement.

Each local hour's UTC bounds come from dialect.hour_spans, so the statement only compares
stored UTC times: an hour skipped by the switch to summer time counts 0, the hour repeated
when it ends counts both of its UTC hours.
"""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, func, literal_column, select, union_all
from sqlalchemy.orm import Session

from app.models import Contact
from app.services.reports.agent_figures import counted_contacts
from app.services.reports.dialect import day_bounds, hour_spans
from app.services.reports.figures import HourlyFigures
from app.services.reports.scope import Scope

HOURS = 24


def hourly_figures(
    session: Session, scope: Scope, day: date, tz_name: str, tz: ZoneInfo
) -> HourlyFigures:
    """HourlyFigures of `day` against `day` − 7 days, both in local hours of `tz`."""
    week_ago = day - timedelta(days=7)
    buckets = []  # (bucket, UTC start, UTC end): the local hour, + 24 for the week before
    for offset, which in ((0, day), (HOURS, week_ago)):
        buckets += [(hour + offset, lo, hi) for hour, lo, hi in hour_spans(which, tz)]
    whens = [
        (and_(Contact.started_at >= lo, Contact.started_at < hi), literal_column(str(n)))
        for n, lo, hi in buckets
    ]
    # One branch per day, so each reads one range of the (agent, started_at) index.
    started = union_all(
        *(
            select(case(*whens).label("bucket")).where(
                counted_contacts(scope, day_bounds(which, which, tz))
            )
            for which in (day, week_ago)
        )
    ).subquery("started")
    stmt = select(started.c.bucket, func.count()).group_by(started.c.bucket)
    counts = [0] * (2 * HOURS)
    for n, count in session.execute(stmt):
        counts[int(n)] += count
    return HourlyFigures(
        day=day, tz=tz_name, today=tuple(counts[:HOURS]), last_week=tuple(counts[HOURS:])
    )
