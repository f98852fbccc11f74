"""Row-level security and grants on the shared server, tried as the people's own logins."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg.errors
import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.models import Customer, QueueItem
from app.services.admin import server_admin
from app.services.storage.db import Database

_counter = iter(range(1, 10**9))
PASSWORD = "rls-test-password-1"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@dataclass
class Person:
    login: str
    user_id: uuid.UUID
    url: str


@dataclass
class World:
    db: Database
    agent_a: Person
    agent_b: Person
    lead: Person
    author: Person
    admin: Person
    outsider: Person  # an agent of another team
    team_id: uuid.UUID
    customer_id: uuid.UUID


@pytest.fixture
def world(pg_server, pg_url: str, pg_db: Database) -> World:
    database = make_url(pg_url).database
    suffix = f"{uuid.uuid4().hex[:6]}_{next(_counter)}"

    def person(prefix: str, role: str, team: str) -> Person:
        login = f"{prefix}_{suffix}"
        created = server_admin.create_user(pg_db, login, role, team, PASSWORD)
        return Person(login, created.user_id, pg_server.url(database, login, PASSWORD))

    team = f"Team {suffix}"
    people = {
        "agent_a": person("a", "agent", team),
        "agent_b": person("b", "agent", team),
        "lead": person("lead", "team_lead", team),
        "author": person("author", "rule_author", f"Rules {suffix}"),
        "admin": person("adm", "admin", f"Office {suffix}"),
        "outsider": person("out", "agent", f"Other {suffix}"),
    }
    with pg_db.unit_of_work() as uow:
        customer = Customer(
            external_id=f"C-{suffix}", first_name="Jan", last_name="Nowak", first_key="jan",
            last_key="nowak", created_at=NOW, updated_at=NOW,
        )  # fmt: skip
        uow.session.add(customer)
        uow.commit()
        customer_id = customer.id  # read before the unit of work ends (it expires the row)
        team_id = uow.session.execute(
            text("SELECT id FROM teams WHERE name = :n"), {"n": team}
        ).scalar_one()
    return World(db=pg_db, team_id=team_id, customer_id=customer_id, **people)


@contextmanager
def connected(person: Person) -> Iterator[Connection]:
    """A transaction as `person` (a real login with a password); committed on success."""
    engine = create_engine(person.url)
    try:
        with engine.begin() as connection:
            assert connection.execute(text("SELECT current_user")).scalar() == person.login
            yield connection
    finally:
        engine.dispose()


@contextmanager
def refused(kind: str = "") -> Iterator[list[DBAPIError]]:
    """The statement inside must fail with insufficient privilege (grant or policy)."""
    caught: list[DBAPIError] = []
    with pytest.raises(DBAPIError) as info:
        yield caught
    assert isinstance(info.value.orig, psycopg.errors.InsufficientPrivilege), info.value.orig
    assert kind in str(info.value.orig)
    caught.append(info.value)


def insert_contact(
    connection: Connection, agent_id: uuid.UUID, customer_id: uuid.UUID
) -> uuid.UUID:
    contact_id = uuid.uuid4()
    connection.execute(
        text(
            "INSERT INTO contacts (id, customer_id, channel, direction, agent_id, started_at, "
            "reason, outcome, notes, caller_number, created_at, updated_at) VALUES (:id, :c, "
            "'phone', 'inbound', :a, :t, 'billing', 'solved', '', '', :t, :t)"
        ),
        {"id": contact_id, "c": customer_id, "a": agent_id, "t": NOW},
    )
    return contact_id


def add_queue_item(world: World, assigned_to: uuid.UUID) -> uuid.UUID:
    with world.db.unit_of_work() as uow:
        item = QueueItem(customer_id=world.customer_id, assigned_to=assigned_to,
                         team_id=world.team_id, due_at=NOW + timedelta(days=1))  # fmt: skip
        uow.session.add(item)
        uow.commit()
        return item.id


def test_contacts_are_append_only_and_in_ones_own_name(world: World) -> None:
    with connected(world.agent_a) as connection:
        contact_id = insert_contact(connection, world.agent_a.user_id, world.customer_id)

    b = world.agent_b
    with refused("permission denied") as caught, connected(b) as connection:
        connection.execute(text("UPDATE contacts SET notes = 'mine' WHERE id = :i"),
                           {"i": contact_id})  # fmt: skip
    assert "append-only" in server_admin.refusal_message(caught[0])
    with refused("permission denied"), connected(b) as connection:
        connection.execute(text("DELETE FROM contacts WHERE id = :i"), {"i": contact_id})
    # Not even the author may change it: a correction is a new contact.
    with refused("permission denied"), connected(world.agent_a) as connection:
        connection.execute(text("UPDATE contacts SET notes = 'x' WHERE id = :i"),
                           {"i": contact_id})  # fmt: skip
    with refused("row-level security") as caught, connected(b) as connection:
        insert_contact(connection, world.agent_a.user_id, world.customer_id)
    assert server_admin.refusal_message(caught[0]) == (
        "the server refused: you may only record work in your own name"
    )
    # Everyone reads every contact.
    with connected(b) as connection:
        assert connection.execute(text("SELECT count(*) FROM contacts")).scalar() == 1


def test_only_rule_authors_publish(world: World) -> None:
    statement = text(
        "INSERT INTO rule_set_versions (version, published_at, published_by, note, rules) "
        "VALUES (:v, :t, :by, '', CAST('[]' AS json))"
    )
    with refused("permission denied") as caught, connected(world.agent_b) as connection:
        connection.execute(statement, {"v": 901, "t": NOW, "by": world.agent_b.login})
    assert server_admin.refusal_message(caught[0]) == (
        "the server refused: publishing rule sets needs the rule_author role"
    )
    author = world.author
    with refused("row-level security") as caught, connected(author) as connection:
        connection.execute(statement, {"v": 902, "t": NOW, "by": world.agent_b.login})
    assert "your own name" in server_admin.refusal_message(caught[0])
    with connected(author) as connection:
        connection.execute(statement, {"v": 903, "t": NOW, "by": author.login})
    with world.db.reading() as session:
        published = session.execute(text("SELECT version, published_by FROM rule_set_versions "
                                          "WHERE version > 900")).all()  # fmt: skip
        audited = session.execute(
            text("SELECT actor FROM audit_log WHERE action = 'rule_set_versions.insert' "
                 "AND target = '903'")
        ).scalar_one()  # fmt: skip
    assert published == [(903, author.login)]
    assert audited == author.login


def test_team_lead_reassigns_within_the_team_only(world: World) -> None:
    item_id = add_queue_item(world, world.agent_a.user_id)
    reassign = text("UPDATE queue_items SET assigned_to = :to, updated_at = :t WHERE id = :i")

    with refused("row-level security") as caught, connected(world.lead) as connection:
        connection.execute(reassign, {"to": world.outsider.user_id, "t": NOW, "i": item_id})
    assert "your own team" in server_admin.refusal_message(caught[0])
    with connected(world.lead) as connection:
        changed = connection.execute(
            reassign, {"to": world.agent_b.user_id, "t": NOW, "i": item_id}
        )
        assert changed.rowcount == 1

    # Since 0014 agents may set assigned_to (to take pool work for themselves): the policy,
    # not the column privilege, is what refuses giving an item to someone else.
    with refused("row-level security") as caught, connected(world.agent_b) as connection:
        connection.execute(reassign, {"to": world.agent_a.user_id, "t": NOW, "i": item_id})
    assert "team_lead role" in server_admin.refusal_message(caught[0])
    # The agent may still work the item: status and note are theirs to change.
    with connected(world.agent_b) as connection:
        done = connection.execute(
            text("UPDATE queue_items SET status = 'done', updated_at = :t WHERE id = :i"),
            {"t": NOW, "i": item_id},
        )
        assert done.rowcount == 1

    with world.db.reading() as session:
        assigned = session.execute(text("SELECT assigned_to FROM queue_items WHERE id = :i"),
                                   {"i": item_id}).scalar_one()  # fmt: skip
        audit = session.execute(
            text("SELECT actor, details FROM audit_log WHERE action = 'queue_items.update' "
                 "AND target = :t"),
            {"t": str(item_id)},
        ).all()  # fmt: skip
    assert assigned == world.agent_b.user_id
    assert len(audit) == 1
    actor, details = audit[0]
    assert actor == world.lead.login
    assert details["old"]["assigned_to"] == str(world.agent_a.user_id)
    assert details["new"]["assigned_to"] == str(world.agent_b.user_id)


def test_audit_log_cannot_be_changed_by_anyone_but_the_owner(world: World) -> None:
    admin = world.admin
    with refused("permission denied") as caught, connected(admin) as connection:
        connection.execute(text("UPDATE audit_log SET actor = 'nobody'"))
    assert server_admin.refusal_message(caught[0]) == (
        "the server refused: the audit log cannot be changed"
    )
    with refused("permission denied"), connected(admin) as connection:
        connection.execute(text("DELETE FROM audit_log"))
    # Nobody writes an audit row in someone else's name.
    forged = text("INSERT INTO audit_log (at, actor, action, target, details) "
                  "VALUES (now(), 'postgres', 'x', 'y', CAST('{}' AS json))")  # fmt: skip
    # Not even in one's own name: only the server's triggers and functions write it.
    with refused("permission denied"), connected(world.agent_a) as connection:
        connection.execute(forged)
    # The admin group reads everything; the creation of every person is there.
    with connected(admin) as connection:
        created = connection.execute(
            text("SELECT target FROM audit_log WHERE action = 'role.create'")
        ).scalars().all()  # fmt: skip
        users_inserted = connection.execute(
            text("SELECT count(*) FROM audit_log WHERE action = 'users.insert'")
        ).scalar()  # fmt: skip
    assert set(created) == {
        p.login for p in (world.agent_a, world.agent_b, world.lead, world.author, world.admin,
                          world.outsider)
    }  # fmt: skip
    assert users_inserted == 6
    # The superuser (the owner) still can, e.g. for a retention job.
    with world.db.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM audit_log WHERE action = 'role.create'"))
        uow.commit()


def test_only_an_administrator_reads_the_audit_log(world: World) -> None:
    # Migration 0020: not even their own rows (tests/integration/test_security_console.py
    # tries every group).
    with refused("audit_log"), connected(world.agent_a) as connection:
        connection.execute(text("SELECT DISTINCT actor FROM audit_log")).scalars().all()


def test_deactivated_user_is_no_longer_a_user_for_the_policies(world: World) -> None:
    # An open session survives NOLOGIN; acrm_current_user_id() checks `active` too. (The
    # users row alone here: deactivate_user also ends the session, see test_security_contacts.)
    engine = create_engine(world.agent_a.url)
    try:
        with engine.connect() as connection:
            with world.db.unit_of_work() as uow:
                uow.session.execute(text("UPDATE users SET active = false WHERE login = :l"),
                                    {"l": world.agent_a.login})  # fmt: skip
                uow.commit()
            with pytest.raises(DBAPIError) as info, connection.begin():
                insert_contact(connection, world.agent_a.user_id, world.customer_id)
            assert isinstance(info.value.orig, psycopg.errors.InsufficientPrivilege)
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("permission denied for table contacts", "append-only; record a correction instead"),
        ('new row violates row-level security policy for table "offer_outcomes"', "own name"),
        ("permission denied for table rule_set_versions", "needs the rule_author role"),
        ("permission denied for table users", "needs the admin role"),
        ("permission denied to create role", "CREATEROLE"),
        ("permission denied for table feed_state", "your role may not do this"),
    ],
)
def test_refusal_messages(message: str, expected: str) -> None:
    said = server_admin.refusal_message(psycopg.errors.InsufficientPrivilege(message))
    assert said is not None and said.startswith("the server refused: ") and expected in said


def test_other_errors_are_not_refusals() -> None:
    assert server_admin.refusal_message(psycopg.errors.UniqueViolation("duplicate key")) is None
    assert server_admin.refusal_message(ValueError("x")) is None
