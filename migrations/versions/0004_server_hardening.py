"""Server hardening: functions that cannot be hijacked, a typed feed, audited contact details, bounded sessions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 22:45:00

PostgreSQL only (nothing to do on SQLite). Every person can type SQL into `psql`: each function
pins its search_path with pg_temp last and names every table with its schema; the ones that
must write what clients may not (feed, audit) are SECURITY DEFINER owned by the NOLOGIN role
acrm_owner and check which table fired them. The SQL lives in 0004_server_hardening_sql.sql.
"""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OWNER = "acrm_owner"
# Feed entities keyed by a UUID (the others: rule_set_version by number, codes and names).
UUID_ENTITIES = ("team", "user", "customer", "product", "transaction", "complaint", "consent",
                 "contact", "queue_item", "offer_presentation", "offer_outcome",
                 "entitlement")  # fmt: skip
GROUPS = ("agent", "team_lead", "rule_author", "admin")
SQL_FILE = Path(__file__).with_name("0004_server_hardening_sql.sql")
# Bounds for client logins: a desk's statements take milliseconds, its transactions less than
# a second. Administrators import and upgrade, so they keep long statements.
IDLE_IN_TRANSACTION = "60s"
STATEMENT = "30s"
# Tables some client group may write: a deactivated person's open session writes none of them.
CLIENT_WRITABLE = ("contacts", "contact_wrapups", "offer_presentations", "offer_outcomes",
                   "queue_items", "customers", "customer_phones", "customer_emails",
                   "sync_receipts", "rule_set_versions", "rule_drafts", "users", "teams",
                   "wrapup_codes")  # fmt: skip
# Functions clients call (policies, the desks' pull) and those only administrators call.
CLIENT_FUNCTIONS = ("acrm_current_user_id()", "acrm_current_team_id()", "acrm_end_feed_holders()")
ADMIN_FUNCTIONS = ("acrm_feed_holders()", "acrm_feed_hold_limit()", "acrm_end_sessions(name)",
                   "acrm_audit_role(text, name, json)")  # fmt: skip
NEW_FUNCTIONS = ("acrm_invoker()", "acrm_is_client(name)", "acrm_contact_change()",
                 "acrm_refuse_inactive()", "acrm_check_rule_set()", *ADMIN_FUNCTIONS,
                 "acrm_end_feed_holders()")  # fmt: skip
OLD_FUNCTIONS = ("acrm_current_user_id()", "acrm_current_team_id()", "acrm_log_change()",
                 "acrm_audit()")  # fmt: skip
NEW_TRIGGERS = (*(("refuse_inactive", t) for t in CLIENT_WRITABLE),
                ("contact_audit", "customers"), ("contact_audit_insert", "customer_phones"),
                ("contact_audit_delete", "customer_phones"),
                ("contact_audit_insert", "customer_emails"),
                ("contact_audit_delete", "customer_emails"),
                ("check_rule_set", "rule_set_versions"))  # fmt: skip
TEAM_MEMBER = ("EXISTS (SELECT 1 FROM {s}.users u WHERE u.id = assigned_to AND u.active "
               "AND u.team_id = {s}.acrm_current_team_id())")  # fmt: skip
POLICIES = {  # (table, policy): (hardened WITH CHECK, the 0003 one)
    ("queue_items", "insert_own"): (
        "assigned_to = {s}.acrm_current_user_id() AND (team_id IS NULL "
        "OR team_id = {s}.acrm_current_team_id())",
        "assigned_to = acrm_current_user_id()",
    ),
    ("queue_items", "team_insert"): (
        "team_id = {s}.acrm_current_team_id() AND (assigned_to IS NULL OR " + TEAM_MEMBER + ")",
        "team_id = acrm_current_team_id()",
    ),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s, db = _names()
    _owner_role(s)
    for statement in _sql_sections(s)["functions"]:
        _sql(statement)
    _ownership_and_execute(s)
    for statement in _sql_sections(s)["triggers"]:
        _sql(statement)
    _sql(f"CREATE TRIGGER check_rule_set BEFORE INSERT OR UPDATE ON {s}.rule_set_versions "
         f"FOR EACH ROW EXECUTE FUNCTION {s}.acrm_check_rule_set()")  # fmt: skip
    for table in CLIENT_WRITABLE:
        _sql(f"CREATE TRIGGER refuse_inactive BEFORE INSERT OR UPDATE OR DELETE ON {s}.{table} "
             f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_refuse_inactive()")  # fmt: skip
    _typed_feed(s)
    _client_privileges(s, db)
    for (table, name), (hardened, _) in POLICIES.items():
        _sql(f"ALTER POLICY {name} ON {s}.{table} WITH CHECK ({hardened.format(s=s)})")
    _session_bounds(db, set_them=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s, db = _names()
    _session_bounds(db, set_them=False)
    for (table, name), (_, old) in POLICIES.items():
        _sql(f"ALTER POLICY {name} ON {s}.{table} WITH CHECK ({old})")
    for name, table in NEW_TRIGGERS:
        _sql(f"DROP TRIGGER IF EXISTS {name} ON {s}.{table}")
    _sql(f"ALTER TABLE {s}.change_log DROP CONSTRAINT IF EXISTS ck_change_log_typed")
    _sql(f"DROP POLICY IF EXISTS owner_writes ON {s}.audit_log")
    _sql(f"CREATE POLICY insert_own ON {s}.audit_log FOR INSERT WITH CHECK (actor = current_user)")
    _sql(f"GRANT INSERT ON {s}.audit_log TO agent")
    _sql(f"GRANT USAGE ON SEQUENCE {_sequence(s, 'audit_log', 'id')} TO agent")
    _sql(f"GRANT TEMP ON DATABASE {db} TO PUBLIC")
    for statement in _sql_sections(s)["functions_0003"]:
        _sql(statement)
    for function in OLD_FUNCTIONS:
        _sql(f"ALTER FUNCTION {s}.{function} OWNER TO CURRENT_USER")
        _sql(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO PUBLIC")
    for function in NEW_FUNCTIONS:
        _sql(f"DROP FUNCTION IF EXISTS {s}.{function}")
    for kind in ("TABLES", "SEQUENCES", "FUNCTIONS"):
        _sql(f"REVOKE ALL ON ALL {kind} IN SCHEMA {s} FROM {OWNER}")
    _sql(f"REVOKE USAGE ON SCHEMA {s} FROM {OWNER}")
    # acrm_owner stays: roles are cluster-wide and other databases may use it.


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _scalar(statement: str):
    return op.get_bind().execute(sa.text(statement)).scalar()


def _names() -> tuple[str, str]:
    """The schema and the database as identifiers, quoted only when they need it."""
    row = (
        op.get_bind()
        .execute(sa.text("SELECT quote_ident(current_schema()), quote_ident(current_database())"))
        .one()
    )
    return row[0], row[1]


def _sequence(s: str, table: str, column: str) -> str:
    return _scalar(f"SELECT pg_get_serial_sequence('{s}.{table}', '{column}')")


def _sql_sections(s: str) -> dict[str, list[str]]:
    """The SQL file's sections (`-- section: name`), statements split on `-- ;` lines."""
    text = SQL_FILE.read_text(encoding="utf-8")
    pinned = f"SET search_path = {s}, pg_catalog, pg_temp"
    text = text.replace("{s}", s).replace("{pinned}", pinned)
    text = text.replace("{schema_literal}", _scalar("SELECT quote_literal(current_schema())"))
    sections: dict[str, list[str]] = {}
    for block in re.split(r"^-- section: ", text, flags=re.MULTILINE)[1:]:
        name, body = block.split("\n", 1)
        statements = re.split(r"^-- ;$", body, flags=re.MULTILINE)
        sections[name.strip()] = [st.strip() for st in statements if st.strip()]
    return sections


def _owner_role(s: str) -> None:
    # Roles are cluster-wide: another database on the server may have made it already.
    _sql(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{OWNER}') "
         f"THEN CREATE ROLE {OWNER} NOLOGIN; END IF; END $$")  # fmt: skip
    # To hand functions over, a non-superuser upgrader must be a member of the new owner.
    _sql(f"DO $$ BEGIN IF NOT pg_has_role(current_user, '{OWNER}', 'MEMBER') "
         f"THEN EXECUTE format('GRANT {OWNER} TO %I', current_user); END IF; END $$")  # fmt: skip
    # Ending sessions that hold the feed, and seeing them, is what the owner's functions do.
    _sql(f"GRANT pg_signal_backend, pg_read_all_stats TO {OWNER}")
    _sql(f"GRANT USAGE ON SCHEMA {s} TO {OWNER}")
    _sql(f"GRANT SELECT, INSERT ON {s}.change_log TO {OWNER}")
    _sql(f"GRANT INSERT ON {s}.audit_log TO {OWNER}")
    _sql(f"GRANT SELECT ON {s}.users TO {OWNER}")
    for table, column in (("change_log", "seq"), ("audit_log", "id")):
        _sql(f"GRANT USAGE ON SEQUENCE {_sequence(s, table, column)} TO {OWNER}")
    _sql(f"CREATE POLICY owner_writes ON {s}.audit_log FOR INSERT TO {OWNER} WITH CHECK (true)")


def _ownership_and_execute(s: str) -> None:
    upgrader_is_superuser = _scalar("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    for function in (*OLD_FUNCTIONS, *NEW_FUNCTIONS):
        _sql(f"ALTER FUNCTION {s}.{function} OWNER TO {OWNER}")
        _sql(f"REVOKE ALL ON FUNCTION {s}.{function} FROM PUBLIC")
    for function in CLIENT_FUNCTIONS:
        _sql(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO agent")
    for function in ADMIN_FUNCTIONS:
        _sql(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO admin")
        if not upgrader_is_superuser:  # the administrator who upgrades also manages logins
            _sql(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO CURRENT_USER")


def _typed_feed(s: str) -> None:
    uuid_entities = ", ".join(f"'{e}'" for e in UUID_ENTITIES)
    check = (
        "op IN ('insert', 'update', 'delete') AND CASE "
        f"WHEN entity IN ({uuid_entities}) THEN entity_key ~ "
        "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' "
        "WHEN entity = 'rule_set_version' THEN entity_key ~ '^[0-9]{1,18}$' "
        "WHEN entity IN ('wrapup_code', 'attribute_definition') THEN "
        "length(entity_key) BETWEEN 1 AND 64 AND entity_key !~ '[[:cntrl:]]' ELSE false END"
    )
    # Rows no desk can read (the poison of finding 3) go; every later one is checked.
    _sql(f"DELETE FROM {s}.change_log WHERE NOT ({check})")
    _sql(f"ALTER TABLE {s}.change_log ADD CONSTRAINT ck_change_log_typed CHECK ({check})")


def _client_privileges(s: str, db: str) -> None:
    groups = ", ".join(GROUPS)
    # No temporary objects (the shadowing of finding 1), nothing created in the schema.
    _sql(f"REVOKE TEMP ON DATABASE {db} FROM PUBLIC, {groups}")
    _sql(f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC, {groups}")
    # The feed and the audit log are written by the triggers only.
    _sql(f"DROP POLICY IF EXISTS insert_own ON {s}.audit_log")
    _sql(f"REVOKE ALL ON {s}.change_log, {s}.feed_state, {s}.audit_log FROM {groups}")
    _sql(f"REVOKE ALL ON SEQUENCE {_sequence(s, 'audit_log', 'id')} FROM {groups}")
    _sql(f"GRANT SELECT ON {s}.change_log, {s}.feed_state, {s}.audit_log TO agent")


def _session_bounds(db: str, *, set_them: bool) -> None:
    """Per-login bounds (ALTER ROLE settings are not inherited from the groups)."""
    if set_them:
        action = (
            f"EXECUTE format('ALTER ROLE %I IN DATABASE {db} SET "
            f"idle_in_transaction_session_timeout = ''{IDLE_IN_TRANSACTION}''', r.rolname); "
            "IF NOT pg_has_role(r.oid, 'admin', 'MEMBER') THEN "
            f"EXECUTE format('ALTER ROLE %I IN DATABASE {db} SET statement_timeout = "
            f"''{STATEMENT}''', r.rolname); END IF;"
        )
    else:
        action = (
            f"EXECUTE format('ALTER ROLE %I IN DATABASE {db} RESET "
            "idle_in_transaction_session_timeout', r.rolname); "
            f"EXECUTE format('ALTER ROLE %I IN DATABASE {db} RESET statement_timeout', r.rolname);"
        )
    _sql(
        "DO $$ DECLARE r record; BEGIN FOR r IN SELECT oid, rolname FROM pg_roles WHERE "
        "rolcanlogin AND NOT rolsuper AND pg_has_role(oid, 'agent', 'MEMBER') "
        f"LOOP {action} END LOOP; END $$"
    )
