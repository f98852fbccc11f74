"""A desktop in its own process for sync tests: `python -m tests.sync_desktop_worker CMD ...`."""

from __future__ import annotations

import argparse
import logging
import sys
import time
import uuid
from pathlib import Path

from app.services.dto import WrapUpInput
from tests.sync_helpers import Desktop, open_desktop, wrapup

MAX_ATTEMPTS = 300  # bounded: a sync that cannot finish must fail the test, not hang it


def say(*words: object) -> None:
    # One line per event, flushed: the test reads these as they happen.
    print(*words, flush=True)


def sync_until(desk: Desktop, done, what: str) -> int:
    """run_once until `done(report)`; returns the failed attempts. Exits 2 when it never is."""
    from app.services.sync.errors import ServerUnavailable

    failures = 0
    for _ in range(MAX_ATTEMPTS):
        try:
            report = desk.sync.run_once()
        except ServerUnavailable:
            failures += 1
            continue
        if done(report):
            return failures
    say("GAVE_UP", what, failures)
    sys.exit(2)


def record_forever(args: argparse.Namespace) -> None:
    """Record contacts without ever syncing, naming each after its commit; wait for SIGKILL."""
    desk = open_desktop(args.pg_url, args.login, Path(args.sqlite))
    customer = uuid.UUID(args.customer)
    say("READY")
    for n in range(args.count):
        entry = wrapup(customer, notes=f"killed-desktop {n}")
        desk.contacts.record(entry)
        say("RECORDED", entry.contact_id)
    say("ALL_RECORDED")
    while True:  # the test kills us here (or earlier, mid-write)
        time.sleep(1)


def record_chunk(desk: Desktop, entries: list[WrapUpInput]) -> None:
    """The rows ContactService.record writes, for many contacts in one local transaction.

    ContactService takes ~10 ms a contact (validation, read-back); 10,000 of them would be
    most of the soak test's time on two cores, and the test is about sync, not recording.
    """
    from app.models import Contact, ContactWrapUp
    from app.services.admin.agents import ensure_agent

    with desk.db.unit_of_work() as uow:
        agent_id = ensure_agent(uow.session, desk.login)
        contacts = [
            Contact(id=entry.contact_id, customer_id=entry.customer_id, channel=entry.channel,
                    direction=entry.direction, agent_id=agent_id, started_at=entry.started_at,
                    ended_at=entry.ended_at, reason=entry.reason, outcome=entry.outcome,
                    notes=entry.notes, caller_number="",
                    wrapups=[ContactWrapUp(code=code, position=i)
                             for i, code in enumerate(entry.codes)])
            for entry in entries
        ]  # fmt: skip
        uow.add_synced(*contacts)  # one flush for the chunk, outbox rows in recording order
        uow.commit()


def soak(args: argparse.Namespace) -> None:
    """First sync, record `count` contacts with syncs in between, push all, then pull on cue."""
    desk = open_desktop(args.pg_url, args.login, Path(args.sqlite), Path(args.template),
                        push_batch_size=args.batch)  # fmt: skip
    customers = [uuid.UUID(c) for c in args.customers.split(",")]
    clock = time.monotonic()
    failures = sync_until(desk, lambda _r: True, "first sync")
    say("READY", failures, f"{time.monotonic() - clock:.1f}s")
    chunk = 100
    recording = syncing = 0.0
    for start in range(0, args.count, chunk):
        clock = time.monotonic()
        entries = [wrapup(customers[n % len(customers)], notes=f"{args.login} {n}")
                   for n in range(start, min(start + chunk, args.count))]  # fmt: skip
        if start == 0:  # the real service for the first chunk, then its rows in bulk
            for entry in entries:
                desk.contacts.record(entry)
        else:
            record_chunk(desk, entries)
        recording += time.monotonic() - clock
        clock = time.monotonic()
        failures += sync_until(desk, lambda _r: True, "sync between chunks")
        syncing += time.monotonic() - clock
    failures += sync_until(desk, lambda _r: desk.sync.status().unsynced == 0, "push")
    if desk.sync.status().rejected:
        say("GAVE_UP", "the server refused rows", desk.sync.store.rejected()[0].message)
        sys.exit(2)
    say("PUSHED", failures, f"record={recording:.1f}s", f"sync={syncing:.1f}s")
    # Pull only once every desktop has pushed: then one clean run means caught up.
    if sys.stdin.readline().strip() != "PULL":
        sys.exit(3)
    clock = time.monotonic()
    failures += sync_until(desk, lambda _r: True, "pull")
    desk.close()
    say("DONE", failures, f"{time.monotonic() - clock:.1f}s")


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.ERROR)
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    kill = commands.add_parser("record-forever")
    kill.add_argument("--sqlite", required=True)
    kill.add_argument("--pg-url", required=True)
    kill.add_argument("--login", required=True)
    kill.add_argument("--customer", required=True)
    kill.add_argument("--count", type=int, default=10**6)
    many = commands.add_parser("soak")
    many.add_argument("--sqlite", required=True)
    many.add_argument("--template", required=True)
    many.add_argument("--pg-url", required=True)
    many.add_argument("--login", required=True)
    many.add_argument("--customers", required=True)
    many.add_argument("--count", type=int, default=500)
    many.add_argument("--batch", type=int, default=100)
    args = parser.parse_args(argv)
    {"record-forever": record_forever, "soak": soak}[args.command](args)


if __name__ == "__main__":
    main()
