"""`acrm admin ...` and the server_admin service on a real server: roles, users, audit."""

from __future__ import annotations

import io
import uuid

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.cli import main
from app.services.admin import server_admin
from app.services.errors import AcrmError, ValidationError
from app.services.storage.db import Database

_counter = iter(range(1, 10**9))


def unique_login(prefix: str = "user") -> str:
    """Roles are cluster-wide and every test has its own database: names must not collide."""
    return f"{prefix}_{uuid.uuid4().hex[:8]}_{next(_counter)}"


def can_log_in(pg_server, pg_url: str, login: str, password: str) -> bool:
    """Log in for real: the test server checks non-superuser passwords with SCRAM."""
    database = make_url(pg_url).database
    try:
        with psycopg.connect(
            host="127.0.0.1", port=pg_server.port, dbname=database, user=login,
            password=password, connect_timeout=5,
        ) as connection:  # fmt: skip
            return connection.execute("SELECT current_user").fetchone() == (login,)
    except psycopg.OperationalError:
        return False


def scalar(pg_url: str, statement: str, **params):
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text(statement), params).scalar()
    finally:
        engine.dispose()


def audit_rows(pg_url: str, target: str) -> list[tuple[str, str, dict]]:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT actor, action, details FROM audit_log WHERE target = :t ORDER BY id"),
                {"t": target},
            )
            return [tuple(row) for row in rows]
    finally:
        engine.dispose()


def run_cli(monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


# --- the service ---------------------------------------------------------------------------


def test_create_user_makes_role_row_and_audit(pg_server, pg_url: str, pg_db: Database) -> None:
    login = unique_login("anna")
    password = server_admin.generate_password()
    created = server_admin.create_user(pg_db, login, "team_lead", "North", password)

    assert scalar(pg_url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = :l", l=login)
    assert scalar(pg_url, "SELECT pg_has_role(:l, 'team_lead', 'MEMBER')", l=login)
    assert scalar(pg_url, "SELECT pg_has_role(:l, 'agent', 'MEMBER')", l=login)
    assert not scalar(pg_url, "SELECT pg_has_role(:l, 'admin', 'MEMBER')", l=login)
    stored = scalar(pg_url, "SELECT rolpassword FROM pg_authid WHERE rolname = :l", l=login)
    assert stored.startswith("SCRAM-SHA-256$4096:")
    assert password not in stored
    row = scalar(
        pg_url,
        "SELECT u.role || '/' || t.name || '/' || u.active FROM users u "
        "JOIN teams t ON t.id = u.team_id WHERE u.login = :l AND u.id = :i",
        l=login, i=created.user_id,
    )  # fmt: skip
    assert row == "team_lead/North/true"
    assert can_log_in(pg_server, pg_url, login, password)
    assert not can_log_in(pg_server, pg_url, login, password + "x")

    # The role is audited under its login, the users row (by its trigger) under its id.
    assert audit_rows(pg_url, login) == [
        ("postgres", "role.create", {"role": "team_lead", "team": "North"})
    ]
    assert [a for _, a, _ in audit_rows(pg_url, str(created.user_id))] == ["users.insert"]


def test_existing_team_is_reused(pg_url: str, pg_db: Database) -> None:
    for _ in range(2):
        server_admin.create_user(pg_db, unique_login(), "agent", "Shared", "password-123456")
    assert scalar(pg_url, "SELECT count(*) FROM teams WHERE name = 'Shared'") == 1


def test_non_ascii_password_logs_in(pg_server, pg_url: str, pg_db: Database) -> None:
    # The verifier is computed here: it must hash what PostgreSQL hashes (SASLprep).
    login = unique_login()
    password = "Zażółć gęślą jaźń ①"
    server_admin.create_user(pg_db, login, "agent", "T1", password)
    assert can_log_in(pg_server, pg_url, login, password)


def test_duplicate_login_is_refused_and_nothing_changes(pg_url: str, pg_db: Database) -> None:
    login = unique_login()
    server_admin.create_user(pg_db, login, "agent", "T1", "password-123456")
    counts = "SELECT (SELECT count(*) FROM users) * 1000 + (SELECT count(*) FROM audit_log)"
    before = scalar(pg_url, counts)
    with pytest.raises(AcrmError, match="already exists"):
        server_admin.create_user(pg_db, login, "admin", "Brand new team", "password-654321")
    assert scalar(pg_url, counts) == before
    assert scalar(pg_url, "SELECT count(*) FROM teams WHERE name = 'Brand new team'") == 0
    assert not scalar(pg_url, "SELECT pg_has_role(:l, 'admin', 'MEMBER')", l=login)


def test_a_role_without_users_row_also_counts_as_taken(pg_url: str, pg_db: Database) -> None:
    login = unique_login()
    with pg_db.engine.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{login}" NOLOGIN'))
    with pytest.raises(AcrmError, match="already exists"):
        server_admin.create_user(pg_db, login, "agent", "T1", "password-123456")
    assert scalar(pg_url, "SELECT count(*) FROM users WHERE login = :l", l=login) == 0


@pytest.mark.parametrize(
    "login", ["Anna", "1anna", "anna-b", "a" * 64, "", 'x"; DROP ROLE agent; --', "pg_x", "admin"]
)
def test_bad_logins_are_refused(pg_db: Database, login: str) -> None:
    with pytest.raises(ValidationError, match="login"):
        server_admin.create_user(pg_db, login, "agent", "T1", "password-123456")


def test_bad_role_and_short_password_are_refused(pg_db: Database) -> None:
    with pytest.raises(ValidationError, match="role"):
        server_admin.create_user(pg_db, unique_login(), "superuser", "T1", "password-123456")
    with pytest.raises(ValidationError, match="password"):
        server_admin.create_user(pg_db, unique_login(), "agent", "T1", "short")


def test_deactivate_stops_logins(pg_server, pg_url: str, pg_db: Database) -> None:
    login = unique_login()
    created = server_admin.create_user(pg_db, login, "agent", "T1", "password-123456")
    server_admin.deactivate_user(pg_db, login)
    assert scalar(pg_url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = :l", l=login) is False
    assert scalar(pg_url, "SELECT active FROM users WHERE login = :l", l=login) is False
    assert not can_log_in(pg_server, pg_url, login, "password-123456")
    assert [a for _, a, _ in audit_rows(pg_url, login)] == ["role.create", "role.deactivate"]
    row_changes = audit_rows(pg_url, str(created.user_id))
    assert [a for _, a, _ in row_changes] == ["users.insert", "users.update"]
    assert row_changes[-1][2]["new"]["active"] is False


def test_reset_password(pg_server, pg_url: str, pg_db: Database) -> None:
    login = unique_login()
    server_admin.create_user(pg_db, login, "agent", "T1", "password-old-1")
    server_admin.reset_password(pg_db, login, "password-new-2")
    assert not can_log_in(pg_server, pg_url, login, "password-old-1")
    assert can_log_in(pg_server, pg_url, login, "password-new-2")
    actor, action, details = audit_rows(pg_url, login)[-1]
    assert (actor, action, details) == ("postgres", "role.password_reset", {})


def test_unknown_login(pg_db: Database) -> None:
    with pytest.raises(AcrmError, match="no user"):
        server_admin.deactivate_user(pg_db, unique_login())
    with pytest.raises(AcrmError, match="no user"):
        server_admin.reset_password(pg_db, unique_login(), "password-123456")


def test_a_createrole_admin_can_create_users(pg_server, pg_url: str, pg_db: Database) -> None:
    """The everyday case: not a superuser but an admin-group login with CREATEROLE."""
    admin = unique_login("adm")
    server_admin.create_user(pg_db, admin, "admin", "Office", "password-admin-1")
    with pg_db.engine.begin() as connection:
        connection.execute(text(f'ALTER ROLE "{admin}" CREATEROLE'))
    database = make_url(pg_url).database
    admin_db = Database(pg_server.url(database, user=admin, password="password-admin-1"))
    try:
        login = unique_login()
        server_admin.create_user(admin_db, login, "agent", "New team", "password-123456")
        server_admin.reset_password(admin_db, login, "password-654321")
        server_admin.deactivate_user(admin_db, login)
    finally:
        admin_db.dispose()
    assert [(actor, a) for actor, a, _ in audit_rows(pg_url, login) if a.startswith("role.")] == [
        (admin, "role.create"), (admin, "role.password_reset"), (admin, "role.deactivate"),
    ]  # fmt: skip


def test_an_agent_cannot_administer(pg_server, pg_url: str, pg_db: Database) -> None:
    agent = unique_login("agent")
    server_admin.create_user(pg_db, agent, "agent", "T1", "password-agent-1")
    database = make_url(pg_url).database
    agent_db = Database(pg_server.url(database, user=agent, password="password-agent-1"))
    try:
        with pytest.raises(AcrmError, match="nothing was changed"):
            server_admin.create_user(agent_db, unique_login(), "admin", "T1", "password-123456")
    finally:
        agent_db.dispose()


def test_generated_passwords_are_long_and_different() -> None:
    passwords = {server_admin.generate_password() for _ in range(50)}
    assert len(passwords) == 50
    assert all(len(p) >= 20 for p in passwords)


def test_verifier_format() -> None:
    verifier = server_admin.scram_verifier("secret", salt=b"0123456789abcdef")
    method, rest = verifier.split("$", 1)
    iterations_salt, keys = rest.split("$")
    assert method == "SCRAM-SHA-256"
    assert iterations_salt == "4096:MDEyMzQ1Njc4OWFiY2RlZg=="
    assert len(keys.split(":")) == 2
    assert server_admin.scram_verifier("secret") != server_admin.scram_verifier("secret")


# --- the command line ----------------------------------------------------------------------


def test_cli_create_user_prints_a_generated_password_once(
    pg_server, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    login = unique_login()
    argv = ["admin", "create-user", login, "--role", "agent", "--team", "T1", "--url", pg_url]
    assert run_cli(monkeypatch, argv) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    password_lines = [line for line in lines if line.startswith("password: ")]
    assert len(password_lines) == 1
    password = password_lines[0].removeprefix("password: ")
    assert len(password) >= 20
    assert out.count(password) == 1 and password not in err
    assert any("will not be shown again" in line for line in lines)
    assert can_log_in(pg_server, pg_url, login, password)
    # Neither the log nor the audit trail holds it.
    assert password not in str(audit_rows(pg_url, login))


def test_cli_create_user_with_password_stdin(
    pg_server, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    login = unique_login()
    argv = ["admin", "create-user", login, "--role", "rule_author", "--team", "Rules",
            "--url", pg_url, "--password-stdin"]  # fmt: skip
    assert run_cli(monkeypatch, argv, "chosen-password-1\n") == 0
    out, err = capsys.readouterr()
    assert "chosen-password-1" not in out + err
    assert "password:" not in out
    assert can_log_in(pg_server, pg_url, login, "chosen-password-1")


def test_cli_duplicate_is_exit_2_with_nothing_changed(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    login = unique_login()
    argv = ["admin", "create-user", login, "--role", "agent", "--team", "T1", "--url", pg_url]
    assert run_cli(monkeypatch, argv) == 0
    capsys.readouterr()
    users = scalar(pg_url, "SELECT count(*) FROM users")
    again = ["admin", "create-user", login, "--role", "admin", "--team", "T2", "--url", pg_url]
    assert run_cli(monkeypatch, again) == 2
    out, err = capsys.readouterr()
    assert f"acrm: error: login {login!r} already exists; nothing was changed" in err
    assert "password" not in out
    assert scalar(pg_url, "SELECT count(*) FROM users") == users
    assert scalar(pg_url, "SELECT count(*) FROM teams WHERE name = 'T2'") == 0


def test_cli_deactivate_and_reset(
    pg_server, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    login = unique_login()
    create = ["admin", "create-user", login, "--role", "agent", "--team", "T1", "--url", pg_url,
              "--password-stdin"]  # fmt: skip
    assert run_cli(monkeypatch, create, "first-password-1\n") == 0
    reset = ["admin", "reset-password", login, "--url", pg_url]
    assert run_cli(monkeypatch, reset) == 0
    out = capsys.readouterr().out
    password = next(line for line in out.splitlines() if line.startswith("password: "))[10:]
    assert "will not be shown again" in out
    assert can_log_in(pg_server, pg_url, login, password)
    assert run_cli(monkeypatch, ["admin", "deactivate-user", login, "--url", pg_url]) == 0
    assert "deactivated" in capsys.readouterr().out
    assert scalar(pg_url, "SELECT rolcanlogin FROM pg_roles WHERE rolname = :l", l=login) is False


def test_cli_refuses_sqlite(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["admin", "deactivate-user", "anna", "--url", "sqlite:///x.sqlite3"]
    assert run_cli(monkeypatch, argv) == 2
    assert "PostgreSQL" in capsys.readouterr().err
