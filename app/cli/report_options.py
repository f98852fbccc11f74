"""What the `acrm report` commands share: days, zone and team options, output, the service."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from app.bootstrap import open_services
from app.services.config import resolve_settings
from app.services.errors import ValidationError
from app.services.reports.csv_export import write_csv
from app.services.reports.dialect import zone
from app.services.reports.figures import Period
from app.services.reports.service import ReportService


def days(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="DATE", help="first day (default: today)")
    last_help = "last day, included (default: --from)"
    parser.add_argument("--to", dest="last", metavar="DATE", help=last_help)
    zone_and_team(parser)


def zone_and_team(parser: argparse.ArgumentParser) -> None:
    zone_help = "days and hours in this IANA zone (default: UTC)"
    parser.add_argument("--tz", default="UTC", metavar="ZONE", help=zone_help)
    parser.add_argument("--team", metavar="NAME", help="administrators: one team (default: all)")
    output(parser)


def output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--csv", metavar="FILE", help="also write the table to FILE (for Excel)")
    parser.add_argument("--login", metavar="LOGIN", help="who you are (default: configured)")


@contextmanager
def reports(args: argparse.Namespace) -> Iterator[ReportService]:
    with open_services(resolve_settings(args.db, args.login)) as services:
        yield services.reports


def period(args: argparse.Namespace) -> Period:
    zone_name = checked_zone(args.tz)
    today = datetime.now(zone(zone_name)).date()
    first = parse_date("--from", args.first) if args.first else today
    last = parse_date("--to", args.last) if args.last else first
    if last < first:
        raise ValidationError("--to", f"{last} is before --from {first}")
    return Period(first, last, zone_name)


def checked_zone(name: str) -> str:
    try:
        zone(name)
    except ValidationError as error:
        raise ValidationError("--tz", error.message) from None
    return name


def parse_date(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(option, f"{text!r} is not a date (YYYY-MM-DD)") from None


def write(path: str, rows: Sequence[dict[str, Any]]) -> None:
    count = write_csv(path, rows)
    print(f"{count} row(s) written to {path}", file=sys.stderr)


def iso(value: date) -> str:
    return value.isoformat()


def rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"
