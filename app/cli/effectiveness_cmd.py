"""`acrm report effectiveness`: conversion per rule and group, champion/challenger uplift."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from app.cli import report_options as opts
from app.services.reports.effectiveness_values import BREAKDOWNS, Conversion, Effectiveness
from app.services.reports.figures import Period


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "effectiveness", help="per rule: conversion with its interval, by group; uplift"
    )
    opts.days(parser)
    by_help = "break each rule down by the customer's segment, RFM segment, value tier or channel"
    parser.add_argument("--by", choices=BREAKDOWNS, help=by_help)
    parser.set_defaults(handler=run_effectiveness)


def run_effectiveness(args: argparse.Namespace) -> int:
    period = opts.period(args)
    with opts.reports(args) as reports:
        figures = reports.effectiveness(period, args.by, team=args.team)
    table = figures.groups if figures.by else figures.rules
    if args.csv:
        opts.write(args.csv, [dataclasses.asdict(row) for row in table])
    if args.json:
        print(json.dumps(as_json(figures, period), default=opts.iso, ensure_ascii=False, indent=2))
        return 0
    print_text(figures)
    print(f"{len(figures.rules)} rule(s), {len(figures.pairs)} pair(s)", file=sys.stderr)
    return 0


def as_json(figures: Effectiveness, period: Period) -> dict[str, Any]:
    data = dataclasses.asdict(figures)
    return {"from": period.start, "to": period.end, "tz": period.tz, **data}


def print_text(figures: Effectiveness) -> None:
    print(f"{'RULE':<24} {'GROUP':<18} {'PRESENTED':>9} {'ACCEPTED':>8} {'CONVERSION':>10}  "
          "95 % INTERVAL")  # fmt: skip
    for row in figures.rules:
        print(_line(row))
        for group in (g for g in figures.groups if g.rule_id == row.rule_id):
            print(_line(group))
    if not figures.pairs:
        return
    print(f"\nchampion / challenger (rule set version {figures.rule_set_version}):")
    for pair in figures.pairs:
        champion, challenger = pair.champion, pair.challenger
        interval = ""
        if pair.uplift is not None:
            interval = f" [{_points(pair.uplift_low)}, {_points(pair.uplift_high)}]"
        print(
            f"{champion.rule_id} vs {challenger.rule_id}: challenger share "
            f"{opts.rate(pair.observed_share)} (configured {pair.configured_share} %)  champion "
            f"{champion.accepted}/{champion.presented} {opts.rate(champion.conversion)}  "
            f"challenger {challenger.accepted}/{challenger.presented} "
            f"{opts.rate(challenger.conversion)}  uplift {_points(pair.uplift)}{interval}"
        )


def _line(row: Conversion) -> str:
    interval = ""
    if row.conversion is not None:
        interval = f"[{opts.rate(row.conversion_low)}, {opts.rate(row.conversion_high)}]"
    name = row.rule_id if not row.group else f"  {row.rule_id}"
    return (f"{name:<24} {row.group:<18} {row.presented:>9} {row.accepted:>8} "
            f"{opts.rate(row.conversion):>10}  {interval}")  # fmt: skip


def _points(value: float | None) -> str:
    """A difference of two rates in percentage points, signed."""
    return "-" if value is None else f"{value * 100:+.1f} pp"
