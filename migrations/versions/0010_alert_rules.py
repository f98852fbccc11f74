"""Rule sets may hold alerts (kind alert, severity red or amber, a title)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 04:30:00

PostgreSQL only (SQLite keeps rule sets as the desk wrote them and has no server check). The
server's check of rule-set versions (acrm_check_rule_set, migration 0004) is replaced by one
that knows the alert kind and refuses a severity other than red or amber. The function keeps
what 0004 gave it: search_path pinned with pg_temp last, every name schema-qualified, owner
acrm_owner, EXECUTE revoked from PUBLIC. The downgrade puts 0004's check back.
"""

from __future__ import annotations

import re
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

OWNER = "acrm_owner"
FUNCTION = "acrm_check_rule_set()"
HERE = Path(__file__).parent
NEW_SQL = HERE / "0010_alert_rules_sql.sql"
OLD_SQL = HERE / "0004_server_hardening_sql.sql"  # its "functions" section holds the old check


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace_check(NEW_SQL.read_text(encoding="utf-8"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace_check(_old_check())


def _old_check() -> str:
    text = OLD_SQL.read_text(encoding="utf-8")
    for statement in re.split(r"^-- ;$", text, flags=re.MULTILINE):
        if f"FUNCTION {{s}}.{FUNCTION}" in statement:
            return statement.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    raise RuntimeError(f"{OLD_SQL.name} no longer holds {FUNCTION}")


def _replace_check(template: str) -> None:
    schema = _scalar("SELECT quote_ident(current_schema())")
    # Replacing a function takes its owner's rights: an upgrader who is not yet a member of
    # the owner role (a second administrator) becomes one, as in 0004.
    _sql(f"DO $$ BEGIN IF NOT pg_has_role(current_user, '{OWNER}', 'MEMBER') "
         f"THEN EXECUTE format('GRANT {OWNER} TO %I', current_user); END IF; END $$")  # fmt: skip
    statement = (
        template.replace("{s}", schema)
        .replace("{pinned}", f"SET search_path = {schema}, pg_catalog, pg_temp")
        .replace("{schema_literal}", _scalar("SELECT quote_literal(current_schema())"))
    )
    _sql(statement.strip())
    # CREATE OR REPLACE keeps owner and grants; said again so the guarantee does not rest on it.
    _sql(f"ALTER FUNCTION {schema}.{FUNCTION} OWNER TO {OWNER}")
    _sql(f"REVOKE ALL ON FUNCTION {schema}.{FUNCTION} FROM PUBLIC")


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _scalar(statement: str):
    return op.get_bind().execute(sa.text(statement)).scalar()
