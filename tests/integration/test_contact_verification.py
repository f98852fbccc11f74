"""A contact records whether and how the caller was verified, on the desk and on the server."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from app.models import Contact, OutboxEntry
from app.services.contacts.history import ContactHistoryService
from app.services.contacts.service import ContactService
from app.services.errors import ValidationError
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.integration.test_customer_cli import run
from tests.sync_helpers import add_server_user, open_desktop, unique_login, wrapup


def test_the_verification_is_stored_read_back_and_sent_with_the_contact(sqlite_db) -> None:
    seed_wrapup_codes(sqlite_db)
    customer = make_customer(sqlite_db)
    service = ContactService(sqlite_db, "k.nowak")
    saved = service.record(
        wrapup(customer, verification="verified", verified_with=("date_of_birth", "Hasło"))
    )
    assert (saved.contact.verification, saved.contact.verified_with) == (
        "verified",
        ("date_of_birth", "Hasło"),
    )
    [row] = ContactHistoryService(sqlite_db).page(customer).rows
    assert (row.verification, row.verified_with) == ("verified", ("date_of_birth", "Hasło"))
    with sqlite_db.reading() as session:
        payload = session.scalar(select(OutboxEntry.payload))
    assert payload["verification"] == "verified"
    assert payload["verified_with"] == ["date_of_birth", "Hasło"]


def test_a_contact_without_a_check_records_nothing(sqlite_db) -> None:
    """The CLI and imports do not check identities: NULL, never a made-up "not_verified"."""
    seed_wrapup_codes(sqlite_db)
    customer = make_customer(sqlite_db)
    saved = ContactService(sqlite_db, "k.nowak").record(wrapup(customer))
    assert (saved.contact.verification, saved.contact.verified_with) == (None, ())


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"verification": "trusted_me"}, "verification"),
        ({"verification": "verified", "verified_with": ()}, "verified_with"),
    ],
)
def test_a_bad_verification_names_its_field_and_writes_nothing(sqlite_db, changes, field) -> None:
    seed_wrapup_codes(sqlite_db)
    customer = make_customer(sqlite_db)
    with pytest.raises(ValidationError) as caught:
        ContactService(sqlite_db, "k.nowak").record(wrapup(customer, **changes))
    assert caught.value.field == field
    with sqlite_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


def test_the_card_json_keeps_the_verification_as_a_code(sqlite_db, capsys) -> None:
    seed_wrapup_codes(sqlite_db)
    customer = make_customer(sqlite_db, external_id="C-JSON")
    ContactService(sqlite_db, "k.nowak").record(
        wrapup(customer, verification="failed", verified_with=("postcode",))
    )
    assert run(["--db", sqlite_db.url, "customer", "show", "C-JSON", "--json"]) == 0
    [contact] = json.loads(capsys.readouterr().out)["recent_contacts"]
    assert (contact["verification"], contact["verified_with"]) == ("failed", ["postcode"])


# --- the shared server ---------------------------------------------------------------------


@pytest.fixture
def server(pg_url):
    db = Database(pg_url)
    seed_wrapup_codes(db)
    customer = make_customer(db, external_id="C1")
    yield db, customer
    db.dispose()


@pytest.fixture
def two_desktops(pg_url, server, tmp_path, _sqlite_template):
    a, b = unique_login("a"), unique_login("b")
    add_server_user(pg_url, a)
    add_server_user(pg_url, b)
    desks = [open_desktop(pg_url, login, tmp_path / f"{login}.sqlite3", _sqlite_template)
             for login in (a, b)]  # fmt: skip
    yield desks
    for desk in desks:
        desk.close()


@pytest.mark.postgres
def test_a_verified_contact_reaches_the_other_desk_with_its_check(server, two_desktops) -> None:
    _, customer = server
    a, b = two_desktops
    for desk in (a, b):
        desk.sync.run_once()
    a.contacts.record(
        wrapup(customer, verification="verified", verified_with=("pesel_last4", "postcode"))
    )
    assert a.sync.run_once().pushed == 1
    b.sync.run_once()
    [row] = ContactHistoryService(b.db).page(customer).rows
    assert (row.verification, row.verified_with) == ("verified", ("pesel_last4", "postcode"))


@pytest.mark.postgres
def test_the_server_refuses_a_verification_it_does_not_know(server, two_desktops) -> None:
    """An agent's desk (logged in as the agent) pushing a forged value is refused by the CHECK;
    the row is kept and named, the honest one flows."""
    server_db, customer = server
    a, _ = two_desktops
    a.sync.run_once()
    for index, forged_value in enumerate(("trusted_me", {"not": "a list"})):
        forged = wrapup(customer, reason=f"forged {index}", verification="not_verified")
        a.contacts.record(forged)
        with a.db.unit_of_work() as uow:  # as if a desk had been patched to send anything
            entry = uow.session.scalar(
                select(OutboxEntry).where(OutboxEntry.entity_id == forged.contact_id)
            )
            key = "verification" if index == 0 else "verified_with"
            entry.payload = {**entry.payload, key: forged_value}
            uow.commit()
        honest = wrapup(customer, reason=f"honest {index}", verification="not_needed")
        a.contacts.record(honest)
        report = a.sync.run_once()
        [refused] = report.rejected
        assert refused.entity_id == forged.contact_id
        assert "ck_contacts_verifi" in refused.message
    with server_db.reading() as session:
        stored = session.execute(select(Contact.reason, Contact.verification)).all()
    assert sorted(stored) == [("honest 0", "not_needed"), ("honest 1", "not_needed")]


def test_history_rows_of_older_contacts_read_as_not_recorded(sqlite_db) -> None:
    from tests.factories import add_contact

    customer = make_customer(sqlite_db)
    add_contact(sqlite_db, customer, datetime(2026, 1, 5, tzinfo=UTC))
    [row] = ContactHistoryService(sqlite_db).page(customer).rows
    assert (row.verification, row.verified_with) == (None, ())


def test_not_recorded_is_sql_null_not_json_null(sqlite_db) -> None:
    """The server's CHECK takes NULL or an array: a contact without a check must send NULL."""
    from sqlalchemy import text

    seed_wrapup_codes(sqlite_db)
    customer = make_customer(sqlite_db)
    ContactService(sqlite_db, "k.nowak").record(wrapup(customer))
    with sqlite_db.engine.connect() as connection:
        stored = connection.execute(text("SELECT verified_with IS NULL FROM contacts")).scalar()
    assert stored == 1
