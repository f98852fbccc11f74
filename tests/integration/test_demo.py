"""Demo data: deterministic by seed, realistic, importable, with visible story customers."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Complaint, Consent, Customer, Product, Transaction
from app.services.demo.data import ensure_demo_data, generate_demo, write_demo_csvs
from app.services.demo.names import FEMALE_FIRST, feminine_surname
from app.services.demo.people import phone_number
from app.services.normalise import to_e164
from tests.integration.import_helpers import table_counts

AS_OF = date(2026, 3, 1)


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_same_seed_same_bytes_other_seed_other_data(tmp_path: Path) -> None:
    counts = write_demo_csvs(tmp_path / "a", customers=120, seed=11, as_of=AS_OF)
    write_demo_csvs(tmp_path / "b", customers=120, seed=11, as_of=AS_OF)
    write_demo_csvs(tmp_path / "c", customers=120, seed=12, as_of=AS_OF)
    for name, count in counts.items():
        a = (tmp_path / "a" / name).read_bytes()
        assert a == (tmp_path / "b" / name).read_bytes(), name
        assert len(rows(tmp_path / "a", name)) == count
    assert (tmp_path / "a" / "contacts.csv").read_bytes() != (
        tmp_path / "c" / "contacts.csv"
    ).read_bytes()
    assert counts["customers.csv"] == 120
    assert 600 <= counts["transactions.csv"] <= 1800  # about 10 per customer
    assert 600 <= counts["contacts.csv"] <= 1800
    assert counts["wrapup_codes.csv"] >= 12


def test_people_look_polish_and_phones_are_valid(tmp_path: Path) -> None:
    write_demo_csvs(tmp_path, customers=400, seed=1, as_of=AS_OF)
    people = rows(tmp_path, "customers.csv")
    names = {p["first_name"] for p in people} | {p["last_name"] for p in people}
    assert any(set(name) & set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ") for name in names)
    for person in people:
        if person["first_name"] in FEMALE_FIRST:
            assert not person["last_name"].endswith(("ski", "cki", "dzki", "ny"))
        for raw in person["phone"].split(";"):
            e164 = to_e164(raw, "PL")
            assert e164 is not None and e164[3] in "5678", raw
    e164s = [to_e164(raw, "PL") for p in people for raw in p["phone"].split(";")]
    assert len(set(e164s)) == len(e164s)  # nobody shares a number: screen pop is unambiguous
    formats = {
        "-" in raw or " " in raw or raw.startswith("00")
        for p in people
        for raw in p["phone"].split(";")
    }
    assert formats == {True, False}  # mixed written formats
    assert {p["segment"] for p in people} == {"mass", "affluent", "private", "youth", "sme"}


def test_phone_numbers_never_repeat() -> None:
    numbers = [phone_number(k) for k in range(200_000)]
    assert len(set(numbers)) == len(numbers)
    assert all(len(n) == 9 for n in numbers)


def test_feminine_surnames() -> None:
    assert feminine_surname("Kowalski") == "Kowalska"
    assert feminine_surname("Szczęsny") == "Szczęsna"
    assert feminine_surname("Wójcik") == "Wójcik"
    assert feminine_surname("Sikora") == "Sikora"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory):
    from app.services.storage import migrate
    from app.services.storage.db import Database

    db = Database(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    migrate.upgrade(db.engine)
    report = generate_demo(db, customers=200, seed=7, as_of=AS_OF)
    assert report.files["customers.csv"].inserted == 200
    yield db
    db.dispose()


def story(session, external_id: str) -> Customer:
    return session.execute(select(Customer).where(Customer.external_id == external_id)).scalar_one()


def test_story_birthday_on_as_of(demo_db) -> None:
    with demo_db.reading() as session:
        born = story(session, "C0000001").birth_date
    assert (born.month, born.day) == (AS_OF.month, AS_OF.day)


def test_story_large_inflow_the_day_before(demo_db) -> None:
    day_before = datetime.combine(AS_OF - timedelta(days=1), datetime.min.time(), UTC)
    with demo_db.reading() as session:
        customer = story(session, "C0000002")
        inflows = session.execute(
            select(Transaction.booked_at, Transaction.amount).where(
                Transaction.customer_id == customer.id, Transaction.amount > 0
            )
        ).all()
    latest = [amount for at, amount in inflows if at >= day_before]
    usual = [amount for at, amount in inflows if at < day_before]
    assert len(latest) == 1 and len(usual) >= 12
    assert latest[0] > 10 * max(usual)


def test_story_three_upheld_complaints(demo_db) -> None:
    with demo_db.reading() as session:
        customer = story(session, "C0000003")
        found = session.execute(
            select(Complaint.resolution).where(Complaint.customer_id == customer.id)
        ).scalars()
        assert list(found) == ["upheld"] * 3


def test_story_no_marketing_consent(demo_db) -> None:
    with demo_db.reading() as session:
        customer = story(session, "C0000004")
        marketing = session.execute(
            select(Consent.granted).where(
                Consent.customer_id == customer.id, Consent.purpose == "marketing"
            )
        ).scalars()
        assert set(marketing) == {False}
        others = session.execute(
            select(Consent.granted).where(Consent.purpose == "marketing", Consent.granted)
        ).scalars()
        assert any(others)  # most customers did consent, so the story stands out


def test_ensure_demo_data_fills_only_an_empty_database(sqlite_db) -> None:
    assert ensure_demo_data(sqlite_db, customers=60, seed=3) is True
    counts = table_counts(sqlite_db)
    assert counts["customers"] == 60 and counts["contacts"] > 0 and counts["users"] > 0
    assert ensure_demo_data(sqlite_db, customers=60, seed=3) is False
    assert ensure_demo_data(sqlite_db, customers=90, seed=4) is False
    assert table_counts(sqlite_db) == counts


def test_demo_products_carry_masked_numbers_and_balances(demo_db) -> None:
    """Accounts and cards get a number (only its last four digits stored) and a balance;
    what is owed is negative; closed products keep no balance."""
    with demo_db.reading() as session:
        products = session.execute(
            select(Product.product, Product.number_last4, Product.balance, Product.closed_at)
        ).all()
    by_code: dict[str, list] = {}
    for product in products:
        by_code.setdefault(product.product, []).append(product)
    accounts = by_code["current_account"]
    assert all(p.number_last4 and p.number_last4.isdigit() for p in accounts)
    assert all(p.balance is not None and p.balance > 0 for p in accounts)
    assert all(p.balance is None or p.balance <= 0 for p in by_code["credit_card"])
    assert all(p.number_last4 and len(p.number_last4) == 4 for p in by_code["credit_card"])
    assert all(p.balance is None for p in products if p.closed_at is not None)
    assert len({p.number_last4 for p in accounts}) > len(accounts) // 2  # not all the same


def test_demo_files_write_accounts_as_iban_and_cards_masked(tmp_path: Path) -> None:
    """As a bank's export would: the importer keeps the last four digits of either."""
    write_demo_csvs(tmp_path, customers=60, seed=3, as_of=AS_OF)
    products = rows(tmp_path, "products.csv")
    assert any(row["number"].startswith("PL") for row in products)
    assert any(row["number"].startswith("**** ") for row in products)
    assert all(row["balance"] == "" or "." in row["balance"] for row in products)


def test_demo_contacts_store_outcome_codes(demo_db) -> None:
    """Codes, as the desk stores them, so each desk shows them in its viewer's language."""
    from app.models import Contact
    from app.models.enums import ContactOutcome

    with demo_db.reading() as session:
        outcomes = set(session.scalars(select(Contact.outcome).distinct()))
    assert outcomes and outcomes <= {member.value for member in ContactOutcome}
