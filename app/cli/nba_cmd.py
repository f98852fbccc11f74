"""`acrm nba`: a customer's next best actions (or everyone's, as JSON lines); records nothing
unless `--shown` says the prompts are being put to the customer now."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TextIO

from app.bootstrap import open_services
from app.cli.customer_cmds import parse_moment
from app.cli.data_cmds import positive_int
from app.rules.arbitrate import DEFAULT_TOP
from app.rules.decide import NbaResult
from app.services.config import resolve_settings
from app.services.errors import AcrmError
from app.services.nba.parallel import default_workers, evaluate_all_lines
from app.services.nba.service import NbaService
from app.services.nba.unreadable import SKIPPED_HINT, skipped_message
from app.services.storage.db import Database

PROGRESS_STEPS = 20  # a progress line every ~5 %


def register(subparsers: argparse._SubParsersAction) -> None:
    nba = subparsers.add_parser(
        "nba",
        help="evaluate next best actions (records nothing unless --shown)",
        description="Evaluates the latest published rule set. Nothing is recorded: no "
        "presentation, no automatic action (that is `acrm actions run`), unless --shown says "
        "a consultant is putting the prompts to the customer now.",
    )
    nba.add_argument("ref", metavar="CUSTOMER_ID", nargs="?", help="external id or UUID")
    nba.add_argument("--all", action="store_true", help="every customer, in external-id order")
    nba.add_argument(
        "--at",
        metavar="ISO",
        type=parse_moment,
        help="evaluate as of this moment (ISO date or date-time; UTC unless it says; default now)",
    )
    nba.add_argument("--json", action="store_true", help="one customer: print JSON")
    nba.add_argument(
        "--jsonl", action="store_true", help="one JSON line per customer (the format of --all)"
    )
    nba.add_argument(
        "--shown",
        action="store_true",
        help="one customer, evaluated now: log the prompts as shown by this agent, as the desk "
        "does (they count for cooldowns and caps, and reach the server with the next sync)",
    )
    nba.add_argument(
        "--top", metavar="N", type=positive_int, default=DEFAULT_TOP, help="prompts to show (3)"
    )
    nba.add_argument(
        "--workers",
        metavar="N",
        type=positive_int,
        help="--all: worker processes (default: 2 for a large file or server database)",
    )
    nba.set_defaults(handler=run_nba)


def run_nba(args: argparse.Namespace) -> int:
    if args.all == (args.ref is not None):
        raise AcrmError("nba: give either a CUSTOMER_ID or --all")
    if args.shown and args.all:
        raise AcrmError("nba: --shown logs what one consultant shows one customer; not with --all")
    as_of = (args.at or datetime.now(UTC)).astimezone(UTC)
    with open_services(resolve_settings(args.db)) as services:
        if services.rulebook.latest_version() is None:
            print("acrm: no rule set is published yet (acrm rules publish)", file=sys.stderr)
        if args.all:
            return _all(services.db, services.nba, as_of, args)
        services.nba.top = args.top
        customer_id = services.cards.resolve(args.ref)
        result = services.nba.for_customer(customer_id, as_of)
        # The same rule as the desk's panel: the offer service decides what counts as shown.
        shown = services.offers.log_shown(customer_id, result) if args.shown else None
    data = result.to_json()
    if shown is not None:
        data["presentations"] = {rule: str(presentation) for rule, presentation in shown.items()}
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.jsonl:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(result_text(result))
        if shown is not None:
            sys.stdout.write(shown_text(shown))
    return 0


def _all(db: Database, nba: NbaService, as_of: datetime, args: argparse.Namespace) -> int:
    ids = nba.customer_ids()
    workers = args.workers or default_workers(db.url, len(ids))
    progress = ProgressLines(sys.stderr)
    chunks = evaluate_all_lines(
        db, as_of, workers=workers, top=args.top, customer_ids=ids, progress=progress
    )
    skipped = 0
    for chunk in chunks:
        # Already JSON lines in UTF-8 (written by the workers): the parent only passes them on.
        chunk.write_to(sys.stdout)
        for item in chunk.skipped:  # named on stderr; everyone else is still evaluated
            skipped += 1
            sys.stderr.write(f"acrm: {skipped_message(item)}\n")
    if skipped:
        sys.stderr.write(f"acrm: {skipped} customer(s) skipped; {SKIPPED_HINT}\n")
        return 1
    return 0


class ProgressLines:
    """ "nba: 1,000 of 20,000 customers" on stderr about every 5 %."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.next_at = 0

    def __call__(self, done: int, total: int) -> None:
        if done < self.next_at and done < total:
            return
        self.next_at = done + max(1, total // PROGRESS_STEPS)
        self.stream.write(f"nba: {done:,} of {total:,} customers\n")
        self.stream.flush()


def shown_text(shown: dict) -> str:
    if not shown:
        return "Shown: no prompts, nothing logged\n"
    lines = ["Shown (logged as presentations):"]
    lines += [f"  - {rule}: {presentation}" for rule, presentation in shown.items()]
    return "\n".join(lines) + "\n"


def result_text(result: NbaResult) -> str:
    """The panel as text: actions with score, script and why; what is not offered; errors."""
    lines = [f"{result.customer_id} at {result.at.isoformat()} (rule set {result.rule_version})"]
    for alert in result.alerts:  # first, as on the card
        lines.append(f"ALERT ({alert.severity}): {alert.title} (why: {alert.explanation})")
    lines.append("Actions:" if result.actions else "Actions: none")
    for number, action in enumerate(result.actions, 1):
        lines.append(
            f"  {number}. {action.rule_name} [{action.kind}, {action.action} via "
            f"{action.channel}, score {action.score.normalize():f}]"
        )
        if action.script:
            lines.append(f"     say: {action.script}")
        lines.append(f"     why: {action.explanation}")
        if action.weighing is not None:
            lines.append(f"     score: {action.score_why}")
    if result.suppressed:
        lines.append("Not offered:")
        lines += [f"  - {held.rule_name}: {held.reason}" for held in result.suppressed]
    if result.errors:
        lines.append("Errors (rules skipped):")
        lines += [f"  - {error.rule_id}: {error.message}" for error in result.errors]
    return "\n".join(lines) + "\n"
