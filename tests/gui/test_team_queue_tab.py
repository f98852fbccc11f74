"""The team queue tab on a real SQLite file with the real TeamQueueService: bulk and
drag-and-drop reassignment really reassign, a refusal keeps the rows, filter and sort."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.models import OutboxEntry, QueueItem, User
from app.services.contacts.service import ContactService
from app.services.queue.team_queue import QueueRow, TeamQueueService
from app.services.storage.db import Database
from app.views.team.queue_model import ITEMS_MIME, SORT_ROLE, QueueTabModel, item_ids
from app.views.team.queue_tab import TeamQueueTab
from tests.factories import make_customer, seed_wrapup_codes
from tests.gui.conftest import AGENT
from tests.gui.test_team_queue import add_person
from tests.sync_helpers import wrapup

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def test_the_model_names_its_columns_sorts_by_time_and_drags_item_ids(qapp):
    model = QueueTabModel(QLocale("en_GB"))
    late = QueueRow(uuid.uuid4(), "callback", NOW - timedelta(hours=3), "C2 Jan Nowak", "",
                    "wants the rate")  # fmt: skip
    soon = QueueRow(uuid.uuid4(), "callback", NOW + timedelta(days=2), "C1 Anna Kot", "ewa",
                    "call back")  # fmt: skip
    model.set_rows([soon, late], now=NOW)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Kind", "Due", "Customer", "Assigned to", "Reason / note"]
    assert model.index(1, QueueTabModel.DUE).data().endswith(" · overdue")
    assert model.index(1, QueueTabModel.ASSIGNEE).data() == "nobody"
    assert model.index(0, QueueTabModel.KIND).data() == "Callback"
    # Due sorts by the moment, not by the day-first text.
    assert model.index(1, QueueTabModel.DUE).data(SORT_ROLE) < model.index(
        0, QueueTabModel.DUE).data(SORT_ROLE)  # fmt: skip
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([model.index(1, 0), model.index(1, 3), model.index(0, 2)])
    assert mime.hasFormat(ITEMS_MIME)
    assert item_ids(mime) == [str(soon.id), str(late.id)]


@pytest.fixture
def team(sqlite_db: Database) -> Database:
    """AGENT leads T1 with ewa and piotr (jan is in T2); ewa promised three callbacks."""
    seed_wrapup_codes(sqlite_db)
    add_person(sqlite_db, AGENT, "team_lead", "T1")
    add_person(sqlite_db, "ewa", "agent", "T1")
    add_person(sqlite_db, "piotr", "agent", "T1")
    add_person(sqlite_db, "jan", "agent", "T2")
    people = (("C1", "Anna", "Nowak"), ("C2", "Jan", "Kowalski"), ("C3", "Olga", "Wiśniewska"))
    for days, (external, first, last) in enumerate(people, start=1):
        customer = make_customer(sqlite_db, external_id=external, first_name=first,
                                 last_name=last)  # fmt: skip
        start = wrapup(customer).ended_at
        ContactService(sqlite_db, "ewa").record(
            wrapup(customer, callback_at=start + timedelta(days))
        )
    return sqlite_db


def open_tab(qtbot, runner, db: Database, login: str = AGENT) -> TeamQueueTab:
    tab = TeamQueueTab(runner, TeamQueueService(db, login), QLocale("en_GB"))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.refresh()
    return tab


def select_rows(tab: TeamQueueTab, *customers: str) -> list[str]:
    tab.table.clearSelection()
    for row in range(tab.proxy.rowCount()):
        text = tab.proxy.index(row, tab.model.CUSTOMER).data()
        if any(text.startswith(c + " ") for c in customers):
            tab.table.selectionModel().select(
                tab.proxy.index(row, 0),
                tab.table.selectionModel().SelectionFlag.Select
                | tab.table.selectionModel().SelectionFlag.Rows)  # fmt: skip
    return tab.selected_ids()


def assignees(db: Database) -> dict[str, str]:
    with db.reading() as session:
        logins = {user.id: user.login for user in session.query(User)}
        return {str(item.id): logins.get(item.assigned_to, "") for item in
                session.query(QueueItem)}  # fmt: skip


def test_bulk_reassignment_with_ctrl_r_gives_the_rows_to_the_member(qtbot, runner, team):
    tab = open_tab(qtbot, runner, team)
    assert tab.model.rowCount() == 3
    assert tab.members.logins() == [AGENT, "ewa", "piotr"]  # the team only
    ids = select_rows(tab, "C1", "C3")
    assert len(ids) == 2
    tab.members.select_login("piotr")
    assert tab.give.isEnabled()
    loaded, reassigned = tab.loaded, tab.reassigned
    with (
        qtbot.waitSignal(loaded, timeout=5000),
        qtbot.waitSignal(reassigned, timeout=5000) as given,
    ):
        qtbot.keyClick(tab.members, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert given.args == [2]
    stored = assignees(team)
    assert [stored[i] for i in ids] == ["piotr", "piotr"]
    assert sorted(stored.values()) == ["ewa", "piotr", "piotr"]
    with team.reading() as session:
        assert session.query(OutboxEntry).filter_by(operation="update").count() == 2
    shown = {str(row.id): row.assignee for row in tab.model.rows()}
    assert shown == stored
    assert sorted(tab.selected_ids()) == sorted(ids)  # the selection survives the reload
    assert tab.members.current_login() == "piotr"
    assert "Piotr — 2 open" in tab.members.currentItem().text()


def drop_on_member(qtbot, tab: TeamQueueTab, login: str) -> None:
    """What a mouse drag delivers: the table's own drag data, dropped on the member's row."""
    indexes = tab.table.selectionModel().selectedIndexes()
    mime = tab.proxy.mimeData(indexes)
    row = tab.members.logins().index(login)
    at = QPointF(tab.members.visualItemRect(tab.members.item(row)).center())
    target = tab.members.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(at.toPoint(), move, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    over = QDragMoveEvent(at.toPoint(), move, mime, buttons, mods)
    QApplication.sendEvent(target, over)
    assert over.isAccepted() and tab.members.current_login() == login
    QApplication.sendEvent(target, QDropEvent(at, move, mime, buttons, mods))


def test_dropping_selected_rows_on_a_member_reassigns_them(qtbot, runner, team):
    tab = open_tab(qtbot, runner, team)
    ids = select_rows(tab, "C2", "C3")
    loaded, reassigned = tab.loaded, tab.reassigned
    with (
        qtbot.waitSignal(loaded, timeout=5000),
        qtbot.waitSignal(reassigned, timeout=5000) as given,
    ):
        drop_on_member(qtbot, tab, "piotr")
    assert given.args == [2]
    stored = assignees(team)
    assert [stored[i] for i in ids] == ["piotr", "piotr"]
    assert [row.assignee for row in tab.model.rows() if str(row.id) in ids] == ["piotr"] * 2


def test_something_else_dropped_on_the_members_is_ignored(qtbot, runner, team):
    from PySide6.QtCore import QMimeData

    tab = open_tab(qtbot, runner, team)
    mime = QMimeData()
    mime.setText("not queue items")
    event = QDragEnterEvent(tab.members.visualItemRect(tab.members.item(0)).center(),
                            Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(tab.members.viewport(), event)
    assert not event.isAccepted()


def test_a_refusal_is_said_in_words_and_the_rows_stay(qtbot, runner, team):
    tab = open_tab(qtbot, runner, team)
    ids = select_rows(tab, "C1", "C2")
    tab.members.select_login("piotr")
    before, rows_before = assignees(team), tab.model.rows()
    with team.unit_of_work() as uow:  # piotr left the team since the tab was read
        uow.session.query(User).filter_by(login="piotr").update({"active": False})
        uow.commit()
    with qtbot.waitSignal(tab.refused, timeout=5000):
        tab.give.click()
    assert tab.message.isVisible()
    assert tab.message.text() == "to: no active person with the login 'piotr'"
    assert assignees(team) == before  # nothing written, not even for the first item
    assert tab.model.rows() == rows_before and sorted(tab.selected_ids()) == sorted(ids)
    assert tab.give.isEnabled()  # the lead may pick someone else and try again


def test_an_agent_is_told_which_role_the_tab_needs(qtbot, runner, team):
    tab = open_tab(qtbot, runner, team, "ewa")
    assert tab.model.rowCount() == 0 and not tab.give.isEnabled()
    assert "needs the team_lead role" in tab.message.text()


def test_filter_and_sort_by_the_keyboard(qtbot, runner, team):
    tab = open_tab(qtbot, runner, team)
    tab.filter.setFocus()
    qtbot.keyClicks(tab.filter, "kowal")
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.index(0, tab.model.CUSTOMER).data() == "C2 Jan Kowalski"
    assert "1 shown" in tab.summary.text()
    tab.filter.clear()
    assert tab.proxy.rowCount() == 3
    customers = [tab.proxy.index(r, tab.model.CUSTOMER).data() for r in range(3)]
    assert customers == ["C1 Anna Nowak", "C2 Jan Kowalski", "C3 Olga Wiśniewska"]  # by due
    tab.table.sortByColumn(tab.model.DUE, Qt.SortOrder.DescendingOrder)
    customers = [tab.proxy.index(r, tab.model.CUSTOMER).data() for r in range(3)]
    assert customers[0] == "C3 Olga Wiśniewska"
    # Tab from the filter lands on the table with a row selected, ready for Ctrl+R.
    tab.filter.setFocus()
    qtbot.keyClick(tab.filter, Qt.Key.Key_Tab)
    assert tab.table.hasFocus() and len(tab.selected_ids()) == 1


def test_refresh_coalesces_while_a_load_runs(qtbot, runner, team):
    tab = open_tab(qtbot, runner, team)
    ids = select_rows(tab, "C2")
    before = tab._loader.loads
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        for _ in range(4):
            tab.refresh()
    qtbot.waitUntil(lambda: not tab._loader.busy, timeout=5000)
    assert tab._loader.loads - before == 2
    assert tab.selected_ids() == ids
