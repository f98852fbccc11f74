"""Only administrators read the audit log on the server (the console's Audit log tab)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 13:40:00

PostgreSQL only (SQLite has no roles). Until now every client group could SELECT audit_log and
row-level security showed each person their own rows. The log names who changed which
person, role, code and customer detail: now only the admin group may read it (table grant and
policy both), and the other groups are refused outright rather than shown an empty table.
Writing it stays with the server's triggers and functions (0004). Wrap-up codes and rule-set
versions need nothing new: only admin may insert or update wrapup_codes and nobody may delete
them (0003), and rule_set_versions take inserts from rule_author (admin included) in their
own name only (0003/0004); tests/integration/test_security_console.py tries every group.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

ADMINS_ONLY = "pg_catalog.pg_has_role(current_user, 'admin', 'MEMBER')"
OWN_OR_ADMIN = "actor = current_user OR pg_has_role(current_user, 'admin', 'MEMBER')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _schema()
    _sql(f"REVOKE SELECT ON {s}.audit_log FROM agent")
    _sql(f"GRANT SELECT ON {s}.audit_log TO admin")
    _sql(f"ALTER POLICY read ON {s}.audit_log USING ({ADMINS_ONLY})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _schema()
    _sql(f"ALTER POLICY read ON {s}.audit_log USING ({OWN_OR_ADMIN})")
    _sql(f"REVOKE SELECT ON {s}.audit_log FROM admin")
    _sql(f"GRANT SELECT ON {s}.audit_log TO agent")


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _schema() -> str:
    return op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
