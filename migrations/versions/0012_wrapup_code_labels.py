"""Wrap-up codes carry their label per language

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 04:30:00

`labels` holds {"ru": "...", "en": "..."}: a Russian desk shows a code by its Russian label,
falling back to `label` (the business's own language) and then to the code. Existing codes
get {} and read as before. The column is checked where it is stored (an object; on PostgreSQL
an object of strings), so a desk never receives a list or a number as a label. On PostgreSQL
the column joins the table's existing table-wide grants (every client reads, admin writes),
its audit trigger (to_jsonb of the whole row) and its feed trigger (which logs the code only:
desks pull the row, new column included, through the same typed pull).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Frozen copies of app.models.org's checks (a migration must not follow later model edits).
OBJECT_SQLITE = "json_type(labels) = 'object'"
TEXTS_PG = (
    "json_typeof(labels) = 'object' AND NOT "
    "jsonb_path_exists(labels::jsonb, '$.* ? (@.type() != \"string\")')"
)


def upgrade() -> None:
    is_pg = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table("wrapup_codes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("labels", sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_wrapup_codes_labels"), TEXTS_PG if is_pg else OBJECT_SQLITE
        )


def downgrade() -> None:
    with op.batch_alter_table("wrapup_codes", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_wrapup_codes_labels"), type_="check")
        batch_op.drop_column("labels")
