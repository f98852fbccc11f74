"""`acrm report agents | offers | hourly | campaigns | effectiveness`: team-lead figures."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from app.bootstrap import open_services
from app.services.config import resolve_settings
from app.services.errors import ValidationError
from app.services.reports.csv_export import hourly_rows, write_csv
from app.services.reports.dialect import zone
from app.services.reports.figures import AgentFigures, Period
from app.services.reports.service import ReportService

# The keys scripts rely on come first, in this order (README); the rest follow.
AGENT_KEYS = ("agent", "contacts", "avg_handle_seconds", "offers_presented", "offers_accepted",
              "acceptance_rate", "open_items", "overdue")  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="team figures (team leads and administrators)")
    commands = report.add_subparsers(dest="report_command", metavar="FIGURES", required=True)
    agents = commands.add_parser("agents", help="per agent: contacts, handle time, offers, queue")
    _days(agents)
    agents.add_argument("--at", metavar="ISO", help="count overdue items as of (default: now)")
    agents.set_defaults(handler=run_agents)
    offers = commands.add_parser("offers", help="per rule: presented, outcomes, conversion")
    _days(offers)
    offers.set_defaults(handler=run_offers)
    hourly = commands.add_parser("hourly", help="contacts per hour against a week before")
    hourly.add_argument("--day", metavar="DATE", help="the day (default: today)")
    _zone_and_team(hourly)
    hourly.set_defaults(handler=run_hourly)
    campaigns = commands.add_parser("campaigns", help="per campaign: reached, offers, conversion")
    _output(campaigns)
    campaigns.set_defaults(handler=run_campaigns)
    from app.cli.effectiveness_cmd import add_parser  # it builds on this module's helpers

    add_parser(commands)


def _days(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="first", metavar="DATE", help="first day (default: today)")
    last_help = "last day, included (default: --from)"
    parser.add_argument("--to", dest="last", metavar="DATE", help=last_help)
    _zone_and_team(parser)


def _zone_and_team(parser: argparse.ArgumentParser) -> None:
    zone_help = "days and hours in this IANA zone (default: UTC)"
    parser.add_argument("--tz", default="UTC", metavar="ZONE", help=zone_help)
    parser.add_argument("--team", metavar="NAME", help="administrators: one team (default: all)")
    _output(parser)


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--csv", metavar="FILE", help="also write the table to FILE (for Excel)")
    parser.add_argument("--login", metavar="LOGIN", help="who you are (default: configured)")


def run_agents(args: argparse.Namespace) -> int:
    period = _period(args)
    now = _moment(args.at) if args.at else datetime.now(UTC)
    with _reports(args) as reports:
        figures = reports.agents(period, now, team=args.team)
    rows = [_agent_json(row) for row in figures]
    return _show(args, rows, _agent_line, "agent(s)")


def run_offers(args: argparse.Namespace) -> int:
    period = _period(args)
    with _reports(args) as reports:
        rows = [dataclasses.asdict(row) for row in reports.offers(period, team=args.team)]
    return _show(args, rows, _offer_line, "rule(s)")


def run_hourly(args: argparse.Namespace) -> int:
    zone_name = _zone(args.tz)
    day = _date("--day", args.day) if args.day else datetime.now(zone(zone_name)).date()
    with _reports(args) as reports:
        figures = reports.hourly(day, zone_name, team=args.team)
    if args.csv:
        _write(args.csv, [dataclasses.asdict(row) for row in hourly_rows(figures)])
    if args.json:
        print(json.dumps(dataclasses.asdict(figures), default=_iso, indent=2))
        return 0
    print(f"{'HOUR':<5} {figures.day.isoformat():>10} {'WEEK BEFORE':>12}")
    for row in hourly_rows(figures):
        print(f"{row.hour:02d}:00 {row.today:>10} {row.last_week:>12}")
    return 0


def run_campaigns(args: argparse.Namespace) -> int:
    with _reports(args) as reports:
        rows = [dataclasses.asdict(row) for row in reports.campaigns()]
    return _show(args, rows, _campaign_line, "campaign(s)")


@contextmanager
def _reports(args: argparse.Namespace) -> Iterator[ReportService]:
    with open_services(resolve_settings(args.db, args.login)) as services:
        yield services.reports


def _period(args: argparse.Namespace) -> Period:
    zone_name = _zone(args.tz)
    first = _date("--from", args.first) if args.first else datetime.now(zone(zone_name)).date()
    last = _date("--to", args.last) if args.last else first
    if last < first:
        raise ValidationError("--to", f"{last} is before --from {first}")
    return Period(first, last, zone_name)


def _zone(name: str) -> str:
    try:
        zone(name)
    except ValidationError as error:
        raise ValidationError("--tz", error.message) from None
    return name


def _date(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(option, f"{text!r} is not a date (YYYY-MM-DD)") from None


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError("--at", f"{text!r} is not an ISO date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _agent_json(row: AgentFigures) -> dict[str, Any]:
    data = dataclasses.asdict(row)
    return {**{key: data.pop(key) for key in AGENT_KEYS}, **data}


def _show(
    args: argparse.Namespace,
    rows: Sequence[dict[str, Any]],
    line: Callable[[dict[str, Any]], str],
    what: str,
) -> int:
    if args.csv:
        _write(args.csv, rows)
    if args.json:
        print(json.dumps(rows, default=_iso, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(line(row))
    print(f"{len(rows)} {what}", file=sys.stderr)
    return 0


def _write(path: str, rows: Sequence[dict[str, Any]]) -> None:
    count = write_csv(path, rows)
    print(f"{count} row(s) written to {path}", file=sys.stderr)


def _iso(value: date) -> str:
    return value.isoformat()


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _agent_line(row: dict[str, Any]) -> str:
    handle = "-" if row["avg_handle_seconds"] is None else f"{row['avg_handle_seconds']:.0f}s"
    return (
        f"{row['agent']:<16} contacts {row['contacts']:>4}  handle {handle:>6}  offers "
        f"{row['offers_accepted']}/{row['offers_presented']} ({_rate(row['acceptance_rate'])})  "
        f"open {row['open_items']} overdue {row['overdue']}  callbacks on time "
        f"{row['callbacks_on_time']}/{row['callbacks_due']}"
    )


def _offer_line(row: dict[str, Any]) -> str:
    interval = ""
    if row["conversion"] is not None:
        interval = f" [{_rate(row['conversion_low'])}, {_rate(row['conversion_high'])}]"
    return (
        f"{row['rule_id']:<24} presented {row['presented']:>5}  accepted {row['accepted']:>4}  "
        f"declined {row['declined']:>4}  later {row['later']:>4}  not relevant "
        f"{row['not_relevant']:>4}  none {row['no_outcome']:>4}  conversion "
        f"{_rate(row['conversion'])}{interval}"
    )


def _campaign_line(row: dict[str, Any]) -> str:
    return (
        f"{row['name']:<24} {row['status']:<6} targeted {row['targeted']:>5}  reached "
        f"{row['reached']:>5}  accepted {row['accepted']}/{row['presented']}  conversion "
        f"{_rate(row['conversion'])}"
    )
