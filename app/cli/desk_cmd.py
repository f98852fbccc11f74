"""`acrm desk [--phone N] [--smoke] [--agent LOGIN]`: the desktop, screen pop and smoke start."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "desk",
        help="open the agent desktop (the default command)",
        description="Open the desktop. With --phone, pop the caller's card (a running desktop "
        "takes the number over and this command exits at once).",
    )
    parser.add_argument("--phone", metavar="NUMBER", help="screen pop: open this caller")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, open one customer on demo data, exit 0 when its card is painted",
    )
    parser.add_argument(
        "--agent", metavar="LOGIN", help="agent login (default: $ACRM_AGENT or $USER)"
    )
    parser.add_argument(
        "--smoke-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help=argparse.SUPPRESS,
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.phone is not None and not args.smoke and _handed_over(args.phone):
        print("acrm desk: handed over to the running desktop")
        return 0
    # Qt is imported only here, so the other commands start fast on servers without Qt libraries.
    from app.services.config import resolve_settings
    from app.views.shell.desk_app import DeskOptions, run_desk

    settings = resolve_settings(args.db, getattr(args, "agent", None))
    options = DeskOptions(phone=args.phone, smoke=args.smoke, smoke_timeout_s=args.smoke_timeout)
    return run_desk(settings, options)


def _handed_over(phone: str) -> bool:
    """A softphone's screen pop: give the number to the running desk, loading no Qt, database
    or rules, so the call shows without a start-up."""
    from app.cli.hand_over import hand_over
    from app.views.shell.instance_name import server_name

    return hand_over(server_name(), {"phone": phone})
