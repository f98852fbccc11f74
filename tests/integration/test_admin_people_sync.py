"""An administrator's desk changes people and teams on the server; other desks get them by sync."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, select, text

from app.models import Team, User
from app.services.admin.people import PeopleService
from tests.sync_helpers import add_server_user, open_desktop, unique_login


def test_an_admin_desk_writes_on_the_server_and_desks_pull_it(pg_url: str, tmp_path: Path):
    boss, agent = unique_login("boss"), unique_login("agent")
    add_server_user(pg_url, boss, role="admin", team="Biuro")
    add_server_user(pg_url, agent, role="agent", team="Kraków A")
    add_server_user(pg_url, unique_login("other"), role="agent", team="Warszawa B")
    engine = create_engine(pg_url)
    with engine.begin() as connection:  # the everyday administrator manages logins
        connection.execute(text(f'ALTER ROLE "{boss}" CREATEROLE'))
    engine.dispose()
    admin_desk = open_desktop(pg_url, boss, tmp_path / "boss.sqlite3")
    agent_desk = open_desktop(pg_url, agent, tmp_path / "agent.sqlite3")
    try:
        agent_desk.sync.run_once()
        people = PeopleService(admin_desk.db, boss, server=admin_desk.sync.server_database)
        assert people.on_server()
        assert agent in {p.login for p in people.people()}  # read on the server, not cached
        people.set_role(agent, "team_lead")
        people.move_team(agent, "Warszawa B")
        people.rename_team("Warszawa B", "Warszawa Centrum")
        agent_desk.sync.run_once()
        with agent_desk.db.reading() as session:
            row = session.execute(
                select(User.role, Team.name).join(Team, Team.id == User.team_id)
                .where(User.login == agent)
            ).one()  # fmt: skip
        assert tuple(row) == ("team_lead", "Warszawa Centrum")
    finally:
        admin_desk.close()
        agent_desk.close()
