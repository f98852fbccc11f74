"""Adversarial: contact details change one customer at a time, audited; the deactivated write
nothing; deactivating someone ends their open sessions; work goes only to active team members."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from app.services.admin import server_admin
from tests.security_helpers import (  # noqa: F401  (fixtures)
    GROUPS,
    Cast,
    cast,
    hardened_server,
    unchanged,
)


def audit_of(cast: Cast, customer: uuid.UUID) -> list[tuple]:  # noqa: F811
    with cast.superuser() as conn:
        return conn.execute(
            "SELECT actor, action, details::jsonb FROM audit_log WHERE target = %s ORDER BY id",
            (str(customer),),
        ).fetchall()


def test_one_customers_details_are_changed_and_audited(cast: Cast) -> None:  # noqa: F811
    customer = cast.customers[1]
    with cast.connect(cast.agent, autocommit=False) as conn:
        conn.execute("UPDATE customers SET city = 'Gdańsk', updated_at = now() WHERE id = %s",
                     (customer,))  # fmt: skip
        conn.execute("DELETE FROM customer_phones WHERE customer_id = %s AND e164 = %s",
                     (customer, "+48600100300"))  # fmt: skip
        conn.execute(
            "INSERT INTO customer_emails (id, customer_id, email, position) VALUES (%s, %s, %s, 0)",
            (uuid.uuid4(), customer, "jan@example.com"),
        )
    rows = audit_of(cast, customer)
    assert [(actor, action) for actor, action, _ in rows] == [
        (cast.agent.login, "customer.city"),
        (cast.agent.login, "customer.phone.remove"),
        (cast.agent.login, "customer.email.add"),
    ]
    details = [d for _, _, d in rows]
    assert details[0] == {"field": "city", "old": "Kraków", "new": "Gdańsk"}
    assert details[1] == {"field": "phones", "old": "+48600100300", "new": None}
    assert details[2] == {"field": "emails", "old": None, "new": "jan@example.com"}


def test_new_customers_bring_their_phones_in_one_statement(cast: Cast) -> None:  # noqa: F811
    # A desk pushing two new customers inserts both one's phones in one statement: allowed.
    ids = [uuid.uuid4(), uuid.uuid4()]
    with cast.connect(cast.agent, autocommit=False) as conn:
        for n, customer in enumerate(ids):
            conn.execute(
                "INSERT INTO customers (id, external_id, first_name, last_name, first_key, "
                "last_key, city, segment, created_at, updated_at) VALUES (%s, %s, 'A', 'B', 'a', "
                "'b', '', '', now(), now())",
                (customer, f"N-{customer}-{n}"),
            )
        conn.execute(
            "INSERT INTO customer_phones (id, customer_id, e164, national, raw, position) "
            "SELECT gen_random_uuid(), c, '+48600999000', '600999000', 'x', 0 "
            "FROM unnest(%s::uuid[]) AS c",
            (ids,),
        )
    # ...but not phones of existing customers, many at once.
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege, match="one customer")
    with unchanged(cast), refused, cast.connect(cast.agent, autocommit=False) as conn:
        conn.execute(
            "INSERT INTO customer_phones (id, customer_id, e164, national, raw, position) "
            "SELECT gen_random_uuid(), c, '+48600999001', '600999001', 'x', 5 "
            "FROM unnest(%s::uuid[]) AS c",
            (cast.customers,),
        )


def test_an_admin_may_change_many_customers(cast: Cast) -> None:  # noqa: F811
    with cast.connect(cast.admin) as conn:
        changed = conn.execute("UPDATE customers SET city = 'Łódź' WHERE id = ANY(%s)",
                               (cast.customers,)).rowcount  # fmt: skip
    assert changed == 2
    assert [a for _, a, _ in audit_of(cast, cast.customers[0])] == ["customer.city"]


WRITES = {
    "city": "UPDATE customers SET city = 'X' WHERE id = '{customer}'",
    "phone deleted": "DELETE FROM customer_phones WHERE customer_id = '{customer}'",
    "contact": (
        "INSERT INTO contacts (id, customer_id, channel, direction, agent_id, started_at, "
        "reason, outcome, notes, caller_number, created_at, updated_at) VALUES "
        "(gen_random_uuid(), '{customer}', 'phone', 'inbound', '{me}', now(), 'x', 'x', '', '', "
        "now(), now())"
    ),
    "customer": (
        "INSERT INTO customers (id, external_id, first_name, last_name, first_key, last_key, "
        "city, segment, created_at, updated_at) VALUES (gen_random_uuid(), 'Z-{me}', 'A', 'B', "
        "'a', 'b', '', '', now(), now())"
    ),
}


@pytest.mark.parametrize("group", GROUPS)
def test_a_deactivated_persons_open_session_changes_nothing(cast: Cast, group: str) -> None:  # noqa: F811
    me = cast.member(group)
    with cast.connect(me) as conn:
        with cast.superuser() as su:  # deactivated while the session stays open
            su.execute("UPDATE users SET active = false WHERE login = %s", (me.login,))
        with unchanged(cast):
            for statement in WRITES.values():
                text = statement.format(customer=cast.customers[0], me=me.user_id)
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not an active"):
                    conn.execute(text.encode())


def test_deactivating_ends_the_persons_open_sessions(cast: Cast) -> None:  # noqa: F811
    victim = cast.agent
    with cast.connect(victim) as open_session:
        open_session.execute("SELECT 1")
        server_admin.deactivate_user(cast.db, victim.login)
        with pytest.raises(psycopg.OperationalError):
            open_session.execute("UPDATE customers SET city = 'late' WHERE id = %s",
                                 (cast.customers[0],))  # fmt: skip
    with pytest.raises(psycopg.OperationalError):
        cast.connect(victim)
    with cast.superuser() as conn:
        city = conn.execute("SELECT city FROM customers WHERE id = %s", (cast.customers[0],))
        assert city.fetchone() == ("Kraków",)


def test_a_lead_gives_new_work_only_to_active_members_of_the_team(cast: Cast) -> None:  # noqa: F811
    insert = (
        "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, status, "
        "note, created_at, updated_at) VALUES (gen_random_uuid(), 'callback', %s, %s, %s, now(), "
        "'open', '', now(), now())"
    )
    with cast.connect(cast.team_lead) as conn:
        conn.execute(insert, (cast.customers[0], cast.agent.user_id, cast.team_id))
    with cast.superuser() as su:
        su.execute("UPDATE users SET active = false WHERE id = %s", (cast.other_agent.user_id,))
    for assignee in (cast.outsider, cast.other_agent):
        refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
        with unchanged(cast), refused, cast.connect(cast.team_lead) as conn:
            conn.execute(insert, (cast.customers[0], assignee.user_id, cast.team_id))
