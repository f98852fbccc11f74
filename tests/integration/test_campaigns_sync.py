"""Campaigns through sync: a lead's desk creates and generates, the server takes it, other
desks see it; what the server's policies refuse stays refused, whatever a desk writes."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select, text

from app.models import Campaign, QueueItem, Team
from app.services.campaigns.service import CampaignService
from app.services.campaigns.values import CampaignSpec
from app.services.storage.db import Database
from tests.factories import make_customer
from tests.integration.campaign_helpers import AT
from tests.rule_fixtures import AFFLUENT, MASS, publish
from tests.sync_helpers import add_server_user, open_desktop, unique_login


def server_with_base(pg_url: str) -> tuple[Database, dict[str, str]]:
    server = Database(pg_url)
    for ext, segment in (("C1", "mass"), ("C2", "mass"), ("C3", "affluent")):
        make_customer(server, ext, segment=segment)
    publish(server, [MASS, AFFLUENT])
    logins = {role: unique_login(role[:4]) for role in ("team_lead", "admin", "agent")}
    for role, login in logins.items():
        add_server_user(pg_url, login, role=role, team="T1")
    add_server_user(pg_url, unique_login("rival"), role="team_lead", team="T2")
    return server, logins


def on_server(server: Database, sql: str, **params) -> list:
    with server.engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def test_a_leads_campaign_reaches_the_server_and_the_other_desks(
    pg_url, tmp_path, _sqlite_template
) -> None:
    server, logins = server_with_base(pg_url)
    lead = open_desktop(pg_url, logins["team_lead"], tmp_path / "lead.sqlite3", _sqlite_template)
    agent = open_desktop(pg_url, logins["agent"], tmp_path / "agent.sqlite3", _sqlite_template)
    try:
        lead.sync.run_once()
        service = CampaignService(lead.db, lead.login)
        service.create(CampaignSpec("Autumn", rule_id="mass_offer", team="T1",
                                    starts_on=date(2026, 11, 1)))  # fmt: skip
        assert service.generate("Autumn", AT).added == 2
        assert lead.sync.run_once().rejected == ()
        rows = on_server(server, "SELECT c.name, c.status, c.generated_at IS NOT NULL, "
                         "count(q.id) FROM campaigns c JOIN queue_items q ON q.campaign_id = c.id "
                         "GROUP BY c.name, c.status, c.generated_at")  # fmt: skip
        assert rows == [("Autumn", "open", True, 2)]
        agent.sync.run_once()
        with agent.db.reading() as session:
            assert session.scalar(select(Campaign.name)) == "Autumn"
            kinds = list(session.scalars(select(QueueItem.kind)))
        assert kinds == ["campaign", "campaign"]
        service.close("Autumn")
        assert lead.sync.run_once().rejected == ()
        assert on_server(server, "SELECT DISTINCT status FROM queue_items") == [("cancelled",)]
        assert on_server(server, "SELECT status FROM campaigns") == [("closed",)]
    finally:
        lead.close()
        agent.close()
        server.dispose()


def test_an_administrators_centre_wide_campaign_goes_through(
    pg_url, tmp_path, _sqlite_template
) -> None:
    server, logins = server_with_base(pg_url)
    boss = open_desktop(pg_url, logins["admin"], tmp_path / "boss.sqlite3", _sqlite_template)
    try:
        boss.sync.run_once()
        service = CampaignService(boss.db, boss.login)
        service.create(CampaignSpec("Centre", rule_id="mass_offer"))
        assert service.generate("Centre", AT).added == 2
        assert boss.sync.run_once().rejected == ()
        rows = on_server(server, "SELECT team_id, assigned_to FROM queue_items")
        assert rows == [(None, None), (None, None)]
    finally:
        boss.close()
        server.dispose()


def test_a_tampered_desk_cannot_run_another_teams_campaign(
    pg_url, tmp_path, _sqlite_template
) -> None:
    server, logins = server_with_base(pg_url)
    lead = open_desktop(pg_url, logins["team_lead"], tmp_path / "lead.sqlite3", _sqlite_template)
    try:
        lead.sync.run_once()
        with lead.db.unit_of_work() as uow:  # written past the service's checks
            rival = uow.session.scalar(select(Team.id).where(Team.name == "T2"))
            uow.add_synced(Campaign(id=uuid.uuid4(), name="Theirs", rule_id="mass_offer",
                                    action="offer_savings", starts_on=date(2026, 11, 1),
                                    team_id=rival, created_by=lead.login))  # fmt: skip
            uow.commit()
        report = lead.sync.run_once()
        assert len(report.rejected) == 1 and "campaign" in report.rejected[0].message
        assert on_server(server, "SELECT count(*) FROM campaigns") == [(0,)]
    finally:
        lead.close()
        server.dispose()
