"""products.csv's optional number and balance: stored as last four digits and money, or refused."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Product
from app.services.errors import ImportFailed
from app.services.importer import import_directory
from tests.integration.import_helpers import CUSTOMERS, sqlite_dump, table_counts, write

HEADER = "customer_id,product,opened_at,number,balance\n"
GOOD = (
    HEADER + "C1,credit_card,2021-05-01,4111 1111 1111 4821,-1234.56\n"
    "C1,current_account,2019-01-01,PL61 1090 1014 0000 0712 1981 2874,12345.67\n"
    "C2,savings,2020-02-02,**** **** 0042,\n"
    "C2,mortgage,2018-03-03,,300000\n"
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest):
    """The same import on a desk's SQLite file and on the shared PostgreSQL server."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def stored(db) -> dict[str, tuple[str | None, Decimal | None]]:
    with db.reading() as session:
        rows = session.execute(select(Product.product, Product.number_last4, Product.balance))
        return {row.product: (row.number_last4, row.balance) for row in rows}


def test_numbers_keep_their_last_four_digits_and_balances_are_money(any_db, tmp_path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "products.csv", GOOD)
    import_directory(any_db, tmp_path)
    assert stored(any_db) == {
        "credit_card": ("4821", Decimal("-1234.56")),
        "current_account": ("2874", Decimal("12345.67")),
        "savings": ("0042", None),
        "mortgage": (None, Decimal("300000.00")),
    }


def test_the_full_number_is_nowhere_in_the_desks_file(sqlite_db, tmp_path) -> None:
    write(tmp_path, "customers.csv", CUSTOMERS)
    write(tmp_path, "products.csv", GOOD)
    import_directory(sqlite_db, tmp_path)
    assert not any("4111" in line or "1090" in line for line in sqlite_dump(sqlite_db))


def test_an_older_file_then_one_with_numbers_updates_the_same_products(any_db, tmp_path):
    """The id stays the product's (customer, product, dates): balances change, rows do not."""
    write(tmp_path / "old", "customers.csv", CUSTOMERS)
    write(
        tmp_path / "old",
        "products.csv",
        "customer_id,product,opened_at\nC1,credit_card,2021-05-01\n",
    )
    import_directory(any_db, tmp_path / "old")
    write(tmp_path / "new", "products.csv", HEADER + "C1,credit_card,2021-05-01,4821,-10.00\n")
    report = import_directory(any_db, tmp_path / "new")
    assert stored(any_db) == {"credit_card": ("4821", Decimal("-10.00"))}
    counts = report.files["products.csv"]
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 1, 0)
    # Again with a new balance only: the number stays, the balance follows the file.
    write(tmp_path / "later", "products.csv",
          "customer_id,product,opened_at,balance\nC1,credit_card,2021-05-01,5.50\n")  # fmt: skip
    import_directory(any_db, tmp_path / "later")
    assert stored(any_db) == {"credit_card": ("4821", Decimal("5.50"))}
    counts = import_directory(any_db, tmp_path / "later").files["products.csv"]
    assert (counts.inserted, counts.updated, counts.unchanged) == (0, 0, 1)


@pytest.mark.parametrize(
    ("line", "column", "problem"),
    [
        ("C1,loan,2021-01-01,4111-ABCD-1111,1.00", "number",
         "not an account or card number (digits, optionally masked with * or X, "
         "ending in four digits): '4111-ABCD-1111'"),
        ("C1,loan,2021-01-01,482,1.00", "number",
         "not an account or card number (digits, optionally masked with * or X, "
         "ending in four digits): '482'"),
        ("C1,loan,2021-01-01,4821,12,5", "balance", None),
        ("C1,loan,2021-01-01,4821,\"12,50\"", "balance",
         "not a number (use '.' for decimals): '12,50'"),
        ("C1,loan,2021-01-01,4821,1.005", "balance", "more than two decimal places: '1.005'"),
        ("C1,loan,2021-01-01,4821,1e6", "balance", "not a number (use '.' for decimals): '1e6'"),
        ("C1,loan,2021-01-01,4821,99999999999999999", "balance",
         "beyond the largest amount (±9999999999999999.99): '99999999999999999'"),
    ],
)  # fmt: skip
def test_a_bad_number_or_balance_is_named_and_nothing_is_written(
    sqlite_db, tmp_path: Path, line: str, column: str, problem: str | None
) -> None:
    write(tmp_path / "before", "customers.csv", CUSTOMERS)
    import_directory(sqlite_db, tmp_path / "before")
    counts, dump = table_counts(sqlite_db), sqlite_dump(sqlite_db)
    write(tmp_path / "bad", "customers.csv", CUSTOMERS.replace("Kraków", "Gdańsk"))
    write(tmp_path / "bad", "products.csv", GOOD + line + "\n")
    with pytest.raises(ImportFailed) as caught:
        import_directory(sqlite_db, tmp_path / "bad")
    message = str(caught.value)
    if problem is None:  # a row with one cell too many: the file's own complaint, same line
        assert message.startswith("products.csv, line 6")
    else:
        assert message == f"products.csv, line 6, column '{column}': {problem}"
    assert table_counts(sqlite_db) == counts
    assert sqlite_dump(sqlite_db) == dump
