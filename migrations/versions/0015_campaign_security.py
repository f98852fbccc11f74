"""Campaigns on the server: grants, row-level security, change feed, audit; campaign entries

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 11:00:00

PostgreSQL only (SQLite has no roles). Every client reads campaigns; a team lead creates and
changes their own team's campaigns, an administrator any (the whole centre's too); agents
and rule authors none. A closed campaign is final: no policy lets anyone update it again.
Campaigns announce themselves on the change feed as entity "campaign" (keyed by a UUID) and
every change is audited. Campaign entries (queue items naming a campaign) may be inserted
only into the pool (nobody assigned) of the campaign's own team (NULL: the whole centre),
only while the campaign is open, and only by its team's lead or an administrator; an
administrator may insert and cancel entries of any campaign, centre-wide ones included.

The feed and audit trigger functions of 0004 list the tables they serve; "campaigns" is
added to the function as it stands (whatever 0014 did to it), so no other change is undone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

OWNER = "acrm_owner"
FEED_LINE = "WHEN 'campaigns' THEN ARRAY['campaign', 'id'] "
AUDIT_LINE = "WHEN 'campaigns' THEN 'id' "
MARK = "ELSE NULL END;"
# 0004's typed feed, with "campaign" among the entities keyed by a UUID.
UUID_ENTITIES = ("team", "user", "customer", "product", "transaction", "complaint", "consent",
                 "contact", "queue_item", "offer_presentation", "offer_outcome",
                 "entitlement")  # fmt: skip
LEAD_COLUMNS = "status, generated_at, rule_version, updated_at"
ENTRY = (
    "campaign_id IS NULL OR (kind = 'campaign' AND assigned_to IS NULL AND EXISTS ("
    "SELECT 1 FROM {s}.campaigns c WHERE c.id = {s}.queue_items.campaign_id "
    "AND c.status = 'open' "
    "AND c.team_id IS NOT DISTINCT FROM {s}.queue_items.team_id "
    "AND (c.team_id = {s}.acrm_current_team_id() "
    "OR pg_catalog.pg_has_role(current_user, 'admin', 'MEMBER'))))"
)
CAMPAIGN_POLICIES = (
    ("read_all", "FOR SELECT USING (true)"),
    ("lead_insert", "FOR INSERT TO team_lead WITH CHECK (team_id = {s}.acrm_current_team_id() "
                    "AND created_by = current_user AND status = 'open')"),
    ("admin_insert", "FOR INSERT TO admin WITH CHECK (created_by = current_user "
                     "AND status = 'open')"),
    ("lead_update", "FOR UPDATE TO team_lead USING (team_id = {s}.acrm_current_team_id() "
                    "AND status = 'open') WITH CHECK (team_id = {s}.acrm_current_team_id())"),
    ("admin_update", "FOR UPDATE TO admin USING (status = 'open') WITH CHECK (true)"),
)  # fmt: skip
ENTRY_POLICIES = (
    ("campaign_entries", f"AS RESTRICTIVE FOR INSERT WITH CHECK ({ENTRY})"),
    ("admin_campaign_insert", "FOR INSERT TO admin WITH CHECK (campaign_id IS NOT NULL)"),
    ("admin_campaign_update", "FOR UPDATE TO admin USING (campaign_id IS NOT NULL) "
                              "WITH CHECK (campaign_id IS NOT NULL)"),
)  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _scalar("SELECT quote_ident(current_schema())")
    _become_owner_member()
    _patch(s, "acrm_log_change()", MARK, FEED_LINE + MARK)
    _patch(s, "acrm_audit()", MARK, AUDIT_LINE + MARK)
    for event, image in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        _sql(f"CREATE TRIGGER feed_{event.lower()} AFTER {event} ON {s}.campaigns "
             f"REFERENCING {image} TABLE AS changed_rows FOR EACH STATEMENT "
             f"EXECUTE FUNCTION {s}.acrm_log_change('campaign', 'id')")  # fmt: skip
    _sql(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON {s}.campaigns "
         f"FOR EACH ROW EXECUTE FUNCTION {s}.acrm_audit('id')")  # fmt: skip
    _sql(f"CREATE TRIGGER refuse_inactive BEFORE INSERT OR UPDATE OR DELETE ON {s}.campaigns "
         f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_refuse_inactive()")  # fmt: skip
    _typed_feed(s, (*UUID_ENTITIES, "campaign"))
    _sql(f"GRANT SELECT ON {s}.campaigns TO agent")
    _sql(f"GRANT INSERT ON {s}.campaigns TO team_lead")
    _sql(f"GRANT UPDATE ({LEAD_COLUMNS}) ON {s}.campaigns TO team_lead")
    _sql(f"ALTER TABLE {s}.campaigns ENABLE ROW LEVEL SECURITY")
    for name, body in CAMPAIGN_POLICIES:
        _sql(f"CREATE POLICY {name} ON {s}.campaigns {body.format(s=s)}")
    for name, body in ENTRY_POLICIES:
        _sql(f"CREATE POLICY {name} ON {s}.queue_items {body.format(s=s)}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    s = _scalar("SELECT quote_ident(current_schema())")
    for name, _body in ENTRY_POLICIES:
        _sql(f"DROP POLICY IF EXISTS {name} ON {s}.queue_items")
    for name, _body in CAMPAIGN_POLICIES:
        _sql(f"DROP POLICY IF EXISTS {name} ON {s}.campaigns")
    _sql(f"ALTER TABLE {s}.campaigns DISABLE ROW LEVEL SECURITY")
    _sql(f"REVOKE ALL ON {s}.campaigns FROM agent, team_lead, rule_author, admin")
    _sql(f"DELETE FROM {s}.change_log WHERE entity = 'campaign'")
    _typed_feed(s, UUID_ENTITIES)
    for trigger in ("feed_insert", "feed_update", "feed_delete", "audit", "refuse_inactive"):
        _sql(f"DROP TRIGGER IF EXISTS {trigger} ON {s}.campaigns")
    _become_owner_member()
    _patch(s, "acrm_audit()", AUDIT_LINE + MARK, MARK)
    _patch(s, "acrm_log_change()", FEED_LINE + MARK, MARK)


def _patch(s: str, function: str, old: str, new: str) -> None:
    """Replace `old` by `new` once in the function's definition as the server holds it."""
    text = _scalar(f"SELECT pg_get_functiondef('{s}.{function}'::regprocedure)")
    if old not in text:
        raise RuntimeError(f"{function} no longer reads as 0015 expects ({old!r} missing)")
    _sql(text.replace(old, new, 1))
    # CREATE OR REPLACE keeps owner and grants; said again so the guarantee does not rest on it.
    _sql(f"ALTER FUNCTION {s}.{function} OWNER TO {OWNER}")
    _sql(f"REVOKE ALL ON FUNCTION {s}.{function} FROM PUBLIC")


def _become_owner_member() -> None:
    # Replacing a function takes its owner's rights (as in 0010).
    _sql(f"DO $$ BEGIN IF NOT pg_has_role(current_user, '{OWNER}', 'MEMBER') "
         f"THEN EXECUTE format('GRANT {OWNER} TO %I', current_user); END IF; END $$")  # fmt: skip


def _typed_feed(s: str, uuid_entities: tuple[str, ...]) -> None:
    listed = ", ".join(f"'{e}'" for e in uuid_entities)
    check = (
        "op IN ('insert', 'update', 'delete') AND CASE "
        f"WHEN entity IN ({listed}) THEN entity_key ~ "
        "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' "
        "WHEN entity = 'rule_set_version' THEN entity_key ~ '^[0-9]{1,18}$' "
        "WHEN entity IN ('wrapup_code', 'attribute_definition') THEN "
        "length(entity_key) BETWEEN 1 AND 64 AND entity_key !~ '[[:cntrl:]]' ELSE false END"
    )
    _sql(f"ALTER TABLE {s}.change_log DROP CONSTRAINT ck_change_log_typed")
    _sql(f"ALTER TABLE {s}.change_log ADD CONSTRAINT ck_change_log_typed CHECK ({check})")


def _sql(statement: str) -> None:
    op.execute(sa.text(statement))


def _scalar(statement: str):
    return op.get_bind().execute(sa.text(statement)).scalar()
