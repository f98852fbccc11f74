"""Adversarial: the schema's functions cannot be hijacked, and the feed holds only typed rows.

Even where a temporary table exists (made here by the superuser in the attacker's session, as
no client may make one), every function reads and writes the schema's own tables.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest

from tests.security_helpers import (  # noqa: F401  (fixtures)
    Cast,
    cast,
    hardened_server,
)

SHADOWS = (
    "CREATE TEMP TABLE users (id uuid, login text, team_id uuid, active bool)",
    "CREATE TEMP TABLE change_log (txid bigint, entity text, entity_key text, op text, "
    "changed_at timestamptz)",
    "CREATE TEMP TABLE audit_log (at timestamptz, actor text, action text, target text, "
    "details json)",
)


def test_temporary_tables_in_the_session_hijack_nothing(cast: Cast) -> None:  # noqa: F811
    agent, victim = cast.agent, cast.other_agent
    with cast.superuser() as conn:
        for statement in SHADOWS:
            conn.execute(statement)
        # A users row that would make the agent the victim, were it read.
        conn.execute("INSERT INTO pg_temp.users VALUES (%s, %s, %s, true)",
                     (victim.user_id, agent.login, cast.team_id))  # fmt: skip
        conn.execute(f"GRANT ALL ON pg_temp.users, pg_temp.change_log, pg_temp.audit_log "
                     f"TO {agent.login}")  # fmt: skip
        conn.execute(f"SET ROLE {agent.login}")
        # The search path an attacker would choose: their temporary schema first.
        conn.execute("SET search_path = pg_temp, public")
        assert conn.execute("SELECT public.acrm_current_user_id()").fetchone() == (agent.user_id,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(_contact(cast.customers[0], victim.user_id))
        conn.execute(_contact(cast.customers[0], agent.user_id))
        conn.execute("UPDATE public.customers SET city = 'Gdańsk' WHERE id = %s",
                     (cast.customers[0],))  # fmt: skip
        for table in ("change_log", "audit_log"):
            assert conn.execute(f"SELECT count(*) FROM pg_temp.{table}").fetchone() == (0,)
    with cast.superuser() as conn:
        rows = conn.execute(
            "SELECT actor, action FROM audit_log WHERE target = %s ORDER BY id",
            (str(cast.customers[0]),),
        ).fetchall()
        assert rows == [(agent.login, "customer.city")]
        entities = {r[0] for r in conn.execute("SELECT DISTINCT entity FROM change_log")}
        assert {"contact", "customer"} <= entities


def _contact(customer: uuid.UUID, agent_id: uuid.UUID) -> str:
    return (
        "INSERT INTO public.contacts (id, customer_id, channel, direction, agent_id, started_at, "
        "reason, outcome, notes, caller_number, created_at, updated_at) VALUES ("
        f"'{uuid.uuid4()}', '{customer}', 'phone', 'inbound', '{agent_id}', now(), 'x', 'x', "
        "'', '', now(), now())"
    )


def test_feed_and_audit_functions_refuse_tables_they_were_not_written_for(
    cast: Cast,  # noqa: F811
) -> None:
    # Only the superuser can still attach them (EXECUTE is granted to nobody); even then no.
    with cast.superuser() as conn:
        conn.execute("CREATE TEMP TABLE probe (k text, id uuid)")
        conn.execute("CREATE TRIGGER poison AFTER INSERT ON pg_temp.probe REFERENCING NEW TABLE "
                     "AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                     "public.acrm_log_change('contact', 'k')")  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not written for"):
            conn.execute("INSERT INTO pg_temp.probe VALUES ('not-a-uuid', NULL)")
        conn.execute("CREATE TABLE public.probe2 (id uuid)")
        conn.execute("CREATE TRIGGER audit AFTER INSERT ON public.probe2 FOR EACH ROW "
                     "EXECUTE FUNCTION public.acrm_audit('id')")  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not written for"):
            conn.execute("INSERT INTO public.probe2 VALUES (gen_random_uuid())")
        conn.execute("DROP TABLE public.probe2")


@pytest.mark.parametrize(
    ("entity", "key", "op"),
    [
        ("contact", "not-a-uuid", "insert"),
        ("contact", str(uuid.uuid4()).upper(), "insert"),
        ("no_such_entity", str(uuid.uuid4()), "insert"),
        ("rule_set_version", "7; DROP", "insert"),
        ("wrapup_code", "", "insert"),
        ("customer", str(uuid.uuid4()), "truncate"),
    ],
)
def test_the_feed_refuses_untyped_rows_even_from_the_owner(
    cast: Cast,  # noqa: F811
    entity: str,
    key: str,
    op: str,
) -> None:
    with cast.superuser() as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute(
            "INSERT INTO change_log (txid, entity, entity_key, op, changed_at) "
            "VALUES (1, %s, %s, %s, now())",
            (entity, key, op),
        )


def test_well_typed_feed_rows_are_accepted(cast: Cast) -> None:  # noqa: F811
    with cast.superuser() as conn:
        for entity, key in (
            ("rule_set_version", "12"),
            ("wrapup_code", "callback-later"),
            ("attribute_definition", "vip level"),
            ("user", str(uuid.uuid4())),
        ):
            conn.execute("INSERT INTO change_log (txid, entity, entity_key, op, changed_at) "
                         "VALUES (1, %s, %s, 'update', now())", (entity, key))  # fmt: skip


def test_functions_are_pinned_owned_and_not_public(cast: Cast) -> None:  # noqa: F811
    with cast.superuser() as conn:
        rows = conn.execute(
            "SELECT p.proname, pg_get_userbyid(p.proowner), p.prosecdef, p.proconfig, "
            "has_function_privilege('public', p.oid, 'EXECUTE') "
            "FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND p.proname LIKE 'acrm%'"
        ).fetchall()
    assert len(rows) >= 10
    for name, owner, _definer, config, public_execute in rows:
        assert owner == "acrm_owner", name
        assert config[0] == "search_path=public, pg_catalog, pg_temp", name
        assert not public_execute, name
    definers = {name for name, _, definer, _, _ in rows if definer}
    # SECURITY DEFINER only where a client must not do the same by hand.
    # 0019: acrm_return_to_pool (a move's open items go back to the old team's pool).
    assert definers == {"acrm_log_change", "acrm_audit", "acrm_contact_change",
                        "acrm_refuse_inactive", "acrm_feed_holders", "acrm_end_feed_holders",
                        "acrm_end_sessions", "acrm_audit_role", "acrm_return_to_pool"}  # fmt: skip
    with cast.superuser() as conn:
        owner = conn.execute("SELECT rolsuper, rolcanlogin, rolcreaterole FROM pg_roles "
                             "WHERE rolname = 'acrm_owner'").fetchone()  # fmt: skip
    assert owner == (False, False, False)
