"""Two desktops, two SQLite files, one PostgreSQL: what one records the other sees."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from app.models import Contact, ContactWrapUp, OutboxEntry, QueueItem, User
from app.services.errors import ValidationError
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import BOTH_ROUTES, add_server_user, open_desktop, unique_login, wrapup


@pytest.fixture
def server(pg_url):
    db = Database(pg_url)
    seed_wrapup_codes(db)
    customer = make_customer(db, external_id="C1")
    yield db, customer
    db.dispose()


@pytest.fixture
def two_desktops(pg_url, desk_url, server, tmp_path, _sqlite_template):
    a, b = unique_login("a"), unique_login("b")
    add_server_user(pg_url, a)
    add_server_user(pg_url, b)
    desks = [open_desktop(desk_url, login, tmp_path / f"{login}.sqlite3", _sqlite_template)
             for login in (a, b)]  # fmt: skip
    yield desks
    for desk in desks:
        desk.close()


def count(db: Database, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@BOTH_ROUTES
def test_a_contact_recorded_on_one_desktop_reaches_the_other(server, two_desktops):
    server_db, customer = server
    a, b = two_desktops
    first = a.sync.run_once()
    assert first.full_resync and first.pulled > 0
    b.sync.run_once()
    a.contacts.record(wrapup(customer, codes=("INFO", "SALE")))
    report = a.sync.run_once()
    assert report.pushed == 1
    assert count(server_db, Contact) == 1 and count(server_db, ContactWrapUp) == 2
    b.sync.run_once()
    assert count(b.db, Contact) == 1 and count(b.db, ContactWrapUp) == 2
    with b.db.reading() as session:
        assert session.scalar(select(OutboxEntry.id)) is None  # b recorded nothing itself
    status = a.sync.status()
    assert status.online and status.unsynced == 0 and status.last_sync_at is not None


def test_pushing_twice_keeps_one_row(server, two_desktops):
    server_db, customer = server
    a, _ = two_desktops
    a.sync.run_once()
    a.contacts.record(wrapup(customer))
    a.sync.run_once()
    with a.db.unit_of_work() as uow:  # as if the acknowledgement had been lost
        uow.session.execute(OutboxEntry.__table__.update().values(pushed_at=None))
        uow.commit()
    assert a.sync.run_once().pushed == 1
    assert count(server_db, Contact) == 1


def test_a_correction_supersedes_the_contact_on_every_desk(server, two_desktops):
    from app.services.contacts.history import ContactHistoryService

    _, customer = server
    a, b = two_desktops
    for desk in (a, b):
        desk.sync.run_once()
    first = wrapup(customer, reason="Card question")
    a.contacts.record(first)
    a.contacts.record(wrapup(customer, reason="Card blocked", supersedes_id=first.contact_id))
    with pytest.raises(ValidationError, match="already corrected"):
        a.contacts.record(wrapup(customer, supersedes_id=first.contact_id))
    a.sync.run_once()
    b.sync.run_once()
    for desk in (a, b):
        page = ContactHistoryService(desk.db).page(customer)
        assert [row.reason for row in page.rows] == ["Card blocked"]
        assert count(desk.db, Contact) == 2  # the original stays stored


def test_a_row_the_server_refuses_is_kept_named_and_the_rest_flows(server, two_desktops):
    server_db, customer = server
    a, b = two_desktops
    a.sync.run_once()
    b.sync.run_once()
    forged = wrapup(customer, reason="in someone else's name")
    b.contacts.record(forged)
    with b.db.unit_of_work() as uow:  # as if B's desk wrote A's user id into the row
        a_id = uow.session.scalar(select(User.id).where(User.login == a.login))
        outbox = uow.session.scalar(select(OutboxEntry))
        outbox.payload = {**outbox.payload, "agent_id": str(a_id)}
        uow.commit()
    honest = wrapup(customer)
    b.contacts.record(honest)
    report = b.sync.run_once()
    assert report.pushed == 1
    [refused] = report.rejected
    assert refused.entity_id == forged.contact_id
    assert "you may only record work in your own name" in refused.message
    status = b.sync.status()
    assert (status.unsynced, status.rejected) == (0, 1)
    with server_db.reading() as session:
        assert session.scalars(select(Contact.id)).all() == [honest.contact_id]


@BOTH_ROUTES
def test_a_wrong_password_is_said_as_such_and_nothing_is_lost(pg_url, desk_url, server, tmp_path,
                                                              _sqlite_template):  # fmt: skip
    from app.services.sync.errors import LoginRefused
    from app.services.sync.server import open_server
    from app.services.sync.service import SyncService
    from tests.sync_helpers import server_settings_for

    login = unique_login("c")
    add_server_user(pg_url, login)
    desk = open_desktop(desk_url, login, tmp_path / "c.sqlite3", _sqlite_template)
    settings = server_settings_for(desk_url, login)
    wrong = SyncService(desk.db, settings, lambda: open_server(settings, "not-it"))
    with pytest.raises(LoginRefused, match="wrong password"):
        wrong.run_once()
    assert "wrong password" in wrong.status().last_error
    desk.sync.run_once()  # the right password: works at once
    desk.close()
    wrong.close()


def _forget_local_user(desk, login: str) -> None:
    """As a resync leaves it between emptying `users` and copying it again."""
    with desk.sync.store.applying() as local:
        local.execute(User.__table__.delete().where(User.login == login))


def _synced_then_forgotten(desk):
    """After a first sync, lose the login's users row; returns the server's id for it."""
    desk.sync.run_once()
    server_id = _local_user_id(desk, desk.login)
    _forget_local_user(desk, desk.login)
    return server_id


def _local_user_id(desk, login: str):
    with desk.db.reading() as session:
        return session.scalar(select(User.id).where(User.login == login))


def test_work_recorded_under_a_local_only_id_takes_the_servers_id_and_is_accepted(
    pg_url, server, two_desktops
):
    server_db, customer = server
    a, _ = two_desktops
    server_id = _synced_then_forgotten(a)
    callback_at = wrapup(customer).ended_at + timedelta(days=1)
    a.contacts.record(wrapup(customer, callback_at=callback_at))
    stale_id = _local_user_id(a, a.login)
    assert stale_id is not None and stale_id != server_id

    report = a.sync.run_once()

    assert report.pushed == 2 and report.rejected == ()  # the contact and its callback
    with server_db.reading() as session:
        assert session.scalar(select(Contact.agent_id)) == server_id
        assert session.scalar(select(QueueItem.assigned_to)) == server_id
    with a.db.reading() as session:
        assert session.scalars(select(User.id).where(User.login == a.login)).all() == [server_id]
        assert session.scalar(select(Contact.agent_id)) == server_id
        assert session.scalar(select(QueueItem.assigned_to)) == server_id
    assert a.sync.status().unsynced == 0


def test_a_row_refused_for_its_local_only_id_is_sent_again_with_the_servers_id(
    pg_url, server, two_desktops
):
    server_db, customer = server
    a, _ = two_desktops
    server_id = _synced_then_forgotten(a)
    a.contacts.record(wrapup(customer))
    with a.db.unit_of_work() as uow:  # as an earlier version left it: refused, kept aside
        uow.session.execute(
            OutboxEntry.__table__.update().values(
                rejected_at=datetime.now(UTC),
                last_error="you may only record work in your own name",
            )
        )
        uow.commit()
    assert a.sync.status().unsynced == 0

    assert a.sync.run_once().pushed == 1
    with server_db.reading() as session:
        assert session.scalar(select(Contact.agent_id)) == server_id
    assert a.sync.store.rejected() == []


def test_a_pull_names_the_customers_whose_card_it_changed(pg_url, server, two_desktops):
    server_db, customer = server
    other = make_customer(server_db, external_id="C2")
    a, b = two_desktops
    assert a.sync.run_once().customers_changed is None  # a first sync may change any card
    b.sync.run_once()
    a.contacts.record(wrapup(customer))
    a.sync.run_once()
    report = b.sync.run_once()
    assert report.customers_changed == {customer}
    assert report.changed_card_of(customer) and not report.changed_card_of(other)
    assert b.sync.run_once().customers_changed == frozenset()  # nothing new: no reload


def test_a_deleted_row_names_its_customer_and_a_team_change_names_every_card(
    pg_url, server, two_desktops
):
    server_db, customer = server
    a, b = two_desktops
    a.sync.run_once()
    b.sync.run_once()
    a.contacts.record(wrapup(customer))
    a.sync.run_once()
    b.sync.run_once()
    with server_db.unit_of_work() as uow:  # an administrator removes it on the server
        uow.session.execute(ContactWrapUp.__table__.delete())
        uow.session.execute(Contact.__table__.delete())
        uow.commit()
    assert b.sync.run_once().customers_changed == {customer}
    with server_db.unit_of_work() as uow:
        uow.session.execute(text("UPDATE teams SET name = name || ' (renamed)'"))
        uow.commit()
    assert b.sync.run_once().customers_changed is None
