"""The team lead's queue on the real desk: the top-bar button opens the workspace, whose Queue
tab lists the team's open items (the tab itself is tested in test_team_queue_tab.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale

from app.models import Team, User
from app.services.contacts.service import ContactService
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.gui.conftest import AGENT
from tests.sync_helpers import wrapup


def add_person(db: Database, login: str, role: str, team: str) -> None:
    with db.unit_of_work() as uow:
        found = uow.session.query(Team).filter_by(name=team).one_or_none()
        team_row = found or Team(name=team)
        uow.session.add(team_row)
        uow.session.flush()
        uow.session.add(User(login=login, display_name=login.title(), role=role,
                             team_id=team_row.id))  # fmt: skip
        uow.commit()


@pytest.fixture
def team(sqlite_db: Database) -> Database:
    """AGENT leads T1 with ewa; ewa promised a callback."""
    seed_wrapup_codes(sqlite_db)
    add_person(sqlite_db, AGENT, "team_lead", "T1")
    add_person(sqlite_db, "ewa", "agent", "T1")
    customer = make_customer(sqlite_db, external_id="C1", first_name="Anna", last_name="Nowak")
    start = wrapup(customer).ended_at
    ContactService(sqlite_db, "ewa").record(wrapup(customer, callback_at=start + timedelta(1)))
    return sqlite_db


def test_the_team_button_opens_the_workspace_with_the_teams_queue(qtbot, services, runner, team):
    from app.views.shell.main_window import MainWindow
    from app.views.team.campaigns_tab import CampaignsTab
    from app.views.team.queue_tab import TeamQueueTab

    win = MainWindow(services, runner, QLocale("pl_PL"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.tools.queue_button.isVisible(), timeout=5000)
    win.tools.queue_button.click()
    workspace = win.tools.workspace
    tabs = [workspace.tabs.widget(i) for i in range(workspace.tabs.count())]
    queue = next(tab for tab in tabs if isinstance(tab, TeamQueueTab))
    assert any(isinstance(tab, CampaignsTab) for tab in tabs)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=5000)
