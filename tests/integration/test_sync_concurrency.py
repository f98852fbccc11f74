"""Twenty desktop processes push and pull through a network that keeps cutting connections."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Contact, ContactWrapUp, OutboxEntry
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import add_server_user, unique_login
from tests.sync_proxy import TcpProxy

REPO = Path(__file__).resolve().parents[2]
DESKTOPS = int(__import__("os").environ.get("SOAK_N", "20"))
PER_DESKTOP = 500
DEADLINE_S = 150  # generous bound for a slow CI box; the run itself takes far less


class Worker:
    """One desktop process and a thread turning its stdout lines into queue items."""

    def __init__(self, login: str, args: list[str], log: Path) -> None:
        self.login = login
        self.log = log
        # stderr to a file: a pipe nobody drains fills up and blocks the worker.
        with log.open("w") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.sync_desktop_worker", "soak", *args],
                cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                text=True,
            )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("EOF")

    def expect(self, word: str, deadline: float) -> list[str]:
        while True:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"{self.login}: no {word} in time") from None
            if line == "EOF" or line.startswith("GAVE_UP"):
                self.proc.wait(30)
                error = self.log.read_text()[-3000:]
                raise AssertionError(f"{self.login}: {line} before {word}: {error}")
            parts = line.split()
            if parts and parts[0] == word:
                print(self.login, line)
                return parts[1:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(30)
        for stream in (self.proc.stdin, self.proc.stdout):
            stream.close()


@pytest.fixture
def proxy(pg_server) -> Iterator[TcpProxy]:
    p = TcpProxy(pg_server.port)
    yield p
    p.close()


def local_state(path: Path) -> tuple[set[uuid.UUID], int]:
    db = Database(f"sqlite:///{path}")
    try:
        with db.reading() as session:
            contacts = set(session.scalars(select(Contact.id)))
            unsynced = session.scalar(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.pushed_at.is_(None))
            )
    finally:
        db.dispose()
    return contacts, unsynced


def test_twenty_desktops_through_a_flaky_network_converge(
    pg_url, proxy, tmp_path, _sqlite_template
):
    server_db = Database(pg_url)
    seed_wrapup_codes(server_db)
    customers = [str(make_customer(server_db, external_id=f"C{i}")) for i in range(3)]
    logins = [unique_login(f"c{i}") for i in range(DESKTOPS)]
    for login in logins:
        add_server_user(pg_url, login)

    workers: list[Worker] = []
    try:
        with proxy.chaos(every_ms=(50, 200), seed=20):
            for login in logins:
                args = ["--sqlite", str(tmp_path / f"{login}.sqlite3"),
                        "--template", str(_sqlite_template), "--pg-url", proxy.url(pg_url),
                        "--login", login, "--customers", ",".join(customers),
                        "--count", str(PER_DESKTOP), "--batch", "100"]  # fmt: skip
                workers.append(Worker(login, args, tmp_path / f"{login}.log"))
            deadline = time.monotonic() + DEADLINE_S
            failed_runs = sum(int(w.expect("PUSHED", deadline)[0]) for w in workers)
            # Everyone has pushed: from here one clean run of each desktop means caught up.
            for worker in workers:
                worker.proc.stdin.write("PULL\n")
                worker.proc.stdin.flush()
            failed_runs += sum(int(w.expect("DONE", deadline)[0]) for w in workers)
            for worker in workers:
                assert worker.proc.wait(30) == 0, worker.log.read_text()[-3000:]
        assert proxy.cuts > 0 and failed_runs > 0  # the faults really happened

        with server_db.reading() as session:
            server_ids = list(session.scalars(select(Contact.id)))
            wrapups = session.scalar(select(func.count()).select_from(ContactWrapUp))
        assert len(server_ids) == DESKTOPS * PER_DESKTOP
        assert len(set(server_ids)) == len(server_ids)
        assert wrapups == DESKTOPS * PER_DESKTOP  # one code each, none doubled
        for login in logins:
            contacts, unsynced = local_state(tmp_path / f"{login}.sqlite3")
            assert unsynced == 0, login
            assert contacts == set(server_ids), login
    finally:
        for worker in workers:
            worker.stop()
        server_db.dispose()
