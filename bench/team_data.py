"""A contact centre's worth of rows on PostgreSQL, made by the server itself (INSERT … SELECT).

10 teams of 20 agents and a lead each, 100,000 customers, 1,000,000 contacts and 1,000,000
offer presentations over the 90 days before `now` (about 950,000 outcomes: 10 % of the
presentations have none, 5 % two), 50,000 open queue items (a fifth in the teams' pools,
10,000 of them entries of 5 campaigns) and 20,000 callbacks closed in the last 30 days.
Rows are spread by arithmetic on the row number (so every build is the same), chosen so that
no team gets a share of one kind of row (an agent's team is a residue of the row number, so
the other choices use the row number divided first); triggers (feed, audit, foreign keys) are
off while loading, as for a restore.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Connection

TEAMS = 10
AGENTS = 200
CUSTOMERS = 100_000
CONTACTS = 1_000_000
PRESENTATIONS = 1_000_000
OPEN_ITEMS = 50_000
CLOSED_CALLBACKS = 20_000
CAMPAIGNS = 5
CAMPAIGN_ENTRIES = 2_000  # per campaign, among the open items
RULES = 30
SPAN = 90 * 86400  # seconds of history

CUSTOMER_ID = "md5('c' || (1 + ({n} * 7919) % {customers}))::uuid"

STEPS: list[tuple[str, str]] = [
    (
        "teams",
        f"""
INSERT INTO teams (id, name, created_at, updated_at)
SELECT md5('t' || g)::uuid, 'Team ' || lpad(g::text, 2, '0'), :now, :now
FROM generate_series(1::bigint, {TEAMS}) g""",
    ),
    (
        "agents and leads",
        f"""
INSERT INTO users (id, login, display_name, role, team_id, active, created_at, updated_at)
SELECT md5('u' || g)::uuid, 'agent' || lpad(g::text, 3, '0'), 'Agent ' || g, 'agent',
       md5('t' || (1 + (g - 1) % {TEAMS}))::uuid, true, :now, :now
FROM generate_series(1::bigint, {AGENTS}) g
UNION ALL
SELECT md5('l' || g)::uuid, 'lead' || lpad(g::text, 2, '0'), 'Lead ' || g, 'team_lead',
       md5('t' || g)::uuid, true, :now, :now
FROM generate_series(1::bigint, {TEAMS}) g""",
    ),
    (
        "customers",
        f"""
INSERT INTO customers (id, external_id, first_name, last_name, first_key, last_key, city,
                       segment, time_zone, created_at, updated_at)
SELECT md5('c' || g)::uuid, 'C' || lpad(g::text, 7, '0'), 'Jan', 'Nowak ' || g, 'jan',
       'nowak ' || g, 'Kraków', 'mass', 'Europe/Warsaw', :now, :now
FROM generate_series(1::bigint, {CUSTOMERS}) g""",
    ),
    (
        "contacts",
        f"""
INSERT INTO contacts (id, customer_id, channel, direction, agent_id, started_at, ended_at,
                      reason, outcome, notes, caller_number, created_at, updated_at)
SELECT gen_random_uuid(), {CUSTOMER_ID.format(n="g", customers=CUSTOMERS)}, 'phone',
       'inbound', md5('u' || (1 + (g * 7) % {AGENTS}))::uuid, s,
       CASE WHEN (g / 3) % 20 = 0 THEN NULL
            ELSE s + (60 + (g * 31) % 600) * interval '1 second' END,
       '', '', '', '', s, s
FROM generate_series(1::bigint, {CONTACTS}) g,
     LATERAL (SELECT CAST(:now AS timestamptz)
                     - ((g * 104729) % {SPAN}) * interval '1 second' AS s) t""",
    ),
    (
        "offer presentations",
        f"""
INSERT INTO offer_presentations (id, customer_id, rule_id, rule_version, action, agent_id,
                                 shown_at)
SELECT md5('p' || g)::uuid, {CUSTOMER_ID.format(n="g", customers=CUSTOMERS)},
       'R' || lpad((g % {RULES})::text, 2, '0'), 1, 'offer',
       md5('u' || (1 + (g * 11) % {AGENTS}))::uuid,
       CAST(:now AS timestamptz) - ((g * 15485863) % {SPAN}) * interval '1 second'
FROM generate_series(1::bigint, {PRESENTATIONS}) g""",
    ),
    (
        "offer outcomes",
        f"""
INSERT INTO offer_outcomes (id, presentation_id, customer_id, rule_id, rule_version, outcome,
                            reason, agent_id, recorded_at)
SELECT gen_random_uuid(), p.id, p.customer_id, p.rule_id, 1,
       (ARRAY['accepted', 'declined', 'declined', 'later', 'not_relevant', 'declined',
              'accepted'])[1 + (g + k) % 7],
       CASE WHEN (g + k) % 7 IN (1, 2, 5)
            THEN (ARRAY['not_interested', 'too_expensive', 'has_it_elsewhere', 'bad_moment',
                        'other'])[1 + g % 5] ELSE '' END,
       p.agent_id, p.shown_at + (60 + k * 3600) * interval '1 second'
FROM generate_series(1::bigint, {PRESENTATIONS}) g
JOIN offer_presentations p ON p.id = md5('p' || g)::uuid
CROSS JOIN generate_series(0, 1) k
WHERE (g / 7) % 10 <> 0 AND (k = 0 OR (g / 7) % 20 = 1)""",
    ),
    (
        "campaigns",
        f"""
INSERT INTO campaigns (id, name, rule_id, condition, action, channel, starts_on, ends_on,
                       team_id, cap, status, created_by, generated_at, rule_version,
                       created_at, updated_at)
SELECT md5('k' || g)::uuid, 'Campaign ' || g, 'R' || lpad(g::text, 2, '0'), '', 'offer',
       'phone', CAST(:now AS date) - 14, CAST(:now AS date) + 14,
       CASE WHEN g = 1 THEN NULL ELSE md5('t' || g)::uuid END, NULL, 'open', 'lead01', :now,
       1, :now, :now
FROM generate_series(1::bigint, {CAMPAIGNS}) g""",
    ),
    (
        "open queue items",
        f"""
INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, status, note,
                         reason, script, priority, window_end, attempts, max_attempts,
                         outcome, campaign_id, rule_id, action, created_at, updated_at)
SELECT gen_random_uuid(), kind,
       CASE WHEN kind = 'campaign' THEN md5('c' || (1 + (g * 7) % {CUSTOMERS}))::uuid
            ELSE {CUSTOMER_ID.format(n="g", customers=CUSTOMERS)} END,
       CASE WHEN (g / 5) % 5 = 0 THEN NULL ELSE md5('u' || agent)::uuid END,
       md5('t' || (1 + (agent - 1) % {TEAMS}))::uuid,
       due, CASE WHEN (g / 10) % 10 = 3 THEN 'in_progress' ELSE 'open' END, '', 'callback promised',
       '', g % 3, CASE WHEN kind = 'callback' THEN NULL ELSE due + interval '4 hours' END,
       g % 3, 3, '',
       CASE WHEN kind = 'campaign' THEN md5('k' || (1 + g % {CAMPAIGNS}))::uuid END,
       '', '', :now, :now
FROM generate_series(1::bigint, {OPEN_ITEMS}) g,
     LATERAL (SELECT 1 + (g * 13) % {AGENTS} AS agent,
                     CASE WHEN g <= {CAMPAIGNS * CAMPAIGN_ENTRIES} THEN 'campaign'
                          WHEN g % 2 = 0 THEN 'callback' ELSE 'follow_up' END AS kind,
                     CAST(:now AS timestamptz)
                     + (((g * 7919) % 864000) - 259200) * interval '1 second' AS due) x""",
    ),
    (
        "closed callbacks",
        f"""
INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, status, note,
                         reason, script, priority, attempts, max_attempts, last_attempt_at,
                         outcome, rule_id, action, created_at, updated_at)
SELECT gen_random_uuid(), 'callback', {CUSTOMER_ID.format(n="g", customers=CUSTOMERS)},
       md5('u' || agent)::uuid, md5('t' || (1 + (agent - 1) % {TEAMS}))::uuid, due, 'done',
       '', '', '', 0, 1, 3, due + ((g * 37) % 7200) * interval '1 second',
       CASE WHEN (g / 4) % 4 = 0 THEN 'no_answer' ELSE 'reached' END, '', '', :now, :now
FROM generate_series(1::bigint, {CLOSED_CALLBACKS}) g,
     LATERAL (SELECT 1 + (g * 17) % {AGENTS} AS agent,
                     CAST(:now AS timestamptz) - ((g * 7919) % 2592000) * interval '1 second'
                     AS due) x""",
    ),
]


def build(connection: Connection, now: datetime, say=print) -> None:
    """Insert everything in one transaction of `connection` (a superuser's)."""
    connection.execute(text("SET LOCAL session_replication_role = replica"))
    for what, statement in STEPS:
        result = connection.execute(text(statement), {"now": now})
        say(f"  {what}: {result.rowcount:,} rows")
