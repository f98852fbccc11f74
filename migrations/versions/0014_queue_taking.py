"""Queue items on the server: agents take pool items for themselves and record their attempts

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 11:00:00

PostgreSQL only (the embedded database has one person and no row-level security). No new
function: the existing invoker helpers acrm_current_user_id()/acrm_current_team_id() decide.

- An agent may set `assigned_to` only to themselves, and only on an open, unassigned item of
  their own team or of the whole centre (team NULL): the policy take_pool. Two desks taking
  the same item run the same conditional UPDATE; the second waits for the first and then
  finds the row no longer unassigned, so exactly one wins.
- On their own items agents may now also change attempts, outcome, due_at and
  last_attempt_at (0003's update_own: the row stays theirs, so it can never be given away).
- Team leads keep 0003/0004's team_update (their team's items, among active members) and
  get the new columns through the agent group they belong to.
- A deactivated person matches no policy (acrm_current_user_id() is NULL) and is refused by
  0004's refuse_inactive trigger besides.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

AGENT_COLUMNS = "assigned_to, due_at, attempts, outcome, last_attempt_at"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _schema()
    me, my_team = f"{s}.acrm_current_user_id()", f"{s}.acrm_current_team_id()"
    _sql(f"GRANT UPDATE ({AGENT_COLUMNS}) ON {s}.queue_items TO agent")
    _sql(
        f"CREATE POLICY take_pool ON {s}.queue_items FOR UPDATE TO agent "
        f"USING (assigned_to IS NULL AND status = 'open' AND {me} IS NOT NULL "
        f"AND (team_id IS NULL OR team_id = {my_team})) "
        f"WITH CHECK (assigned_to = {me})"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _schema()
    _sql(f"DROP POLICY IF EXISTS take_pool ON {s}.queue_items")
    _sql(f"REVOKE UPDATE ({AGENT_COLUMNS}) ON {s}.queue_items FROM agent")


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _schema() -> str:
    return op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
