"""Where the Alembic scripts are found: in the checkout, in a PyInstaller build, or overridden."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.services.storage import migrate

REPO = Path(__file__).resolve().parents[2]


def test_checkout_uses_the_repository_migrations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACRM_MIGRATIONS_DIR", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert migrate.migrations_dir() == REPO / "migrations"
    assert (migrate.migrations_dir() / "env.py").is_file()


def test_frozen_build_uses_the_bundled_copy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("ACRM_MIGRATIONS_DIR", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert migrate.migrations_dir() == tmp_path / "migrations"


def test_environment_override_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", "/frozen", raising=False)
    monkeypatch.setenv("ACRM_MIGRATIONS_DIR", str(tmp_path))
    assert migrate.migrations_dir() == tmp_path
