"""Importing again: nothing changes for the same files, changed customers are updated."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import Customer, CustomerAttribute
from app.services.importer import import_directory
from tests.integration.import_helpers import CUSTOMERS, sqlite_dump, table_counts, write

TX = "customer_id,booked_at,amount,currency,description\n"


def every_file(folder: Path) -> None:
    write(folder, "wrapup_codes.csv", "code,label\nINFO,Informacja\n")
    write(folder, "customers.csv", CUSTOMERS)
    write(folder, "products.csv", "customer_id,product,opened_at\nC1,mortgage,2020-01-01\n")
    # Two identical card payments are two real payments: both import, both times.
    write(folder, "transactions.csv", TX + "C1,2024-01-01,-9.99,PLN,Kawa\n" * 2)
    write(
        folder,
        "complaints.csv",
        "customer_id,opened_at,closed_at,status,resolution\nC2,2024-01-01,,open,\n",
    )
    write(
        folder,
        "consents.csv",
        "customer_id,channel,purpose,granted,at,source\nC2,email,service,1,2020-01-01,web\n",
    )
    write(
        folder,
        "contacts.csv",
        "customer_id,started_at,ended_at,channel,direction,agent,reason,outcome,notes,codes\n"
        "C1,2024-01-01T10:00:00Z,,phone,inbound,a.nowak,r,o,n,INFO\n",
    )


def test_importing_the_same_files_again_changes_nothing(sqlite_db, tmp_path: Path) -> None:
    every_file(tmp_path)
    first = import_directory(sqlite_db, tmp_path)
    assert first.files["transactions.csv"].inserted == 2
    counts, dump = table_counts(sqlite_db), sqlite_dump(sqlite_db)
    second = import_directory(sqlite_db, tmp_path)
    for name, file_counts in second.files.items():
        assert (file_counts.inserted, file_counts.updated) == (0, 0), name
        assert file_counts.unchanged == file_counts.read == first.files[name].read, name
    assert table_counts(sqlite_db) == counts
    assert sqlite_dump(sqlite_db) == dump
    assert counts["transactions"] == 2


def test_a_third_identical_row_is_one_new_event(sqlite_db, tmp_path: Path) -> None:
    every_file(tmp_path)
    import_directory(sqlite_db, tmp_path)
    write(tmp_path, "transactions.csv", TX + "C1,2024-01-01,-9.99,PLN,Kawa\n" * 3)
    report = import_directory(sqlite_db, tmp_path)
    assert (
        report.files["transactions.csv"].inserted,
        report.files["transactions.csv"].unchanged,
    ) == (1, 2)


def test_changed_customer_fields_are_updated(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path / "a", "customers.csv", CUSTOMERS)
    import_directory(sqlite_db, tmp_path / "a")
    with sqlite_db.reading() as session:
        before = session.execute(
            select(Customer.id, Customer.created_at).order_by(Customer.external_id)
        ).all()
    changed = CUSTOMERS.replace(
        "C1,Łukasz,Wójcik,1985-02-01,601 234 567;+48 22 123 45 67,Lukasz@WP.pl,Kraków,mass,10,",
        "C1,Łukasz,Żurawski,1985-02-01,+48 603 000 000,,Kraków,affluent,,",
    )
    assert changed != CUSTOMERS
    write(tmp_path / "b", "customers.csv", changed)
    report = import_directory(sqlite_db, tmp_path / "b")
    counts = report.files["customers.csv"]
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 1, 1)
    with sqlite_db.reading() as session:
        lukasz = session.execute(select(Customer).where(Customer.external_id == "C1")).scalar_one()
        assert (lukasz.last_name, lukasz.last_key, lukasz.segment) == (
            "Żurawski",
            "zurawski",
            "affluent",
        )
        assert [(p.e164, p.raw) for p in lukasz.phones] == [("+48603000000", "+48 603 000 000")]
        assert lukasz.emails == []
        values = dict(
            session.execute(
                select(CustomerAttribute.name, CustomerAttribute.value).where(
                    CustomerAttribute.customer_id == lukasz.id
                )
            ).all()
        )
        assert "risk_score" not in values and values["vip"] == "true"
        after = session.execute(
            select(Customer.id, Customer.created_at).order_by(Customer.external_id)
        ).all()
        assert after == before  # same rows, updated in place
    # And once more: now nothing differs.
    again = import_directory(sqlite_db, tmp_path / "b").files["customers.csv"]
    assert (again.updated, again.unchanged) == (0, 2)


def test_wrapup_code_labels_are_updated(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "wrapup_codes.csv", "code,label\nINFO,Informacja\nFRAUD,Oszustwo\n")
    import_directory(sqlite_db, tmp_path)
    write(tmp_path, "wrapup_codes.csv", "code,label\nINFO,Udzielono informacji\nFRAUD,Oszustwo\n")
    counts = import_directory(sqlite_db, tmp_path).files["wrapup_codes.csv"]
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 1, 1)
