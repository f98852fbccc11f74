"""The server's rule-set check knows propensity and champion/challenger fields

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 17:20:00

PostgreSQL only. acrm_check_rule_set (0010, with 0014's follow_up_days) refused every field it
did not know, so a rule set naming a `propensity`, a `challenger` or a `challenger_share`
(app/rules/definition.py) could be saved on a desk but never published to the shared server.
Now: propensity and challenger are text, challenger_share a number; a challenger must be
another rule's id (format, not itself, and present in the same set) with a share of 1-99, and
a share without a challenger is refused. The desk's parser checks the rest (a propensity
naming a number feature) before publishing; the server's check keeps a hand-typed INSERT from
publishing a set that no desk could read. Replacing the function keeps its owner (acrm_owner),
its pinned search_path (pg_temp last) and EXECUTE revoked from PUBLIC.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

OWNER = "acrm_owner"
CHECK = "acrm_check_rule_set()"
CHECK_SQL = Path(__file__).with_name("0010_alert_rules_sql.sql")
KNOWN_0010 = "'presentation_window_days', 'severity', 'title'];"
TEXTS_0010 = (
    "'valid_from', 'valid_to', 'requires_consent', 'repeat', 'entitlement', 'severity', 'title'];"
)
NUMBERS_0010 = "'cooldown_declined_days', 'cooldown_accepted_days', 'max_presentations',\n    'presentation_window_days'];"
LAST_CHECK = "        WHERE pg_catalog.length(item ->> f) > 2000 LIMIT 1;\n      END IF;"
EXPERIMENT_CHECKS = """        WHERE pg_catalog.length(item ->> f) > 2000 LIMIT 1;
      END IF;
      IF problem IS NULL AND pg_catalog.length(item ->> 'propensity') > 120 THEN
        field := 'propensity'; problem := 'at most 120 characters';
      ELSIF problem IS NULL AND coalesce(item ->> 'challenger', '') <> '' AND (
            (item ->> 'challenger') !~ '^[a-z0-9][a-z0-9_.-]{0,63}$'
            OR item ->> 'challenger' = rule_id) THEN
        field := 'challenger'; problem := 'must be the id of another rule';
      ELSIF problem IS NULL AND coalesce(item ->> 'challenger', '') <> ''
            AND coalesce((item ->> 'challenger_share')::numeric, 0) NOT BETWEEN 1 AND 99 THEN
        field := 'challenger_share'; problem := 'must be 1-99 (percent of customers)';
      ELSIF problem IS NULL AND coalesce(item ->> 'challenger', '') = ''
            AND coalesce((item ->> 'challenger_share')::numeric, 0) <> 0 THEN
        field := 'challenger_share'; problem := 'only a rule that names a challenger has one';
      END IF;"""
LOOP_END = "    seen := seen || rule_id;\n  END LOOP;\n"
CHALLENGERS_EXIST = """    seen := seen || rule_id;
  END LOOP;
  SELECT e.value ->> 'id', e.value ->> 'challenger' INTO rule_id, field
  FROM pg_catalog.jsonb_array_elements(doc) e
  WHERE coalesce(e.value ->> 'challenger', '') <> '' AND NOT (e.value ->> 'challenger' = ANY (seen))
  LIMIT 1;
  IF rule_id IS NOT NULL AND field IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = pg_catalog.format(
      'rule set version %s: rule %s, field challenger: no rule %s in this set',
      NEW.version, rule_id, field);
  END IF;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace_check(experiments=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace_check(experiments=False)


def _replace_check(*, experiments: bool) -> None:
    template = CHECK_SQL.read_text(encoding="utf-8")
    for anchor in (KNOWN_0010, TEXTS_0010, NUMBERS_0010, LAST_CHECK, LOOP_END):
        if anchor not in template:
            raise RuntimeError(f"{CHECK_SQL.name} no longer reads as 0022 expects: {anchor!r}")
    extra_known = ", 'follow_up_days'"
    extra_numbers = ", 'follow_up_days'"
    if experiments:
        extra_known += ", 'propensity', 'challenger', 'challenger_share'"
        extra_numbers += ", 'challenger_share'"
        template = template.replace(TEXTS_0010, TEXTS_0010[:-2] + ", 'propensity', 'challenger'];")
        template = template.replace(LAST_CHECK, EXPERIMENT_CHECKS)
        template = template.replace(LOOP_END, CHALLENGERS_EXIST)
    template = template.replace(KNOWN_0010, KNOWN_0010[:-2] + extra_known + "];")
    template = template.replace(NUMBERS_0010, NUMBERS_0010[:-2] + extra_numbers + "];")
    s = op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
    literal = op.get_bind().execute(sa.text("SELECT quote_literal(current_schema())")).scalar()
    # Replacing a function takes its owner's rights (as in 0010 and 0014).
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
