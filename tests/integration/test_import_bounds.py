"""Values that cannot overflow: dates, birth dates, amounts and NUL bytes are refused at import
with file, line and column, the same on a real SQLite file and the real PostgreSQL, and nothing
is written; amounts at the bounds are stored exactly on both."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from app.cli import main
from app.models import Base, Customer, Transaction
from app.services.errors import ImportFailed
from app.services.importer import DateWindow, import_directory
from tests.integration.import_helpers import CUSTOMERS, write

TX = "customer_id,booked_at,amount,description\n"
CONTACTS = "customer_id,started_at,ended_at,channel,direction,agent,reason,outcome,notes,codes\n"
PEOPLE = "id,first_name,last_name,birth_date,phone,email,city,segment,review\n"
TODAY = date(2026, 3, 1)  # an import's as-of where given: birth dates after it are refused
WINDOW = "outside the accepted dates 1900-01-01 to 2100-12-31 (acrm import --date-window FROM:TO)"
NUL = "contains a NUL byte (\\x00), which the database cannot store"


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest):
    """The same test on a real SQLite file and on the real PostgreSQL server."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def snapshot(db) -> dict[str, list[str]]:
    """Every row of every table, as sorted text: "nothing written" compared exactly."""
    with db.reading() as session:
        return {
            name: sorted(repr(tuple(row)) for row in session.execute(select(table)))
            for name, table in Base.metadata.tables.items()
        }


def failure(db, folder: Path, **options) -> str:
    with pytest.raises(ImportFailed) as caught:
        import_directory(db, folder, **options)
    return str(caught.value)


# (file, its text, the expected message after "<file>, ")
BAD = [
    (
        "transactions.csv",
        TX + "C1,0001-01-01,100.00,\n",
        f"line 2, column 'booked_at': {WINDOW}: '0001-01-01'",
    ),
    (
        "transactions.csv",
        TX + "C1,2024-01-01,1.00,\nC1,9999-12-31T23:59:59-05:00,1.00,\n",
        f"line 3, column 'booked_at': {WINDOW}: '9999-12-31T23:59:59-05:00'",
    ),
    (
        "transactions.csv",
        TX + "C1,0001-01-01T00:00:00+14:00,1.00,\n",
        f"line 2, column 'booked_at': {WINDOW}: '0001-01-01T00:00:00+14:00'",
    ),
    (
        "transactions.csv",
        TX + "C1,1899-12-31T23:59:59Z,1.00,\n",  # the fast path's shape
        f"line 2, column 'booked_at': {WINDOW}: '1899-12-31T23:59:59Z'",
    ),
    (
        "products.csv",
        "customer_id,product,opened_at,closed_at\nC1,card,2020-01-01,9999-12-31\n",
        f"line 2, column 'closed_at': {WINDOW}: '9999-12-31'",
    ),
    (
        "complaints.csv",
        "customer_id,opened_at,closed_at,status,resolution\nC1,2101-01-01,,open,\n",
        f"line 2, column 'opened_at': {WINDOW}: '2101-01-01'",
    ),
    (
        "consents.csv",
        "customer_id,channel,purpose,granted,at\nC1,sms,marketing,tak,0001-01-01\n",
        f"line 2, column 'at': {WINDOW}: '0001-01-01'",
    ),
    (
        "contacts.csv",
        CONTACTS + "C1,2024-01-01T10:00:00Z,9999-12-31T23:59:59Z,phone,inbound,a,r,o,n,\n",
        f"line 2, column 'ended_at': {WINDOW}: '9999-12-31T23:59:59Z'",
    ),
    (
        "customers.csv",
        PEOPLE + "C1,Jan,Nowak,9999-12-31,,,,,\n",
        "line 2, column 'birth_date': a birth date in the future (after TODAY): '9999-12-31'",
    ),
    (
        "customers.csv",
        PEOPLE + "C1,Jan,Nowak,2100-12-31,,,,,\n",
        "line 2, column 'birth_date': a birth date in the future (after TODAY): '2100-12-31'",
    ),
    (
        "customers.csv",
        PEOPLE + "C1,Jan,Nowak,1850-01-01,,,,,\n",
        f"line 2, column 'birth_date': {WINDOW}: '1850-01-01'",
    ),
    (
        "customers.csv",
        PEOPLE + "C1,Jan,Nowak,,,,,,2024-01-31\nC2,Ewa,Kos,,,,,,0001-01-01\n",
        f"line 3, column 'review': {WINDOW}: '0001-01-01'",
    ),
    (
        "transactions.csv",
        TX + "C1,2024-01-01,99999999999999999999999.99,\n",
        "line 2, column 'amount': beyond the largest amount (±9999999999999999.99): "
        "'99999999999999999999999.99'",
    ),
    (
        "transactions.csv",
        TX + "C1,2024-01-01,-10000000000000000.00,\n",
        "line 2, column 'amount': beyond the largest amount (±9999999999999999.99): "
        "'-10000000000000000.00'",
    ),
    (
        "transactions.csv",
        TX + "C1,2024-01-01,1.005,\n",
        "line 2, column 'amount': more than two decimal places: '1.005'",
    ),
    *(
        (
            "transactions.csv",
            TX + f"C1,2024-01-01,{bad},\n",
            f"line 2, column 'amount': not a number (use '.' for decimals): '{bad}'",
        )
        for bad in ("1e30", "NaN", "Infinity", "-inf", "1E+2")
    ),
    ("customers.csv", PEOPLE + "C1,Jan,No\0wak,,,,,,\n", f"line 2, column 'last_name': {NUL}"),
    (
        "transactions.csv",
        TX + 'C1,2024-01-01,1.00,ok\nC1,2024-01-02,1.00,"a\0\nb"\n',
        f"line 4, column 'description': {NUL}",
    ),
    (
        "contacts.csv",
        CONTACTS + "C1,2024-01-01,,phone,inbound,a,r,o,\0,\n",
        f"line 2, column 'notes': {NUL}",
    ),
    (
        "customers.csv",
        "id,first_name,last_name,birth_date,phone,email,city,segment,no\0te\n",
        f"line 1: the name of column 9 {NUL} (UTF-16? save as UTF-8)",
    ),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD, ids=[m[:48] for *_, m in BAD])
def test_bad_values_are_refused_alike_on_both_databases(db, tmp_path, name, text, message) -> None:
    write(tmp_path / "before", "customers.csv", CUSTOMERS)
    write(tmp_path / "before", "transactions.csv", TX + "C1,2024-01-01,1.00,x\n")
    import_directory(db, tmp_path / "before")
    before = snapshot(db)
    write(tmp_path / "bad", "customers.csv", CUSTOMERS.replace("Kraków", "Gdańsk"))
    write(tmp_path / "bad", "wrapup_codes.csv", "code,label\nNEW,Nowy\n")
    write(tmp_path / "bad", name, text)
    today = datetime.now(UTC).date().isoformat()  # the default as-of: today in --tz (UTC)
    assert failure(db, tmp_path / "bad") == f"{name}, {message.replace('TODAY', today)}"
    assert snapshot(db) == before


def test_a_wider_window_lets_old_dates_in(db, tmp_path) -> None:
    write(tmp_path, "customers.csv", PEOPLE + "C1,Jan,Nowak,1850-01-01,,,,,\n")
    write(tmp_path, "transactions.csv", TX + "C1,1800-06-01T12:00:00+02:00,1.00,\n")
    assert "1800-06-01" in failure(db, tmp_path, window=DateWindow(date(1801, 1, 1)), today=TODAY)
    import_directory(db, tmp_path, today=TODAY, window=DateWindow(date(1800, 1, 1)))
    with db.reading() as session:
        assert session.execute(select(Customer.birth_date)).scalar_one() == date(1850, 1, 1)
        booked = session.execute(select(Transaction.booked_at)).scalar_one()
    assert booked == datetime(1800, 6, 1, 10, tzinfo=UTC)


def test_amounts_at_the_bounds_are_stored_exactly(db, tmp_path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    amounts = ["9999999999999999.99", "-9999999999999999.99", "0.01", "1234567890123456.7"]
    rows = "".join(f"C1,2024-01-{day:02d},{a},\n" for day, a in enumerate(amounts, 1))
    write(tmp_path, "transactions.csv", TX + rows)
    import_directory(db, tmp_path, today=TODAY)
    with db.reading() as session:
        stored = session.execute(select(Transaction.amount).order_by(Transaction.booked_at))
        assert [str(amount) for amount in stored.scalars()] == [
            "9999999999999999.99",
            "-9999999999999999.99",
            "0.01",
            "1234567890123456.70",
        ]
    if db.url.startswith("sqlite"):  # integers, never a float, in the file itself
        with db.engine.connect() as connection:
            kinds = connection.exec_driver_sql("SELECT DISTINCT typeof(amount) FROM transactions")
            assert kinds.scalars().all() == ["integer"]


@pytest.mark.parametrize("amount", ["10000000000000000", "NaN", "Infinity", "-1E+30"])
def test_the_money_type_itself_refuses_what_does_not_fit(db, tmp_path, amount) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    import_directory(db, tmp_path, today=TODAY)
    with db.reading() as session:
        customer = session.execute(select(Customer.id)).scalars().first()
    row = Transaction(
        customer_id=customer, booked_at=datetime(2024, 1, 1, tzinfo=UTC), amount=Decimal(amount)
    )
    refused = pytest.raises(StatementError, match=r"beyond ±9999999999999999\.99")
    with refused, db.unit_of_work() as uow:
        uow.session.add(row)
        uow.commit()
    with db.reading() as session:
        assert session.execute(select(Transaction.id)).first() is None


def test_other_control_characters_are_kept_alike(db, tmp_path) -> None:
    # PostgreSQL refuses only NUL in text; every other C0 control character is stored as is.
    controls = "".join(chr(code) for code in range(1, 32) if chr(code) not in "\n\r") + "\x7f"
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "transactions.csv", TX + f'C1,2024-01-01,1.00,"{controls}"\n')
    import_directory(db, tmp_path, today=TODAY)
    with db.reading() as session:
        assert session.execute(select(Transaction.description)).scalar_one() == controls


def test_birth_dates_are_checked_against_the_given_as_of(sqlite_db, tmp_path) -> None:
    write(tmp_path, "customers.csv", PEOPLE + "C1,Jan,Nowak,2026-03-01,,,,,\n")
    assert failure(sqlite_db, tmp_path, today=date(2026, 2, 28)) == (
        "customers.csv, line 2, column 'birth_date': "
        "a birth date in the future (after 2026-02-28): '2026-03-01'"
    )
    import_directory(sqlite_db, tmp_path, today=TODAY)  # born on the day itself: accepted


def test_the_cli_option_sets_the_window_and_bad_input_exits_2(tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    write(tmp_path / "in", "customers.csv", CUSTOMERS)
    write(tmp_path / "in", "transactions.csv", TX + "C1,1850-01-01T10:00:00+01:00,1.00,\n")
    assert main(["--db", url, "import", str(tmp_path / "in")]) == 2
    assert f"transactions.csv, line 2, column 'booked_at': {WINDOW}" in capsys.readouterr().err
    assert main(["--db", url, "import", str(tmp_path / "in"), "--date-window", "1800-01-01:"]) == 0
    assert "1 inserted" in capsys.readouterr().out
    with pytest.raises(SystemExit) as caught:
        main(["--db", url, "import", str(tmp_path / "in"), "--date-window", "0001-01-01:"])
    assert caught.value.code == 2
    assert "must lie within 0002-01-01 and 9998-12-31" in capsys.readouterr().err
