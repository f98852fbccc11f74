"""Measure what one automatic-action delivery costs; print median and p95 per message.

    .venv/bin/python bench/bench_actions.py                       # a fresh SQLite file
    .venv/bin/python bench/bench_actions.py --db postgresql://... # an empty, migratable db

Three ways to send to a local receiver that answers at once: a bare httpx POST (the floor),
WebhookClient.send (the helper thread that enforces the deadline per message), and a whole
delivery of one ledger row (claim committed, send, result recorded).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models import ActionLedgerEntry, Customer
from app.services.actions.delivery import Delivery, DeliveryLimits
from app.services.actions.webhook import WebhookClient
from app.services.storage import migrate
from app.services.storage.db import Database

PAYLOAD = {"action": "send_birthday_email", "customer": {"external_id": "B1"}, "script": "Hi"}


class _Quick(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else each answer waits for a delayed ACK (about 40 ms)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args) -> None:
        return


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL", help="database (default: a temporary SQLite file)")
    parser.add_argument("--messages", type=int, default=300, metavar="N")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        migrate.upgrade(db.engine)
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Quick)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = "http://{}:{}/hook".format(*server.server_address[:2])
        try:
            measure(db, url, args.messages)
        finally:
            server.shutdown()
            db.dispose()
    return 0


def measure(db: Database, url: str, n: int) -> None:
    print(f"{n} messages to a local receiver; database {db.engine.dialect.name}")
    plain = httpx.Client(timeout=5.0)
    report("bare httpx POST", [lambda: plain.post(url, json=PAYLOAD)] * n)
    client = WebhookClient(url)
    report("WebhookClient.send", [lambda: client.send(PAYLOAD, "k")] * n)
    delivery = Delivery(db, client, DeliveryLimits())
    report("claim + send + record", [_one(delivery, row) for row in pending_rows(db, n)])


def _one(delivery: Delivery, ledger_id: uuid.UUID) -> Callable[[], object]:
    return lambda: delivery.send([ledger_id])


def pending_rows(db: Database, n: int) -> list[uuid.UUID]:
    ids = []
    now = datetime.now(UTC)
    with db.unit_of_work() as uow:
        for number in range(n):
            customer = Customer(
                id=uuid.uuid4(),
                external_id=f"BENCH{number}",
                first_name="Anna",
                last_name="Nowak",
                first_key="anna",
                last_key="nowak",
                city="Kraków",
                segment="mass",
            )
            uow.session.add(customer)
            uow.session.flush()
            entry = ActionLedgerEntry(
                id=uuid.uuid4(),
                rule_id="bench",
                rule_version=1,
                customer_id=customer.id,
                period="2026",
                action="send_birthday_email",
                channel="email",
                status="pending",
                payload=PAYLOAD,
                created_at=now,
            )
            uow.session.add(entry)
            ids.append(entry.id)
        uow.commit()
    return ids


def report(label: str, calls: list[Callable[[], object]]) -> None:
    times = []
    for number, call in enumerate(calls):
        started = time.perf_counter()
        call()
        if number >= 10:  # warm-up: connections, statement caches
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{label:<24} median {statistics.median(times):6.2f} ms   p95 {p95:6.2f} ms")


if __name__ == "__main__":
    sys.exit(main())
