"""`acrm queue list | reassign`: a team lead reviews the team's open queue and rebalances it."""

from __future__ import annotations

import argparse
import sys

from app.bootstrap import Services, build_services
from app.config import resolve_settings
from app.services.queue.team_queue import short_id
from app.services.sync.errors import ServerUnavailable


def register(subparsers: argparse._SubParsersAction) -> None:
    queue = subparsers.add_parser("queue", help="a team lead's view of the team queue")
    commands = queue.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="the team's open items, soonest due first")
    _common(listing)
    listing.set_defaults(handler=run_list)
    reassign = commands.add_parser("reassign", help="give queue items to another team member")
    reassign.add_argument("items", nargs="+", metavar="ITEM", help="item id or its first digits")
    reassign.add_argument("--to", required=True, metavar="LOGIN", help="the new assignee")
    _common(reassign)
    reassign.set_defaults(handler=run_reassign)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--login", metavar="LOGIN", help="who you are (default: configured)")
    parser.add_argument("--server", metavar="URL", help="server URL (default: the configuration)")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )


def _services(args: argparse.Namespace) -> Services:
    settings = resolve_settings(args.db, args.login, server_url=args.server)
    typed = sys.stdin.readline().rstrip("\n") if args.password_stdin else None

    def password() -> str | None:
        from app.services.storage.credentials import CredentialStore

        assert settings.server is not None
        return typed if typed is not None else CredentialStore().get(settings.server)

    return build_services(settings, password=password)


def run_list(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        rows = services.team_queue.open_items()
    finally:
        services.db.dispose()
    if rows:
        print(f"{'ITEM':<8}  {'DUE':<16}  {'KIND':<9} {'ASSIGNEE':<20} CUSTOMER")
    for row in rows:
        due = row.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{short_id(row.id)}  {due}  {row.kind:<9} {row.assignee or '-':<20} {row.customer}")
    print(f"{len(rows)} open item(s)", file=sys.stderr)
    return 0


def run_reassign(args: argparse.Namespace) -> int:
    services = _services(args)
    try:
        done = services.team_queue.reassign(args.items, args.to)
        for change in done:
            print(f"{short_id(change.item_id)}: {change.previous or '-'} -> {change.assignee}")
        if len(done) < len(args.items):
            print(f"{len(args.items) - len(done)} item(s) already with {args.to}")
        return _send(services) if done else 0
    finally:
        if services.sync is not None:
            services.sync.close()
        services.db.dispose()


def _send(services: Services) -> int:
    """Push at once where a server is configured; offline, the next sync takes it."""
    if services.sync is None:
        return 0
    try:
        report = services.sync.run_once()
    except ServerUnavailable as error:
        print(f"saved here; it goes to the server at the next sync ({error})", file=sys.stderr)
        return 0
    for row in report.rejected:
        print(f"acrm: refused by the server: {row.message}", file=sys.stderr)
    return 1 if report.rejected else 0
