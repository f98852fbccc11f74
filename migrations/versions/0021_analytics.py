"""Analytics: model versions and per-customer scores (value, activity, churn, RFM, affinity)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06 16:40:00

Both dialects hold the tables; `acrm analytics refresh` writes a new version and its scores
in one transaction, so the previous version stays in force until the new one is complete.
CHECK constraints (both dialects) bound every value a rule or the card reads: probabilities
in [0, 1], levels among High/Medium/Low/'', RFM three digits 1-5 (or ''), texts of bounded
length; so a bad row never reaches a desk, and a desk's cache refuses one that did (the
feed skips and reports it).

PostgreSQL also gets (server part):
- change feed: statement triggers with transition tables through 0004's acrm_log_change
  (entities "analytics_model" keyed by version, "customer_score" keyed by customer_id; the
  function's table list and change_log's typed-key check extended, whatever stood there);
- grants: every client group reads (SELECT to agent, which the other groups hold); only
  admin inserts, updates and deletes (a refresh on the server runs as an administrator);
  a deactivated administrator's open session is refused (acrm_refuse_inactive, as 0015);
- JSON text checked to be JSON of the right shape (affinity an array, parameters and
  diagnostics objects).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

OWNER = "acrm_owner"
LEVELS = "('High', 'Medium', 'Low', '')"
MAX_AFFINITY = 20_000  # characters of one customer's picks (five products with their why)
MAX_PARAMETERS = 1_000_000  # a version's parameters: at most a few hundred association rules
MAX_DIAGNOSTICS = 100_000


def _digit(n: int) -> str:
    return f"substr(rfm, {n}, 1) IN ('1', '2', '3', '4', '5')"


SCORE_CHECKS = (
    ("p_alive", "p_alive IS NULL OR (p_alive >= 0 AND p_alive <= 1)"),
    ("churn_probability",
     "churn_probability IS NULL OR (churn_probability >= 0 AND churn_probability <= 1)"),
    ("expected_events",
     "expected_events_12m IS NULL OR (expected_events_12m >= 0 AND expected_events_12m <= 366)"),
    ("clv", "clv_12m IS NULL OR clv_12m >= 0"),
    ("weeks", "frequency >= 0 AND frequency <= 100000 AND recency_weeks >= 0 "
              "AND age_weeks >= recency_weeks AND age_weeks <= 10000"),
    ("value_tier", f"value_tier IN {LEVELS}"),
    ("churn_risk", f"churn_risk IN {LEVELS}"),
    ("churn_method", "churn_method IN ('p_alive', 'logistic', '')"),
    ("rfm", f"rfm = '' OR (length(rfm) = 3 AND {_digit(1)} AND {_digit(2)} AND {_digit(3)})"),
    ("segment_rfm", "length(segment_rfm) <= 40"),
    ("affinity", f"length(affinity) <= {MAX_AFFINITY}"),
)  # fmt: skip
MODEL_CHECKS = (
    ("version", "version >= 1"),
    ("customers", "customers >= 0"),
    ("computed_by", "length(computed_by) <= 63"),
    ("parameters", f"length(parameters) <= {MAX_PARAMETERS}"),
    ("diagnostics", f"length(diagnostics) <= {MAX_DIAGNOSTICS}"),
)
# PostgreSQL only: the JSON texts are JSON of the right shape (a cast error refuses too).
JSON_CHECKS = (
    ("analytics_models", "parameters_json", "json_typeof(parameters::json) = 'object'"),
    ("analytics_models", "diagnostics_json", "json_typeof(diagnostics::json) = 'object'"),
    ("customer_scores", "affinity_json", "json_typeof(affinity::json) = 'array'"),
)
FEED = {"analytics_models": ("analytics_model", "version"),
        "customer_scores": ("customer_score", "customer_id")}  # fmt: skip
FEED_LINES = ("WHEN 'analytics_models' THEN ARRAY['analytics_model', 'version'] "
              "WHEN 'customer_scores' THEN ARRAY['customer_score', 'customer_id'] ")  # fmt: skip
MARK = "ELSE NULL END;"
# change_log's typed keys (0015's list) with the two new entities.
UUID_ENTITIES = ("team", "user", "customer", "product", "transaction", "complaint", "consent",
                 "contact", "queue_item", "offer_presentation", "offer_outcome",
                 "entitlement", "campaign")  # fmt: skip
NUMBERED = ("rule_set_version",)


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
        *(sa.CheckConstraint(sql, name=op.f(f"ck_analytics_models_{name}"))
          for name, sql in MODEL_CHECKS),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_analytics_models")),
    )  # fmt: skip
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
        *(sa.CheckConstraint(sql, name=op.f(f"ck_customer_scores_{name}"))
          for name, sql in SCORE_CHECKS),
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
    )  # fmt: skip
    if op.get_bind().dialect.name == "postgresql":
        _server_up()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _server_down()
    op.drop_table("customer_scores")
    op.drop_table("analytics_models")


def _server_up() -> None:
    s = _scalar("SELECT quote_ident(current_schema())")
    for table, name, sql in JSON_CHECKS:
        _sql(f"ALTER TABLE {s}.{table} ADD CONSTRAINT ck_{table}_{name} CHECK ({sql})")
    _become_owner_member()
    _patch(s, "acrm_log_change()", MARK, FEED_LINES + MARK)
    for table, (entity, column) in FEED.items():
        for event, image in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            _sql(f"CREATE TRIGGER feed_{event.lower()} AFTER {event} ON {s}.{table} "
                 f"REFERENCING {image} TABLE AS changed_rows FOR EACH STATEMENT "
                 f"EXECUTE FUNCTION {s}.acrm_log_change('{entity}', '{column}')")  # fmt: skip
        _sql(f"CREATE TRIGGER refuse_inactive BEFORE INSERT OR UPDATE OR DELETE ON {s}.{table} "
             f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_refuse_inactive()")  # fmt: skip
        _sql(f"GRANT SELECT ON {s}.{table} TO agent")
        _sql(f"GRANT INSERT, UPDATE, DELETE ON {s}.{table} TO admin")
    _typed_feed(s, (*UUID_ENTITIES, "customer_score"), (*NUMBERED, "analytics_model"))


def _server_down() -> None:
    s = _scalar("SELECT quote_ident(current_schema())")
    _sql(f"DELETE FROM {s}.change_log WHERE entity IN ('analytics_model', 'customer_score')")
    _typed_feed(s, UUID_ENTITIES, NUMBERED)
    _become_owner_member()
    _patch(s, "acrm_log_change()", FEED_LINES + MARK, MARK)
    for table in FEED:
        _sql(f"REVOKE ALL ON {s}.{table} FROM agent, team_lead, rule_author, admin")


def _patch(s: str, function: str, old: str, new: str) -> None:
    """Replace `old` by `new` once in the function's definition as the server holds it."""
    text = _scalar(f"SELECT pg_get_functiondef('{s}.{function}'::regprocedure)")
    if old not in text:
        raise RuntimeError(f"{function} no longer reads as 0021 expects ({old!r} missing)")
    _sql(text.replace(old, new, 1))
    # CREATE OR REPLACE keeps owner and grants; said again so the guarantee does not rest on it.
    _sql(f"ALTER FUNCTION {s}.{function} OWNER TO {OWNER}")
    _sql(f"REVOKE ALL ON FUNCTION {s}.{function} FROM PUBLIC")


def _become_owner_member() -> None:
    # Replacing a function takes its owner's rights (as in 0010 and 0015).
    _sql(f"DO $$ BEGIN IF NOT pg_has_role(current_user, '{OWNER}', 'MEMBER') "
         f"THEN EXECUTE format('GRANT {OWNER} TO %I', current_user); END IF; END $$")  # fmt: skip


def _typed_feed(s: str, uuid_entities: tuple[str, ...], numbered: tuple[str, ...]) -> None:
    listed = ", ".join(f"'{e}'" for e in uuid_entities)
    counted = ", ".join(f"'{e}'" for e in numbered)
    check = (
        "op IN ('insert', 'update', 'delete') AND CASE "
        f"WHEN entity IN ({listed}) THEN entity_key ~ "
        "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' "
        f"WHEN entity IN ({counted}) THEN entity_key ~ '^[0-9]{{1,18}}$' "
        "WHEN entity IN ('wrapup_code', 'attribute_definition') THEN "
        "length(entity_key) BETWEEN 1 AND 64 AND entity_key !~ '[[:cntrl:]]' ELSE false END"
    )
    _sql(f"ALTER TABLE {s}.change_log DROP CONSTRAINT ck_change_log_typed")
    _sql(f"ALTER TABLE {s}.change_log ADD CONSTRAINT ck_change_log_typed CHECK ({check})")


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _scalar(statement: str):
    return op.get_bind().execute(sa.text(statement)).scalar()
