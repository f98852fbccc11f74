"""Edits keep the order they were made in: the outbox is pushed by a local sequence, not clock."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select, text

import app.models.base
from app.models import Customer, CustomerPhone, OutboxEntry
from app.services.customers.service import CustomerService
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import BOTH_ROUTES, add_server_user, open_desktop, unique_login


class _TenMinutesSlow(datetime):
    """The desk's wall clock after an NTP step (or a consultant) set it back ten minutes."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return datetime.now(tz) - timedelta(minutes=10)


def _seqs(db: Database) -> list[tuple[str, int]]:
    with db.reading() as session:
        rows = session.execute(select(OutboxEntry.payload, OutboxEntry.seq).order_by(
            OutboxEntry.seq)).all()  # fmt: skip
    return [(row.payload["fields"]["city"], row.seq) for row in rows]


def test_every_outbox_row_is_numbered_in_write_order_however_it_is_written(sqlite_db):
    customer = make_customer(sqlite_db, external_id="C1")
    with sqlite_db.unit_of_work() as uow:  # the ORM, several rows in one flush
        for city in ("a", "b", "c"):
            uow.update_synced(Customer, customer, {"city": city})
        uow.commit()
    with sqlite_db.engine.begin() as connection:  # Core, a multi-row INSERT ... VALUES
        connection.execute(
            insert(OutboxEntry.__table__).values([
                {"id": uuid.uuid4(), "entity": "customer", "entity_id": customer,
                 "operation": "update", "payload": {"fields": {"city": c}},
                 "created_at": datetime(2020, 1, 1, tzinfo=UTC), "attempts": 0, "last_error": ""}
                for c in ("d", "e")
            ])
        )  # fmt: skip
        connection.execute(
            text(
                "INSERT INTO outbox (id, entity, entity_id, operation, payload, created_at, "
                "attempts, last_error) VALUES (:id, 'customer', :c, 'update', "
                "'{\"fields\": {\"city\": \"f\"}}', '2000-01-01 00:00:00.000000', 0, '')"
            ),
            {"id": uuid.uuid4().hex, "c": customer.hex},
        )
    assert _seqs(sqlite_db) == [(c, n) for n, c in enumerate("abcdef", start=1)]


@pytest.fixture
def desks(pg_url, desk_url, tmp_path, _sqlite_template):
    server = Database(pg_url)
    seed_wrapup_codes(server)
    make_customer(server, external_id="C1", city="Kraków", phones=("+48601000001",))
    logins = [unique_login("a"), unique_login("b")]
    for login in logins:
        add_server_user(pg_url, login)
    opened = [open_desktop(desk_url, login, tmp_path / f"{login}.sqlite3", _sqlite_template)
              for login in logins]  # fmt: skip
    for desk in opened:
        desk.sync.run_once()
    yield server, *opened
    for desk in opened:
        desk.close()
    server.dispose()


@BOTH_ROUTES
def test_the_latest_edit_wins_everywhere_when_the_clock_steps_back_between_edits(
    desks, monkeypatch: pytest.MonkeyPatch
):
    server, a, b = desks
    with a.db.reading() as session:
        customer = session.scalar(select(Customer.id))
    edits = CustomerService(a.db)
    edits.update_contact_details(customer, city="Gdańsk", phones=["+48 601 000 002"])
    monkeypatch.setattr(app.models.base, "datetime", _TenMinutesSlow)
    edits.update_contact_details(customer, city="Poznań", phones=["+48 601 000 003"])
    monkeypatch.undo()
    with a.db.reading() as session:
        stamps = session.scalars(select(OutboxEntry.created_at).order_by(OutboxEntry.seq)).all()
    assert stamps[1] < stamps[0]  # the clock really went backwards between the two edits
    assert a.sync.run_once().pushed == 2
    b.sync.run_once()
    for db in (server, a.db, b.db):
        with db.reading() as session:
            assert session.get(Customer, customer).city == "Poznań"
            assert session.scalars(select(CustomerPhone.e164)).all() == ["+48601000003"]
