"""Closing callbacks on the shared server: my own goes through sync; someone else's never does."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import QueueItem
from app.services.queue.callbacks import CallbackService
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.security_helpers import (  # noqa: F401  (fixtures)
    NOW,
    Cast,
    cast,
    hardened_server,
    refused_or_nothing,
    run_as,
    unchanged,
)
from tests.sync_helpers import add_server_user, open_desktop, unique_login, wrapup


def two_desks(pg_url, tmp_path, template):
    """The server with a customer, and two agents of one team each on a desk of his own."""
    server = Database(pg_url)
    seed_wrapup_codes(server)
    customer = make_customer(server, external_id="C1", first_name="Anna", last_name="Nowak")
    desks = []
    for name in ("a", "b"):
        login = unique_login(name)
        add_server_user(pg_url, login, role="agent", team="T1")
        desks.append(open_desktop(pg_url, login, tmp_path / f"{name}.sqlite3", template))
    return server, customer, *desks


def promise_on(a, b, customer):
    """A callback promised on desk A, synced to both desks."""
    a.sync.run_once()
    promised = a.contacts.record(
        wrapup(customer, callback_at=wrapup(customer).ended_at + timedelta(days=1))
    )
    a.sync.run_once()
    b.sync.run_once()
    return promised


def test_my_callback_closed_offline_reaches_the_server_and_the_other_desks(
    pg_url, tmp_path, _sqlite_template
) -> None:
    server, customer, a, b = two_desks(pg_url, tmp_path, _sqlite_template)
    try:
        promised = promise_on(a, b, customer)
        assert [row.id for row in CallbackService(b.db, b.login).for_customer(customer)] == [
            promised.callback_id
        ]

        # Written on A's cache alone (offline), then pushed by the next sync.
        a.contacts.record(wrapup(customer, close_callbacks=(promised.callback_id,)))
        assert CallbackService(a.db, a.login).mine() == []
        report = a.sync.run_once()
        assert not report.rejected

        with server.reading() as session:
            assert session.get(QueueItem, promised.callback_id).status == "done"
        b.sync.run_once()
        assert CallbackService(b.db, b.login).for_customer(customer) == []
    finally:
        for desk in (a, b):
            desk.close()
        server.dispose()


def _callback_of(on: Cast, login: str, status: str = "open") -> uuid.UUID:
    item = uuid.uuid4()
    with on.superuser() as conn:
        conn.execute(
            "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, "
            "status, note, created_at, updated_at) SELECT %s, 'callback', %s, u.id, u.team_id, "
            "%s, %s, 'Oddzwonić', %s, %s FROM users u WHERE u.login = %s",
            (item, on.customers[0], NOW + timedelta(hours=2), status, NOW, NOW, login),
        )
    return item


def _status(on: Cast, item: uuid.UUID) -> str:
    with on.superuser() as conn:
        return conn.execute("SELECT status FROM queue_items WHERE id = %s", (item,)).fetchone()[0]


def test_an_agent_closes_and_reopens_their_own_callback_on_the_server(cast: Cast) -> None:  # noqa: F811
    item = _callback_of(cast, cast.agent.login)
    update = "UPDATE queue_items SET status = %s, updated_at = now() WHERE id = %s"
    assert run_as(cast, cast.agent, update, ("done", item)) == 1
    assert _status(cast, item) == "done"
    assert run_as(cast, cast.agent, update, ("open", item)) == 1
    assert _status(cast, item) == "open"


@pytest.mark.parametrize(("before", "after"), [("open", "done"), ("done", "open")])
def test_a_team_mate_can_neither_close_nor_reopen_anothers_callback(
    cast: Cast,  # noqa: F811
    before: str,
    after: str,
) -> None:
    """Same team, same customer, plain SQL as `psql` would send it: nothing changes."""
    item = _callback_of(cast, cast.other_agent.login, status=before)
    statement = f"UPDATE queue_items SET status = '{after}', updated_at = now() WHERE id = '{item}'"
    with unchanged(cast):
        refused_or_nothing(cast, cast.agent, statement)
        refused_or_nothing(cast, cast.outsider, statement)
    assert _status(cast, item) == before


def test_a_desk_cannot_close_a_callback_it_does_not_hold(pg_url, tmp_path, _sqlite_template):
    """Past the desk's own check (a forged outbox row), the server leaves the item open."""
    from app.models import OutboxEntry

    server, customer, a, b = two_desks(pg_url, tmp_path, _sqlite_template)
    try:
        promised = promise_on(a, b, customer)
        item = promised.callback_id
        with b.db.unit_of_work() as uow:
            payload = {"id": str(item), "fields": {"status": "done"}}
            uow.session.add(
                OutboxEntry(entity="queue_item", entity_id=item, operation="update",
                            payload=payload)
            )  # fmt: skip
            uow.commit()
        report = b.sync.run_once()
        with server.reading() as session:
            assert session.scalar(select(QueueItem.status).where(QueueItem.id == item)) == "open"
        # Refused and kept in sight, not acknowledged as if the server had closed it.
        [refused] = report.rejected
        assert f"not {b.login}'s to change" in refused.message
        assert b.sync.status().unsynced == 0
    finally:
        for desk in (a, b):
            desk.close()
        server.dispose()
