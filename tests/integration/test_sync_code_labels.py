"""Wrap-up code labels per language reach the desks through the feed; only admins write them."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from app.services.importer import import_directory
from app.services.storage.db import Database
from tests.integration.import_helpers import write
from tests.sync_helpers import PASSWORD, add_server_user, open_desktop, unique_login

pytestmark = pytest.mark.postgres


def test_labels_imported_on_the_server_reach_a_desk(pg_url, tmp_path, _sqlite_template) -> None:
    server = Database(pg_url)
    login = unique_login("ru")
    add_server_user(pg_url, login)
    desk = open_desktop(pg_url, login, tmp_path / "desk.sqlite3", _sqlite_template)
    try:
        write(tmp_path / "a", "wrapup_codes.csv", "code,label\nINFO,Udzielono informacji\n")
        import_directory(server, tmp_path / "a")
        desk.sync.run_once()
        assert [row.shown("ru") for row in desk.contacts.wrapup_codes()] == ["Udzielono informacji"]
        # The business adds the Russian label later: an update of the row, fed like any other.
        write(tmp_path / "b", "wrapup_codes.csv", "code,label,label_ru\nINFO,Udzielono informacji,"
              "Предоставлена информация\n")  # fmt: skip
        import_directory(server, tmp_path / "b")
        desk.sync.run_once()
        (row,) = desk.contacts.wrapup_codes()
        assert row.shown("ru") == "Предоставлена информация"
        assert row.shown("pl") == "Udzielono informacji"
        # An agent reads the labels but cannot write them (admin only, as the rest of the row).
        url = make_url(pg_url).set(username=login, password=PASSWORD)
        agent = create_engine(url)
        try:
            with agent.connect() as connection:
                labels = connection.execute(text("SELECT labels::text FROM wrapup_codes")).scalar()
                assert "Предоставлена информация" in labels
                with pytest.raises(ProgrammingError, match="permission denied"):
                    connection.execute(text("UPDATE wrapup_codes SET labels = '{}'"))
        finally:
            agent.dispose()
    finally:
        desk.close()
        server.dispose()
