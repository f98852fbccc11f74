"""`acrm queue list | reassign | mine`: a lead's team queue, and anyone's own open callbacks."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from app.bootstrap import Services, open_services
from app.cli.password import add_password_option, password_source
from app.services.config import resolve_settings
from app.services.jsonable import to_jsonable
from app.services.queue.team_queue import short_id
from app.services.sync.errors import ServerUnavailable


def register(subparsers: argparse._SubParsersAction) -> None:
    queue = subparsers.add_parser("queue", help="your open callbacks; a team lead's team queue")
    commands = queue.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="the team's open items, soonest due first")
    _common(listing)
    listing.set_defaults(handler=run_list)
    reassign = commands.add_parser("reassign", help="give queue items to another team member")
    reassign.add_argument("items", nargs="+", metavar="ITEM", help="item id or its first digits")
    reassign.add_argument("--to", required=True, metavar="LOGIN", help="the new assignee")
    _common(reassign)
    reassign.set_defaults(handler=run_reassign)
    mine = commands.add_parser("mine", help="your open callbacks, overdue first (any role)")
    mine.add_argument("--json", action="store_true", help="print the callbacks as JSON")
    _common(mine)
    mine.set_defaults(handler=run_mine)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--login", metavar="LOGIN", help="who you are (default: configured)")
    parser.add_argument("--server", metavar="URL", help="server URL (default: the configuration)")
    add_password_option(parser)


@contextmanager
def _services(args: argparse.Namespace) -> Iterator[Services]:
    settings = resolve_settings(args.db, args.login, server_url=args.server)
    with open_services(settings, password=password_source(settings, args.password_stdin)) as s:
        yield s


def run_list(args: argparse.Namespace) -> int:
    with _services(args) as services:
        rows = services.team_queue.open_items()
    if rows:
        print(f"{'ITEM':<8}  {'DUE':<16}  {'KIND':<9} {'ASSIGNEE':<20} CUSTOMER")
    for row in rows:
        due = row.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{short_id(row.id)}  {due}  {row.kind:<9} {row.assignee or '-':<20} {row.customer}")
    print(f"{len(rows)} open item(s)", file=sys.stderr)
    return 0


def run_mine(args: argparse.Namespace) -> int:
    """The signed-in person's open callbacks as the desk's "My callbacks" lists them."""
    with _services(args) as services:
        rows = services.callbacks.mine()
    if args.json:
        print(json.dumps([to_jsonable(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    now = datetime.now(UTC)
    if rows:
        print(f"{'ITEM':<8}  {'DUE':<16}  {'':<7}  {'CUSTOMER':<30} REASON")
    for row in rows:
        due = row.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
        late = "overdue" if row.overdue(now) else ""
        who = f"{row.customer_number} {row.customer_name}".strip()
        print(f"{short_id(row.id)}  {due}  {late:<7}  {who:<30} {row.note}")
    print(f"{len(rows)} open callback(s)", file=sys.stderr)
    return 0


def run_reassign(args: argparse.Namespace) -> int:
    with _services(args) as services:
        done = services.team_queue.reassign(args.items, args.to)
        for change in done:
            print(f"{short_id(change.item_id)}: {change.previous or '-'} -> {change.assignee}")
        if len(done) < len(args.items):
            print(f"{len(args.items) - len(done)} item(s) already with {args.to}")
        return _send(services) if done else 0


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
