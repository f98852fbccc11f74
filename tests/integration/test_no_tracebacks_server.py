"""The shared server's failures, said plainly by every command: a missing database, a login
without rights, a wrong password (never a traceback, always exit 2)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.integration.bad_input import (
    DB_COMMANDS,
    SERVER_COMMANDS,
    URL_COMMANDS,
    make_files,
    run,
    server_commands,
    server_url,
)
from tests.sync_helpers import PASSWORD, add_server_user, unique_login


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    return make_files(tmp_path)


# --- PostgreSQL: a missing database, a login without rights, a wrong password --------------


ALL_PG = sorted([*DB_COMMANDS, *URL_COMMANDS, *SERVER_COMMANDS])


@pytest.mark.parametrize("name", ALL_PG)
def test_a_missing_postgres_database(pg_server, pg_url, files, capsys, caplog, name) -> None:
    login = unique_login()
    add_server_user(pg_url, login)
    url = server_url(pg_url, database="no_such_database", user="postgres")
    args = server_commands(url, login, files)[name]
    _, line = run(capsys, caplog, args, stdin=f"{PASSWORD}\n")
    assert 'database "no_such_database" does not exist' in line


@pytest.fixture
def no_rights_login(pg_url, tmp_path, monkeypatch) -> str:
    """A login role in no group (so it may do nothing), its password in a libpq passfile."""
    login = unique_login("nobody")
    with psycopg.connect(server_url(pg_url, user="postgres"), autocommit=True) as connection:
        connection.execute(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}'")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{login}:{PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    return login


@pytest.mark.parametrize("name", sorted([*DB_COMMANDS, *URL_COMMANDS]))
def test_a_login_without_rights(pg_url, no_rights_login, files, capsys, caplog, name) -> None:
    url = server_url(pg_url, user=no_rights_login)
    args = server_commands(url, no_rights_login, files)[name]
    _, line = run(capsys, caplog, args)
    if name in URL_COMMANDS and name.startswith("admin"):  # admin codes, audit: --db commands
        assert "the server refused: managing users, teams" in line and "admin role" in line
    elif name == "db health":
        assert "the feed's health needs the admin role" in line, line
    else:
        assert "permission denied for" in line and "this login lacks the right" in line, line


@pytest.mark.parametrize("name", sorted(SERVER_COMMANDS))
def test_a_wrong_password(pg_url, files, capsys, caplog, name) -> None:
    login = unique_login()
    add_server_user(pg_url, login)
    args = server_commands(server_url(pg_url), login, files)[name]
    _, line = run(capsys, caplog, args, stdin="not-the-password\n")
    assert f"the server refused the login {login!r}: wrong password" in line, line
