"""Where the data lives and which database a run uses: argument, environment, default."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import config


def test_data_dir_honours_the_override_and_creates_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "portable" / "data"
    monkeypatch.setenv(config.DATA_DIR_ENV, str(target))
    assert config.data_dir() == target
    assert target.is_dir()


def test_default_data_dir_is_the_per_user_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(config.DATA_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = config.data_dir()
    assert path == tmp_path / "xdg" / config.APP_NAME
    assert path.is_dir()


def test_default_database_is_a_sqlite_file_in_the_data_dir(isolated_data_dir: Path) -> None:
    assert config.default_db_url() == f"sqlite:///{isolated_data_dir / 'acrm.sqlite3'}"
    settings = config.resolve_settings()
    assert settings.db_url == config.default_db_url()
    assert settings.is_sqlite
    assert settings.region == "PL"


def test_command_line_beats_environment_beats_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.DB_URL_ENV, "postgresql://env-host/acrm")
    assert config.resolve_settings().db_url == "postgresql://env-host/acrm"
    assert not config.resolve_settings().is_sqlite
    assert config.resolve_settings("sqlite:///cli.sqlite3").db_url == "sqlite:///cli.sqlite3"


def test_agent_login_from_argument_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACRM_AGENT", "anna.k")
    monkeypatch.setenv("USER", "unix-user")
    assert config.resolve_settings(agent_login="jan.n").agent_login == "jan.n"
    assert config.resolve_settings().agent_login == "anna.k"
    monkeypatch.delenv("ACRM_AGENT")
    assert config.resolve_settings().agent_login == "unix-user"
    monkeypatch.delenv("USER")
    assert config.resolve_settings().agent_login == "consultant"


def test_settings_are_immutable() -> None:
    settings = config.resolve_settings("sqlite:///x.sqlite3")
    with pytest.raises(AttributeError):
        settings.db_url = "sqlite:///other.sqlite3"  # type: ignore[misc]
