"""Migration 0012: wrap-up codes gain `labels` (per language), checked, and lose it going back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from app.services.storage import migrate
from app.services.storage.db import Database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_at_0011(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database at revision 0011 with a code in its catalogue (labels did not exist)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'at_0011.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_empty_url")
    db = Database(url)
    migrate.upgrade(db.engine)
    migrate.downgrade(db.engine, "0011")
    assert "labels" not in {c["name"] for c in inspect(db.engine).get_columns("wrapup_codes")}
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO wrapup_codes (code, label, active, sort_order) VALUES (:c, :l, :a, 0)"
            ),
            {"c": "INFO", "l": "Udzielono informacji", "a": True},
        )
    try:
        yield db
    finally:
        db.dispose()


def set_labels(db: Database, value: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE wrapup_codes SET labels = :v"), {"v": value})


def labels_of(db: Database) -> object:
    from app.models import WrapUpCode

    with db.reading() as session:
        return session.get(WrapUpCode, "INFO").labels


def test_upgrade_gives_empty_labels_and_checks_them_and_downgrade_drops_them(
    db_at_0011: Database,
) -> None:
    db = db_at_0011
    migrate.upgrade(db.engine)
    assert labels_of(db) == {}  # an existing code reads as before: label, then code
    set_labels(db, '{"ru": "Предоставлена информация", "en": "Information given"}')
    assert labels_of(db) == {"ru": "Предоставлена информация", "en": "Information given"}
    for bad in ('["ru"]', '"text"', "5"):
        with pytest.raises(IntegrityError):
            set_labels(db, bad)
    migrate.downgrade(db.engine, "0011")
    with db.engine.connect() as connection:
        row = connection.execute(text("SELECT code, label FROM wrapup_codes")).one()
    assert tuple(row) == ("INFO", "Udzielono informacji")
    migrate.upgrade(db.engine)
    assert labels_of(db) == {}


@pytest.mark.postgres
def test_the_server_refuses_a_label_that_is_not_text(pg_db: Database) -> None:
    with pg_db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO wrapup_codes (code, label, active, sort_order) "
                "VALUES ('INFO', 'I', true, 0)"
            )
        )
    with pytest.raises(IntegrityError, match="ck_wrapup_codes_labels"):
        set_labels(pg_db, '{"ru": 5}')
    set_labels(pg_db, '{"ru": "Информация"}')
    assert labels_of(pg_db) == {"ru": "Информация"}
