"""Bad input: exact messages naming file, line and column, and nothing written at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.errors import ImportFailed
from app.services.importer import import_directory
from tests.integration.import_helpers import CUSTOMERS, sqlite_dump, table_counts, write

TX = "customer_id,booked_at,amount\n"
CONTACTS = "customer_id,started_at,ended_at,channel,direction,agent,reason,outcome,notes,codes\n"


def fails(db, folder: Path) -> str:
    with pytest.raises(ImportFailed) as caught:
        import_directory(db, folder)
    return str(caught.value)


def full_set(folder: Path, contacts_tail: str) -> None:
    """Every kind of file, with 300 good contacts and `contacts_tail` as the last lines."""
    write(folder, "wrapup_codes.csv", "code,label\nINFO,Informacja\n")
    write(folder, "customers.csv", CUSTOMERS)
    write(folder, "products.csv", "customer_id,product,opened_at\nC1,mortgage,2020-01-01\n")
    write(folder, "transactions.csv", TX + "C1,2024-01-01,1.00\n" * 3)
    write(folder, "complaints.csv", "customer_id,opened_at,closed_at,status,resolution\n")
    write(
        folder,
        "consents.csv",
        "customer_id,channel,purpose,granted,at\nC2,email,service,1,2020-01-01\n",
    )
    good = "".join(
        f"C{1 + i % 2},2024-01-{1 + i % 28:02d}T10:{i % 60:02d}:00Z,"
        f",phone,inbound,a.nowak,r,o,n{i},INFO\n"
        for i in range(300)
    )
    write(folder, "contacts.csv", CONTACTS + good + contacts_tail)


def test_bad_row_at_the_end_of_the_last_file_writes_nothing(sqlite_db, tmp_path: Path) -> None:
    # Something is stored already, so "nothing written" is checked against a real state.
    write(tmp_path / "before", "customers.csv", CUSTOMERS.replace("Kraków", "Gdańsk"))
    import_directory(sqlite_db, tmp_path / "before")
    counts, dump = table_counts(sqlite_db), sqlite_dump(sqlite_db)
    full_set(tmp_path / "bad", "C1,2024-13-01T10:00:00Z,,phone,inbound,a.nowak,r,o,n,INFO\n")
    message = fails(sqlite_db, tmp_path / "bad")
    assert message == (
        "contacts.csv, line 302, column 'started_at': "
        "not an ISO date or date-time: '2024-13-01T10:00:00Z'"
    )
    assert table_counts(sqlite_db) == counts
    assert sqlite_dump(sqlite_db) == dump


def test_the_same_set_without_the_bad_row_imports(sqlite_db, tmp_path: Path) -> None:
    full_set(tmp_path, "")
    report = import_directory(sqlite_db, tmp_path)
    assert report.files["contacts.csv"].inserted == 300
    assert table_counts(sqlite_db)["contact_wrapups"] == 300


def test_invalid_birth_date_message(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS + "C3,Jan,Nowak,1985-13-01,,,,,,,,,\n")
    assert fails(sqlite_db, tmp_path) == (
        "customers.csv, line 4, column 'birth_date': not an ISO date: '1985-13-01'"
    )


def test_unknown_customer(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "transactions.csv", TX + "C1,2024-01-01,1.00\nC9,2024-01-02,2.00\n")
    assert fails(sqlite_db, tmp_path) == (
        "transactions.csv, line 3, column 'customer_id': unknown customer 'C9'"
    )
    assert table_counts(sqlite_db)["customers"] == 0


def test_missing_required_column(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "transactions.csv", "customer_id,booked_at\nC1,2024-01-01\n")
    assert (
        fails(sqlite_db, tmp_path) == "transactions.csv, line 1: missing required column 'amount'"
    )


def test_wrong_number_of_fields(sqlite_db, tmp_path: Path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "transactions.csv", TX + "C1,2024-01-01,1.00\nC1,2024-01-01,1.00,PLN\n")
    assert fails(sqlite_db, tmp_path) == "transactions.csv, line 3: expected 3 fields, found 4"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "transactions.csv",
            TX + "C1,2024-01-01,12,50\n",
            "line 2: expected 3 fields, found 4",
        ),
        (
            "transactions.csv",
            TX + 'C1,2024-01-01,"12,50"\n',
            "line 2, column 'amount': not a number (use '.' for decimals): '12,50'",
        ),
        (
            "complaints.csv",
            "customer_id,opened_at,closed_at,status,resolution\nC1,2024-01-01,,pending,\n",
            "line 2, column 'status': must be one of closed, open: 'pending'",
        ),
        (
            "complaints.csv",
            "customer_id,opened_at,closed_at,status,resolution\nC1,2024-01-01,,closed,won\n",
            "line 2, column 'resolution': must be one of rejected, upheld or empty: 'won'",
        ),
        (
            "consents.csv",
            "customer_id,channel,purpose,granted,at\nC1,fax,marketing,tak,2024-01-01\n",
            "line 2, column 'channel': "
            "must be one of branch, chat, email, letter, phone, sms: 'fax'",
        ),
        (
            "consents.csv",
            "customer_id,channel,purpose,granted,at\nC1,sms,marketing,może,2024-01-01\n",
            "line 2, column 'granted': "
            "not a yes/no value (true/false, yes/no, tak/nie, 1/0): 'może'",
        ),
        (
            "contacts.csv",
            CONTACTS + "C1,2024-01-01,,phone,inbound,a,r,o,n,NOPE\n",
            "line 2, column 'codes': unknown wrap-up code 'NOPE' (not in the catalogue)",
        ),
        (
            "contacts.csv",
            CONTACTS + "C1,2024-01-01,,phone,sideways,a,r,o,n,\n",
            "line 2, column 'direction': must be one of inbound, outbound: 'sideways'",
        ),
        (
            "products.csv",
            "customer_id,product,opened_at,colour\nC1,mortgage,2020-01-01,red\n",
            "line 1, column 'colour': unknown column "
            "(expected: customer_id, product, opened_at, closed_at, number, balance)",
        ),
    ],
)
def test_bad_values_name_file_line_and_column(sqlite_db, tmp_path, name, text, message) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, name, text)
    assert fails(sqlite_db, tmp_path) == f"{name}, {message}"
    assert table_counts(sqlite_db)["customers"] == 0


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("C3,Jan,Nowak,,12,,,", "line 4, column 'phone': not a valid phone number: '12'"),
        ("C3,Jan,Nowak,,,jan@,,", "line 4, column 'email': not an e-mail address: 'jan@'"),
        ("C3,,Nowak,,,,,", "line 4, column 'first_name': must not be empty"),
        (
            "C1,Jan,Nowak,,,,,",
            "line 4, column 'id': customer id 'C1' appears twice (first on line 2)",
        ),
    ],
)
def test_bad_customer_rows(sqlite_db, tmp_path: Path, row: str, message: str) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS + row + ",,,,,\n")
    assert fails(sqlite_db, tmp_path) == f"customers.csv, {message}"


def test_not_utf8(sqlite_db, tmp_path: Path) -> None:
    (tmp_path / "customers.csv").write_bytes(CUSTOMERS.encode("cp1250"))
    assert fails(sqlite_db, tmp_path) == "customers.csv, line 2: not UTF-8 text"
