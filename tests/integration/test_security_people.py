"""Adversarial: each group, logged in as itself, tries to manage people and teams (0019).

Agents, team leads and rule authors may not change their own role or team, make or rename
teams, put themselves in a group, read password verifiers, write or forge audit rows, or
return work to a pool. An administrator returns work to a pool only of someone who has left
that team (acrm_return_to_pool, part of a move). An administrator without CREATEROLE may not
touch login roles either, nor set users.role apart from the login's group; with CREATEROLE
the audit still names them.
"""

from __future__ import annotations

import json

import psycopg
import pytest

from tests.security_helpers import (  # noqa: F401  (fixtures)
    GROUPS,
    Cast,
    cast,
    hardened_server,
    refused_or_nothing,
    run_as,
    unchanged,
)

DENIED = "42501"
NOT_ADMIN = ("agent", "team_lead", "rule_author")
ATTACKS = {
    "own role": ("UPDATE users SET role = 'admin' WHERE login = current_user", NOT_ADMIN),
    "own team": (
        "UPDATE users SET team_id = (SELECT t.id FROM teams t WHERE t.id IS DISTINCT FROM "
        "users.team_id LIMIT 1) WHERE login = current_user",
        NOT_ADMIN,
    ),
    "own group": ("GRANT admin TO CURRENT_USER", GROUPS),
    "a new team": (
        "INSERT INTO teams (id, name, created_at, updated_at) VALUES (gen_random_uuid(), "
        "'Mine', now(), now())",
        NOT_ADMIN,
    ),
    "rename a team": ("UPDATE teams SET name = name || '!'", NOT_ADMIN),
    "password verifiers": ("SELECT rolpassword FROM pg_authid", GROUPS),
    "pg_shadow": ("SELECT passwd FROM pg_shadow", GROUPS),
    "an audit row": (
        "INSERT INTO audit_log (at, actor, action, target, details) VALUES (now(), "
        "current_user, 'role.change', 'x', '{}')",
        GROUPS,
    ),
    "the audit function": (
        "SELECT acrm_audit_role('role.change', current_user, '{\"role\": \"admin\"}')",
        GROUPS,
    ),
    "CREATEROLE for oneself": ("ALTER ROLE CURRENT_USER CREATEROLE", GROUPS),
    "return work to a pool": (
        "UPDATE queue_items SET assigned_to = NULL WHERE assigned_to IS NOT NULL",
        NOT_ADMIN,
    ),
    # For an administrator too: those people are still in their teams (the outsider's item).
    "the pool function": ("SELECT acrm_return_to_pool(u.id, u.team_id) FROM users u", GROUPS),
    "role apart from the group": (
        "UPDATE users SET role = 'agent' WHERE role = 'team_lead'",
        GROUPS,
    ),
}


# Administrators may change roles, teams and pools: that is their job (test_admin_people_server).
CASES = [(attack, group) for attack, (_, groups) in sorted(ATTACKS.items()) for group in groups]


@pytest.mark.parametrize(("attack", "group"), CASES)
def test_each_group_is_refused(cast: Cast, group: str, attack: str) -> None:  # noqa: F811
    statement, _ = ATTACKS[attack]
    with unchanged(cast):
        assert refused_or_nothing(cast, cast.member(group), statement) in (DENIED, "")


@pytest.mark.parametrize("group", NOT_ADMIN)
def test_setting_a_role_does_not_forge_the_actor(cast: Cast, group: str) -> None:  # noqa: F811
    """Becoming a group one belongs to gives no way into the audit function either."""
    with unchanged(cast):
        state = refused_or_nothing(
            cast, cast.admin,
            f"SET ROLE {group}; SELECT acrm_audit_role('role.change', '{cast.agent.login}', "
            "'{\"role\": \"admin\"}')",
        )  # fmt: skip
        assert state == DENIED


def test_a_createrole_admin_is_named_in_the_audit_whatever_they_pass(cast: Cast) -> None:  # noqa: F811
    with cast.superuser() as conn:
        conn.execute(f'ALTER ROLE "{cast.admin.login}" CREATEROLE')
        mark = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    details = json.dumps({"role": "admin", "from": "agent"})
    run_as(cast, cast.admin, "SELECT acrm_audit_role('role.change', %s, %s)",
           (cast.agent.login, details))  # fmt: skip
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        run_as(cast, cast.admin, "SELECT acrm_audit_role('role.change', %s, %s)",
               (cast.agent.login, json.dumps({"actor": "someone_else"})))  # fmt: skip
    with cast.superuser() as conn:
        rows = conn.execute(
            "SELECT actor, action, target FROM audit_log WHERE id > %s", (mark,)
        ).fetchall()
    assert rows == [(cast.admin.login, "role.change", cast.agent.login)]
