"""Desks' heartbeats: each desk reports its health; the server stamps who and when

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 13:40:00

The table exists on both dialects (models and migrations agree); only the shared
PostgreSQL server uses it. There every client login writes its own desks' rows and nobody
else's: a BEFORE trigger sets `login` to the session's login and `reported_at` to the
server's now() (the columns are not even granted), row-level security keeps each login to
its own rows, and the values are bounded by CHECK constraints. Reading: an administrator
reads every desk, a team lead the desks of their own team's people (they run the floor),
everybody else only their own. Administrators may delete a retired desk's row. The trigger
is an ordinary (invoker) function with a pinned search_path, owned by acrm_owner, EXECUTE
revoked from PUBLIC: nothing here needs SECURITY DEFINER. Clients may read alembic_version
(a desk is "behind" when its schema is older than the server's).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

OWNER = "acrm_owner"
TABLE = "desk_heartbeats"
WRITABLE = "hostname, app_version, schema_revision, last_sync_at, unsynced, last_error"
# The desk's version as app.__version__ writes it (PEP 440 without local parts).
VERSION_FORMAT = (
    r"^[0-9]{1,4}(\.[0-9]{1,4}){1,3}((a|b|rc)[0-9]{1,4})?(\.post[0-9]{1,4})?(\.dev[0-9]{1,4})?$"
)
CHECKS = (
    ("hostname", "char_length(hostname) BETWEEN 1 AND 253 AND hostname !~ '[[:cntrl:]]'"),
    ("app_version", f"app_version ~ '{VERSION_FORMAT}'"),
    ("schema_revision", "schema_revision ~ '^[0-9A-Za-z_]{1,32}$'"),
    ("unsynced", "unsynced >= 0"),
    ("last_error", "char_length(last_error) <= 300 AND last_error !~ '[[:cntrl:]]'"),
    ("last_sync_at", "last_sync_at IS NULL OR last_sync_at BETWEEN "
                     "'2000-01-01 00:00+00' AND reported_at"),
)  # fmt: skip
TEAM_READ = (
    "pg_catalog.pg_has_role(current_user, 'team_lead', 'MEMBER') AND EXISTS ("
    "SELECT 1 FROM {s}.users u WHERE u.login = {s}.desk_heartbeats.login "
    "AND u.team_id = {s}.acrm_current_team_id())"
)
POLICIES = (
    ("own_insert", "FOR INSERT TO agent WITH CHECK (login = session_user)"),
    ("own_update", "FOR UPDATE TO agent USING (login = session_user) "
                   "WITH CHECK (login = session_user)"),
    ("read_own_team_all", "FOR SELECT TO agent USING (login = session_user "
                          "OR pg_catalog.pg_has_role(current_user, 'admin', 'MEMBER') "
                          f"OR ({TEAM_READ}))"),
    ("admin_delete", "FOR DELETE TO admin USING (true)"),
)  # fmt: skip
# Who and when come from the server; a desk's clock ahead of it never shows a sync "later".
STAMP = """CREATE FUNCTION {s}.acrm_stamp_heartbeat() RETURNS trigger LANGUAGE plpgsql
SET search_path = {s}, pg_catalog, pg_temp AS $$
BEGIN
  IF TG_TABLE_SCHEMA <> {schema_literal} OR TG_TABLE_NAME <> 'desk_heartbeats'
     OR TG_LEVEL <> 'ROW' OR TG_WHEN <> 'BEFORE' OR TG_OP NOT IN ('INSERT', 'UPDATE') THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'acrm_stamp_heartbeat was not written for %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.login := session_user;
  ELSE
    NEW.login := OLD.login;
    NEW.desk_id := OLD.desk_id;
  END IF;
  NEW.reported_at := pg_catalog.now();
  NEW.last_sync_at := LEAST(NEW.last_sync_at, NEW.reported_at);
  RETURN NEW;
END $$"""


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("desk_id", sa.Uuid(), nullable=False),
        sa.Column("hostname", sa.String(length=253), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.Column("schema_revision", sa.String(length=32), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("unsynced", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("login", "desk_id", name=op.f("pk_desk_heartbeats")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _scalar("SELECT quote_ident(current_schema())")
    literal = _scalar("SELECT quote_literal(current_schema())")
    for name, check in CHECKS:
        _sql(f"ALTER TABLE {s}.{TABLE} ADD CONSTRAINT ck_{TABLE}_{name} CHECK ({check})")
    _sql(f"DO $$ BEGIN IF NOT pg_has_role(current_user, '{OWNER}', 'MEMBER') "
         f"THEN EXECUTE format('GRANT {OWNER} TO %I', current_user); END IF; END $$")  # fmt: skip
    _sql(STAMP.replace("{s}", s).replace("{schema_literal}", literal))
    _sql(f"ALTER FUNCTION {s}.acrm_stamp_heartbeat() OWNER TO {OWNER}")
    _sql(f"REVOKE ALL ON FUNCTION {s}.acrm_stamp_heartbeat() FROM PUBLIC")
    _sql(f"CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON {s}.{TABLE} "
         f"FOR EACH ROW EXECUTE FUNCTION {s}.acrm_stamp_heartbeat()")  # fmt: skip
    # A deactivated person's open session reports nothing more (as for every client table).
    _sql(f"CREATE TRIGGER refuse_inactive BEFORE INSERT OR UPDATE OR DELETE ON {s}.{TABLE} "
         f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_refuse_inactive()")  # fmt: skip
    _sql(f"GRANT SELECT, INSERT (desk_id, {WRITABLE}), UPDATE ({WRITABLE}) "
         f"ON {s}.{TABLE} TO agent")  # fmt: skip
    _sql(f"GRANT DELETE ON {s}.{TABLE} TO admin")
    _sql(f"GRANT SELECT ON {s}.alembic_version TO agent")
    _sql(f"ALTER TABLE {s}.{TABLE} ENABLE ROW LEVEL SECURITY")
    for name, body in POLICIES:
        _sql(f"CREATE POLICY {name} ON {s}.{TABLE} {body.format(s=s)}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        s = _scalar("SELECT quote_ident(current_schema())")
        _sql(f"REVOKE SELECT ON {s}.alembic_version FROM agent")
        _sql(f"DROP TABLE {s}.{TABLE}")  # its policies and triggers go with it
        _sql(f"DROP FUNCTION {s}.acrm_stamp_heartbeat()")
        return
    op.drop_table(TABLE)


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _scalar(statement: str):
    return op.get_bind().execute(sa.text(statement)).scalar()
