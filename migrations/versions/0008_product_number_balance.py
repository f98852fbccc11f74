"""Products carry the last four digits of their number and a balance

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 03:15:00

Both nullable: products imported before keep no number and no balance until a file gives them.
Only the last four digits are stored (see Product.number_last4). On PostgreSQL the columns
join the table's existing grants and row-level security; the feed logs keys only, so products
reach the desks with the new columns through the same typed pull.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number_last4", sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column("balance", sa.BigInteger(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_products_number_last4"), "length(number_last4) = 4"
        )


def downgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_products_number_last4"), type_="check")
        batch_op.drop_column("balance")
        batch_op.drop_column("number_last4")
