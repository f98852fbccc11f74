"""Checks a server login for real (TLS as configured) and says in plain words why it failed.

The reason is a code the desk translates (REASONS gives the English words for the command
line and the log); the password is passed straight to libpq and never appears in a message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from app.services.config import SSL_MODES, ServerSettings
from app.services.errors import AcrmError
from app.services.storage.url_secrets import refuse_secrets

log = logging.getLogger(__name__)
CHECK_TIMEOUT_S = 5  # a dead network or a black-holed port must not leave the wizard hanging

# Reason codes -> English text (the desk has its own translated text for each code).
REASONS = {
    "bad_url": "the server address is not a PostgreSQL URL (postgresql://host:port/database)",
    "url_secret": "the server address must not carry a user or a password (the password "
    "lives in the OS keyring)",
    "bad_sslmode": "the TLS mode is not one of " + ", ".join(SSL_MODES),
    "ca_missing": "the CA file for verifying the server's certificate cannot be read",
    "no_password": "no password given",
    "wrong_password": "wrong password, or the server has no such login",
    "unknown_login": "the login is not a person of this centre (no user of that name on "
    "the server; ask an administrator)",
    "deactivated": "the login has been deactivated (ask an administrator)",
    "unreachable": "the server cannot be reached at that host and port",
    "tls_untrusted": "the server's certificate is not trusted by the CA file",
    "tls_hostname": "the server's certificate is for another host name",
    "tls_missing": "the server does not offer TLS, but the TLS mode requires it",
    "database_missing": "the server has no such database",
    "not_acrm": "the database is not an aCRM server (its schema is missing)",
    "schema_old": "the server's schema is older than this desk (ask an administrator to "
    "run `acrm db upgrade` on it)",
    "schema_new": "the server's schema is newer than this desk (install the newer desk)",
    "failed": "the server refused the connection",
}


@dataclass(frozen=True)
class ConnectionCheck:
    """What a check found: ok with the server's and person's names, or a reason code."""

    ok: bool
    reason: str = ""  # a key of REASONS when not ok
    detail: str = ""  # libpq's first line, for the log and the tooltip (never a password)
    server_name: str = ""  # host/database · PostgreSQL version
    person: str = ""  # the person's display name on the server
    role: str = ""

    @property
    def message(self) -> str:
        return REASONS.get(self.reason, self.reason) if not self.ok else ""


def check_connection(
    url: str, login: str, password: str, sslmode: str = "prefer", sslrootcert: str = ""
) -> ConnectionCheck:
    """Log in to `url` as `login` and check the person and the schema; never raises for them."""
    problem = input_problem(url, sslmode, sslrootcert)
    if problem:
        return ConnectionCheck(False, problem)
    if not password:
        return ConnectionCheck(False, "no_password")
    import psycopg

    parts = urlsplit(url)
    try:
        port = parts.port or 5432
    except ValueError:
        return ConnectionCheck(False, "bad_url")
    params: dict = {
        "host": parts.hostname or "localhost",
        "port": port,
        "dbname": parts.path.lstrip("/") or login,
        "user": login,
        "password": password,
        "sslmode": sslmode,
        "connect_timeout": CHECK_TIMEOUT_S,
        "application_name": "acrm-desk first run",
    }
    if sslrootcert:
        params["sslrootcert"] = sslrootcert
    try:
        with psycopg.connect(**params, autocommit=True) as connection:
            return _inspect(connection, params)
    except psycopg.Error as error:
        detail = _first_line(error)
        reason = connect_failure(error)
        log.info("first run: connection check for %s failed: %s", login, reason)
        return ConnectionCheck(False, reason, detail)
    except OSError as error:
        return ConnectionCheck(False, "unreachable", str(error))


def input_problem(url: str, sslmode: str, sslrootcert: str) -> str:
    """A reason code when the address, the TLS mode or the CA file is wrong before connecting."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("postgresql", "postgres", "postgresql+psycopg") or not parts.netloc:
        return "bad_url"
    try:
        refuse_secrets(url, "server url")
    except AcrmError:
        return "url_secret"
    if "@" in parts.netloc:
        return "url_secret"
    if sslmode not in SSL_MODES:
        return "bad_sslmode"
    if sslmode in ("verify-ca", "verify-full") and sslrootcert:
        path = Path(sslrootcert)
        if not path.is_file():
            return "ca_missing"
    return ""


def connect_failure(error: BaseException) -> str:
    """The reason code for libpq's refusal to connect (its words vary by version)."""
    sqlstate = getattr(error, "sqlstate", None)
    text = str(error)
    if sqlstate == "3D000" or ("database" in text and "does not exist" in text):
        return "database_missing"
    if "is not permitted to log in" in text:
        return "deactivated"
    if sqlstate == "28P01" or "password authentication failed" in text:
        return "wrong_password"
    if "SASL authentication failed" in text:
        return "wrong_password"
    if 'role "' in text and "does not exist" in text:
        return "unknown_login"
    if "no password supplied" in text:
        return "no_password"
    if "does not match host name" in text or "does not match server name" in text:
        return "tls_hostname"
    if "certificate verify failed" in text:
        return "tls_untrusted"
    if "root certificate" in text:
        return "ca_missing"
    if "server does not support SSL" in text or "SSL was required" in text:
        return "tls_missing"
    if sqlstate == "28000":
        return "unknown_login"  # pg_hba has no line for this login
    if sqlstate is None:
        return "unreachable"  # refused, timed out, no such host: libpq gives no SQLSTATE
    return "failed"


def _inspect(connection, params: dict) -> ConnectionCheck:
    """Logged in: is the login a person of the centre, and is the schema this desk's?"""
    import psycopg

    try:
        row = connection.execute(
            "SELECT display_name, role, active FROM users WHERE login = current_user"
        ).fetchone()
    except psycopg.errors.UndefinedTable:
        return ConnectionCheck(False, "not_acrm")
    except psycopg.errors.InsufficientPrivilege:
        return ConnectionCheck(False, "unknown_login")
    if row is None:
        return ConnectionCheck(False, "unknown_login")
    display_name, role, active = row
    if not active:
        return ConnectionCheck(False, "deactivated")
    schema = _schema_state(connection)
    if schema:
        return ConnectionCheck(False, schema)
    version = connection.execute("SHOW server_version").fetchone()[0].split()[0]
    where = f"{params['host']}:{params['port']}/{params['dbname']}"
    name = f"{where} · PostgreSQL {version}"
    return ConnectionCheck(True, server_name=name, person=display_name or "", role=role or "")


def _schema_state(connection) -> str:
    """'' when the server's schema is this desk's; 'schema_old' or 'schema_new' otherwise."""
    import psycopg

    from app.services.storage import migrate

    # Every table the desk copies must exist, whatever alembic_version says (a server once
    # let clients not read it; to_regclass needs no privilege on the table).
    if _missing_tables(connection):
        return "schema_old"
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except psycopg.Error:
        return ""
    versions = {row[0] for row in rows}
    head = migrate.declared_head()
    if head is None or versions == {head}:
        return ""
    known = known_revisions(migrate.migrations_dir())
    return "schema_old" if versions <= known else "schema_new"


def _missing_tables(connection) -> list[str]:
    from app.services.sync.snapshot import snapshot_tables

    names = snapshot_tables()
    found = connection.execute(
        "SELECT t FROM unnest(%s::text[]) AS t WHERE to_regclass(t) IS NULL", (names,)
    ).fetchall()
    return [row[0] for row in found]


def known_revisions(folder: Path) -> set[str]:
    """Every revision the desk's migration scripts declare."""
    import ast

    from app.services.storage.migrate import DECLARED

    found: set[str] = set()
    for script in (folder / "versions").glob("*.py"):
        declared = dict(DECLARED.findall(script.read_text(encoding="utf-8")))
        try:
            value = ast.literal_eval(declared.get("revision", "None"))
        except (ValueError, SyntaxError):
            continue
        if isinstance(value, str):
            found.add(value)
    return found


def server_of(url: str, login: str, sslmode: str, sslrootcert: str) -> ServerSettings:
    """The ServerSettings a successful check stands for (what the desk will use)."""
    return ServerSettings(url=url.strip(), login=login, sslmode=sslmode, sslrootcert=sslrootcert)


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
