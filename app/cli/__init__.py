"""The `acrm` command line: one parser, sub-commands registered by small modules."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from app import __version__
from app.services.errors import AcrmError

# Each module exposes register(subparsers); its handler takes the parsed args, returns an exit code.
COMMAND_MODULES = (
    "app.cli.desk_cmd",  # desk (the GUI, screen pop, smoke start)
    "app.cli.data_cmds",  # import, demo
    "app.cli.customer_cmds",  # customer show
    "app.cli.db_cmds",  # db upgrade
    "app.cli.rules_cmds",  # rules check, import, export, publish, versions, rollback, diff
    "app.cli.nba_cmd",  # nba (evaluate next best actions; records nothing)
    "app.cli.actions_cmd",  # actions run, actions outbox
    "app.cli.sync_cmds",  # sync --once, --status, --retry-refused
    "app.cli.admin_cmds",  # admin create-user, deactivate-user, reset-password; login
    "app.cli.queue_cmds",  # queue list, reassign (team leads)
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="acrm", description="aCRM Desk — agent desktop and tools")
    parser.add_argument("--version", action="version", version=f"acrm {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: $ACRM_DB_URL or the embedded SQLite file)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    _accept_db_after_the_command(parser)
    return parser


def _accept_db_after_the_command(parser: argparse.ArgumentParser) -> None:
    """People write `acrm import DIR --db URL` as often as `acrm --db URL import DIR`.

    Every sub-command also takes --db; its default is SUPPRESS, so an absent one leaves the
    value given before the command (or none) in place.
    """
    for action in parser._actions:  # argparse offers no public walk over sub-parsers
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in action.choices.values():
            if not any("--db" in option.option_strings for option in sub._actions):
                sub.add_argument(
                    "--db", metavar="URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS
                )
            _accept_db_after_the_command(sub)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not args.verbose:
        # Alembic narrates each migration step; users need only our one-line summary.
        logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command is None:
        # Bare `acrm` opens the desktop, like `python -m app`.
        args = parser.parse_args([*(argv or sys.argv[1:]), "desk"])
    try:
        return int(args.handler(args) or 0)
    except AcrmError as error:
        print(f"acrm: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("acrm: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence: never a traceback for users
        from app.cli import failures

        return failures.report(error)
