"""Analytics: model versions and per-customer scores (value, activity, churn, RFM, affinity)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 16:40:00

Both dialects hold the tables; `acrm analytics refresh` writes a new version and its scores
in one transaction, so the previous version stays in force until the new one is complete.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analytics_models",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("as_of", sa.DateTime(timezone=True), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("computed_by", sa.String(length=63), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.Column("parameters", sa.Text(), nullable=False),
        sa.Column("diagnostics", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_analytics_models")),
    )
    op.create_table(
        "customer_scores",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("model_version", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.Integer(), nullable=False),
        sa.Column("recency_weeks", sa.Float(), nullable=False),
        sa.Column("age_weeks", sa.Float(), nullable=False),
        sa.Column("p_alive", sa.Float(), nullable=True),
        sa.Column("expected_events_12m", sa.Float(), nullable=True),
        sa.Column("clv_12m", sa.BigInteger(), nullable=True),
        sa.Column("value_tier", sa.String(length=10), nullable=False),
        sa.Column("churn_probability", sa.Float(), nullable=True),
        sa.Column("churn_risk", sa.String(length=10), nullable=False),
        sa.Column("churn_method", sa.String(length=20), nullable=False),
        sa.Column("rfm", sa.String(length=3), nullable=False),
        sa.Column("segment_rfm", sa.String(length=40), nullable=False),
        sa.Column("affinity", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_scores_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["model_version"],
            ["analytics_models.version"],
            name=op.f("fk_customer_scores_model_version_analytics_models"),
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_scores")),
    )


def downgrade() -> None:
    op.drop_table("customer_scores")
    op.drop_table("analytics_models")
