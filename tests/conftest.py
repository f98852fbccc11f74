"""Suite-wide test set-up: headless Qt, an isolated data directory, real migrated SQLite files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: run widgets without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never touch the developer's real data directory or database."""
    path = tmp_path_factory.mktemp("acrm-data")
    monkeypatch.setenv("ACRM_DATA_DIR", str(path))
    monkeypatch.delenv("ACRM_DB_URL", raising=False)
    return path


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator:
    """A real SQLite file migrated to the newest schema."""
    from app.services import migrate
    from app.services.db import Database

    db = Database(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    migrate.upgrade(db.engine)
    try:
        yield db
    finally:
        db.dispose()
