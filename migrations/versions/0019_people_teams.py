"""People and teams from the console: role changes recorded, an administrator always kept

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 13:40:00

PostgreSQL only (the embedded database has no login roles; its service checks the same rules).
- acrm_audit_role (0004, SECURITY DEFINER, owner acrm_owner) also records `role.change`
  (details: role, from) and `role.reactivate`; nothing else about it changes.
- users.role follows the login's group: an UPDATE of the column is refused unless the login
  role (where one exists) is directly in exactly that group by then (trigger role_matches_group,
  invoker rights). A role change is GRANT + REVOKE + UPDATE in one transaction.
- At least one active administrator stays: a statement that demotes or deactivates the last
  one is refused (trigger keep_an_admin, invoker rights). It locks the remaining administrators'
  rows first, so two administrators demoting each other at once cannot both succeed.
- Moving a person to another team returns their open items of the old team to that team's
  pool: acrm_return_to_pool(person, old_team), SECURITY DEFINER because no client policy may
  let an administrator unassign other teams' work (permissive policies combine: a USING that
  lets them touch an item would pair with update_own's WITH CHECK and let them take it). It
  runs for administrators only, only once the person has left that team, and only sets the
  assignee of their open items of that team to nobody (the audit and feed triggers see it).
New functions: search_path pinned with pg_temp last, names qualified, owner acrm_owner (a
NOLOGIN role), EXECUTE revoked from PUBLIC; the trigger functions refuse to run for any table
but users.
"""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

OWNER = "acrm_owner"
AUDIT_SQL = Path(__file__).with_name("0004_server_hardening_sql.sql")
OLD_ACTIONS = "action NOT IN ('role.create', 'role.deactivate', 'role.password_reset')"
NEW_ACTIONS = (
    "action NOT IN ('role.create', 'role.deactivate', 'role.password_reset', 'role.change', "
    "'role.reactivate')"
)
OLD_KEYS = "WHERE k NOT IN ('role', 'team')) THEN"
NEW_KEYS = "WHERE k NOT IN ('role', 'team', 'from')) THEN"
GROUPS = "ARRAY['agent', 'team_lead', 'rule_author', 'admin']::pg_catalog.name[]"

ROLE_MATCHES_GROUP = """
CREATE FUNCTION {s}.acrm_role_matches_group() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$
DECLARE
  groups name[];
BEGIN
  IF TG_TABLE_SCHEMA <> {schema_literal} OR TG_TABLE_NAME <> 'users' OR TG_LEVEL <> 'ROW'
     OR TG_WHEN <> 'BEFORE' OR TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'acrm_role_matches_group was not written for %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = NEW.login) THEN
    RETURN NEW;  -- a row without a login role (imported history): nothing to follow
  END IF;
  SELECT pg_catalog.array_agg(g.rolname ORDER BY g.rolname) INTO groups
  FROM pg_catalog.pg_auth_members m
  JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
  JOIN pg_catalog.pg_roles p ON p.oid = m.member
  WHERE p.rolname = NEW.login AND g.rolname = ANY ({groups});
  IF groups IS DISTINCT FROM ARRAY[NEW.role::name] THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'permission denied for table users: the role of %s changes only with its login group '
      '(it is in %s, the row says %s)', NEW.login, coalesce(groups::text, 'no group'), NEW.role);
  END IF;
  RETURN NEW;
END $$
"""

KEEP_AN_ADMIN = """
CREATE FUNCTION {s}.acrm_keep_an_admin() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$
BEGIN
  IF TG_TABLE_SCHEMA <> {schema_literal} OR TG_TABLE_NAME <> 'users' OR TG_LEVEL <> 'STATEMENT'
     OR TG_WHEN <> 'AFTER' OR TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'acrm_keep_an_admin was not written for %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.role = 'admin' AND o.active) THEN
    RETURN NULL;
  END IF;
  -- Wait for whoever else is changing administrators, then count the committed ones.
  PERFORM 1 FROM {s}.users u WHERE u.role = 'admin' AND u.active ORDER BY u.id FOR UPDATE;
  IF NOT EXISTS (SELECT 1 FROM {s}.users u WHERE u.role = 'admin' AND u.active) THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE =
      'the last active administrator cannot be demoted or deactivated; make someone else an '
      'administrator first';
  END IF;
  RETURN NULL;
END $$
"""
RETURN_TO_POOL = """
CREATE FUNCTION {s}.acrm_return_to_pool(person uuid, old_team uuid) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
DECLARE
  me name := {s}.acrm_invoker();
  returned integer;
BEGIN
  IF NOT (coalesce((SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = me), false)
          OR (pg_catalog.pg_has_role(me, 'admin', 'MEMBER')
              AND EXISTS (SELECT 1 FROM {s}.users u WHERE u.login = me AND u.active))) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'permission denied for table queue_items: only an administrator returns work to a pool';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM {s}.users u WHERE u.id = person
                 AND u.team_id IS DISTINCT FROM old_team) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'permission denied for table queue_items: work returns to a team''s pool only '
                'when its person has left that team';
  END IF;
  UPDATE {s}.queue_items q SET assigned_to = NULL, updated_at = pg_catalog.now()
  WHERE q.assigned_to = person AND q.team_id = old_team AND q.status = 'open';
  GET DIAGNOSTICS returned = ROW_COUNT;
  RETURN returned;
END $$
"""
FUNCTIONS = ("acrm_role_matches_group()", "acrm_keep_an_admin()", "acrm_return_to_pool(uuid, uuid)")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _schema()
    _become_owner_member()
    _sql(_audit_role(s, old=False))
    for template in (ROLE_MATCHES_GROUP, KEEP_AN_ADMIN, RETURN_TO_POOL):
        _sql(_fill(template, s))
    for function in FUNCTIONS:
        _sql(f"ALTER FUNCTION {s}.{function} OWNER TO {OWNER}")
        _sql(f"REVOKE ALL ON FUNCTION {s}.{function} FROM PUBLIC")
    _sql(f"CREATE TRIGGER role_matches_group BEFORE UPDATE OF role ON {s}.users FOR EACH ROW "
         f"WHEN (OLD.role IS DISTINCT FROM NEW.role) "
         f"EXECUTE FUNCTION {s}.acrm_role_matches_group()")  # fmt: skip
    _sql(f"CREATE TRIGGER keep_an_admin AFTER UPDATE ON {s}.users REFERENCING OLD TABLE AS "
         f"old_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_keep_an_admin()")  # fmt: skip
    _sql(f"GRANT EXECUTE ON FUNCTION {s}.acrm_return_to_pool(uuid, uuid) TO admin")
    if not op.get_bind().execute(sa.text("SELECT rolsuper FROM pg_roles "
                                         "WHERE rolname = current_user")).scalar():  # fmt: skip
        _sql(f"GRANT EXECUTE ON FUNCTION {s}.acrm_return_to_pool(uuid, uuid) TO CURRENT_USER")
    # What the function itself does, and nothing more: unassign open items.
    _sql(f"GRANT SELECT, UPDATE (assigned_to, updated_at) ON {s}.queue_items TO {OWNER}")
    _sql(f"CREATE POLICY owner_returns_to_pool ON {s}.queue_items FOR UPDATE TO {OWNER} "
         f"USING (status = 'open') WITH CHECK (assigned_to IS NULL AND status = 'open')")  # fmt: skip


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _schema()
    _become_owner_member()
    _sql(f"DROP POLICY IF EXISTS owner_returns_to_pool ON {s}.queue_items")
    _sql(f"REVOKE SELECT, UPDATE (assigned_to, updated_at) ON {s}.queue_items FROM {OWNER}")
    _sql(f"DROP TRIGGER IF EXISTS keep_an_admin ON {s}.users")
    _sql(f"DROP TRIGGER IF EXISTS role_matches_group ON {s}.users")
    for function in FUNCTIONS:
        _sql(f"DROP FUNCTION IF EXISTS {s}.{function}")
    _sql(_audit_role(s, old=True))


def _audit_role(s: str, *, old: bool) -> str:
    """0004's acrm_audit_role, with the two new actions and the `from` key unless `old`."""
    text = AUDIT_SQL.read_text(encoding="utf-8")
    for statement in re.split(r"^-- ;$", text, flags=re.MULTILINE):
        if "FUNCTION {s}.acrm_audit_role(" in statement:
            body = statement.split("-- section: triggers")[0].strip()
            break
    else:
        raise RuntimeError(f"{AUDIT_SQL.name} no longer holds acrm_audit_role")
    if OLD_ACTIONS not in body or OLD_KEYS not in body:
        raise RuntimeError(f"{AUDIT_SQL.name}: acrm_audit_role is not the one 0019 extends")
    if not old:
        body = body.replace(OLD_ACTIONS, NEW_ACTIONS).replace(OLD_KEYS, NEW_KEYS)
    body = body.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    return _fill(body, s)


def _fill(template: str, s: str) -> str:
    literal = op.get_bind().execute(sa.text("SELECT quote_literal(current_schema())")).scalar()
    return (
        template.replace("{s}", s)
        .replace("{pinned}", f"SET search_path = {s}, pg_catalog, pg_temp")
        .replace("{schema_literal}", literal)
        .replace("{groups}", GROUPS)
    )


def _become_owner_member() -> None:
    # Replacing acrm_owner's function takes its rights (as in 0004 and 0010).
    _sql(f"DO $$ BEGIN IF NOT pg_has_role(current_user, '{OWNER}', 'MEMBER') "
         f"THEN EXECUTE format('GRANT {OWNER} TO %I', current_user); END IF; END $$")  # fmt: skip


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _schema() -> str:
    return op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
