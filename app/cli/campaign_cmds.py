"""`acrm campaign create | generate | status | close | list`: campaigns for team leads."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

from app.bootstrap import Services, open_services
from app.cli.nba_cmd import PROGRESS_STEPS
from app.cli.password import add_password_option, password_source
from app.cli.send_now import send_now
from app.services.campaigns.values import CampaignSpec, GenerateReport
from app.services.config import resolve_settings
from app.services.jsonable import to_jsonable
from app.services.reports.figures import CampaignFigures


def register(subparsers: argparse._SubParsersAction) -> None:
    campaign = subparsers.add_parser("campaign", help="campaigns: a rule becomes a call list")
    commands = campaign.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    create = commands.add_parser("create", help="a campaign on a published rule or a condition")
    create.add_argument("name", metavar="NAME")
    create.add_argument("--rule", default="", metavar="RULE_ID", help="a published prompt rule")
    create.add_argument("--condition", default="", metavar="EXPR",
                        help="instead of --rule: a condition in the rule language")  # fmt: skip
    create.add_argument("--team", default="", metavar="TEAM",
                        help="the team that works it (default: whole centre, admins)")  # fmt: skip
    create.add_argument("--action", default="", metavar="CODE",
                        help="the action to offer (default: the rule's)")  # fmt: skip
    create.add_argument("--channel", default="phone", metavar="C", help="default: phone")
    create.add_argument("--from", dest="starts_on", type=_day, metavar="DATE",
                        help="first day, YYYY-MM-DD (default: today)")  # fmt: skip
    create.add_argument("--to", dest="ends_on", type=_day, metavar="DATE",
                        help="last day, YYYY-MM-DD (default: open-ended)")  # fmt: skip
    create.add_argument("--cap", type=int, metavar="N", help="at most N customers")
    create.set_defaults(handler=run_create)
    generate = commands.add_parser("generate", help="add call-list entries for new targets")
    generate.add_argument("name", metavar="NAME")
    generate.add_argument("--at", type=_moment, metavar="ISO",
                          help="evaluate as of this moment (default: now)")  # fmt: skip
    generate.set_defaults(handler=run_generate)
    status = commands.add_parser("status", help="targeted, reached, presented, accepted, ...")
    status.add_argument("name", metavar="NAME")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)
    close = commands.add_parser("close", help="close: open entries cancelled, results kept")
    close.add_argument("name", metavar="NAME")
    close.set_defaults(handler=run_close)
    listing = commands.add_parser("list", help="every campaign")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    for parser in (create, generate, status, close, listing):
        parser.add_argument("--login", metavar="LOGIN", help="who you are (default: configured)")
        parser.add_argument("--server", metavar="URL", help="server URL (default: configuration)")
        add_password_option(parser)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@contextmanager
def _services(args: argparse.Namespace) -> Iterator[Services]:
    settings = resolve_settings(args.db, args.login, server_url=args.server)
    with open_services(settings, password=password_source(settings, args.password_stdin)) as s:
        yield s


def run_create(args: argparse.Namespace) -> int:
    spec = CampaignSpec(
        name=args.name, rule_id=args.rule, condition=args.condition, action=args.action,
        channel=args.channel, starts_on=args.starts_on, ends_on=args.ends_on, team=args.team,
        cap=args.cap,
    )  # fmt: skip
    with _services(args) as services:
        row = services.campaigns.create(spec)
        target = f"rule {row.rule_id}" if row.rule_id else f"condition {row.condition}"
        print(f"campaign {row.name!r} created: {target}, action {row.action}, "
              f"team {row.team or 'whole centre'}")  # fmt: skip
        return send_now(services)


def run_generate(args: argparse.Namespace) -> int:
    stop = {"asked": False}

    def interrupt(_signum, _frame) -> None:
        stop["asked"] = True  # finish the chunk in progress, write nothing

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        with _services(args) as services:
            report = services.campaigns.generate(
                args.name, args.at, progress=_Progress(), cancelled=lambda: stop["asked"]
            )
            print(_summary(report))
            if report.cancelled:
                print("acrm: cancelled; nothing was added", file=sys.stderr)
                return 130
            return send_now(services) if report.added else 0
    finally:
        signal.signal(signal.SIGINT, previous)


def run_status(args: argparse.Namespace) -> int:
    with _services(args) as services:
        figures = services.campaigns.status(args.name)
    if args.json:
        print(json.dumps(status_json(figures), ensure_ascii=False, indent=2))
        return 0
    print(_status_text(figures))
    return 0


def run_close(args: argparse.Namespace) -> int:
    with _services(args) as services:
        row = services.campaigns.close(args.name)
        print(f"campaign {row.name!r} closed; its open entries are cancelled")
        return send_now(services)


def run_list(args: argparse.Namespace) -> int:
    with _services(args) as services:
        rows = services.campaigns.list()
    if args.json:
        print(json.dumps([to_jsonable(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        target = row.rule_id or row.condition
        print(f"{row.name}\t{row.status}\t{row.team or 'whole centre'}\t{target}\t"
              f"{row.entries} entries")  # fmt: skip
    print(f"{len(rows)} campaign(s)", file=sys.stderr)
    return 0


def status_json(figures: CampaignFigures) -> dict:
    return {
        "name": figures.name, "status": figures.status, "targeted": figures.targeted,
        "entries": figures.entries, "reached": figures.reached, "presented": figures.presented,
        "accepted": figures.accepted, "declined": figures.declined,
        "conversion": figures.conversion, "conversion_low": figures.conversion_low,
        "conversion_high": figures.conversion_high,
    }  # fmt: skip


def _status_text(f: CampaignFigures) -> str:
    declined = ", ".join(f"{reason} {n}" for reason, n in f.declined.items()) or "none"
    conversion = "-" if f.conversion is None else (
        f"{f.conversion:.1%} (95 % {f.conversion_low:.1%}-{f.conversion_high:.1%})")  # fmt: skip
    return (f"{f.name} ({f.status}): targeted {f.targeted}, entries {f.entries}, reached "
            f"{f.reached}, presented {f.presented}, accepted {f.accepted}, declined: "
            f"{declined}; conversion {conversion}")  # fmt: skip


def _summary(report: GenerateReport) -> str:
    held = ", ".join(f"{code} {n}" for code, n in report.held.items()) or "none"
    return (f"{report.name}: evaluated {report.evaluated}, targeted {report.targeted}, added "
            f"{report.added}, already on it {report.already}, over the cap {report.capped}; "
            f"held: {held}; skipped (data not readable) {report.skipped} "
            f"(rule set version {report.rule_version})")  # fmt: skip


class _Progress:
    """ "campaign: 1,000 of 20,000 customers" on stderr about every 5 %."""

    def __init__(self) -> None:
        self.next_at = 0

    def __call__(self, done: int, total: int) -> None:
        if done < self.next_at and done < total:
            return
        self.next_at = done + max(1, total // PROGRESS_STEPS)
        sys.stderr.write(f"campaign: {done:,} of {total:,} customers\n")
        sys.stderr.flush()
