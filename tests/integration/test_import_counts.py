"""The import report's counts are the rows really written, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.importer import import_directory
from tests.integration.import_helpers import CUSTOMERS, table_counts, write

TX = "customer_id,booked_at,amount\n"
CONTACTS = "customer_id,started_at,ended_at,channel,direction,agent,reason,outcome,notes,codes\n"


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest):
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def history(folder: Path, transactions: int) -> None:
    write(folder, "wrapup_codes.csv", "code,label\nINFO,Informacja\n")
    write(folder, "customers.csv", CUSTOMERS)
    rows = "".join(
        f"C{1 + i % 2},2024-01-01T10:00:{i % 60:02d}Z,{i}.00\n" for i in range(transactions)
    )
    write(folder, "transactions.csv", TX + rows)
    write(folder, "products.csv", "customer_id,product,opened_at\nC1,card,2020-01-01\n")
    write(
        folder,
        "contacts.csv",
        CONTACTS + "C1,2024-01-01T10:00:00Z,,phone,inbound,a.nowak,r,o,n,INFO\n",
    )


def test_counts_are_rows_really_inserted_then_unchanged(db, tmp_path: Path) -> None:
    history(tmp_path / "a", 50)
    report = import_directory(db, tmp_path / "a")
    counts = {
        name: (c.read, c.inserted, c.updated, c.unchanged) for name, c in report.files.items()
    }
    assert counts == {
        "wrapup_codes.csv": (1, 1, 0, 0),
        "customers.csv": (2, 2, 0, 0),
        "products.csv": (1, 1, 0, 0),
        "transactions.csv": (50, 50, 0, 0),
        "contacts.csv": (1, 1, 0, 0),
    }
    assert "   50 inserted" in report.summary() and "-" not in report.summary().split("rows")[0]
    # The same files plus 10 new transactions: only those are inserted.
    history(tmp_path / "b", 60)
    again = import_directory(db, tmp_path / "b")
    assert (
        again.files["transactions.csv"].inserted,
        again.files["transactions.csv"].unchanged,
    ) == (
        10,
        50,
    )
    assert again.files["contacts.csv"].unchanged == 1
    assert again.files["products.csv"].unchanged == 1
    assert table_counts(db)["transactions"] == 60
