"""No password in the log directory: a full sync, a failed login, errors quoting a URL (issue 15).

The real test server checks passwords (SCRAM); the log file takes DEBUG and SQLAlchemy's and
psycopg's own loggers are opened to DEBUG too, so every statement, parameter and connection
attempt is written. Then every file in the log directory is read for the password, raw and
URL-encoded.
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from app.cli import failures, main
from app.services.logs import files
from app.services.sync.credentials import CredentialStore
from tests.sync_helpers import PASSWORD, add_server_user, server_settings_for, unique_login

WRONG = "wrong-Pass-4711"
LIBRARY_LOGGERS = ("sqlalchemy.engine", "sqlalchemy.pool", "psycopg", "psycopg.pool")


@pytest.fixture(autouse=True)
def everything_logged(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("ACRM_LOG_LEVEL", "DEBUG")
    loggers = [logging.getLogger(name) for name in LIBRARY_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def whole_log(directory: Path) -> str:
    files.flush()
    return "".join(path.read_text(encoding="utf-8") for path in sorted(directory.rglob("*"))
                   if path.is_file())  # fmt: skip


def assert_no(secret: str, text: str) -> None:
    for form in (secret, quote(secret, safe="")):
        assert form not in text, f"{form!r} is in the log"


def sync_once(server, login: str, monkeypatch, password: str | None) -> int:
    args = ["sync", "--once", "--server", server.url, "--login", login]
    if password is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{password}\n"))
        args.append("--password-stdin")
    return main(args)


def test_a_full_sync_logs_no_password(pg_url, isolated_data_dir, monkeypatch, capsys) -> None:
    login = unique_login()
    add_server_user(pg_url, login)
    server = server_settings_for(pg_url, login)
    assert sync_once(server, login, monkeypatch, PASSWORD) == 0, capsys.readouterr().err
    # The desk's way: the password from the (in-memory) OS keyring, an incremental sync.
    assert CredentialStore().save(server, PASSWORD)
    assert sync_once(server, login, monkeypatch, None) == 0, capsys.readouterr().err
    text = whole_log(isolated_data_dir / "logs")
    assert "INFO sqlalchemy.engine.Engine" in text  # the statements were logged...
    assert "DEBUG sqlalchemy.pool" in text  # ...and the connections
    assert_no(PASSWORD, text)


def test_a_failed_login_logs_no_password(pg_url, isolated_data_dir, monkeypatch, capsys) -> None:
    login = unique_login()
    add_server_user(pg_url, login)
    server = server_settings_for(pg_url, login)
    assert sync_once(server, login, monkeypatch, WRONG) == 2
    assert "password" in capsys.readouterr().err  # told why (in the desk's words)
    text = whole_log(isolated_data_dir / "logs")
    assert "WARNING app.services.sync.service" in text  # the failure is in the log
    assert_no(WRONG, text)
    assert_no(PASSWORD, text)


def test_errors_quoting_a_url_with_the_password_are_redacted(
    pg_server, isolated_data_dir, capsys
) -> None:
    """psycopg's own OperationalError, wrapped in a message that quotes the URL with the
    password (as a careless library might), logged with its traceback and as a crash."""
    assert main(["db", "upgrade"]) == 0
    url = f"postgresql://anna:{quote(PASSWORD)}@127.0.0.1:1/acrm"
    log = logging.getLogger("app.test")
    try:
        psycopg.connect(url, connect_timeout=2)
    except psycopg.OperationalError as error:
        log.exception("cannot connect to %s: %s", url, error)
        try:
            raise RuntimeError(f"{error} (conninfo {url} password={PASSWORD})") from error
        except RuntimeError as wrapped:
            assert failures.report(wrapped) == 2
    capsys.readouterr()
    text = whole_log(isolated_data_dir / "logs")
    assert "postgresql://anna:***@127.0.0.1:1/acrm" in text
    assert "psycopg.OperationalError" in text and "RuntimeError" in text
    assert_no(PASSWORD, text)


def test_an_administrators_statements_log_no_password_nor_verifier(
    pg_url, isolated_data_dir, monkeypatch, capsys
) -> None:
    """`acrm admin reset-password` sends its verifier outside the engine's statement log; a
    CREATE ROLE ... PASSWORD '...' that does go through it (the tests' own helper, run after
    the log is set up) is written with the password hidden."""
    login = unique_login()
    add_server_user(pg_url, login)
    new = "Nowe-Haslo-2026-abc"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{new}\n"))
    assert main(["admin", "reset-password", login, "--url", pg_url, "--password-stdin"]) == 0
    capsys.readouterr()
    second = unique_login()
    add_server_user(pg_url, second)  # CREATE ROLE ... PASSWORD 'test-password-1', logged
    text = whole_log(isolated_data_dir / "logs")
    assert "acrm_audit_role" in text  # the reset's statements were logged
    assert f"CREATE ROLE \"{second}\" LOGIN PASSWORD '***' IN ROLE agent" in text
    assert "SCRAM-SHA-256$" not in text
    assert_no(new, text)
    assert_no(PASSWORD, text)
