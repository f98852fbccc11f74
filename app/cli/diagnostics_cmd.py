"""`acrm diagnostics [--json]`: the support report (versions, configuration, sync, last errors)."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diagnostics",
        help="print a report for a support ticket (never a password)",
        description="Print the program's version, the effective configuration without secrets, "
        "the database's schema revision, the sync state and the last warnings and errors of "
        "the log. Works offline: the server is not contacted and no password is read.",
    )
    parser.add_argument("--json", action="store_true", help="print it as one JSON object")
    parser.add_argument(
        "--lines", type=int, default=20, metavar="N", help="recent log problems shown (20)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.services import diagnostics
    from app.services.config import resolve_settings
    from app.services.errors import AcrmError

    if args.lines < 0:
        raise AcrmError("diagnostics: --lines must be 0 or more")
    try:
        settings, problem = resolve_settings(args.db), ""
    except AcrmError as error:  # the report is most wanted when the configuration is broken
        settings, problem = None, str(error)
    report = diagnostics.collect(settings, settings_problem=problem, recent=args.lines)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.text(), end="")
    return 0
