"""`acrm queue mine | pool | next | take | close`: a consultant working their own queue."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

from app.models.enums import QueueOutcome
from app.services.errors import ValidationError
from app.services.jsonable import to_jsonable
from app.services.queue.entries import QueueEntry

Common = Callable[[argparse.ArgumentParser], None]
BLOCKED = {
    "before_window": "not yet due",
    "outside_hours": "outside calling hours",
    "window_closed": "call window closed",
    "attempts_used": "attempts used up",
}


def register(commands: argparse._SubParsersAction, common: Common, handlers: dict) -> None:
    """Add the consultant's sub-commands to `acrm queue` (`handlers` run them)."""
    mine = commands.add_parser("mine", help="your queue: callbacks, follow-ups, campaign entries")
    mine.add_argument("--json", action="store_true", help="print the items as JSON")
    pool = commands.add_parser("pool", help="your team's (and the centre's) unassigned items")
    pool.add_argument("--json", action="store_true", help="print the items as JSON")
    commands.add_parser("next", help="open the next callable item (exit 1: nothing callable)")
    take = commands.add_parser("take", help="take a pool item (one taker wins; a server decides)")
    take.add_argument("item", metavar="ITEM", help="item id or its first digits")
    close = commands.add_parser("close", help="record how the call ended")
    close.add_argument("item", metavar="ITEM", help="item id or its first digits")
    codes = [code.value for code in QueueOutcome]
    close.add_argument("--outcome", required=True, metavar="CODE",
                       help=f"one of {', '.join(codes)}")  # fmt: skip
    close.add_argument("--at", metavar="ISO", help="the new time, for --outcome rescheduled "
                       "(without a zone: this computer's local time)")  # fmt: skip
    close.add_argument("--note", default="", metavar="TEXT", help="a note kept with the item")
    for name, parser in (("mine", mine), ("pool", pool), ("next", None), ("take", take),
                         ("close", close)):  # fmt: skip
        parser = parser or commands.choices[name]
        common(parser)
        parser.set_defaults(handler=handlers[name])


def entry_json(entry: QueueEntry) -> dict:
    """An entry as JSON, keeping the keys `queue mine --json` printed for callbacks."""
    data = to_jsonable(entry)
    data.update(short_id=entry.short_id, assignee=entry.owner, assignee_name=entry.owner_name)
    return data


def print_entries(entries: list[QueueEntry], as_json: bool, mine: bool) -> None:
    if as_json:
        rows = [{**entry_json(e), "mine": mine} for e in entries]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if entries:
        print(f"{'ITEM':<8}  {'DUE':<16}  {'':<7}  {'KIND':<9}  {'CALL':<22}  "
              f"{'CUSTOMER':<30} REASON")  # fmt: skip
    for e in entries:
        who = f"{e.customer_number} {e.customer_name}".strip()
        late = "overdue" if e.overdue else ""
        print(f"{e.short_id}  {_local(e.due_at)}  {late:<7}  {e.kind:<9}  {_when(e):<22}  "
              f"{who:<30} {e.reason}")  # fmt: skip
    print(_summary(entries, mine), file=sys.stderr)


def print_opened(entry: QueueEntry) -> None:
    """The item `next` opened: who to call, why and what to say."""
    print(f"{entry.short_id}  {entry.kind}  {entry.customer_number} {entry.customer_name}")
    print(f"reason: {entry.reason}")
    if entry.campaign:
        print(f"campaign: {entry.campaign}")
    window = f"; window closes {_local(entry.window_end)}" if entry.window_end else ""
    attempt = f"attempt {entry.attempts + 1} of {entry.max_attempts}"
    print(f"{attempt}; due {_local(entry.due_at)}{window}")
    if entry.script:
        print(f"script:\n{entry.script}")


def nothing_callable(waiting: int, next_at: datetime | None) -> str:
    if next_at is not None:
        return f"nothing callable now; the next item may be called from {_local(next_at)}"
    if waiting:
        return (f"nothing callable now; {waiting} item(s) wait, none may be called again "
                "(call window closed or attempts used up)")  # fmt: skip
    return "nothing to call: your queue and your team's pool are empty"


def reschedule_time(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("--at", f"{text!r} is not a date and time (ISO 8601)") from None
    return when.astimezone(UTC)  # a naive time is this computer's local time


def closed_text(entry: QueueEntry) -> str:
    text = f"{entry.short_id}: {entry.outcome} -> {entry.status}"
    if entry.status == "open":
        text += f", next try from {_local(entry.due_at)} (attempt {entry.attempts + 1} of " \
                f"{entry.max_attempts})"  # fmt: skip
    return text


def _when(entry: QueueEntry) -> str:
    if entry.callable_now:
        return "now"
    reason = BLOCKED.get(entry.blocked, entry.blocked)
    if entry.callable_from is None:
        return reason
    return f"from {entry.callable_from.astimezone():%d.%m %H:%M}"


def _summary(entries: list[QueueEntry], mine: bool) -> str:
    kinds = Counter(e.kind for e in entries)
    parts = [f"{kinds['callback']} open callback(s)", f"{kinds['follow_up']} follow-up(s)",
             f"{kinds['campaign']} campaign entr(y/ies)"]  # fmt: skip
    overdue = sum(e.overdue for e in entries)
    where = "in your queue" if mine else "in the pool"
    return f"{len(entries)} item(s) {where}: {', '.join(parts)}; {overdue} overdue"


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
