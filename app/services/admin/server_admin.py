"""Server administration: people's login roles, their users rows and the audit of both."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import string
import unicodedata
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg.errors
from psycopg import sql
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from app.models.enums import Role
from app.services.errors import AcrmError, ValidationError
from app.services.logs.redaction import remember_secret
from app.services.storage.db import Database

LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
ROLES = tuple(role.value for role in Role)
# Names PostgreSQL reserves or the deployment already uses for something else.
RESERVED_LOGINS = {*ROLES, "postgres", "public", "none", "current_user", "session_user",
                   "current_role", "user"}  # fmt: skip
SCRAM_ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)
SCRAM_SALT_BYTES = 16
PASSWORD_LENGTH = 24
PASSWORD_ALPHABET = string.ascii_letters + string.digits + "-_.+"
MIN_PASSWORD_LENGTH = 8
# Per-login bounds (role settings are not inherited from the groups); the same as migration 0004
# sets on logins that existed before it. Administrators import and upgrade: no statement bound.
IDLE_IN_TRANSACTION = "60s"
STATEMENT = "30s"


@dataclass(frozen=True)
class CreatedUser:
    user_id: uuid.UUID
    login: str
    role: str
    team: str


# --- passwords ---------------------------------------------------------------------------


def generate_password(length: int = PASSWORD_LENGTH) -> str:
    """A random password from a shell- and keyboard-friendly alphabet (about 6 bits a char)."""
    if length < 20:
        raise ValueError("generated passwords have at least 20 characters")
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


def scram_verifier(password: str, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores, computed here (RFC 5802 / 7677).

    Sending the verifier instead of the password keeps the clear text out of the server's
    statement log, pg_stat_activity and any replication stream.
    """
    salt = salt if salt is not None else secrets.token_bytes(SCRAM_SALT_BYTES)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password), salt, SCRAM_ITERATIONS)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def _saslprep(password: str) -> bytes:
    """The bytes PostgreSQL hashes: SASLprep (RFC 4013) where it applies, else the raw UTF-8.

    PostgreSQL passes pure ASCII through unchanged and falls back to the raw bytes when
    SASLprep rejects a string; this follows the mapping and normalisation steps and falls back
    on the characters SASLprep prohibits (controls, private use, unassigned code points).
    """
    raw = password.encode("utf-8")
    if password.isascii():
        return raw
    mapped = "".join(
        " " if unicodedata.category(ch) == "Zs" else ch
        for ch in password
        if ch not in "\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060\ufeff"
        and not "\ufe00" <= ch <= "\ufe0f"
    )
    prepared = unicodedata.normalize("NFKC", mapped)
    if any(unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") for ch in prepared):
        return raw
    return prepared.encode("utf-8")


# --- administration ----------------------------------------------------------------------


def create_user(
    db: Database, login: str, role: str, team: str, password: str, display_name: str = ""
) -> CreatedUser:
    """The login role (in `role`'s group) and its users row, in one transaction."""
    _check_login(login)
    if role not in ROLES:
        raise ValidationError("role", f"{role!r} is not one of {', '.join(ROLES)}")
    team = team.strip()
    if not team or len(team) > 100:
        raise ValidationError("team", "give a team name of 1 to 100 characters")
    remember_secret(password)  # never in a log line (e.g. a failed statement's text)
    _check_password(password)
    _require_postgres(db)
    user_id = uuid.uuid4()
    with _privileged(db) as connection:
        if _role_exists(connection, login) or _user_row(connection, login) is not None:
            raise AcrmError(f"login {login!r} already exists; nothing was changed")
        team_id = _team_id(connection, team)
        _ddl(
            connection,
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(login), sql.Literal(scram_verifier(password)), sql.Identifier(role)
            ),
        )
        connection.execute(
            text(
                "INSERT INTO users (id, login, display_name, role, team_id, active, created_at, "
                "updated_at) VALUES (:id, :login, :name, :role, :team, true, now(), now())"
            ),
            {"id": user_id, "login": login, "name": display_name or login, "role": role,
             "team": team_id},
        )  # fmt: skip
        _bound_sessions(connection, login, role)
        _audit(connection, "role.create", login, {"role": role, "team": team})
    return CreatedUser(user_id=user_id, login=login, role=role, team=team)


def deactivate_user(db: Database, login: str) -> int:
    """No more logins, the policies stop treating the person as a user, and their open
    sessions end (returns how many)."""
    _check_login(login)
    _require_postgres(db)
    with _privileged(db) as connection:
        _existing(connection, login)
        _ddl(connection, sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)))
        connection.execute(
            text("UPDATE users SET active = false, updated_at = now() WHERE login = :login"),
            {"login": login},
        )
        _audit(connection, "role.deactivate", login, {})
    # After the commit: the server ends only the sessions of people it sees deactivated.
    with _privileged(db) as connection:
        return int(
            connection.execute(text("SELECT acrm_end_sessions(:login)"), {"login": login}).scalar()
        )


def reset_password(db: Database, login: str, password: str) -> None:
    """A new password (as a verifier); the old one stops working at once."""
    _check_login(login)
    remember_secret(password)  # never in a log line (e.g. a failed statement's text)
    _check_password(password)
    _require_postgres(db)
    with _privileged(db) as connection:
        _existing(connection, login)
        _ddl(
            connection,
            sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(scram_verifier(password))
            ),
        )
        _audit(connection, "role.password_reset", login, {})


# --- refusals in plain words -------------------------------------------------------------

EVENT_TABLES = ("contacts", "contact_wrapups", "offer_presentations", "offer_outcomes")
_TABLE = re.compile(r'(?:for table|for relation) "?([a-z_]+)"?')


def refusal_message(error: BaseException) -> str | None:
    """A privilege or row-level-security refusal said for a user; None for other errors."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if not isinstance(original, psycopg.errors.InsufficientPrivilege):
        return None
    first_line = str(original).strip().splitlines()[0] if str(original).strip() else ""
    found = _TABLE.search(first_line)
    table = found.group(1) if found else ""
    by_policy = "row-level security" in first_line
    prefix = "the server refused: "
    if table == "rule_set_versions":
        if by_policy:
            return prefix + "a rule set may only be published in your own name"
        return prefix + "publishing rule sets needs the rule_author role"
    if table in EVENT_TABLES:
        if by_policy:
            return prefix + "you may only record work in your own name"
        return prefix + (
            f"your role may not change {table.replace('_', ' ')} (they are append-only; "
            "record a correction instead)"
        )
    if table == "queue_items":
        if by_policy:
            # Since 0014 agents may assign pool work to themselves: a policy says no here.
            return prefix + (
                "work is given to others only by a team lead (team_lead role) within your own "
                "team; agents take pool work for themselves and change only their own items"
            )
        return prefix + "reassigning work needs the team_lead role"
    if table == "audit_log":
        return prefix + "the audit log cannot be changed"
    if "not an active user" in first_line:
        return prefix + "your login has been deactivated; nothing was changed"
    if "one customer at a time" in first_line:
        return (
            prefix + "contact details change one customer at a time (" + (first_line.split("(")[-1])
        )
    if table in ("users", "teams", "wrapup_codes"):
        return prefix + "managing users, teams and wrap-up codes needs the admin role"
    if "role" in first_line:  # e.g. "permission denied to create role"
        return prefix + "managing login roles needs a superuser or a role with CREATEROLE"
    return prefix + f"your role may not do this ({first_line})"


# --- helpers -----------------------------------------------------------------------------


def _check_login(login: str) -> None:
    if not LOGIN_PATTERN.match(login):
        raise ValidationError(
            "login",
            f"{login!r}: use 1-63 lower-case letters, digits or _, not starting with a digit",
        )
    if login in RESERVED_LOGINS or login.startswith("pg_"):
        raise ValidationError("login", f"{login!r} is reserved; choose another")


def _check_password(password: str) -> None:
    # The message never repeats the password.
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", f"use at least {MIN_PASSWORD_LENGTH} characters")
    if "\x00" in password or "\n" in password:
        raise ValidationError("password", "must not contain NUL or line breaks")


def _require_postgres(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        raise AcrmError("user administration works on the shared PostgreSQL server only")


@contextmanager
def _privileged(db: Database) -> Iterator[Connection]:
    """One transaction on the server; database refusals come out as AcrmError (rolled back)."""
    try:
        with db.engine.begin() as connection:
            yield connection
    except (DBAPIError, psycopg.Error) as error:
        raise _as_error(error) from error


def _as_error(error: BaseException) -> AcrmError:
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, psycopg.errors.DuplicateObject):
        return AcrmError("that login already exists; nothing was changed")
    refused = refusal_message(error)
    if refused:
        return AcrmError(refused + "; nothing was changed")
    reason = str(original).strip().splitlines()[0] if str(original).strip() else repr(original)
    return AcrmError(f"the server could not do it: {reason}; nothing was changed")


def _ddl(connection: Connection, statement: sql.Composed) -> None:
    # Utility statements take no bind parameters: psycopg quotes identifiers and literals,
    # on the same DBAPI connection, hence inside the same transaction.
    raw = connection.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    with raw.cursor() as cursor:
        cursor.execute(statement)


def _role_exists(connection: Connection, login: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login})
    return found.first() is not None


def _user_row(connection: Connection, login: str) -> uuid.UUID | None:
    return connection.execute(
        text("SELECT id FROM users WHERE login = :login"), {"login": login}
    ).scalar()


def _existing(connection: Connection, login: str) -> None:
    if _user_row(connection, login) is None or not _role_exists(connection, login):
        raise AcrmError(f"no user {login!r} on this server")


def _team_id(connection: Connection, team: str) -> uuid.UUID:
    found = connection.execute(text("SELECT id FROM teams WHERE name = :n"), {"n": team}).scalar()
    if found is not None:
        return found
    team_id = uuid.uuid4()
    connection.execute(
        text("INSERT INTO teams (id, name, created_at, updated_at) VALUES (:id, :n, now(), now())"),
        {"id": team_id, "n": team},
    )
    return team_id


def _bound_sessions(connection: Connection, login: str, role: str) -> None:
    """No desk transaction or statement of this login can run long enough to freeze the feed."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    settings = {"idle_in_transaction_session_timeout": IDLE_IN_TRANSACTION}
    if role != Role.ADMIN.value:
        settings["statement_timeout"] = STATEMENT
    for name, value in settings.items():
        _ddl(
            connection,
            sql.SQL("ALTER ROLE {} IN DATABASE {} SET {} = {}").format(
                sql.Identifier(login), sql.Identifier(database), sql.Identifier(name),
                sql.Literal(value),
            ),
        )  # fmt: skip


def _audit(connection: Connection, action: str, login: str, details: dict) -> None:
    # Role changes are invisible to the table triggers, and clients cannot write the audit log:
    # the server's function records them for roles that may manage logins. No password here.
    connection.execute(
        text("SELECT acrm_audit_role(:action, :target, CAST(:details AS json))"),
        {"action": action, "target": login, "details": json.dumps(details)},
    )
