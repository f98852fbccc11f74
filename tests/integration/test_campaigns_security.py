"""Adversarial: campaigns and their entries on the shared server, as every group tries them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from app.services.admin import server_admin
from tests.security_helpers import (  # noqa: F401  (fixtures)
    NOW,
    PASSWORD,
    Cast,
    Person,
    cast,
    hardened_server,
    refused_or_nothing,
    run_as,
)

CAMPAIGN = (
    "INSERT INTO campaigns (id, name, rule_id, condition, action, channel, starts_on, ends_on, "
    "team_id, cap, status, created_by, created_at, updated_at) VALUES (%s, %s, 'mass_offer', '', "
    "'offer_savings', 'phone', '2026-11-01', NULL, %s, NULL, %s, %s, now(), now())"
)
ENTRY = (
    "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, status, note, "
    "campaign_id, created_at, updated_at) VALUES (%s, 'campaign', %s, %s, %s, now(), 'open', '', "
    "%s, now(), now())"
)


@dataclass
class Campaigns:
    cast: Cast
    other_lead: Person
    other_team: uuid.UUID
    own: uuid.UUID  # the team lead's team's campaign, open
    other: uuid.UUID  # the other team's, open
    centre: uuid.UUID  # the whole centre's, open
    closed: uuid.UUID  # the lead's team's, closed


@pytest.fixture
def world(cast: Cast) -> Iterator[Campaigns]:  # noqa: F811
    suffix = uuid.uuid4().hex[:6]
    other_name = f"Rivals {suffix}"
    created = server_admin.create_user(
        cast.db, f"rlead_{suffix}", "team_lead", other_name, PASSWORD
    )
    other_lead = Person(f"rlead_{suffix}", created.user_id, "team_lead")
    ids = [uuid.uuid4() for _ in range(4)]
    with cast.superuser() as conn:
        other_team = conn.execute("SELECT id FROM teams WHERE name = %s", (other_name,)).fetchone()[
            0
        ]
        for campaign_id, team, status, name in zip(
            ids, (cast.team_id, other_team, None, cast.team_id), ("open", "open", "open", "closed"),
            ("own", "other", "centre", "closed"), strict=True,
        ):  # fmt: skip
            conn.execute(CAMPAIGN, (campaign_id, f"{name} {suffix}", team, status, "setup"))
    yield Campaigns(cast, other_lead, other_team, *ids)


def insert_campaign(w: Campaigns, person: Person, team: uuid.UUID | None, **changes) -> str:
    values = {"created_by": person.login, "status": "open"} | changes
    params = (uuid.uuid4(), f"new {uuid.uuid4().hex[:8]}", team, values["status"],
              values["created_by"])  # fmt: skip
    return refused_or_nothing(w.cast, person, CAMPAIGN, params)


def insert_entry(w: Campaigns, person: Person, campaign: uuid.UUID, team, assigned=None) -> str:
    params = (uuid.uuid4(), w.cast.customers[0], assigned, team, campaign)
    return refused_or_nothing(w.cast, person, ENTRY, params)


@pytest.mark.parametrize("group", ["agent", "team_lead", "rule_author", "admin"])
def test_every_client_reads_campaigns(world: Campaigns, group: str) -> None:
    with world.cast.connect(world.cast.member(group)) as conn:
        seen = {row[0] for row in conn.execute("SELECT id FROM campaigns")}
    assert {world.own, world.other, world.centre, world.closed} <= seen


@pytest.mark.parametrize("group", ["agent", "rule_author"])
def test_agents_and_rule_authors_create_and_change_no_campaign(world: Campaigns, group) -> None:
    person = world.cast.member(group)
    assert insert_campaign(world, person, world.cast.team_id) == "42501"
    update = "UPDATE campaigns SET status = 'closed' WHERE id = %s"
    assert refused_or_nothing(world.cast, person, update, (world.own,)) == "42501"


def test_a_team_lead_creates_campaigns_for_their_own_team_only(world: Campaigns) -> None:
    lead = world.cast.team_lead
    assert insert_campaign(world, lead, world.other_team) == "42501"
    assert insert_campaign(world, lead, None) == "42501"  # the whole centre: administrators'
    assert insert_campaign(world, lead, world.cast.team_id, created_by="someone") == "42501"
    assert insert_campaign(world, lead, world.cast.team_id, status="closed") == "42501"
    assert run_as(world.cast, lead, CAMPAIGN, (uuid.uuid4(), "mine", world.cast.team_id,
                                                "open", lead.login)) == 1  # fmt: skip


def test_an_administrator_creates_campaigns_for_any_team_and_the_centre(world: Campaigns) -> None:
    boss = world.cast.admin
    for team in (world.other_team, None):
        params = (uuid.uuid4(), f"boss {uuid.uuid4().hex[:6]}", team, "open", boss.login)
        assert run_as(world.cast, boss, CAMPAIGN, params) == 1


def test_a_team_lead_cannot_change_another_teams_campaign(world: Campaigns) -> None:
    c, lead = world.cast, world.cast.team_lead
    close = "UPDATE campaigns SET status = 'closed' WHERE id = %s"
    assert refused_or_nothing(c, lead, close, (world.other,)) == ""  # hidden: no row touched
    assert refused_or_nothing(c, lead, close, (world.centre,)) == ""
    assert refused_or_nothing(c, world.other_lead, close, (world.own,)) == ""
    # Only status and generation stamps may change, and never the team or the target.
    move = "UPDATE campaigns SET team_id = %s WHERE id = %s"
    assert refused_or_nothing(c, lead, move, (world.other_team, world.own)) == "42501"
    rename = "UPDATE campaigns SET rule_id = 'x', name = 'x' WHERE id = %s"
    assert refused_or_nothing(c, lead, rename, (world.own,)) == "42501"
    assert refused_or_nothing(c, lead, "DELETE FROM campaigns WHERE id = %s",
                              (world.own,)) == "42501"  # fmt: skip
    assert run_as(c, lead, close, (world.own,)) == 1


def test_a_closed_campaign_stays_closed(world: Campaigns) -> None:
    reopen = "UPDATE campaigns SET status = 'open' WHERE id = %s"
    for person in (world.cast.team_lead, world.cast.admin):
        assert refused_or_nothing(world.cast, person, reopen, (world.closed,)) == ""


def test_an_administrator_closes_any_campaign(world: Campaigns) -> None:
    close = "UPDATE campaigns SET status = 'closed' WHERE id = %s"
    assert run_as(world.cast, world.cast.admin, close, (world.other,)) == 1
    assert run_as(world.cast, world.cast.admin, close, (world.centre,)) == 1


def test_entries_go_only_into_the_campaigns_own_team_pool(world: Campaigns) -> None:
    c, lead = world.cast, world.cast.team_lead
    assert insert_entry(world, lead, world.other, world.other_team) == "42501"
    assert insert_entry(world, lead, world.other, c.team_id) == "42501"  # not its team
    assert insert_entry(world, lead, world.own, world.other_team) == "42501"
    assert insert_entry(world, lead, world.centre, None) == "42501"
    assert insert_entry(world, lead, world.closed, c.team_id) == "42501"
    assert insert_entry(world, lead, world.own, c.team_id, c.agent.user_id) == "42501"
    assert insert_entry(world, world.other_lead, world.own, c.team_id) == "42501"
    # An agent's own item that names a campaign is not a campaign entry either.
    agent = c.agent
    assert insert_entry(world, agent, world.own, c.team_id, agent.user_id) == "42501"
    params = (uuid.uuid4(), c.customers[0], None, c.team_id, world.own)
    assert run_as(c, lead, ENTRY, params) == 1


def test_an_administrator_fills_any_campaigns_pool_but_its_own_team(world: Campaigns) -> None:
    c, boss = world.cast, world.cast.admin
    for campaign, team in ((world.centre, None), (world.other, world.other_team)):
        params = (uuid.uuid4(), c.customers[1], None, team, campaign)
        assert run_as(c, boss, ENTRY, params) == 1
    assert insert_entry(world, boss, world.centre, c.team_id) == "42501"
    assert insert_entry(world, boss, world.closed, c.team_id) == "42501"


def test_campaigns_are_on_the_feed_and_audited(world: Campaigns) -> None:
    c, lead = world.cast, world.cast.team_lead
    new = uuid.uuid4()
    assert run_as(c, lead, CAMPAIGN, (new, "fed", c.team_id, "open", lead.login)) == 1
    with c.superuser() as conn:
        feed = conn.execute("SELECT entity, op FROM change_log WHERE entity_key = %s",
                            (str(new),)).fetchall()  # fmt: skip
        audit = conn.execute("SELECT actor, action FROM audit_log WHERE target = %s",
                             (str(new),)).fetchall()  # fmt: skip
    assert feed == [("campaign", "insert")]
    assert audit == [(lead.login, "campaigns.insert")]


@pytest.mark.parametrize("group", ["agent", "team_lead", "admin"])
def test_no_client_writes_a_campaign_row_on_the_feed(world: Campaigns, group: str) -> None:
    bad = ("INSERT INTO change_log (txid, entity, entity_key, op, changed_at) "
           "VALUES (1, 'campaign', %s, 'insert', now())")  # fmt: skip
    person = world.cast.member(group)
    assert refused_or_nothing(world.cast, person, bad, (str(world.own),)) == "42501"


def test_a_campaign_feed_row_must_carry_a_uuid(world: Campaigns) -> None:
    with world.cast.superuser() as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute("INSERT INTO change_log (txid, entity, entity_key, op, changed_at) "
                     "VALUES (1, 'campaign', 'not-a-uuid; DROP', 'insert', now())")  # fmt: skip


def test_only_the_teams_lead_or_an_administrator_cancels_entries(world: Campaigns) -> None:
    c = world.cast
    with c.superuser() as conn:
        for campaign, team in ((world.own, c.team_id), (world.other, world.other_team)):
            conn.execute(ENTRY, (uuid.uuid4(), c.customers[0], None, team, campaign))
    cancel = "UPDATE queue_items SET status = 'cancelled' WHERE campaign_id = %s"
    assert refused_or_nothing(c, c.team_lead, cancel, (world.other,)) == ""
    assert refused_or_nothing(c, world.other_lead, cancel, (world.own,)) == ""
    # Pool entries of the agent's own team may be taken (0014), so the update reaches them and
    # its new rows are refused; either way the agent cancels nothing.
    assert refused_or_nothing(c, c.agent, cancel, (world.own,)) in ("", "42501")
    assert run_as(c, c.team_lead, cancel, (world.own,)) == 1
    assert run_as(c, c.admin, cancel, (world.other,)) == 1


def test_a_deactivated_lead_writes_no_campaign(world: Campaigns) -> None:
    c = world.cast
    with c.superuser() as conn:
        conn.execute("UPDATE users SET active = false WHERE login = %s", (c.team_lead.login,))
    assert insert_campaign(world, c.team_lead, c.team_id) == "42501"
