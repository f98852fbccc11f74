"""The first run's connection check against the real PostgreSQL: each failure has its reason."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.services.first_run.connection import check_connection
from tests.integration.test_sync_tls import tls  # noqa: F401  (the TLS server fixture)
from tests.pg import free_port
from tests.sync_helpers import PASSWORD, add_server_user, unique_login

pytestmark = pytest.mark.postgres


def desk_url(pg_url: str) -> str:
    """The URL a person types: postgresql://host:port/database, no user."""
    url = make_url(pg_url)
    return f"postgresql://{url.host}:{url.port}/{url.database}"


def superuser(pg_url: str, statement: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def test_a_person_of_the_centre_connects_and_the_server_is_named(pg_url, caplog):
    login = unique_login("first")
    add_server_user(pg_url, login, role="team_lead")
    caplog.set_level(logging.DEBUG)
    found = check_connection(desk_url(pg_url), login, PASSWORD, "prefer")
    assert found.ok, found
    database = make_url(pg_url).database
    assert found.server_name.startswith(f"127.0.0.1:{make_url(pg_url).port}/{database} · ")
    assert "PostgreSQL 1" in found.server_name
    assert (found.person, found.role) == (login, "team_lead")


def test_a_wrong_password_is_said_and_never_logged(pg_url, caplog):
    login = unique_login("first")
    add_server_user(pg_url, login)
    caplog.set_level(logging.DEBUG)
    found = check_connection(desk_url(pg_url), login, "Not-The-Password-77", "prefer")
    assert (found.ok, found.reason) == (False, "wrong_password")
    assert found.message == "wrong password, or the server has no such login"
    assert "Not-The-Password-77" not in caplog.text + found.detail + found.message


def test_a_role_the_server_does_not_know_reads_as_a_wrong_password(pg_url):
    # PostgreSQL answers an unknown role exactly like a wrong password (it does not tell
    # an attacker which logins exist), so the desk cannot say more than that.
    found = check_connection(desk_url(pg_url), unique_login("nobody"), PASSWORD, "prefer")
    assert found.reason == "wrong_password"


def test_a_login_without_a_user_of_the_centre_is_unknown(pg_url):
    login = unique_login("stray")
    superuser(pg_url, f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}' IN ROLE agent")
    found = check_connection(desk_url(pg_url), login, PASSWORD, "prefer")
    assert (found.ok, found.reason) == (False, "unknown_login")


def test_a_deactivated_login_is_said(pg_url):
    from app.services.admin import server_admin
    from app.services.storage.db import Database

    login = unique_login("gone")
    add_server_user(pg_url, login)
    db = Database(pg_url)
    try:
        server_admin.deactivate_user(db, login)
    finally:
        db.dispose()
    found = check_connection(desk_url(pg_url), login, PASSWORD, "prefer")
    assert (found.ok, found.reason) == (False, "deactivated")


def test_a_users_row_marked_inactive_is_deactivated_even_if_the_role_may_log_in(pg_url):
    login = unique_login("half")
    add_server_user(pg_url, login)
    superuser(pg_url, f"UPDATE users SET active = false WHERE login = '{login}'")
    found = check_connection(desk_url(pg_url), login, PASSWORD, "prefer")
    assert found.reason == "deactivated"


def test_a_port_nobody_listens_on_is_unreachable(pg_url):
    url = f"postgresql://127.0.0.1:{free_port()}/acrm"
    found = check_connection(url, "anna", PASSWORD, "prefer")
    assert (found.ok, found.reason) == (False, "unreachable")
    assert found.message == "the server cannot be reached at that host and port"


def test_a_database_that_does_not_exist_is_said(pg_url):
    login = unique_login("first")
    add_server_user(pg_url, login)
    url = desk_url(pg_url).rsplit("/", 1)[0] + "/no_such_database"
    assert check_connection(url, login, PASSWORD, "prefer").reason == "database_missing"


def test_a_server_schema_behind_this_desk_is_said(pg_url):
    login = unique_login("first")
    add_server_user(pg_url, login)
    superuser(pg_url, "GRANT SELECT ON alembic_version TO agent")
    superuser(pg_url, "UPDATE alembic_version SET version_num = '0016'")
    assert check_connection(desk_url(pg_url), login, PASSWORD, "prefer").reason == "schema_old"
    superuser(pg_url, "UPDATE alembic_version SET version_num = 'f00dfeed'")
    assert check_connection(desk_url(pg_url), login, PASSWORD, "prefer").reason == "schema_new"


def test_a_server_missing_a_table_this_desk_copies_is_too_old(pg_url):
    # Client logins cannot read alembic_version on a real server: the tables must exist.
    login = unique_login("first")
    add_server_user(pg_url, login)
    assert check_connection(desk_url(pg_url), login, PASSWORD, "prefer").ok
    superuser(pg_url, "ALTER TABLE campaigns RENAME TO campaigns_later")
    assert check_connection(desk_url(pg_url), login, PASSWORD, "prefer").reason == "schema_old"


def test_bad_input_is_refused_before_connecting(tmp_path):
    assert check_connection("http://x/acrm", "a", "p").reason == "bad_url"
    assert check_connection("postgresql://a:secret@x/acrm", "a", "p").reason == "url_secret"
    assert check_connection("postgresql://x/acrm", "a", "p", "paranoid").reason == "bad_sslmode"
    missing = str(tmp_path / "no-ca.pem")
    assert check_connection("postgresql://x/acrm", "a", "p", "verify-full", missing).reason == (
        "ca_missing"
    )
    assert check_connection("postgresql://x/acrm", "a", "").reason == "no_password"


def _tls_login(tls) -> tuple[str, str]:  # noqa: F811
    login = unique_login("tls")
    add_server_user(tls.server.admin_url(tls.database), login)
    return login, f"postgresql://127.0.0.1:{tls.server.port}/{tls.database}"


def test_verify_full_with_the_right_ca_connects(tls):  # noqa: F811
    login, url = _tls_login(tls)
    found = check_connection(url, login, PASSWORD, "verify-full", str(tls.ca_file))
    assert found.ok, found


def test_a_certificate_from_another_ca_is_not_trusted(tls):  # noqa: F811
    login, url = _tls_login(tls)
    found = check_connection(url, login, PASSWORD, "verify-full", str(tls.other_ca_file))
    assert (found.ok, found.reason) == (False, "tls_untrusted")
    assert found.message == "the server's certificate is not trusted by the CA file"


def test_a_certificate_for_another_host_name_is_said(tls):  # noqa: F811
    login, url = _tls_login(tls)
    url = url.replace("127.0.0.1", "localhost")
    found = check_connection(url, login, PASSWORD, "verify-full", str(tls.ca_file))
    assert found.reason == "tls_hostname"


def test_a_server_without_tls_is_said_when_tls_is_required(pg_url):
    login = unique_login("first")
    add_server_user(pg_url, login)
    assert check_connection(desk_url(pg_url), login, PASSWORD, "require").reason == "tls_missing"
