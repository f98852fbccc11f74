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
- Follow-up calls that prompt rules ask for (`follow_up_days`, queued by `acrm actions run`)
  go to the centre's pool: administrators may insert such unassigned follow_up items
  (policy follow_up_insert), and the server's rule-set check (acrm_check_rule_set, 0010)
  learns the field, a whole number; the function keeps 0010's owner, grants and pinned path.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

AGENT_COLUMNS = "assigned_to, due_at, attempts, outcome, last_attempt_at"
OWNER = "acrm_owner"
CHECK = "acrm_check_rule_set()"
CHECK_SQL = Path(__file__).with_name("0010_alert_rules_sql.sql")
# 0010's lists of known and numeric rule fields, and the same lists with follow_up_days.
KNOWN_0010 = "'presentation_window_days', 'severity', 'title'];"
NUMBERS_0010 = "'cooldown_declined_days', 'cooldown_accepted_days', 'max_presentations',\n    'presentation_window_days'];"


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
    _sql(
        f"CREATE POLICY follow_up_insert ON {s}.queue_items FOR INSERT TO admin "
        f"WITH CHECK (kind = 'follow_up' AND assigned_to IS NULL AND rule_id <> '' "
        f"AND {me} IS NOT NULL)"
    )
    _replace_check(s, follow_ups=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _schema()
    _replace_check(s, follow_ups=False)
    _sql(f"DROP POLICY IF EXISTS follow_up_insert ON {s}.queue_items")
    _sql(f"DROP POLICY IF EXISTS take_pool ON {s}.queue_items")
    _sql(f"REVOKE UPDATE ({AGENT_COLUMNS}) ON {s}.queue_items FROM agent")


def _replace_check(s: str, *, follow_ups: bool) -> None:
    """0010's rule-set check, with follow_up_days among the known numeric fields or not."""
    template = CHECK_SQL.read_text(encoding="utf-8")
    if KNOWN_0010 not in template or NUMBERS_0010 not in template:
        raise RuntimeError(f"{CHECK_SQL.name} no longer lists the rule fields as 0014 expects")
    if follow_ups:
        template = template.replace(KNOWN_0010, KNOWN_0010[:-2] + ", 'follow_up_days'];")
        template = template.replace(NUMBERS_0010, NUMBERS_0010[:-2] + ", 'follow_up_days'];")
    literal = op.get_bind().execute(sa.text("SELECT quote_literal(current_schema())")).scalar()
    # Replacing a function takes its owner's rights (as in 0010).
    _sql(f"DO $$ BEGIN IF NOT pg_has_role(current_user, '{OWNER}', 'MEMBER') "
         f"THEN EXECUTE format('GRANT {OWNER} TO %I', current_user); END IF; END $$")  # fmt: skip
    statement = (
        template.replace("{s}", s)
        .replace("{pinned}", f"SET search_path = {s}, pg_catalog, pg_temp")
        .replace("{schema_literal}", literal)
    )
    _sql(statement.strip())
    _sql(f"ALTER FUNCTION {s}.{CHECK} OWNER TO {OWNER}")
    _sql(f"REVOKE ALL ON FUNCTION {s}.{CHECK} FROM PUBLIC")


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _schema() -> str:
    return op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
