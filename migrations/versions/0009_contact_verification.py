"""Contacts record whether and how the caller's identity was verified

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 04:30:00

`verification` is a code (verified, failed, not_verified, not_needed; app.models.enums.
Verification) checked by the database on SQLite and PostgreSQL alike, so a desk (or a person in
psql) cannot push another value to the shared server. `verified_with` lists the questions that
passed (codes of the desk's default questions, custom questions as configured); never the
caller's answers. Both nullable: contacts saved before, and imported ones, recorded nothing.
On PostgreSQL the columns join the table's existing grants and row-level security, and the list
must be a JSON array of at most 20 entries (every desk reads it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen here (not imported from the app, which may change after this is written).
VALUES = ("verified", "failed", "not_verified", "not_needed")
MAX_QUESTIONS = 20


def upgrade() -> None:
    allowed = ", ".join(f"'{value}'" for value in VALUES)
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verification", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("verified_with", sa.JSON(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_contacts_verification"), f"verification IN ({allowed})"
        )
    if op.get_bind().dialect.name == "postgresql":
        # Only the server needs this: desks write the list themselves, people in psql do not.
        op.create_check_constraint(
            op.f("ck_contacts_verified_with_list"),
            "contacts",
            "verified_with IS NULL OR (json_typeof(verified_with) = 'array' "
            f"AND json_array_length(verified_with) <= {MAX_QUESTIONS})",
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(op.f("ck_contacts_verified_with_list"), "contacts", type_="check")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_contacts_verification"), type_="check")
        batch_op.drop_column("verified_with")
        batch_op.drop_column("verification")
