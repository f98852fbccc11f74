"""The test PgBouncer really pools by transaction, and the desk's engine is fit for that."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.services.storage.db import Database
from tests.sync_helpers import PASSWORD, add_server_user, unique_login


def _alternate(url: str, rounds: int = 8, **engine_kwargs) -> None:
    """Two desks take turns, one transaction each: PgBouncer hands them one server link."""
    desks = [Database(url, pool_size=1, **engine_kwargs) for _ in range(2)]
    try:
        _take_turns(desks, rounds)
    finally:
        for desk in desks:
            desk.dispose()


def _take_turns(desks: list[Database], rounds: int) -> None:
    with desks[0].engine.connect() as first, desks[1].engine.connect() as second:
        for _ in range(rounds):
            for connection in (first, second):
                with connection.begin():
                    connection.execute(text("SELECT count(*) FROM customers WHERE city = :c"),
                                       {"c": "Kraków"})  # fmt: skip


def agent_url(pg_url: str, pgbouncer) -> str:
    login = unique_login("a")
    add_server_user(pg_url, login)
    return pgbouncer.route(pg_url).replace("postgres@", f"{login}:{PASSWORD}@")


def test_an_agent_logs_in_through_pgbouncer_with_scram_and_runs_many_transactions(
    pg_url, pgbouncer
):
    url = agent_url(pg_url, pgbouncer)
    login = url.split("//", 1)[1].split(":", 1)[0]
    db = Database(url, pool_size=2)
    try:
        with db.engine.connect() as connection:
            assert connection.connection.dbapi_connection.prepare_threshold is None
            assert connection.execute(text("SELECT current_user")).scalar() == login
    finally:
        db.dispose()
    _alternate(url)  # with server-side prepared statements this breaks (below)
    wrong = Database(url.replace(PASSWORD, "not-it"))
    try:
        with pytest.raises(DBAPIError, match="SASL authentication failed"):
            wrong.engine.connect().close()
    finally:
        wrong.dispose()


def test_pgbouncer_pools_by_transaction_so_prepared_statements_would_break(pg_url, pgbouncer):
    """Proves the pooling is real: psycopg's own prepared statements fail behind it."""
    url = agent_url(pg_url, pgbouncer)
    with pytest.raises(DBAPIError, match="prepared statement"):
        _alternate(url, connect_args={"prepare_threshold": 0})
