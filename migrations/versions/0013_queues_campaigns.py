"""Queues and campaigns: queue items carry reason, script, priority, call window, attempts and
outcome; campaigns; customers carry a time zone

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 11:00:00

The schema both back ends share. The server's grants, row-level security and feed triggers for
the new columns and the campaigns table come in 0014 (queue) and 0015 (campaigns).

Only the desk's own code ever wrote `kind` ("callback"); a row with anything else (written by
hand) becomes a callback, so the new CHECK holds for every row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# Frozen copies of the model's vocabularies (a migration must not follow later model edits).
STATUSES = "'open', 'in_progress', 'done', 'expired', 'cancelled'"
KINDS = "'callback', 'follow_up', 'campaign'"
CHANNELS = "'phone', 'email', 'chat', 'sms', 'branch', 'letter'"
CAMPAIGN_STATUSES = "'open', 'closed'"
UTC_STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    _campaigns()
    op.execute(f"UPDATE queue_items SET kind = 'callback' WHERE kind NOT IN ({KINDS})")
    with op.batch_alter_table("queue_items", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_queue_items_status"), type_="check")
        batch_op.alter_column(
            "status", existing_type=sa.String(10), type_=sa.String(12), existing_nullable=False
        )
        for column in _queue_columns():
            batch_op.add_column(column)
        batch_op.create_check_constraint(op.f("ck_queue_items_status"), f"status IN ({STATUSES})")
        batch_op.create_check_constraint(op.f("ck_queue_items_kind"), f"kind IN ({KINDS})")
        batch_op.create_check_constraint(
            op.f("ck_queue_items_attempts"), "attempts >= 0 AND max_attempts >= 1"
        )
        batch_op.create_foreign_key(
            op.f("fk_queue_items_campaign_id_campaigns"),
            "campaigns",
            ["campaign_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index("ix_queue_items_team_status_due", ["team_id", "status", "due_at"])
        batch_op.create_index(
            "ux_queue_items_campaign_customer", ["campaign_id", "customer_id"], unique=True
        )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("time_zone", sa.String(64), server_default="", nullable=False)
        )


def _queue_columns() -> list[sa.Column]:
    return [
        sa.Column("reason", sa.String(200), server_default="", nullable=False),
        sa.Column("script", sa.Text(), server_default="", nullable=False),
        sa.Column("priority", sa.Integer(), server_default="0", nullable=False),
        sa.Column("window_end", UTC_STAMP, nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("max_attempts", sa.Integer(), server_default="3", nullable=False),
        sa.Column("last_attempt_at", UTC_STAMP, nullable=True),
        sa.Column("outcome", sa.String(40), server_default="", nullable=False),
        sa.Column("campaign_id", sa.Uuid(), nullable=True),
        sa.Column("rule_id", sa.String(64), server_default="", nullable=False),
        sa.Column("action", sa.String(64), server_default="", nullable=False),
    ]


def _campaigns() -> None:
    op.create_table(
        "campaigns",
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("rule_id", sa.String(64), nullable=False),
        sa.Column("condition", sa.Text(), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column("cap", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_by", sa.String(63), nullable=False),
        sa.Column("generated_at", UTC_STAMP, nullable=True),
        sa.Column("rule_version", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTC_STAMP, nullable=False),
        sa.Column("updated_at", UTC_STAMP, nullable=False),
        sa.CheckConstraint(f"status IN ({CAMPAIGN_STATUSES})", name=op.f("ck_campaigns_status")),
        sa.CheckConstraint(f"channel IN ({CHANNELS})", name=op.f("ck_campaigns_channel")),
        sa.CheckConstraint("cap IS NULL OR cap >= 0", name=op.f("ck_campaigns_cap")),
        sa.CheckConstraint(
            "ends_on IS NULL OR ends_on >= starts_on", name=op.f("ck_campaigns_dates")
        ),
        sa.CheckConstraint("(rule_id = '') <> (condition = '')", name=op.f("ck_campaigns_target")),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_campaigns_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("name", name=op.f("uq_campaigns_name")),
    )


def downgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
    with op.batch_alter_table("queue_items", schema=None) as batch_op:
        batch_op.drop_index("ux_queue_items_campaign_customer")
        batch_op.drop_index("ix_queue_items_team_status_due")
        batch_op.drop_constraint(op.f("fk_queue_items_campaign_id_campaigns"), type_="foreignkey")
        batch_op.drop_constraint(op.f("ck_queue_items_attempts"), type_="check")
        batch_op.drop_constraint(op.f("ck_queue_items_kind"), type_="check")
        batch_op.drop_constraint(op.f("ck_queue_items_status"), type_="check")
        for column in reversed(_queue_columns()):
            batch_op.drop_column(column.name)
    op.execute("UPDATE queue_items SET status = 'open' WHERE status IN ('in_progress')")
    op.execute("UPDATE queue_items SET status = 'cancelled' WHERE status IN ('expired')")
    with op.batch_alter_table("queue_items", schema=None) as batch_op:
        batch_op.alter_column(
            "status", existing_type=sa.String(12), type_=sa.String(10), existing_nullable=False
        )
        batch_op.create_check_constraint(
            op.f("ck_queue_items_status"), "status IN ('open', 'done', 'cancelled')"
        )
    op.drop_table("campaigns")
