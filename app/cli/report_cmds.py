"""`acrm report agents | offers | hourly | campaigns | effectiveness`: team-lead figures."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from app.cli import effectiveness_cmd
from app.cli import report_options as opts
from app.services.errors import ValidationError
from app.services.reports.csv_export import hourly_rows
from app.services.reports.dialect import zone
from app.services.reports.figures import AgentFigures

# The keys scripts rely on come first, in this order (README); the rest follow.
AGENT_KEYS = ("agent", "contacts", "avg_handle_seconds", "offers_presented", "offers_accepted",
              "acceptance_rate", "open_items", "overdue")  # fmt: skip


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser("report", help="team figures (team leads and administrators)")
    commands = report.add_subparsers(dest="report_command", metavar="FIGURES", required=True)
    agents = commands.add_parser("agents", help="per agent: contacts, handle time, offers, queue")
    opts.days(agents)
    agents.add_argument("--at", metavar="ISO", help="count overdue items as of (default: now)")
    agents.set_defaults(handler=run_agents)
    offers = commands.add_parser("offers", help="per rule: presented, outcomes, conversion")
    opts.days(offers)
    offers.set_defaults(handler=run_offers)
    hourly = commands.add_parser("hourly", help="contacts per hour against a week before")
    hourly.add_argument("--day", metavar="DATE", help="the day (default: today)")
    opts.zone_and_team(hourly)
    hourly.set_defaults(handler=run_hourly)
    campaigns = commands.add_parser("campaigns", help="per campaign: reached, offers, conversion")
    opts.output(campaigns)
    campaigns.set_defaults(handler=run_campaigns)
    effectiveness_cmd.add_parser(commands)


def run_agents(args: argparse.Namespace) -> int:
    period = opts.period(args)
    now = _moment(args.at) if args.at else datetime.now(UTC)
    with opts.reports(args) as reports:
        figures = reports.agents(period, now, team=args.team)
    rows = [_agent_json(row) for row in figures]
    return _show(args, rows, _agent_line, "agent(s)")


def run_offers(args: argparse.Namespace) -> int:
    period = opts.period(args)
    with opts.reports(args) as reports:
        rows = [dataclasses.asdict(row) for row in reports.offers(period, team=args.team)]
    return _show(args, rows, _offer_line, "rule(s)")


def run_hourly(args: argparse.Namespace) -> int:
    zone_name = opts.checked_zone(args.tz)
    day = opts.parse_date("--day", args.day) if args.day else datetime.now(zone(zone_name)).date()
    with opts.reports(args) as reports:
        figures = reports.hourly(day, zone_name, team=args.team)
    if args.csv:
        opts.write(args.csv, [dataclasses.asdict(row) for row in hourly_rows(figures)])
    if args.json:
        print(json.dumps(dataclasses.asdict(figures), default=opts.iso, indent=2))
        return 0
    print(f"{'HOUR':<5} {figures.day.isoformat():>10} {'WEEK BEFORE':>12}")
    for row in hourly_rows(figures):
        print(f"{row.hour:02d}:00 {row.today:>10} {row.last_week:>12}")
    return 0


def run_campaigns(args: argparse.Namespace) -> int:
    with opts.reports(args) as reports:
        rows = [dataclasses.asdict(row) for row in reports.campaigns()]
    return _show(args, rows, _campaign_line, "campaign(s)")


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
        opts.write(args.csv, rows)
    if args.json:
        print(json.dumps(rows, default=opts.iso, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(line(row))
    print(f"{len(rows)} {what}", file=sys.stderr)
    return 0


def _agent_line(row: dict[str, Any]) -> str:
    handle = "-" if row["avg_handle_seconds"] is None else f"{row['avg_handle_seconds']:.0f}s"
    rate = opts.rate(row["acceptance_rate"])
    return (
        f"{row['agent']:<16} contacts {row['contacts']:>4}  handle {handle:>6}  offers "
        f"{row['offers_accepted']}/{row['offers_presented']} ({rate})  "
        f"open {row['open_items']} overdue {row['overdue']}  callbacks on time "
        f"{row['callbacks_on_time']}/{row['callbacks_due']}"
    )


def _offer_line(row: dict[str, Any]) -> str:
    interval = ""
    if row["conversion"] is not None:
        interval = f" [{opts.rate(row['conversion_low'])}, {opts.rate(row['conversion_high'])}]"
    return (
        f"{row['rule_id']:<24} presented {row['presented']:>5}  accepted {row['accepted']:>4}  "
        f"declined {row['declined']:>4}  later {row['later']:>4}  not relevant "
        f"{row['not_relevant']:>4}  none {row['no_outcome']:>4}  conversion "
        f"{opts.rate(row['conversion'])}{interval}"
    )


def _campaign_line(row: dict[str, Any]) -> str:
    return (
        f"{row['name']:<24} {row['status']:<6} targeted {row['targeted']:>5}  reached "
        f"{row['reached']:>5}  accepted {row['accepted']}/{row['presented']}  conversion "
        f"{opts.rate(row['conversion'])}"
    )
