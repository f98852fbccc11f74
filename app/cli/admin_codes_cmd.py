"""`acrm admin codes list | add | label | deactivate | reactivate` and `acrm admin audit`.

Both work on the configured database: with a server configured, codes are changed on the
server (which allows administrators only and audits each change) and the audit log is read
there (administrators only); without one, on the embedded database.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.bootstrap import Services, open_services
from app.cli.failures import on_the_server
from app.cli.password import add_password_option, password_source
from app.services.config import resolve_settings
from app.services.data_language import DATA_LANGUAGES
from app.services.errors import AcrmError


def register_admin(actions: argparse._SubParsersAction) -> None:
    """Called by admin_cmds.register with the `acrm admin` sub-commands."""
    codes = actions.add_parser("codes", help="the wrap-up code catalogue (administrators)")
    steps = codes.add_subparsers(dest="codes_command", metavar="ACTION", required=True)
    listing = steps.add_parser("list", help="every code, active or not")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run_list)
    add = steps.add_parser("add", help="a new code with its labels (Polish and Russian required)")
    add.add_argument("code", metavar="CODE")
    for lang in DATA_LANGUAGES:
        add.add_argument(f"--label-{lang}", metavar="TEXT", required=lang != "en", default="")
    add.set_defaults(handler=run_add)
    label = steps.add_parser("label", help="change one language's label of CODE")
    label.add_argument("code", metavar="CODE")
    label.add_argument("--lang", required=True, choices=DATA_LANGUAGES)
    label.add_argument("--text", required=True, metavar="TEXT")
    label.set_defaults(handler=run_label)
    for name, verb in (("deactivate", "no longer offered; history keeps it"),
                       ("reactivate", "offered again")):  # fmt: skip
        step = steps.add_parser(name, help=f"CODE {verb}")
        step.add_argument("code", metavar="CODE")
        step.set_defaults(handler=run_deactivate if name == "deactivate" else run_reactivate)
    for step in (add, label, *(steps.choices[n] for n in ("deactivate", "reactivate"))):
        add_password_option(step)

    audit = actions.add_parser("audit", help="read the audit log (administrators)")
    audit.add_argument("--from", dest="since", metavar="DATE", type=_date,
                       help="from this day (YYYY-MM-DD, the centre's time zone)")  # fmt: skip
    audit.add_argument("--to", dest="until", metavar="DATE", type=_date,
                       help="to this day, inclusive")  # fmt: skip
    audit.add_argument("--actor", metavar="LOGIN", default="", help="who made the change")
    audit.add_argument(
        "--action", metavar="A", default="",
        help="an action (wrapup_codes.update) or its family (wrapup_codes)",
    )  # fmt: skip
    audit.add_argument("--target", metavar="TEXT", default="", help="any part of the target")
    audit.add_argument("--limit", metavar="N", type=int, default=200, help="rows (default 200)")
    out = audit.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable output")
    out.add_argument("--csv", metavar="FILE", type=Path, help="every matching row to FILE")
    add_password_option(audit)
    audit.set_defaults(handler=run_audit)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _with_services(args: argparse.Namespace, work: Callable[[Services], Any], outcome: str) -> Any:
    settings = resolve_settings(args.db)
    password = password_source(settings, getattr(args, "password_stdin", False))
    with open_services(settings, password=password) as services, on_the_server(outcome):
        return work(services)


def run_list(args: argparse.Namespace) -> int:
    codes = _with_services(args, lambda s: s.admin_codes.list(), "not listed")
    if args.json:
        document = [{"code": c.code, "labels": dict(c.labels), "active": c.active,
                     "sort_order": c.sort_order} for c in codes]  # fmt: skip
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not codes:
        print("no wrap-up codes yet: add one with acrm admin codes add")
        return 0
    print(f"{'code':<20}  {'active':<6}  {'pl':<28}  {'ru':<28}  en")
    for c in codes:
        print(f"{c.code:<20}  {'yes' if c.active else 'no':<6}  {c.label('pl'):<28}  "
              f"{c.label('ru'):<28}  {c.label('en')}")  # fmt: skip
    return 0


def run_add(args: argparse.Namespace) -> int:
    labels = {lang: getattr(args, f"label_{lang}") for lang in DATA_LANGUAGES}
    added = _with_services(args, lambda s: s.admin_codes.add(args.code, labels), "not added")
    print(f"added wrap-up code {added.code}")
    return 0


def run_label(args: argparse.Namespace) -> int:
    _with_services(
        args, lambda s: s.admin_codes.set_label(args.code, args.lang, args.text), "not changed"
    )
    print(f"{args.code}: {args.lang} label changed")
    return 0


def run_deactivate(args: argparse.Namespace) -> int:
    _with_services(args, lambda s: s.admin_codes.deactivate(args.code), "not deactivated")
    print(f"{args.code}: deactivated (no longer offered; contacts that used it keep it)")
    return 0


def run_reactivate(args: argparse.Namespace) -> int:
    _with_services(args, lambda s: s.admin_codes.reactivate(args.code), "not reactivated")
    print(f"{args.code}: reactivated")
    return 0


def run_audit(args: argparse.Namespace) -> int:
    from app.services.centre_time import centre_zone
    from app.services.reports.audit_log import AuditFilter

    if args.since and args.until and args.until < args.since:
        raise AcrmError("--to: the last day is before the first (--from)")
    settings = resolve_settings(args.db)
    zone = ZoneInfo(centre_zone(settings))
    wanted = AuditFilter(
        since=_start(args.since, zone),
        until=_start(args.until + timedelta(days=1), zone) if args.until else None,
        actor=args.actor, action=args.action, target=args.target, limit=args.limit,
    )  # fmt: skip

    def work(services: Services):
        if args.csv:
            return services.admin_audit.export(args.csv, wanted)
        return services.admin_audit.read(wanted)

    result = _with_services(args, work, "the audit log was not read")
    if args.csv:
        print(f"{args.csv}: {result} audit row(s) written")
        return 0
    if args.json:
        rows = [{"id": r.id, "at": r.at.isoformat(), "actor": r.actor, "action": r.action,
                 "target": r.target, "details": json.loads(r.details) if r.details else {}}
                for r in result.rows]  # fmt: skip
        print(json.dumps({"rows": rows, "more": result.more}, ensure_ascii=False, indent=2))
        return 0
    for r in result.rows:
        when = r.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
        print(f"{when}  {r.actor:<16}  {r.action:<28}  {r.target}")
    if not result.rows:
        print("no audit rows match")
    if result.more:
        print(f"more rows match: narrow the filters or raise --limit ({args.limit})",
              file=sys.stderr)  # fmt: skip
    return 0


def _start(day: date | None, zone: ZoneInfo) -> datetime | None:
    return datetime.combine(day, time(0), zone) if day is not None else None
