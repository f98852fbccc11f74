"""`acrm desk [--phone N] [--smoke [--screenshot FILE] [--verified]] [--size WxH]`: the desk."""

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
        "--size", type=window_size, metavar="WxH", help="window size, e.g. 1366x768"
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="with --smoke: write a PNG of the painted desk (card and offers) to FILE",
    )
    parser.add_argument(
        "--verified",
        action="store_true",
        help="with --smoke: tick the identity check as passed (the PNG shows balances and offers)",
    )
    parser.add_argument(
        "--smoke-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help=argparse.SUPPRESS,
    )
    # Logging is set up in `run`, after a screen pop's hand-over (which must stay fast).
    parser.set_defaults(handler=run, logs_late=True)


def window_size(text: str) -> tuple[int, int]:
    """'1366x768' -> (1366, 768), within what a desk's screen can be."""
    width, _, height = text.lower().partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1366x768") from None
    if not (640 <= size[0] <= 7680 and 480 <= size[1] <= 4320):
        raise argparse.ArgumentTypeError(f"{text!r}: from 640x480 to 7680x4320")
    return size


def run(args: argparse.Namespace) -> int:
    if args.screenshot is not None and not args.smoke:
        from app.services.errors import AcrmError

        raise AcrmError("desk: --screenshot works with --smoke (it writes the PNG and exits)")
    if args.verified and not args.smoke:
        from app.services.errors import AcrmError

        raise AcrmError("desk: --verified works with --smoke (a consultant ticks the check)")
    if args.phone is not None and not args.smoke and _handed_over(args.phone):
        print("acrm desk: handed over to the running desktop")
        return 0
    from app.cli.logging_step import configure_logging

    configure_logging(args.verbose)
    # Qt is imported only here, so the other commands start fast on servers without Qt libraries.
    from app.services.config import resolve_settings
    from app.services.errors import AcrmError
    from app.views.shell.desk_app import DeskOptions, run_desk

    try:
        settings = resolve_settings(args.db, getattr(args, "agent", None))
    except AcrmError as error:  # a bad site or user file: say it in a window too, start nothing
        if not args.smoke:
            from app.views.shell.startup_error import show_startup_error

            show_startup_error(str(error))
        raise
    options = DeskOptions(
        phone=args.phone,
        smoke=args.smoke,
        smoke_timeout_s=args.smoke_timeout,
        size=args.size,
        screenshot=args.screenshot,
        verified=args.verified,
    )
    return run_desk(settings, options)


def _handed_over(phone: str) -> bool:
    """A softphone's screen pop: give the number to the running desk, loading no Qt, database
    or rules, so the call shows without a start-up."""
    from app.cli.hand_over import hand_over
    from app.views.shell.instance_name import server_name

    return hand_over(server_name(), {"phone": phone})
