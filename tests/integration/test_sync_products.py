"""Product numbers and balances reach the desks through the feed; agents cannot change them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.models import Product
from app.services.importer import import_directory
from app.services.storage.db import Database
from tests.integration.import_helpers import CUSTOMERS, write
from tests.sync_helpers import add_server_user, open_desktop, unique_login

pytestmark = pytest.mark.postgres
HEADER = "customer_id,product,opened_at,number,balance\n"


def on_desk(desk) -> set[tuple[str, str | None, Decimal | None]]:
    with desk.db.reading() as session:
        rows = session.execute(select(Product.product, Product.number_last4, Product.balance))
        return {tuple(row) for row in rows}


def test_number_and_balance_travel_to_a_desk_and_follow_a_new_balance(
    pg_url: str, tmp_path: Path, _sqlite_template: Path
) -> None:
    server = Database(pg_url)  # the administrator's import, as on a real server
    login = unique_login("agent")
    add_server_user(pg_url, login)
    desk = open_desktop(pg_url, login, tmp_path / "desk.sqlite3", _sqlite_template)
    try:
        write(tmp_path / "a", "customers.csv", CUSTOMERS)
        write(tmp_path / "a", "products.csv",
              HEADER + "C1,credit_card,2021-05-01,4111 1111 1111 4821,-1234.56\n")  # fmt: skip
        import_directory(server, tmp_path / "a")
        desk.sync.run_once()
        assert on_desk(desk) == {("credit_card", "4821", Decimal("-1234.56"))}

        write(tmp_path / "b", "products.csv", HEADER + "C1,credit_card,2021-05-01,4821,-99.00\n")
        assert import_directory(server, tmp_path / "b").files["products.csv"].updated == 1
        desk.sync.run_once()
        assert on_desk(desk) == {("credit_card", "4821", Decimal("-99.00"))}

        # A person logged in as an agent reads products but cannot write a balance or number.
        agent = desk.sync.server_database()
        for statement in (
            "UPDATE products SET balance = 0",
            "UPDATE products SET number_last4 = '0000'",
        ):
            with (
                pytest.raises(DBAPIError, match="permission denied"),
                agent.engine.begin() as connection,
            ):
                connection.execute(text(statement))
    finally:
        desk.close()
        server.dispose()
