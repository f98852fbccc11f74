"""Outbox pushed in local sequence order, never by wall clock; feed rows a desk skipped

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 22:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Numbers every new outbox row inside the writing transaction (SQLite serialises writers, so
# max + 1 is unique and follows the order the writes were made in), whatever wrote the row:
# the ORM, Core or a multi-row INSERT. The unique index makes max() one index step.
SQLITE_SEQ_TRIGGER = """
CREATE TRIGGER outbox_seq AFTER INSERT ON outbox
WHEN NEW.seq IS NULL
BEGIN
    UPDATE outbox SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM outbox)
    WHERE rowid = NEW.rowid;
END
"""


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
    _number_existing_rows()
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending")
        batch_op.create_index("ix_outbox_pending", ["pushed_at", "seq"], unique=False)
        batch_op.create_index("ux_outbox_seq", ["seq"], unique=True)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_SEQ_TRIGGER)

    op.create_table(
        "feed_skips",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("txid", sa.BigInteger(), nullable=True),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_key", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("skipped_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_skips")),
    )


def _number_existing_rows() -> None:
    # Rows written before this revision keep the best order known then: clock, then rowid.
    bind = op.get_bind()
    order = "created_at, rowid" if bind.dialect.name == "sqlite" else "created_at, id"
    ids = bind.execute(sa.text(f"SELECT id FROM outbox ORDER BY {order}")).scalars().all()
    if ids:
        bind.execute(
            sa.text("UPDATE outbox SET seq = :seq WHERE id = :id"),
            [{"seq": number, "id": row_id} for number, row_id in enumerate(ids, start=1)],
        )


def downgrade() -> None:
    op.drop_table("feed_skips")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS outbox_seq")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ux_outbox_seq")
        batch_op.drop_index("ix_outbox_pending")
        batch_op.create_index("ix_outbox_pending", ["pushed_at", "created_at"], unique=False)
        batch_op.drop_column("seq")
