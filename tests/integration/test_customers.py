"""CustomerService: creating a customer for an unknown caller, and reading identities."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.models import Customer, CustomerEmail, CustomerPhone, OutboxEntry
from app.services.customers.search import SearchService
from app.services.customers.service import CustomerService
from app.services.errors import NotFound, ValidationError
from tests.factories import make_customer


@pytest.fixture
def service(sqlite_db) -> CustomerService:
    return CustomerService(sqlite_db)


def row_counts(db) -> tuple[int, ...]:
    with db.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Customer, CustomerPhone, CustomerEmail, OutboxEntry)
        )


def test_create_writes_customer_contact_points_and_outbox(sqlite_db, service):
    who = service.create(
        "  Żaneta ",
        "Łęcka-Wiśniewska",
        phone="601 234 567",
        email=" Zaneta@Example.PL ",
        birth_date=date(1991, 7, 4),
        city="Gdańsk",
        segment="premium",
    )
    assert re.fullmatch(r"N-[0-9A-F]{8}", who.external_id)
    assert (who.first_name, who.last_name) == ("Żaneta", "Łęcka-Wiśniewska")
    assert who.phones == ("+48601234567",)
    assert who.emails == ("zaneta@example.pl",)
    assert who.age is not None and who.age >= 35
    assert (who.city, who.segment) == ("Gdańsk", "premium")
    assert row_counts(sqlite_db) == (1, 1, 1, 1)
    with sqlite_db.reading() as session:
        keys = session.execute(select(Customer.first_key, Customer.last_key)).one()
        national = session.scalar(select(CustomerPhone.national))
        outbox = session.execute(select(OutboxEntry.entity, OutboxEntry.entity_id)).one()
        payload = session.scalar(select(OutboxEntry.payload))
    assert tuple(keys) == ("zaneta", "lecka-wisniewska")
    assert national == "601234567"
    assert tuple(outbox) == ("customer", who.id)
    assert payload["external_id"] == who.external_id
    assert payload["phones"] == ["+48601234567"]
    assert payload["birth_date"] == "1991-07-04"


def test_created_customer_is_found_by_search(sqlite_db, service):
    who = service.create("Łucja", "Nowak", phone="+48 602 111 222")
    search = SearchService(sqlite_db)
    assert [hit.id for hit in search.search("lucja now")] == [who.id]
    assert [hit.id for hit in search.search("602 111")] == [who.id]
    assert [hit.id for hit in search.search(who.external_id.lower())] == [who.id]


def test_only_names_are_required(sqlite_db, service):
    who = service.create("Jan", "Nowak")
    assert (who.phones, who.emails, who.birth_date, who.age) == ((), (), None, None)
    assert row_counts(sqlite_db) == (1, 0, 0, 1)


def test_external_ids_are_unique(service):
    ids = {service.create("Jan", f"Nowak{i}").external_id for i in range(20)}
    assert len(ids) == 20


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("first_name", {"first_name": "  "}),
        ("last_name", {"last_name": ""}),
        ("first_name", {"first_name": "x" * 101}),
        ("phone", {"phone": "12"}),
        ("phone", {"phone": "not a phone"}),
        ("email", {"email": "jan.example.pl"}),
        ("email", {"email": "jan@localhost"}),
        ("email", {"email": "jan @example.pl"}),
        # Two days ahead: a run collected before midnight and run after still sees the future.
        (
            "birth_date",
            {"birth_date": datetime.now(UTC).date() + timedelta(days=2)},
        ),  # 2: collected before midnight, run after
        ("birth_date", {"birth_date": date(1899, 12, 31)}),
        ("city", {"city": "x" * 101}),
        ("segment", {"segment": "x" * 51}),
    ],
)
def test_invalid_input_names_the_field_and_writes_nothing(sqlite_db, service, field, kwargs):
    arguments = {"first_name": "Jan", "last_name": "Nowak", **kwargs}
    with pytest.raises(ValidationError) as error:
        service.create(**arguments)
    assert error.value.field == field
    assert row_counts(sqlite_db) == (0, 0, 0, 0)


def test_identity_of_an_imported_customer(sqlite_db, service):
    cid = make_customer(sqlite_db, birth_date=date(1980, 1, 1), emails=("a@b.pl",))
    who = service.identity(cid)
    assert who.id == cid
    assert who.full_name == "Łukasz Wójcik"
    assert who.emails == ("a@b.pl",)


def test_identity_of_an_unknown_customer(service):
    with pytest.raises(NotFound):
        service.identity(uuid.uuid4())
