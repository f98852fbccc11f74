"""A password or other secret in any database URL, wherever it is given, is refused unechoed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.bad_input import (
    ALL_SERVER_COMMANDS,
    DB_COMMANDS,
    LOCAL_SERVER_COMMANDS,
    URL_COMMANDS,
    argv,
    make_files,
    run,
)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    return make_files(tmp_path)


# --- secrets in URLs ----------------------------------------------------------------------

SECRET = "Tajne-Haslo-77"
SECRET_URLS = {
    "user info": f"postgresql://anna:{SECRET}@db.bank.local/acrm",
    "password parameter": f"postgresql://db.bank.local/acrm?password={SECRET}",
    "encoded parameter": f"postgresql://db.bank.local/acrm?sslmode=require&pass%77ord={SECRET}",
    "sslpassword": f"postgresql://db.bank.local/acrm?sslpassword={SECRET}",
    "passfile": f"postgresql://db.bank.local/acrm?passfile=/tmp/{SECRET}",
    "oauth secret": f"postgresql://db.bank.local/acrm?oauth_client_secret={SECRET}",
}


def every_url_option(url: str, files: dict[str, str]) -> dict[str, list[str]]:
    """Every command with every place a URL can be given on the command line."""
    commands = {name: ["--db", url, *argv(t, files)] for name, t in DB_COMMANDS.items()}
    commands["db upgrade --url"] = ["db", "upgrade", "--url", url]
    commands["db current --url"] = ["db", "current", "--url", url]
    for name, template in URL_COMMANDS.items():
        commands[name] = [*template, "--url", url]
    for name, template in ALL_SERVER_COMMANDS.items():
        commands[name] = [*template, "--server", url, "--login", "anna", "--password-stdin"]
    commands["login"] = ["login", "--server", url, "--login", "anna", "--password-stdin"]
    return commands


@pytest.mark.parametrize("where", sorted(SECRET_URLS))
def test_a_secret_in_any_url_option_is_refused_unechoed(files, capsys, caplog, where) -> None:
    for name, args in every_url_option(SECRET_URLS[where], files).items():
        _, line = run(capsys, caplog, args, stdin="pw\n")
        assert "must not carry a password or other secret" in line, name
        assert SECRET not in caplog.text, name  # run() checked stdout and stderr


@pytest.mark.parametrize("where", sorted(SECRET_URLS))
def test_a_secret_in_the_environment_or_the_config_is_refused(
    isolated_data_dir, files, monkeypatch, capsys, caplog, where
) -> None:
    url = SECRET_URLS[where]
    monkeypatch.setenv("ACRM_DB_URL", url)
    _, line = run(capsys, caplog, argv(DB_COMMANDS["rules versions"], files))
    assert line.startswith("acrm: error: $ACRM_DB_URL: a database URL must not carry")
    monkeypatch.delenv("ACRM_DB_URL")
    monkeypatch.setenv("ACRM_SERVER_URL", url)
    _, line = run(capsys, caplog, ["sync", "--status"])
    assert line.startswith("acrm: error: $ACRM_SERVER_URL: a database URL must not carry")
    monkeypatch.delenv("ACRM_SERVER_URL")
    (isolated_data_dir / "config.toml").write_text(f'[server]\nurl = "{url}"\n', "utf-8")
    for name, template in {**DB_COMMANDS, **LOCAL_SERVER_COMMANDS}.items():
        _, line = run(capsys, caplog, argv(template, files))
        expected = f"acrm: error: {isolated_data_dir / 'config.toml'}: [server] url: a database URL"
        assert line.startswith(f"{expected} must not"), name
    assert SECRET not in caplog.text
    assert not list(isolated_data_dir.glob("cache-*"))  # nothing was stored
