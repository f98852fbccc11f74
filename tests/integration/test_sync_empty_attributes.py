"""Empty attribute values reach the desks through the feed and read as null there (issue 13)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app.services.importer import import_directory
from app.services.importer.ids import stable_id
from app.services.nba.features import FeatureLoader
from app.services.storage.db import Database
from tests.integration.import_helpers import write
from tests.sync_helpers import add_server_user, open_desktop, unique_login

pytestmark = pytest.mark.postgres
AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HEAD = "id,first_name,last_name,birth_date,phone,email,city,segment,tenure,total_charges\n"


def customer(external_id: str) -> uuid.UUID:
    return uuid.UUID(hex=stable_id("customer", external_id))


def attributes_on(desk, external_id: str) -> dict[str, object]:
    return FeatureLoader(desk.db).load(customer(external_id), AS_OF).attributes


def test_an_empty_cell_and_a_null_row_read_as_null_on_a_desk(
    pg_url: str, tmp_path: Path, _sqlite_template: Path
) -> None:
    server = Database(pg_url)  # the administrator's import, as on a real server
    login = unique_login("agent")
    add_server_user(pg_url, login)
    desk = open_desktop(pg_url, login, tmp_path / "desk.sqlite3", _sqlite_template)
    try:
        write(tmp_path / "a", "customers.csv",
              HEAD + "T1,Anna,Nowak,1980-01-01,,,Kraków,mass,2,\n"
              "T2,Jan,Kowal,1981-02-02,,,Łódź,mass,10,123.40\n")  # fmt: skip
        import_directory(server, tmp_path / "a")
        # A row stored with no value (another tool, an older desk's import): a NULL value.
        with server.engine.begin() as connection:
            connection.execute(
                text(
                    "UPDATE customer_attributes SET value = NULL "
                    "WHERE customer_id = :id AND name = 'tenure'"
                ),
                {"id": customer("T2")},
            )
        desk.sync.run_once()
        assert attributes_on(desk, "T1") == {"tenure": 2, "total_charges": None}
        assert attributes_on(desk, "T2")["tenure"] is None
        with desk.db.reading() as session:
            stored = session.execute(
                text("SELECT value FROM customer_attributes WHERE name = 'tenure' "
                     "AND customer_id = :id"),
                {"id": customer("T2").hex},
            ).all()  # fmt: skip
        assert stored == [(None,)]  # the NULL row itself travelled

        # A later import that empties a value: the desk reads null too.
        write(tmp_path / "b", "customers.csv",
              HEAD + "T2,Jan,Kowal,1981-02-02,,,Łódź,mass,,\n")  # fmt: skip
        import_directory(server, tmp_path / "b")
        desk.sync.run_once()
        assert attributes_on(desk, "T2") == {"tenure": None, "total_charges": None}
    finally:
        desk.close()
        server.dispose()
