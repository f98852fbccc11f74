"""`acrm diagnostics`: versions, configuration without secrets, schema, sync, last problems."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest

from app import __version__
from app.cli import main
from app.services import diagnostics
from app.services.config import resolve_settings
from app.services.logs import files
from app.services.storage import migrate
from app.services.sync.credentials import CredentialStore
from tests.sync_helpers import PASSWORD, add_server_user, server_settings_for, unique_login


def report(capsys, *args: str) -> str:
    assert main(["diagnostics", *args]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def test_an_embedded_desk(isolated_data_dir, capsys) -> None:
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    text = report(capsys)
    assert text.startswith("aCRM Desk diagnostics (")
    assert f"version: {__version__}\n" in text and "python: 3." in text and "os: " in text
    assert "PySide6: 6." in text and "(Qt not loaded)" in text
    assert f"database: sqlite:///{isolated_data_dir}/acrm.sqlite3\n" in text
    assert "server: none (embedded database)\n" in text
    assert f"log directory: {isolated_data_dir / 'logs'}\n" in text
    assert "log level: INFO (default)\n" in text
    assert f"schema revision: {migrate.head_revision()} (at head)\n" in text
    assert "state: not configured (embedded database, nothing to sync)\n" in text
    assert text.endswith("[recent warnings and errors] (0)\nnone\n")


def test_json_has_the_same_sections(isolated_data_dir, capsys) -> None:
    data = json.loads(report(capsys, "--json"))
    assert list(data) == ["program", "configuration", "database", "sync", "recent"]
    assert data["program"]["version"] == __version__
    assert data["database"] == {"schema revision": "no database file yet"}


def test_the_last_problems_of_the_log_are_listed_redacted(isolated_data_dir, capsys) -> None:
    assert main(["db", "upgrade"]) == 0
    log = logging.getLogger("app.test")
    for number in range(25):
        log.warning("problem %d", number)
        log.info("not a problem %d", number)
    files.flush()
    # A line an older program wrote into the file, password and all: redacted on the way out.
    with (isolated_data_dir / "logs" / "acrm.log").open("a") as handle:
        handle.write("2026-12-06 10:00:00,000 ERROR old [1 MainThread]: "
                     "postgresql://anna:Old-Secret-1@db/acrm refused\n")  # fmt: skip
    capsys.readouterr()
    text = report(capsys, "--lines", "3")
    tail = text.split("[recent warnings and errors] (3)\n", 1)[1].splitlines()
    assert [line.split(": ", 1)[1] for line in tail] == [
        "problem 23", "problem 24", "postgresql://anna:***@db/acrm refused"]  # fmt: skip
    assert "Old-Secret-1" not in text
    assert len(diagnostics.recent_problems(100)) == 26


def test_a_broken_configuration_is_reported_not_fatal(isolated_data_dir, capsys) -> None:
    (isolated_data_dir / "config.toml").write_text("[server\nurl = 1\n")
    text = report(capsys)
    assert f"problem: {isolated_data_dir / 'config.toml'}: not a valid configuration file" in text
    assert f"version: {__version__}" in text and "[database]" not in text


def test_a_url_with_a_password_is_named_never_shown(isolated_data_dir, monkeypatch, capsys):
    monkeypatch.setenv("ACRM_DB_URL", "postgresql://anna:Env-Secret-9@db/acrm")
    text = report(capsys)
    assert "problem: $ACRM_DB_URL: a database URL must not carry a password" in text
    assert "Env-Secret-9" not in text


def test_a_synced_desk_with_its_password_in_the_keyring(
    pg_url, isolated_data_dir, monkeypatch, capsys
) -> None:
    """A server URL, a login, the password in the (in-memory) keyring, two syncs and a failed
    one: the sync state is told, the password never."""
    login = unique_login()
    add_server_user(pg_url, login)
    server = server_settings_for(pg_url, login)
    monkeypatch.setenv("ACRM_SERVER_URL", server.url)
    monkeypatch.setenv("ACRM_AGENT", login)
    monkeypatch.setenv("ACRM_SSLMODE", "disable")
    assert CredentialStore().save(server, PASSWORD)
    assert main(["sync", "--once"]) == 0
    capsys.readouterr()
    data = json.loads(report(capsys, "--json"))
    config, sync = data["configuration"], data["sync"]
    assert (config["server"], config["login"], config["sslmode"]) == (server.url, login, "disable")
    assert config["database"] == f"sqlite:///{server.cache_file()}"
    assert config["keyring"] == "MemoryKeyring"
    assert sync["last sync"] != "never" and sync["first sync done"] == "yes"
    assert (sync["unsynced outbox rows"], sync["refused rows"]) == ("0", "0")
    assert sync["last error"] == "none"
    assert data["database"]["schema revision"].endswith("(at head)")
    # A wrong password: the sync's last error and the log's warning come into the report.
    monkeypatch.setattr(sys, "stdin", io.StringIO("Wrong-Pass-0\n"))
    assert main(["sync", "--once", "--password-stdin"]) == 2
    capsys.readouterr()
    text = report(capsys)
    assert "last error: " in text and "last error: none" not in text
    assert "WARNING app.services.sync.service" in text
    for secret in (PASSWORD, "Wrong-Pass-0"):
        assert secret not in text
    assert PASSWORD not in json.dumps(data)
    assert resolve_settings().server == server


def test_an_unreadable_database_is_reported_not_fatal(tmp_path, capsys) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(bytes(range(256)) * 64)
    text = report(capsys, "--db", f"sqlite:///{garbage}")
    assert "schema revision" not in text
    assert "problem: cannot be read: DatabaseError: file is not a database" in text


@pytest.mark.parametrize("lines", ["-1"])
def test_a_negative_line_count_is_a_user_error(lines, capsys) -> None:
    assert main(["diagnostics", "--lines", lines]) == 2
    assert "--lines must be 0 or more" in capsys.readouterr().err
