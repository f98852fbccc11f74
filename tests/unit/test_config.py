"""Where the data lives and which database a run uses: argument, environment, default."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import config


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


@pytest.fixture
def no_server_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (config.SERVER_URL_ENV, "ACRM_SSLMODE", "ACRM_SSLROOTCERT"):
        monkeypatch.delenv(name, raising=False)


def test_no_server_section_means_the_embedded_database(no_server_env) -> None:
    assert config.server_settings({}, "ewa") is None


def test_server_section_gives_url_tls_interval_and_login(no_server_env, tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    section = {"url": "postgresql://db.bank.local/acrm", "sslmode": "verify-full",
               "sslrootcert": str(ca), "sync_interval": 10}  # fmt: skip
    server = config.server_settings({"server": section}, "ewa")
    assert server == config.ServerSettings("postgresql://db.bank.local/acrm", "ewa",
                                           "verify-full", str(ca), 10.0)  # fmt: skip
    assert config.server_settings({"server": {**section, "login": "e.nowak"}}, "ewa").login == (
        "e.nowak"
    )


def test_defaults_and_the_floor_of_one_second(no_server_env) -> None:
    server = config.server_settings({"server": {"url": "postgresql://db/acrm"}}, "ewa")
    assert (server.sslmode, server.sync_interval) == ("prefer", config.DEFAULT_SYNC_INTERVAL)
    fast = {"server": {"url": "postgresql://db/acrm", "sync_interval": 0.1}}
    assert config.server_settings(fast, "ewa").sync_interval == 1.0


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"url": "postgresql://ewa:Hunter2-pw@db/acrm"}, "must not carry a password"),
        ({"url": "postgresql://db/acrm?password=Hunter2-pw"}, r"\[server\] url: .*\?password="),
        ({"url": "postgresql://db/acrm?sslmode=require&sslpassword=Hunter2-pw"}, r"\?sslpassword="),
        ({"url": "postgresql://ewa@db/acrm"}, "must not name a user"),
        ({"url": "postgresql://db/acrm", "sslmode": "strict"}, "sslmode 'strict' is not one of"),
        ({"url": "postgresql://db/acrm", "sslmode": "verify-full", "sslrootcert": "/no/ca.pem"},
         "no CA file at /no/ca.pem"),
        ({"url": "postgresql://db/acrm", "sync_interval": "often"}, "'often' is not a number"),
    ],
)  # fmt: skip
def test_bad_server_settings_are_named(no_server_env, section: dict, message: str) -> None:
    with pytest.raises(config.AcrmError, match=message) as raised:
        config.server_settings({"server": section}, "ewa")
    assert "Hunter2" not in str(raised.value)


def test_the_environment_overrides_the_file(no_server_env, monkeypatch) -> None:
    monkeypatch.setenv(config.SERVER_URL_ENV, "postgresql://other/acrm")
    monkeypatch.setenv("ACRM_SSLMODE", "require")
    server = config.server_settings({"server": {"url": "postgresql://db/acrm"}}, "ewa")
    assert (server.url, server.sslmode) == ("postgresql://other/acrm", "require")


def test_desk_language_defaults_to_polish(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(config.CONFIG_ENV, str(tmp_path / "none.toml"))
    desk = config.resolve_settings(db_url="sqlite:///x.db").desk
    assert (desk.language, desk.configured) == ("pl_PL", False)


@pytest.mark.parametrize("language", ["pl_PL", "ru_RU", "en"])
def test_desk_language_from_the_file(tmp_path: Path, monkeypatch, language: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'[desk]\nlanguage = "{language}"\n', encoding="utf-8")
    monkeypatch.setenv(config.CONFIG_ENV, str(path))
    desk = config.resolve_settings(db_url="sqlite:///x.db").desk
    assert (desk.language, desk.configured) == (language, True)


@pytest.mark.parametrize("value", ['"de_DE"', '"ru"', "3", '""'])
def test_a_bad_desk_language_names_file_key_and_choices(tmp_path: Path, monkeypatch, value) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f"[desk]\nlanguage = {value}\n", encoding="utf-8")
    monkeypatch.setenv(config.CONFIG_ENV, str(path))
    with pytest.raises(config.AcrmError) as caught:
        config.resolve_settings(db_url="sqlite:///x.db")
    assert str(caught.value).startswith(f"{path}: [desk] language ")
    assert str(caught.value).endswith("is not one of pl_PL, ru_RU, en")
