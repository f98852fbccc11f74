"""Importing each kind of CSV file into a real SQLite database, read back through the models."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.models import (
    AttributeDefinition,
    Complaint,
    Consent,
    Contact,
    Customer,
    CustomerAttribute,
    Product,
    Transaction,
    User,
    WrapUpCode,
)
from app.services.importer import ImportProgress, import_directory
from tests.integration.import_helpers import CUSTOMERS, write

CODES = "code,label\nINFO,Udzielono informacji\nCARD_BLOCK,Zastrzeżenie karty\n"


def customer(session, external_id: str) -> Customer:
    return session.execute(select(Customer).where(Customer.external_id == external_id)).scalar_one()


def test_customers_with_phones_emails_and_typed_attributes(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    report = import_directory(sqlite_db, tmp_path)
    assert report.files["customers.csv"].inserted == 2
    with sqlite_db.reading() as session:
        lukasz = customer(session, "C1")
        assert (lukasz.first_name, lukasz.last_name) == ("Łukasz", "Wójcik")
        assert (lukasz.first_key, lukasz.last_key) == ("lukasz", "wojcik")
        assert lukasz.birth_date == date(1985, 2, 1)
        assert (lukasz.city, lukasz.segment) == ("Kraków", "mass")
        phones = [(p.e164, p.national, p.raw, p.position) for p in lukasz.phones]
        assert phones == [
            ("+48601234567", "601234567", "601 234 567", 0),
            ("+48221234567", "221234567", "+48 22 123 45 67", 1),
        ]
        assert [e.email for e in lukasz.emails] == ["lukasz@wp.pl"]
        malgorzata = customer(session, "C2")
        assert malgorzata.birth_date is None
        assert [p.e164 for p in malgorzata.phones] == ["+48602000111"]
        assert malgorzata.emails == []
        types = {
            k: v
            for k, v in session.execute(select(AttributeDefinition.name, AttributeDefinition.type))
        }
        assert types == {
            "risk_score": "int",
            "vip": "bool",
            "limit": "decimal",
            "review": "date",
            "lang": "text",
        }
        values = {a.name: a.value for a in lukasz.attributes}
        assert values == {
            "risk_score": "10",
            "vip": "true",
            "limit": "100.50",
            "review": "2025-01-31",
            "lang": "pl",
        }
        # Empty cells store no value at all.
        assert {a.name: a.value for a in malgorzata.attributes} == {
            "vip": "false",
            "limit": "2000",
            "lang": "en",
        }


def test_transactions_amounts_times_and_defaults(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(
        tmp_path,
        "transactions.csv",
        """\
        customer_id,booked_at,amount
        C1,2024-03-01T10:15:00Z,5000.00
        C1,2024-03-02 08:00:00+02:00,-12.5
        C2,2024-03-03,7
        """,
    )
    import_directory(sqlite_db, tmp_path)
    with sqlite_db.reading() as session:
        rows = session.execute(select(Transaction).order_by(Transaction.booked_at)).scalars().all()
        assert [(t.booked_at, t.amount, t.currency, t.description) for t in rows] == [
            (datetime(2024, 3, 1, 10, 15, tzinfo=UTC), Decimal("5000.00"), "PLN", ""),
            (datetime(2024, 3, 2, 6, 0, tzinfo=UTC), Decimal("-12.50"), "PLN", ""),
            (datetime(2024, 3, 3, 0, 0, tzinfo=UTC), Decimal("7.00"), "PLN", ""),
        ]
        assert rows[0].customer_id == customer(session, "C1").id


def test_imported_rows_are_stored_exactly_as_the_orm_stores_them(sqlite_db, tmp_path) -> None:
    """The fast path binds canonical text; it must be byte-identical to the column types."""
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(
        tmp_path,
        "transactions.csv",
        "customer_id,booked_at,amount,currency,description\nC1,2024-03-01T10:15:00Z,-1.05,EUR,x\n",
    )
    import_directory(sqlite_db, tmp_path)
    with sqlite_db.unit_of_work() as uow:
        owner = customer(uow.session, "C1")
        uow.session.add(
            Transaction(
                customer_id=owner.id,
                booked_at=datetime(2024, 3, 1, 10, 15, tzinfo=UTC),
                amount=Decimal("-1.05"),
                currency="EUR",
                description="y",
            )
        )
        uow.commit()
    with sqlite_db.engine.connect() as connection:
        raw = connection.exec_driver_sql(
            "SELECT customer_id, booked_at, amount, typeof(amount) FROM transactions"
            " ORDER BY description"
        ).all()
    assert raw[0] == raw[1]


def test_complaints_products_and_consents(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(
        tmp_path,
        "complaints.csv",
        """\
        customer_id,opened_at,closed_at,status,resolution,subject
        C1,2024-01-01T09:00:00Z,2024-01-20T09:00:00Z,closed,upheld,Opłata za kartę
        C1,2024-02-01T09:00:00Z,,open,,
        """,
    )
    write(
        tmp_path,
        "products.csv",
        "customer_id,product,opened_at,closed_at\nC1,credit_card,2020-05-01,\n"
        "C2,cash_loan,2019-01-01,2022-01-01\n",
    )
    write(
        tmp_path,
        "consents.csv",
        "customer_id,channel,purpose,granted,at\nC1,sms,marketing,tak,2023-01-01T00:00:00Z\n"
        "C1,sms,marketing,false,2024-01-01T00:00:00Z\n",
    )
    report = import_directory(sqlite_db, tmp_path)
    assert {name: c.inserted for name, c in report.files.items()} == {
        "customers.csv": 2,
        "products.csv": 2,
        "complaints.csv": 2,
        "consents.csv": 2,
    }
    with sqlite_db.reading() as session:
        complaints = session.execute(select(Complaint).order_by(Complaint.opened_at)).scalars()
        assert [(c.status, c.resolution, c.subject, c.closed_at) for c in complaints] == [
            ("closed", "upheld", "Opłata za kartę", datetime(2024, 1, 20, 9, tzinfo=UTC)),
            ("open", None, "", None),
        ]
        products = session.execute(select(Product).order_by(Product.product)).scalars().all()
        assert [(p.product, p.closed_at) for p in products] == [
            ("cash_loan", datetime(2022, 1, 1, tzinfo=UTC)),
            ("credit_card", None),
        ]
        consents = session.execute(select(Consent).order_by(Consent.at)).scalars().all()
        assert [(c.channel, c.purpose, c.granted, c.source) for c in consents] == [
            ("sms", "marketing", True, ""),
            ("sms", "marketing", False, ""),
        ]


def test_contacts_agents_and_wrapup_codes(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "wrapup_codes.csv", CODES)
    write(
        tmp_path,
        "contacts.csv",
        "customer_id,started_at,ended_at,channel,direction,agent,reason,outcome,notes,codes\n"
        "C1,2024-05-01T10:00:00Z,2024-05-01T10:05:00Z,phone,inbound,a.nowak,Karta,Zastrzeżona,"
        '"Zgubiona, nowa wysłana",CARD_BLOCK;INFO\n'
        ",2024-05-02T11:00:00Z,,sms,outbound,,Przypomnienie,,,\n",
    )
    report = import_directory(sqlite_db, tmp_path)
    assert report.files["wrapup_codes.csv"].inserted == 2
    assert report.new_agents == 1
    with sqlite_db.reading() as session:
        contacts = session.execute(select(Contact).order_by(Contact.started_at)).scalars().all()
        first, unknown = contacts
        assert first.customer_id == customer(session, "C1").id
        assert (first.channel, first.direction, first.notes) == (
            "phone",
            "inbound",
            "Zgubiona, nowa wysłana",
        )
        assert first.ended_at == datetime(2024, 5, 1, 10, 5, tzinfo=UTC)
        agent = session.get(User, first.agent_id)
        assert (agent.login, agent.role, agent.active) == ("a.nowak", "agent", True)
        assert [(w.code, w.position) for w in first.wrapups] == [("CARD_BLOCK", 0), ("INFO", 1)]
        assert unknown.customer_id is None and unknown.agent_id is None
        assert unknown.ended_at is None and unknown.wrapups == []
        labels = {k: v for k, v in session.execute(select(WrapUpCode.code, WrapUpCode.label))}
        assert labels == {"INFO": "Udzielono informacji", "CARD_BLOCK": "Zastrzeżenie karty"}


def test_a_known_agent_is_reused_not_duplicated(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path / "a", "customers.csv", CUSTOMERS)
    contact = "customer_id,started_at,ended_at,channel,direction,agent,reason,outcome,notes\n"
    write(tmp_path / "a", "contacts.csv", contact + "C1,2024-05-01,,chat,inbound,a.nowak,x,y,z\n")
    write(tmp_path / "b", "contacts.csv", contact + "C2,2024-05-02,,chat,inbound,a.nowak,x,y,z\n")
    import_directory(sqlite_db, tmp_path / "a")
    report = import_directory(sqlite_db, tmp_path / "b")
    assert report.new_agents == 0
    with sqlite_db.reading() as session:
        assert session.execute(select(User.login)).scalars().all() == ["a.nowak"]
        agents = set(session.execute(select(Contact.agent_id)).scalars())
        assert len(agents) == 1


def test_bom_and_customers_already_in_the_database(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path / "first", "customers.csv", CUSTOMERS, bom=True)
    import_directory(sqlite_db, tmp_path / "first")
    write(
        tmp_path / "later",
        "transactions.csv",
        "customer_id,booked_at,amount\nC2,2024-01-01T00:00:00,1.00\n",
        bom=True,
    )
    report = import_directory(sqlite_db, tmp_path / "later")
    assert report.files["transactions.csv"].inserted == 1
    with sqlite_db.reading() as session:
        row = session.execute(select(Transaction)).scalar_one()
        assert row.customer_id == customer(session, "C2").id


def test_naive_times_are_read_in_the_given_zone_and_stored_as_utc(sqlite_db, tmp_path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(
        tmp_path,
        "transactions.csv",
        "customer_id,booked_at,amount\nC1,2024-01-15T12:00:00,1.00\nC1,2024-07-15 12:00,2.00\n"
        "C1,2024-07-15T12:00:00Z,3.00\n",
    )
    import_directory(sqlite_db, tmp_path, default_tz=ZoneInfo("Europe/Warsaw"))
    with sqlite_db.reading() as session:
        times = session.execute(select(Transaction.booked_at).order_by(Transaction.amount))
        assert times.scalars().all() == [
            datetime(2024, 1, 15, 11, 0, tzinfo=UTC),
            datetime(2024, 7, 15, 10, 0, tzinfo=UTC),
            datetime(2024, 7, 15, 12, 0, tzinfo=UTC),
        ]


def test_progress_is_reported_per_file(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "transactions.csv", "customer_id,booked_at,amount\nC1,2024-01-01,1.00\n")
    seen: list[ImportProgress] = []
    import_directory(sqlite_db, tmp_path, progress=seen.append)
    assert ImportProgress("customers.csv", 2, 2) in seen
    assert ImportProgress("transactions.csv", 1, 1) == seen[-1]


def test_unknown_files_are_ignored_and_named(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "Customers_old.csv", "x\n1\n")
    report = import_directory(sqlite_db, tmp_path)
    assert report.ignored == ["Customers_old.csv"]
    assert "Customers_old.csv" in report.summary()


@pytest.mark.parametrize("folder", ["missing", "empty"])
def test_nothing_to_import_is_an_error(sqlite_db, tmp_path: Path, folder: str) -> None:
    from app.services.errors import ImportFailed

    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFailed, match=r"not a directory|no files to import"):
        import_directory(sqlite_db, tmp_path / folder)


def test_attributes_widen_across_imports(sqlite_db, tmp_path: Path) -> None:
    header = "id,first_name,last_name,birth_date,phone,email,city,segment,score\n"
    write(tmp_path / "a", "customers.csv", header + "C1,Jan,Nowak,,,,,,5\n")
    write(tmp_path / "b", "customers.csv", header + "C2,Ewa,Nowak,,,,,,2.5\n")
    import_directory(sqlite_db, tmp_path / "a")
    import_directory(sqlite_db, tmp_path / "b")
    with sqlite_db.reading() as session:
        assert session.get(AttributeDefinition, "score").type == "decimal"
        values = session.execute(select(CustomerAttribute.value).order_by(CustomerAttribute.value))
        assert values.scalars().all() == ["2.5", "5"]


def test_progress_can_cancel_and_nothing_is_kept(sqlite_db, tmp_path: Path) -> None:
    from tests.integration.import_helpers import table_counts

    class Cancelled(Exception):
        pass

    def cancel_at_transactions(state: ImportProgress) -> None:
        if state.file == "transactions.csv":
            raise Cancelled

    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "transactions.csv", "customer_id,booked_at,amount\nC1,2024-01-01,1.00\n")
    with pytest.raises(Cancelled):
        import_directory(sqlite_db, tmp_path, progress=cancel_at_transactions)
    assert table_counts(sqlite_db)["customers"] == 0
    assert table_counts(sqlite_db)["transactions"] == 0
