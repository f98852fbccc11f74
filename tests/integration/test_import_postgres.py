"""The same import code on PostgreSQL: updates, nested wrap-up codes, and all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Contact, Customer
from app.services.errors import ImportFailed
from app.services.importer import import_directory
from tests.integration.import_helpers import CUSTOMERS, table_counts, write

CONTACTS = "customer_id,started_at,ended_at,channel,direction,agent,reason,outcome,notes,codes\n"


def test_update_and_wrapups_on_postgres(pg_db, tmp_path: Path) -> None:
    write(tmp_path / "a", "wrapup_codes.csv", "code,label\nINFO,Informacja\nFRAUD,Oszustwo\n")
    write(tmp_path / "a", "customers.csv", CUSTOMERS)
    write(
        tmp_path / "a",
        "contacts.csv",
        CONTACTS + "C1,2024-01-01T10:00:00Z,,phone,inbound,a.nowak,r,o,n,FRAUD;INFO\n",
    )
    import_directory(pg_db, tmp_path / "a")
    write(tmp_path / "b", "customers.csv", CUSTOMERS.replace("Wójcik", "Żak"))
    report = import_directory(pg_db, tmp_path / "b")
    assert report.files["customers.csv"].updated == 1
    with pg_db.reading() as session:
        lukasz = session.execute(select(Customer).where(Customer.external_id == "C1")).scalar_one()
        assert (lukasz.last_name, lukasz.last_key) == ("Żak", "zak")
        assert [p.e164 for p in lukasz.phones] == ["+48601234567", "+48221234567"]
        contact = session.execute(select(Contact)).scalar_one()
        assert [w.code for w in contact.wrapups] == ["FRAUD", "INFO"]


def test_bad_last_row_writes_nothing_on_postgres(pg_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(
        tmp_path,
        "transactions.csv",
        "customer_id,booked_at,amount\n" + "C1,2024-01-01,1.00\n" * 50 + "C1,2024-01-01,x\n",
    )
    with pytest.raises(ImportFailed, match=r"transactions\.csv, line 52, column 'amount'"):
        import_directory(pg_db, tmp_path)
    counts = table_counts(pg_db)
    assert counts["customers"] == 0 and counts["transactions"] == 0
