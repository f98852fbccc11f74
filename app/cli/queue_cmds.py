"""`acrm queue ...`: a lead's team queue (list, reassign) and anyone's own queue (mine, pool,
next, take, close; see queue_work)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from app.bootstrap import Services, open_services
from app.cli import queue_work
from app.cli.password import add_password_option, password_source
from app.cli.send_now import send_now
from app.services.config import resolve_settings
from app.services.queue.team_queue import short_id


def register(subparsers: argparse._SubParsersAction) -> None:
    queue = subparsers.add_parser(
        "queue", help="your queue and your team's pool; a team lead's team queue"
    )
    commands = queue.add_subparsers(dest="queue_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="the team's open items, soonest due first")
    _common(listing)
    listing.set_defaults(handler=run_list)
    reassign = commands.add_parser("reassign", help="give queue items to another team member")
    reassign.add_argument("items", nargs="+", metavar="ITEM", help="item id or its first digits")
    reassign.add_argument("--to", required=True, metavar="LOGIN", help="the new assignee")
    _common(reassign)
    reassign.set_defaults(handler=run_reassign)
    handlers = dict(mine=run_mine, pool=run_pool, next=run_next, take=run_take, close=run_close)
    queue_work.register(commands, _common, handlers)


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
    """All my pending items (callbacks, follow-ups, campaign entries), overdue first."""
    with _services(args) as services:
        entries = services.work_queue.mine()
    queue_work.print_entries(entries, args.json, mine=True)
    return 0


def run_pool(args: argparse.Namespace) -> int:
    """My team's and the centre's unassigned items, as they may be taken."""
    with _services(args) as services:
        entries = services.work_queue.pool()
    queue_work.print_entries(entries, args.json, mine=False)
    return 0


def run_next(args: argparse.Namespace) -> int:
    """Open the next callable item (mine first, else taken from the pool); 1: nothing now."""
    with _services(args) as services:
        queue = services.work_queue
        entry = queue.next()
        if entry is None:
            waiting = len(queue.mine()) + len(queue.pool())
            print(f"acrm: {queue_work.nothing_callable(waiting, queue.next_callable_at())}",
                  file=sys.stderr)  # fmt: skip
            return 1
        queue_work.print_opened(entry)
        return send_now(services)


def run_take(args: argparse.Namespace) -> int:
    with _services(args) as services:
        entry = services.work_queue.take(args.item)
    print(f"{entry.short_id}: taken ({entry.customer_number} {entry.customer_name}, "
          f"{entry.reason})")  # fmt: skip
    return 0


def run_close(args: argparse.Namespace) -> int:
    when = queue_work.reschedule_time(args.at)
    with _services(args) as services:
        entry = services.work_queue.close(
            args.item, args.outcome, reschedule_to=when, note=args.note
        )
        print(queue_work.closed_text(entry))
        return send_now(services)


def run_reassign(args: argparse.Namespace) -> int:
    with _services(args) as services:
        done = services.team_queue.reassign(args.items, args.to)
        for change in done:
            print(f"{short_id(change.item_id)}: {change.previous or '-'} -> {change.assignee}")
        if len(done) < len(args.items):
            print(f"{len(args.items) - len(done)} item(s) already with {args.to}")
        return send_now(services) if done else 0
