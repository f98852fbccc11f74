"""The team lead's queue: the table model alone, and the real window giving work to a member."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt

from app.models import OutboxEntry, QueueItem, Team, User
from app.services.contacts.service import ContactService
from app.services.queue.team_queue import QueueRow, TeamQueueService
from app.services.storage.db import Database
from app.views.tools.team_queue import TeamQueueModel, TeamQueueWindow
from tests.factories import make_customer, seed_wrapup_codes
from tests.gui.conftest import AGENT
from tests.sync_helpers import wrapup

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def queue_row(**changes) -> QueueRow:
    values = dict(id=uuid.uuid4(), kind="callback", due_at=NOW + timedelta(hours=1),
                  customer="C1 Anna Nowak", assignee="ewa", note="call back")  # fmt: skip
    values.update(changes)
    return QueueRow(**values)


def test_the_model_says_overdue_in_words_and_in_red_and_nobody_for_unassigned(qapp):
    model = TeamQueueModel(QLocale("en_GB"))
    late = queue_row(due_at=NOW - timedelta(hours=2), assignee="")
    model.set_rows([queue_row(), late], now=NOW)
    assert model.rowCount() == 2 and model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Due", "Kind", "Customer", "Assigned to", "Note"]
    text = [[model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert text[0][1:] == ["Callback", "C1 Anna Nowak", "ewa", "call back"]
    assert not text[0][0].endswith("overdue") and text[1][0].endswith(" · overdue")
    assert text[1][3] == "nobody"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


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
    """AGENT leads T1 with ewa and piotr; jan is in T2; ewa promised a callback."""
    seed_wrapup_codes(sqlite_db)
    add_person(sqlite_db, AGENT, "team_lead", "T1")
    add_person(sqlite_db, "ewa", "agent", "T1")
    add_person(sqlite_db, "piotr", "agent", "T1")
    add_person(sqlite_db, "jan", "agent", "T2")
    customer = make_customer(sqlite_db, external_id="C1", first_name="Anna", last_name="Nowak")
    start = wrapup(customer).ended_at
    ContactService(sqlite_db, "ewa").record(wrapup(customer, callback_at=start + timedelta(1)))
    return sqlite_db


def open_window(qtbot, runner, db: Database, login: str) -> TeamQueueWindow:
    window = TeamQueueWindow(runner, TeamQueueService(db, login), QLocale("en_GB"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.refresh()
    return window


def test_the_lead_gives_the_selected_item_to_a_member_with_the_keyboard(qtbot, runner, team):
    saved = []
    runner.writeCommitted.connect(lambda: saved.append(1))  # what wakes the sync
    window = open_window(qtbot, runner, team, AGENT)
    assert window.model.rowCount() == 1 and window.model.row(0).assignee == "ewa"
    members = [window.member.itemData(i) for i in range(window.member.count())]
    assert members == [AGENT, "ewa", "piotr"]  # the team only, jan is in T2
    assert not window.give.isEnabled()  # nothing selected yet
    window.table.selectionModel().select(
        window.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.member.setCurrentIndex(window.member.findData("piotr"))
    assert window.give.isEnabled()
    with qtbot.waitSignal(window.reassigned, timeout=5000) as given:
        qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert given.args == [1] and saved == [1]
    qtbot.waitUntil(lambda: window.model.row(0).assignee == "piotr", timeout=5000)
    assert window.member.currentData() == "piotr"  # the choice survives the reload
    with team.reading() as session:
        assert session.query(OutboxEntry).filter_by(operation="update").count() == 1
        piotr = session.query(User).filter_by(login="piotr").one()
        assert session.query(QueueItem).one().assigned_to == piotr.id


def test_an_agent_is_told_which_role_the_queue_needs(qtbot, runner, team):
    window = open_window(qtbot, runner, team, "ewa")
    assert window.model.rowCount() == 0 and not window.give.isEnabled()
    assert "needs the team_lead role" in window.summary.text()


def test_the_top_bar_shows_the_queue_button_to_team_leads_only(qtbot, services, runner, team):
    from app.views.shell.main_window import MainWindow

    win = MainWindow(services, runner, QLocale("pl_PL"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.tools.queue_button.isVisible(), timeout=5000)
    win.tools.open_queue()
    with qtbot.waitSignal(win.tools.queue.loaded, timeout=5000):
        pass
    assert win.tools.queue.model.rowCount() == 1
