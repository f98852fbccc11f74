"""What differs between SQLite and PostgreSQL in the figures: durations and local days/hours.

Durations are compiled per dialect (SQLite keeps timestamps as naive UTC text, PostgreSQL as
timestamptz). Local days and hours are never computed in SQL: their UTC bounds are worked out
here with zoneinfo and compared with the stored UTC times, so a day of 23 or 25 hours (the
switch to and from summer time) is counted right on both back ends and indexes stay usable.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Boolean, Float, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from app.services.errors import ValidationError

# Every zone's offset and every switch of it in use today falls on a quarter hour.
STEP = timedelta(minutes=15)


class SecondsBetween(FunctionElement):
    """Seconds from the first timestamp to the second (fractional, SQL NULL if either is)."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(SecondsBetween, "sqlite")
def _sqlite_seconds(element: SecondsBetween, compiler, **kw) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    # julianday() is a double: rounding to the millisecond removes its residue (1e-5 s).
    return f"ROUND((julianday({end}) - julianday({start})) * 86400.0, 3)"


@compiles(SecondsBetween, "postgresql")
def _postgres_seconds(element: SecondsBetween, compiler, **kw) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"EXTRACT(EPOCH FROM ({end} - {start}))"


def seconds_between(start: ColumnElement, end: ColumnElement) -> SecondsBetween:
    return SecondsBetween(start, end)


class AtMostSecondsBefore(FunctionElement):
    """True when the first timestamp is at most `seconds` before the second (or after it)."""

    type = Boolean()
    inherit_cache = True
    name = "at_most_seconds_before"

    def __init__(self, earlier: ColumnElement, later: ColumnElement, seconds: int) -> None:
        self.seconds = int(seconds)
        super().__init__(earlier, later)


@compiles(AtMostSecondsBefore, "sqlite")
def _sqlite_within(element: AtMostSecondsBefore, compiler, **kw) -> str:
    seconds = compiler.process(seconds_between(*element.clauses), **kw)
    return f"{seconds} <= {element.seconds}"


@compiles(AtMostSecondsBefore, "postgresql")
def _postgres_within(element: AtMostSecondsBefore, compiler, **kw) -> str:
    # A range on the first column (not a function of it), so an index on it bounds the scan.
    earlier, later = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"{earlier} >= {later} - CAST('{element.seconds} seconds' AS interval)"


def at_most_seconds_before(
    earlier: ColumnElement, later: ColumnElement, seconds: int
) -> AtMostSecondsBefore:
    return AtMostSecondsBefore(earlier, later, seconds)


def serial_plans(session: Session) -> None:
    """On PostgreSQL, no parallel workers for this transaction's figures (SET LOCAL: nothing
    outlives it, so PgBouncer's transaction pooling is unaffected).

    The figures read a few thousand rows by index; starting workers for that cost more than
    the whole query: a lead's refresh took 385 ms with them and 195 ms without on the 2-core
    bench machine (bench/bench_team.py).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))


def report_plans(session: Session) -> None:
    """On PostgreSQL, plans for a report over days to a month of a team's presentations.

    SET LOCAL (nothing outlives the transaction): no JIT, whose compiling cost about 60 ms of
    a query estimated above jit_above_cost; and random_page_cost 1.1 (the figures' rows are
    in memory or on SSD), at which the planner probes the scores per presentation for a day
    (43 ms, where the default 4 hashed every score: 104 ms) and still hashes them for a month
    (417 ms; probing: 851 ms) - bench/bench_effectiveness.py on the 2-core bench machine.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL random_page_cost = 1.1"))


def zone(name: str) -> ZoneInfo:
    """The IANA time zone `name`; ValidationError("tz", ...) for an unknown one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError("tz", f"unknown time zone {name!r} (e.g. Europe/Warsaw)") from None


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The UTC instant the local `day` begins (where midnight is skipped: the first instant)."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def day_bounds(first: date, last: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the local days `first` to `last`, both included."""
    return local_midnight(first, tz), local_midnight(last + timedelta(days=1), tz)


def hour_spans(day: date, tz: ZoneInfo) -> list[tuple[int, datetime, datetime]]:
    """(local hour, UTC start, UTC end) covering the local `day`, in time order.

    An hour that does not exist that day (spring forward) has no span; one that happens twice
    (fall back) has one span of two hours, or two spans if something came between them.
    """
    start, end = day_bounds(day, day, tz)
    spans: list[tuple[int, datetime, datetime]] = []
    moment = start
    while moment < end:
        step_end = min(moment + STEP, end)
        hour = moment.astimezone(tz).hour
        if spans and spans[-1][0] == hour and spans[-1][2] == moment:
            spans[-1] = (hour, spans[-1][1], step_end)
        else:
            spans.append((hour, moment, step_end))
        moment = step_end
    return spans
