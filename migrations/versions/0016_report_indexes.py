"""Indexes for the team-lead figures: contacts and offer presentations by agent and by time

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 11:00:00

The figures read a team's contacts and presentations of a few days: by agent and time (a team
lead's 20 agents) and by time alone (an administrator's whole centre, the hours chart). On a
million rows each of them was a sequential scan (bench/bench_team.py, README of bench/).
Plain CREATE INDEX: on a server with a million contacts it holds writes to the table for a
few seconds during the upgrade (CONCURRENTLY cannot run inside the migration's transaction).
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_contacts_agent_started", "contacts", ["agent_id", "started_at"]),
    ("ix_contacts_started", "contacts", ["started_at"]),
    ("ix_offer_presentations_agent_shown", "offer_presentations", ["agent_id", "shown_at"]),
    ("ix_offer_presentations_shown", "offer_presentations", ["shown_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
