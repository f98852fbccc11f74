"""Set-up shared by the adversarial server tests: a hardened database, real logins, a digest."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from app.services.admin import server_admin
from app.services.storage import migrate
from app.services.storage.db import Database

PASSWORD = "security-test-password-1"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
GROUPS = ("agent", "team_lead", "rule_author", "admin")
_counter = iter(range(1, 10**9))


@dataclass
class Person:
    login: str
    user_id: uuid.UUID
    group: str


@dataclass
class Cast:
    """People of every group, two customers with phones, one queue item of another team."""

    server: object  # tests.pg.PostgresServer
    database: str
    db: Database
    agent: Person
    other_agent: Person
    team_lead: Person
    rule_author: Person
    admin: Person
    outsider: Person  # an agent of another team
    team_id: uuid.UUID
    customers: list[uuid.UUID]
    outsider_item: uuid.UUID

    def member(self, group: str) -> Person:
        return getattr(self, group)

    def connect(self, person: Person, *, autocommit: bool = True) -> psycopg.Connection:
        """A real login with the person's password (SCRAM), as a desk or `psql` would."""
        return psycopg.connect(
            host="127.0.0.1", port=self.server.port, dbname=self.database, user=person.login,
            password=PASSWORD, autocommit=autocommit, application_name="attacker",
        )  # fmt: skip

    def superuser(self) -> psycopg.Connection:
        return self.server.connect(self.database)


@pytest.fixture(scope="session")
def hardened_server(pg_server) -> Iterator[tuple[object, str]]:
    """A database migrated from empty by the real migrations (database-level grants included:
    a copy of a template database would not keep them)."""
    name = pg_server.new_database_name("security")
    pg_server.create_database(name)
    db = Database(pg_server.url(name))
    try:
        migrate.upgrade(db.engine)
    finally:
        db.dispose()
    try:
        yield pg_server, name
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def cast(hardened_server) -> Iterator[Cast]:
    server, database = hardened_server
    db = Database(server.url(database))
    suffix = f"{uuid.uuid4().hex[:6]}_{next(_counter)}"
    team = f"Team {suffix}"

    def person(group: str, team_name: str, prefix: str = "") -> Person:
        login = f"{prefix or group[:5]}_{suffix}"
        created = server_admin.create_user(db, login, group, team_name, PASSWORD)
        return Person(login, created.user_id, group)

    try:
        people = {
            "agent": person("agent", team),
            "other_agent": person("agent", team, "oth"),
            "team_lead": person("team_lead", team),
            "rule_author": person("rule_author", team),
            "admin": person("admin", team),
            "outsider": person("agent", f"Other {suffix}", "out"),
        }
        with server.connect(database) as conn:
            team_id = conn.execute("SELECT id FROM teams WHERE name = %s", (team,)).fetchone()[0]
            customers = [add_customer(conn, f"{suffix}-{i}") for i in range(2)]
            item = uuid.uuid4()
            conn.execute(
                "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, "
                "status, note, created_at, updated_at) SELECT %s, 'callback', %s, u.id, "
                "u.team_id, %s, 'open', '', %s, %s FROM users u WHERE u.login = %s",
                (item, customers[0], NOW + timedelta(days=1), NOW, NOW, people["outsider"].login),
            )
        yield Cast(server, database, db, team_id=team_id, customers=customers,
                   outsider_item=item, **people)  # fmt: skip
    finally:
        db.dispose()


def add_customer(conn: psycopg.Connection, external_id: str) -> uuid.UUID:
    customer_id = uuid.uuid4()
    conn.execute(
        "INSERT INTO customers (id, external_id, first_name, last_name, first_key, last_key, "
        "city, segment, created_at, updated_at) VALUES (%s, %s, 'Jan', 'Nowak', 'jan', 'nowak', "
        "'Kraków', '', %s, %s)",
        (customer_id, f"C-{external_id}", NOW, NOW),
    )
    for position, e164 in enumerate(("+48600100200", "+48600100300")):
        conn.execute(
            "INSERT INTO customer_phones (id, customer_id, e164, national, raw, position) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            (uuid.uuid4(), customer_id, e164, e164[3:], e164, position),
        )
    return customer_id


# Everything an attack could change: contents of the tables, roles, grants, policies, settings.
_FINGERPRINT = [
    "SELECT count(*), coalesce(max(seq), 0) FROM change_log",
    "SELECT count(*), coalesce(max(id), 0) FROM audit_log",
    "SELECT key, txid, seq FROM feed_state ORDER BY key",
    "SELECT id, city, updated_at FROM customers ORDER BY id",
    "SELECT id, customer_id, e164 FROM customer_phones ORDER BY id",
    "SELECT id, customer_id, email FROM customer_emails ORDER BY id",
    "SELECT id, agent_id FROM contacts ORDER BY id",
    "SELECT id, assigned_to, team_id, status FROM queue_items ORDER BY id",
    "SELECT id, login, team_id, active, role FROM users ORDER BY id",
    "SELECT version, published_by FROM rule_set_versions ORDER BY version",
    "SELECT count(*) FROM sync_receipts",
    "SELECT rolname, rolsuper, rolcreaterole, rolcanlogin FROM pg_roles ORDER BY rolname",
    "SELECT roleid, member FROM pg_auth_members ORDER BY roleid, member",
    "SELECT relname, relacl::text, relrowsecurity, relforcerowsecurity FROM pg_class "
    "WHERE relnamespace = 'public'::regnamespace ORDER BY relname",
    "SELECT proname, proowner, prosecdef, proacl::text, proconfig::text FROM pg_proc "
    "WHERE pronamespace = 'public'::regnamespace ORDER BY proname",
    "SELECT tgname, tgrelid::regclass::text, tgenabled FROM pg_trigger ORDER BY 2, 1",
    "SELECT tablename, policyname, qual, with_check FROM pg_policies ORDER BY 1, 2",
    "SELECT datacl::text FROM pg_database WHERE datname = current_database()",
    "SELECT setrole, setconfig::text FROM pg_db_role_setting ORDER BY setrole",
]


def fingerprint(cast: Cast) -> str:
    """A digest of everything an attacker might have changed (read as the superuser)."""
    digest = hashlib.sha256()
    with cast.superuser() as conn:
        for statement in _FINGERPRINT:
            digest.update(repr(conn.execute(statement).fetchall()).encode())
    return digest.hexdigest()


@contextmanager
def unchanged(cast: Cast) -> Iterator[None]:
    before = fingerprint(cast)
    yield
    assert fingerprint(cast) == before, "the attack changed something on the server"


def run_as(cast: Cast, person: Person, statement: str, params: tuple = ()) -> int:
    """Run one statement as `person` in its own transaction; returns the rows it touched."""
    with cast.connect(person) as conn:
        cursor = conn.execute(statement.encode(), params or None)
        return cursor.rowcount


def refused_or_nothing(cast: Cast, person: Person, statement: str, params: tuple = ()) -> str:
    """The statement fails (returns the SQLSTATE) or touches no row ('' then)."""
    try:
        touched = run_as(cast, person, statement, params)
    except psycopg.Error as error:
        return error.sqlstate or "?"
    assert touched <= 0, f"{statement!r} touched {touched} row(s) as {person.group}"
    return ""
