"""The `acrm` command line: one parser, sub-commands registered by small modules."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from app import __version__
from app.cli.logging_step import configure_logging

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
    "app.cli.admin_cmds",  # admin: people, teams, passwords, codes, audit; login
    "app.cli.session_cmds",  # connect (first run without the desk), logout (sign out)
    "app.cli.queue_cmds",  # queue mine, pool, next, take, close; list, reassign (team leads)
    "app.cli.campaign_cmds",  # campaign create, generate, status, close, list
    "app.cli.report_cmds",  # report agents, offers, hourly, campaigns, effectiveness
    "app.cli.config_cmds",  # config show (effective settings: value, source, lock)
    "app.cli.diagnostics_cmd",  # diagnostics (the support report)
    "app.cli.analytics_cmds",  # analytics refresh, show (value, churn, segments, affinity)
)


# Which module registers each top-level command: a command line imports only its own module,
# so `acrm --version` and a screen pop's hand-over do not pay for SQLAlchemy and rule-engine.
MODULE_OF_COMMAND = {
    "desk": "app.cli.desk_cmd",
    "import": "app.cli.data_cmds",
    "demo": "app.cli.data_cmds",
    "customer": "app.cli.customer_cmds",
    "db": "app.cli.db_cmds",
    "rules": "app.cli.rules_cmds",
    "nba": "app.cli.nba_cmd",
    "actions": "app.cli.actions_cmd",
    "sync": "app.cli.sync_cmds",
    "admin": "app.cli.admin_cmds",
    "login": "app.cli.admin_cmds",
    "connect": "app.cli.session_cmds",
    "logout": "app.cli.session_cmds",
    "queue": "app.cli.queue_cmds",
    "campaign": "app.cli.campaign_cmds",
    "report": "app.cli.report_cmds",
    "config": "app.cli.config_cmds",
    "diagnostics": "app.cli.diagnostics_cmd",
    "analytics": "app.cli.analytics_cmds",
}
OPTIONS_WITH_VALUE = {"--db"}


def command_of(argv: list[str]) -> str | None:
    """The top-level command named on the line (None for none, or for help on everything)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in OPTIONS_WITH_VALUE:
            skip = True
        elif token in ("-h", "--help"):
            return None
        elif not token.startswith("-"):
            return token
    return None


def build_parser(modules: tuple[str, ...] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="acrm", description="aCRM Desk — agent desktop and tools")
    parser.add_argument("--version", action="version", version=f"acrm {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: $ACRM_DB_URL or the embedded SQLite file)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
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


def _modules_for(argv: list[str]) -> tuple[str, ...]:
    command = command_of(argv)
    if command in MODULE_OF_COMMAND:
        return (MODULE_OF_COMMAND[command],)
    if command is None and not {"-h", "--help"} & set(argv):
        return (MODULE_OF_COMMAND["desk"],)  # bare `acrm` (or `--version`) opens the desktop
    return COMMAND_MODULES  # help, or a mistyped command: argparse lists them all


def main(argv: list[str] | None = None) -> int:
    line = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_modules_for(line))
    args = parser.parse_args(line)
    if args.command is None:
        # Bare `acrm` opens the desktop, like `python -m app`.
        args = parser.parse_args([*line, "desk"])
    try:
        if not getattr(args, "logs_late", False):  # `acrm desk` hands a screen pop over first
            configure_logging(args.verbose)
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, like other Unix tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("acrm: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130
    except Exception as error:  # bad input, a server's refusal, a bug: one line, exit 2
        from app.cli import failures

        return failures.report(error)
