"""Adversarial: every group, logged in with its own password, tries to break the server.

One table of attacks runs as each group (agent, team lead, rule author, a non-superuser
admin); each attack must be refused (an error, or no row touched) and leave the server exactly
as it was. A new function, grant or policy without a row here should feel wrong.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import psycopg
import pytest

from tests.security_helpers import (  # noqa: F401  (fixtures)
    GROUPS,
    Cast,
    cast,
    hardened_server,
    refused_or_nothing,
    unchanged,
)

DENIED = "42501"  # insufficient_privilege: a grant, a policy or one of our triggers said no
NO_TRIGGER_CALL = "0A000"  # trigger functions cannot be called directly


@dataclass(frozen=True)
class Attack:
    name: str
    sql: str
    states: tuple[str, ...] = (DENIED,)  # () = an error or no row touched is enough
    groups: tuple[str, ...] = GROUPS  # who is refused (an admin may do some of these)


NOT_ADMIN = ("agent", "team_lead", "rule_author")
CONTACT = (
    "INSERT INTO contacts (id, customer_id, channel, direction, agent_id, started_at, reason, "
    "outcome, notes, caller_number, created_at, updated_at) VALUES (gen_random_uuid(), "
    "'{customer}', 'phone', 'inbound', '{agent_id}', now(), 'x', 'x', '', '', now(), now())"
)
ATTACKS = [
    # Finding 1-3: temporary objects that shadow the schema, or feed rows of one's own making.
    Attack("temp change_log", "CREATE TEMP TABLE change_log (LIKE public.change_log)"),
    Attack("temp users", "CREATE TEMP TABLE users (id uuid, login text, active bool)"),
    Attack("temp audit_log", "CREATE TEMP TABLE audit_log (id int)"),
    Attack("temp function", "CREATE FUNCTION pg_temp.f() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
    Attack("table in the schema", "CREATE TABLE public.pwned (x int)"),
    Attack("function in the schema",
           "CREATE FUNCTION public.acrm_x() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
    Attack("replace acrm_current_user_id",
           "CREATE OR REPLACE FUNCTION public.acrm_current_user_id() RETURNS uuid "
           "LANGUAGE sql AS $$ SELECT '{other_id}'::uuid $$"),
    Attack("make the feed function an invoker",
           "ALTER FUNCTION public.acrm_log_change() SECURITY INVOKER"),
    Attack("feed row, written directly",
           "INSERT INTO change_log (txid, entity, entity_key, op, changed_at) "
           "VALUES (1, 'contact', 'not-a-uuid', 'insert', now())"),
    Attack("feed row, rewritten", "UPDATE change_log SET entity_key = 'not-a-uuid'", ()),
    Attack("feed rows, deleted", "DELETE FROM change_log", ()),
    Attack("feed pruned far ahead",
           "INSERT INTO feed_state (key, txid, seq, updated_at) VALUES ('pruned', 9e15, 0, now())"),
    Attack("trigger function called directly", "SELECT acrm_log_change()",
           (DENIED, NO_TRIGGER_CALL)),
    Attack("audit trigger called directly", "SELECT acrm_audit()", (DENIED, NO_TRIGGER_CALL)),
    # Finding 11: audit rows in one's own name, or anyone's.
    Attack("audit row in own name",
           "INSERT INTO audit_log (at, actor, action, target, details) "
           "VALUES (now(), current_user, 'x', 'y', '{{}}')"),
    Attack("audit row in another's name",
           "INSERT INTO audit_log (at, actor, action, target, details) "
           "VALUES (now(), '{other_login}', 'x', 'y', '{{}}')"),
    Attack("audit rows rewritten", "UPDATE audit_log SET actor = 'nobody'"),
    Attack("audit rows deleted", "DELETE FROM audit_log"),
    Attack("role audit forged",
           "SELECT acrm_audit_role('role.password_reset', '{other_login}', '{{}}')"),
    # Roles, grants, policies.
    Attack("SET ROLE another login", "SET ROLE {other_login}"),
    Attack("SET ROLE the function owner", "SET ROLE acrm_owner"),
    Attack("SET ROLE postgres", "SET ROLE postgres"),
    Attack("SET SESSION AUTHORIZATION", "SET SESSION AUTHORIZATION {other_login}"),
    Attack("grant oneself admin", "GRANT admin TO {login}", groups=NOT_ADMIN),
    Attack("grant oneself the owner role", "GRANT acrm_owner TO {login}"),
    Attack("become superuser", "ALTER ROLE {login} SUPERUSER"),
    Attack("create a role", "CREATE ROLE pwned_role LOGIN"),
    Attack("TRUNCATE contacts", "TRUNCATE contacts CASCADE"),
    Attack("TRUNCATE audit_log", "TRUNCATE audit_log"),
    Attack("TRUNCATE change_log", "TRUNCATE change_log"),
    Attack("row-level security off", "ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY"),
    Attack("feed triggers off", "ALTER TABLE contacts DISABLE TRIGGER ALL"),
    Attack("drop a policy", "DROP POLICY insert_own ON contacts"),
    Attack("own trigger on customers",
           "CREATE TRIGGER x AFTER INSERT ON customers FOR EACH STATEMENT "
           "EXECUTE FUNCTION acrm_log_change('contact', 'id')"),
    Attack("run a program", "COPY change_log FROM PROGRAM 'id'"),
    # Others' rows and forged names (the 59 refused probes, condensed).
    Attack("contact in another's name", CONTACT.replace("{agent_id}", "{other_id}")),
    Attack("another's contact changed", "UPDATE contacts SET notes = 'x'"),
    Attack("another team's item taken",
           "UPDATE queue_items SET assigned_to = '{my_id}', status = 'done' "
           "WHERE id = '{outsider_item}'", ()),
    Attack("item for another team's member",
           "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, status, "
           "note, created_at, updated_at) VALUES (gen_random_uuid(), 'callback', '{customer}', "
           "'{outsider_id}', '{team_id}', now(), 'open', '', now(), now())"),
    Attack("item in another team's queue",
           "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, status, "
           "note, created_at, updated_at) SELECT gen_random_uuid(), 'callback', '{customer}', "
           "'{my_id}', u.team_id, now(), 'open', '', now(), now() FROM users u "
           "WHERE u.id = '{outsider_id}'"),
    Attack("receipt in another's name",
           "INSERT INTO sync_receipts (outbox_id, applied_by, applied_at) "
           "VALUES (gen_random_uuid(), '{other_login}', now())"),
    Attack("user reactivated", "UPDATE users SET active = true", groups=NOT_ADMIN),
    Attack("user made", "INSERT INTO users (id, login, display_name, role, active, created_at, "
           "updated_at) VALUES (gen_random_uuid(), 'x', 'x', 'admin', true, now(), now())",
           groups=NOT_ADMIN),
    # Finding 5: contact details in bulk.
    Attack("every customer's city", "UPDATE customers SET city = 'Probe'", groups=NOT_ADMIN),
    Attack("every phone deleted", "DELETE FROM customer_phones", groups=NOT_ADMIN),
    Attack("phones copied to many customers",
           "INSERT INTO customer_phones (id, customer_id, e164, national, raw, position) "
           "SELECT gen_random_uuid(), id, '+48111222333', '111222333', 'x', 9 FROM customers",
           groups=NOT_ADMIN),
    # Hostile arguments to the functions clients may call.
    Attack("end an active person's sessions", "SELECT acrm_end_sessions('{other_login}')"),
    Attack("end the superuser's sessions", "SELECT acrm_end_sessions('postgres')"),
    Attack("feed holders listed", "SELECT * FROM acrm_feed_holders()", groups=NOT_ADMIN),
]  # fmt: skip


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.name)
def test_attack_is_refused_and_changes_nothing(cast: Cast, group: str, attack: Attack) -> None:  # noqa: F811
    if group not in attack.groups:
        pytest.skip(f"{group} may do this")
    me = cast.member(group)
    other = cast.other_agent
    statement = attack.sql.format(
        login=me.login, my_id=me.user_id, other_login=other.login, other_id=other.user_id,
        customer=cast.customers[0], agent_id=me.user_id, team_id=cast.team_id,
        outsider_id=cast.outsider.user_id, outsider_item=cast.outsider_item,
    )  # fmt: skip
    with unchanged(cast):
        state = refused_or_nothing(cast, me, statement)
    if attack.states:
        assert state in attack.states, f"{attack.name}: expected {attack.states}, got {state!r}"


@pytest.mark.parametrize("group", GROUPS)
def test_grants_made_by_clients_grant_nothing(cast: Cast, group: str) -> None:  # noqa: F811
    # GRANT by someone without the grant option only warns; nothing may come of it.
    me = cast.member(group)
    with unchanged(cast), cast.connect(me) as conn:
        for statement in ("GRANT INSERT ON change_log TO {0}", "GRANT ALL ON audit_log TO {0}",
                          "GRANT UPDATE ON customers TO {0}"):  # fmt: skip
            with contextlib.suppress(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement.format(me.login).encode())
        for table in ("change_log", "audit_log"):
            granted = conn.execute("SELECT has_table_privilege(%s, 'INSERT')", (table,))
            assert granted.fetchone() == (False,)


@pytest.mark.parametrize("group", GROUPS)
def test_no_temporary_objects_for_any_group(cast: Cast, group: str) -> None:  # noqa: F811
    with cast.connect(cast.member(group)) as conn:
        temp = conn.execute("SELECT has_database_privilege(current_database(), 'TEMP')")
        assert temp.fetchone() == (False,)
        create = conn.execute("SELECT has_schema_privilege('public', 'CREATE')")
        assert create.fetchone() == (False,)
