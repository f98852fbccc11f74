"""`acrm actions run | outbox | retry`: the daily automatic-action job and its ledger."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from app.bootstrap import Services, open_services
from app.cli.customer_cmds import parse_moment
from app.cli.failures import refuse_cache_only
from app.services.actions.delivery import CLAIM_MARGIN, DEFAULT_RUN_DEADLINE, DeliveryLimits
from app.services.actions.webhook import DEFAULT_MESSAGE_DEADLINE
from app.services.config import WEBHOOK_URL_ENV, resolve_settings
from app.services.dto import LedgerRow
from app.services.errors import AcrmError
from app.services.nba.unreadable import SKIPPED_HINT

OUTBOX_HINT = "see `acrm actions outbox` for the errors; `acrm actions retry` sends them again"


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = subparsers.add_parser("actions", help="automatic actions (daily job, outbox)")
    commands = actions.add_subparsers(dest="actions_command", metavar="ACTION", required=True)
    run = commands.add_parser("run", help="run the automatic rules for every customer")
    run.add_argument(
        "--at",
        metavar="ISO",
        type=parse_moment,
        help="evaluate as of this moment (ISO date or date-time; UTC unless it says; default now)",
    )
    _webhook_option(run)
    _deadline_options(run)
    run.set_defaults(handler=run_actions)
    outbox = commands.add_parser("outbox", help="list the action ledger, newest first")
    outbox.add_argument("--limit", type=_positive, default=50, metavar="N", help="rows (50)")
    outbox.add_argument("--json", action="store_true", help="print the rows as JSON")
    outbox.set_defaults(handler=show_outbox)
    retry = commands.add_parser("retry", help="send pending and failed actions to the webhook")
    _webhook_option(retry)
    _deadline_options(retry)
    retry.set_defaults(handler=retry_actions)


def _webhook_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--webhook-url",
        metavar="URL",
        help=f"deliver to this URL (default: ${WEBHOOK_URL_ENV}; none: keep in the local outbox)",
    )


def _deadline_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--message-deadline",
        type=_seconds,
        default=DEFAULT_MESSAGE_DEADLINE,
        metavar="SECONDS",
        help="total time for one message: every attempt, the pauses between them and a slow "
        f"answer (default {DEFAULT_MESSAGE_DEADLINE:g}); then it counts as failed, for a retry",
    )
    parser.add_argument(
        "--run-deadline",
        type=_seconds,
        default=DEFAULT_RUN_DEADLINE,
        metavar="SECONDS",
        help=f"total time this run may spend sending (default {DEFAULT_RUN_DEADLINE:g}); "
        "what is not sent by then stays pending for the next run",
    )
    parser.add_argument(
        "--claim-lease",
        type=_seconds,
        metavar="SECONDS",
        help="how long this run's claim on a message holds; a run that crashed leaves it "
        "claimed this long before another run sends it again, with the same Idempotency-Key "
        f"(default: the message deadline + {CLAIM_MARGIN:g}; must exceed the message deadline)",
    )


def _limits(args: argparse.Namespace) -> DeliveryLimits:
    limits = DeliveryLimits(args.message_deadline, args.run_deadline, args.claim_lease)
    if limits.claim_seconds <= limits.message:
        raise AcrmError(
            f"--claim-lease {limits.claim_seconds:g} must be longer than --message-deadline "
            f"{limits.message:g}: a claim must outlive the message it covers"
        )
    return limits


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return value


ON_THE_SERVER = (
    "run the daily job on the server itself: acrm actions {} --db postgresql://admin@HOST/DB"
)


@contextmanager
def _services(args: argparse.Namespace, writes: str = "") -> Iterator[Services]:
    """The services; a command that `writes` the ledger never does so in a server's cache
    (each desk would record and send the same actions again)."""
    settings = resolve_settings(args.db, webhook_url=getattr(args, "webhook_url", None))
    if writes:
        refuse_cache_only(
            settings, f"actions not {writes}", ON_THE_SERVER.format(args.actions_command)
        )
    with open_services(settings) as services:
        yield services


def run_actions(args: argparse.Namespace) -> int:
    """Exit 0, or 1 when some deliveries failed (they stay in the ledger for `retry`) or some
    customers were skipped because their data cannot be evaluated (named on stderr)."""
    as_of = args.at or datetime.now(UTC)
    limits = _limits(args)
    with _services(args, writes="run") as services:
        report = services.actions.run(as_of, limits=limits)
        target = services.actions.webhook_url or "local outbox"
    lines = [
        f"as of: {as_of.isoformat()}",
        f"delivery: {target}",
        f"customers evaluated: {report.customers}",
        f"actions executed: {report.executed}",
        f"already done this period: {report.already_done}",
        f"kept in the local outbox: {report.local}",
        f"delivered: {report.delivered}",
        f"delivery failed: {report.failed}",
        f"taken by another run: {report.taken}",
        f"left for the next run: {report.postponed}",
        f"follow-up calls queued: {report.follow_ups}",
        f"rule failures: {report.errors}",
        f"customers skipped: {len(report.skipped)}",
    ]
    print("\n".join(lines))
    for item in report.skipped:
        print(f"acrm: {item.message()}", file=sys.stderr)
    if report.skipped:
        print(f"acrm: {len(report.skipped)} customer(s) skipped; {SKIPPED_HINT}", file=sys.stderr)
    return max(_verdict(report.failed, report.postponed, limits), 1 if report.skipped else 0)


def retry_actions(args: argparse.Namespace) -> int:
    limits = _limits(args)
    with _services(args, writes="sent") as services:
        if not services.actions.webhook_url:
            raise AcrmError(
                f"no webhook URL (--webhook-url or ${WEBHOOK_URL_ENV}): nothing to send to"
            )
        report = services.actions.deliver_pending(limits=limits)
    lines = [
        f"delivered: {report.delivered}",
        f"delivery failed: {report.failed}",
        f"taken by another run: {report.taken}",
        f"left for the next run: {report.postponed}",
    ]
    print("\n".join(lines))
    return _verdict(report.failed, report.postponed, limits)


def _verdict(failed: int, postponed: int, limits: DeliveryLimits) -> int:
    """Exit 1 when something was not delivered, saying what and where to look."""
    if failed:
        print(f"acrm: {failed} deliveries failed; {OUTBOX_HINT}", file=sys.stderr)
    if postponed:
        print(
            f"acrm: the run's deadline of {limits.run:g} s passed; {postponed} actions were "
            "not sent and stay pending for the next `acrm actions run` or `acrm actions retry`",
            file=sys.stderr,
        )
    return 1 if failed or postponed else 0


def show_outbox(args: argparse.Namespace) -> int:
    with _services(args) as services:
        rows = services.actions.outbox(limit=args.limit)
    if args.json:
        json.dump([_row_json(row) for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("(the action ledger is empty)")
    for row in rows:
        print(_row_text(row))
    return 0


def _row_json(row: LedgerRow) -> dict:
    return {
        "id": str(row.id),
        "created_at": row.created_at.isoformat(),
        "customer": row.external_id,
        "rule_id": row.rule_id,
        "action": row.action,
        "channel": row.channel,
        "status": row.status,
        "attempts": row.attempts,
        "last_error": row.last_error,
        "message": row.message,
    }


def _row_text(row: LedgerRow) -> str:
    when = row.created_at.strftime("%Y-%m-%d %H:%M UTC")
    what = f"{row.rule_id} -> {row.action} ({row.channel})"
    line = f"{when}  {row.status:<9}  {row.external_id}  {what}"
    line += f"\n    {row.message}"
    if row.last_error:
        line += f"\n    last error (after {row.attempts} attempts): {row.last_error}"
    return line
