"""Desks on the shared server: taking asks the server, closing travels by sync, both ways."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.models import QueueItem, Team
from app.services.calling_hours_settings import CallingHours
from app.services.queue.errors import Conflict, NeedsServer
from app.services.queue.work_queue import WorkQueueService
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import add_server_user, open_desktop, unique_login

# Any time of day: these tests are about who holds an item, not when it may be called.
ALWAYS = CallingHours(weekdays=(datetime.min.time(), datetime.max.time()),
                      saturday=(datetime.min.time(), datetime.max.time()),
                      sunday=(datetime.min.time(), datetime.max.time()))  # fmt: skip


@pytest.fixture
def floor(pg_url, tmp_path, _sqlite_template):
    server = Database(pg_url)
    seed_wrapup_codes(server)
    customer = make_customer(server, external_id="C1", first_name="Anna", last_name="Nowak")
    desks = []
    for name in ("a", "b"):
        login = unique_login(name)
        add_server_user(pg_url, login, role="agent", team="T1")
        desks.append(open_desktop(pg_url, login, tmp_path / f"{name}.sqlite3", _sqlite_template))
    try:
        yield server, customer, desks
    finally:
        for desk in desks:
            desk.close()
        server.dispose()


def pool_item(server: Database, customer: uuid.UUID) -> uuid.UUID:
    with server.unit_of_work() as uow:
        team = uow.session.scalar(select(Team.id).where(Team.name == "T1"))
        item = QueueItem(id=uuid.uuid4(), kind="follow_up", customer_id=customer, team_id=team,
                         due_at=datetime.now(UTC) - timedelta(hours=1), reason="Oferta karty",
                         max_attempts=2)  # fmt: skip
        uow.session.add(item)
        uow.commit()
    return item.id


def queue(desk) -> WorkQueueService:
    return WorkQueueService(desk.db, desk.login, hours=ALWAYS, server=desk.sync.server_database)


def server_row(server: Database, item: uuid.UUID) -> QueueItem:
    with server.reading() as session:
        row = session.get(QueueItem, item)
        session.expunge(row)
        return row


def test_a_take_is_decided_by_the_server_and_the_loser_hears_who_won(floor) -> None:
    server, customer, (a, b) = floor
    item = pool_item(server, customer)
    a.sync.run_once()
    b.sync.run_once()
    assert [e.id for e in queue(b).pool()] == [item]

    taken = queue(a).take(item.hex[:8])

    assert taken.owner == a.login and queue(a).mine()[0].id == item
    assert server_row(server, item).assigned_to is not None
    # B's cache still shows the pool; the server says no, and B's cache learns the owner.
    with pytest.raises(Conflict, match=f"taken by {a.login}"):
        queue(b).take(item)
    assert queue(b).pool() == []


def test_two_desks_pressing_take_at_once_one_wins(floor) -> None:
    server, customer, (a, b) = floor
    items = [pool_item(server, customer) for _ in range(3)]
    a.sync.run_once()
    b.sync.run_once()
    for item in items:
        results: dict[str, str] = {}
        barrier = threading.Barrier(2)

        def press(desk, item=item, results=results, barrier=barrier) -> None:
            service = queue(desk)
            barrier.wait()
            try:
                service.take(item)
                results[desk.login] = "won"
            except Conflict:
                results[desk.login] = "lost"

        threads = [threading.Thread(target=press, args=(desk,)) for desk in (a, b)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sorted(results.values()) == ["lost", "won"]


def test_next_takes_from_the_pool_and_the_closing_reaches_the_other_desk(floor) -> None:
    server, customer, (a, b) = floor
    item = pool_item(server, customer)
    a.sync.run_once()

    entry = queue(a).next()
    assert entry.id == item and entry.status == "in_progress" and entry.owner == a.login
    closed = queue(a).close(item, "no_answer", note="Poczta głosowa")
    assert (closed.status, closed.attempts) == ("open", 1)
    report = a.sync.run_once()
    assert not report.rejected

    on_server = server_row(server, item)
    assert (on_server.status, on_server.attempts, on_server.outcome) == ("open", 1, "no_answer")
    assert on_server.last_attempt_at is not None and on_server.note == "Poczta głosowa"
    assert on_server.due_at == closed.due_at
    b.sync.run_once()
    seen = WorkQueueService(b.db, b.login, hours=ALWAYS).entry(item)
    assert (seen.owner, seen.attempts, seen.outcome, seen.due_at) == (
        a.login, 1, "no_answer", closed.due_at)  # fmt: skip


def test_taking_without_the_server_says_it_needs_it(floor, pg_url, tmp_path) -> None:
    server, customer, (a, _) = floor
    item = pool_item(server, customer)
    a.sync.run_once()
    dead = make_url(pg_url).set(port=1)  # nothing listens there
    from app.services.sync.server import open_server
    from tests.sync_helpers import PASSWORD, server_settings_for

    settings = server_settings_for(dead.render_as_string(hide_password=False), a.login)
    offline = WorkQueueService(a.db, a.login, hours=ALWAYS,
                               server=lambda: open_server(settings, PASSWORD))  # fmt: skip
    with pytest.raises(NeedsServer, match="taking a pool item needs the server"):
        offline.take(item)
    with pytest.raises(NeedsServer):
        offline.next()  # nothing of mine: the pool needs the server too
    assert queue(a).pool()[0].owner == ""  # the cache was not changed
