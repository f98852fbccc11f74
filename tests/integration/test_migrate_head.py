"""The start-up's cheap "is the schema at head?" agrees with Alembic, and falls back when unsure."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.services.storage import migrate
from app.services.storage.db import Database


def test_the_declared_head_is_alembics_head() -> None:
    assert migrate.declared_head() == migrate.script_directory().get_current_head()


def copy_of_the_scripts(tmp_path: Path, extra: str) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_extra.py").write_text(extra, encoding="utf-8")
    return folder


def test_a_newer_script_in_the_annotated_form_is_the_head(tmp_path: Path) -> None:
    head = migrate.declared_head()
    folder = copy_of_the_scripts(
        tmp_path,
        f'revision: str = "9999"\ndown_revision: str | None = {head!r}\n'
        "branch_labels = None\ndepends_on = None\n",
    )
    assert migrate.declared_head(folder) == "9999"


def test_two_heads_or_an_unreadable_revision_leave_it_to_alembic(tmp_path: Path) -> None:
    branch = copy_of_the_scripts(tmp_path / "a", 'revision = "9999"\ndown_revision = "0001"\n')
    assert migrate.declared_head(branch) is None
    computed = copy_of_the_scripts(tmp_path / "b", "revision = make_id()\ndown_revision = None\n")
    assert migrate.declared_head(computed) is None


def test_at_head_only_for_a_database_at_head(sqlite_db: Database, tmp_path: Path) -> None:
    assert migrate.at_head(sqlite_db.engine) is True
    fresh = Database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        assert migrate.at_head(fresh.engine) is False  # no alembic_version table yet
    finally:
        fresh.dispose()
    migrate.downgrade(sqlite_db.engine, "0005")
    assert migrate.at_head(sqlite_db.engine) is False
    assert migrate.upgrade(sqlite_db.engine) is True  # Alembic's path still does the work
