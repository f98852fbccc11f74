"""The console's People and Teams tabs, driven by the keyboard on real widgets.

The desk here is an embedded one (users and teams rows only); the server-side password is
shown by a tab over the real PostgreSQL.
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.services.admin.people import PeopleService
from app.views.admin.console import AdminConsoleWindow
from app.views.admin.people_tab import PeopleTab
from app.views.admin.teams_tab import TeamsTab
from tests.gui.conftest import AGENT, desk_in

WAIT = 5000
CTRL = Qt.KeyboardModifier.ControlModifier


def console_tabs(qtbot, services, window) -> tuple[PeopleTab, TeamsTab]:
    people = services.admin_people
    people.create_person(AGENT, "admin", "Kraków A", "Anna Nowak")
    people.create_person("cezary", "agent", "Kraków A", "Cezary Lis")
    people.create_team("Warszawa B")
    window.tools.open_admin_console()
    console = window.tools.admin_console
    console.resize(1024, 700)
    qtbot.waitUntil(console.tabs.isEnabled, timeout=WAIT)
    tab, teams = console.tabs.widget(0), console.tabs.widget(1)
    assert (console.tabs.tabText(0), console.tabs.tabText(1)) == ("People", "Teams")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    return tab, teams


def choose(qtbot, tab, login: str) -> None:
    """Ctrl+F, type the login, then down into the table: that person is current."""
    qtbot.keyClick(tab.window(), Qt.Key.Key_F, CTRL)
    assert tab.filter.hasFocus()
    tab.filter.clear()
    qtbot.keyClicks(tab.filter, login)
    tab.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: tab.selected_key() == login, timeout=WAIT)


def said(qtbot, tab, text: str) -> None:
    qtbot.waitUntil(lambda: text in tab.message.text(), timeout=WAIT)


def test_create_a_person_by_keyboard(qtbot, services, window) -> None:
    tab, _ = console_tabs(qtbot, services, window)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, CTRL)
    assert tab.panel.isVisible() and tab.login_edit.hasFocus()
    qtbot.keyClicks(tab.login_edit, "dorota")
    qtbot.keyClick(tab.login_edit, Qt.Key.Key_Tab)
    tab.name_edit.insert("Dorota Wąs")  # QTest types Latin-1 only
    tab.role_box.setCurrentIndex(tab.role_box.findData("team_lead"))
    tab.team_box.setCurrentText("Warszawa B")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    said(qtbot, tab, "dorota is saved.")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=WAIT)
    row = next(p for p in tab.model.rows() if p.login == "dorota")
    assert (row.display_name, row.role, row.team) == ("Dorota Wąs", "team_lead", "Warszawa B")
    qtbot.keyClick(tab.table, Qt.Key.Key_Escape)
    assert not tab.panel.isVisible()


def test_role_move_and_deactivate_by_keyboard(qtbot, services, window) -> None:
    tab, teams = console_tabs(qtbot, services, window)
    choose(qtbot, tab, "cezary")
    qtbot.keyClick(tab.table, Qt.Key.Key_R, CTRL)
    assert tab.role_box.hasFocus()
    tab.role_box.setCurrentIndex(tab.role_box.findData("team_lead"))
    qtbot.keyClick(tab.role_box, Qt.Key.Key_Return)
    said(qtbot, tab, "cezary: Agent → Team lead")
    choose(qtbot, tab, "cezary")
    qtbot.keyClick(tab.table, Qt.Key.Key_M, CTRL)
    tab.team_box.setCurrentText("Warszawa B")
    qtbot.keyClick(tab.team_box, Qt.Key.Key_Return)
    said(qtbot, tab, "cezary moved to Warszawa B; 0 open item(s) went back to the pool of Kraków A")
    choose(qtbot, tab, "cezary")
    qtbot.keyClick(tab.table, Qt.Key.Key_D, CTRL)
    said(qtbot, tab, "Deactivate cezary?")
    qtbot.keyClick(tab.apply_button, Qt.Key.Key_Return)
    said(qtbot, tab, "cezary is deactivated")
    qtbot.waitUntil(lambda: not {p.login: p.active for p in tab.model.rows()}["cezary"],
                    timeout=WAIT)  # fmt: skip
    teams.refresh()
    qtbot.waitUntil(lambda: [(t.name, t.leads) for t in teams.model.rows()] ==
                    [("Kraków A", ()), ("Warszawa B", ())], timeout=WAIT)  # fmt: skip


def test_refusals_are_said_in_the_panel(qtbot, services, window) -> None:
    tab, _ = console_tabs(qtbot, services, window)
    choose(qtbot, tab, AGENT)
    qtbot.keyClick(tab.table, Qt.Key.Key_R, CTRL)
    tab.role_box.setCurrentIndex(tab.role_box.findData("agent"))
    qtbot.keyClick(tab.role_box, Qt.Key.Key_Return)
    said(qtbot, tab, f"{AGENT} is the last active administrator")
    assert "a00000" in tab.message.styleSheet()
    choose(qtbot, tab, "cezary")
    qtbot.keyClick(tab.table, Qt.Key.Key_P, CTRL)
    qtbot.keyClick(tab.apply_button, Qt.Key.Key_Return)
    said(qtbot, tab, "exists only on the shared server")
    assert QApplication.activeModalWidget() is None


def test_teams_tab_creates_and_renames(qtbot, services, window) -> None:
    _, teams = console_tabs(qtbot, services, window)
    teams.window().tabs.setCurrentWidget(teams)
    teams.refresh()
    qtbot.waitUntil(lambda: teams.model.rowCount() == 2, timeout=WAIT)
    teams.table.setFocus()
    qtbot.keyClick(teams.table, Qt.Key.Key_N, CTRL)
    teams.name_edit.insert("Gdańsk C")
    qtbot.keyClick(teams.name_edit, Qt.Key.Key_Return)
    said(qtbot, teams, "Team Gdańsk C is created.")
    qtbot.waitUntil(lambda: teams.model.rowCount() == 3, timeout=WAIT)
    qtbot.keyClick(teams.window(), Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(teams.filter, "Gda")
    teams.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: teams.selected_key() == "Gdańsk C", timeout=WAIT)
    qtbot.keyClick(teams.table, Qt.Key.Key_F2)
    assert teams.name_edit.text() == "Gdańsk C"
    teams.name_edit.selectAll()
    qtbot.keyClicks(teams.name_edit, "Warszawa B")
    qtbot.keyClick(teams.name_edit, Qt.Key.Key_Return)
    said(qtbot, teams, "team 'Warszawa B' already exists")
    teams.name_edit.selectAll()
    qtbot.keyClicks(teams.name_edit, "Gdynia C")
    qtbot.keyClick(teams.name_edit, Qt.Key.Key_Return)
    said(qtbot, teams, "Team Gdańsk C is now called Gdynia C.")


@pytest.mark.parametrize("language", ["en_GB", "pl_PL", "ru_RU"])
def test_readable_at_1024_by_700(qtbot, qapp, monkeypatch, services, window, language) -> None:
    if language == "en_GB":
        _fits(qtbot, services, window, "People")
        return
    with desk_in(qapp, monkeypatch, language):
        _fits(qtbot, services, window, {"pl_PL": "Osoby", "ru_RU": "Сотрудники"}[language])


def _fits(qtbot, services, window, title: str) -> None:
    people = services.admin_people
    people.create_person(AGENT, "admin", "Kraków A", "Anna Nowak")
    window.tools.open_admin_console()
    console = window.tools.admin_console
    console.resize(1024, 700)
    qtbot.waitUntil(console.tabs.isEnabled, timeout=WAIT)
    assert console.tabs.tabText(0) == title
    tab = console.tabs.widget(0)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(tab.panel.isVisible, timeout=WAIT)
    for widget in (*_buttons(tab), tab.login_edit, tab.name_edit, tab.role_box, tab.team_box,
                   tab.apply_button, tab.close_button):  # fmt: skip
        left = widget.mapTo(tab, widget.rect().topLeft()).x()
        assert widget.isVisible() and left + widget.width() <= tab.width(), widget
        assert widget.width() >= widget.minimumSizeHint().width(), widget
    assert tab.table.height() >= 250


def _buttons(tab) -> list[QWidget]:
    return tab.actions_row.findChildren(QPushButton)


def test_a_generated_password_is_shown_once_and_never_logged(qtbot, runner, pg_db, caplog) -> None:
    """On the server (here as its superuser) the new person's password appears once."""
    caplog.set_level(logging.DEBUG)
    console = AdminConsoleWindow(runner, is_admin=lambda: True)
    tab = PeopleTab(runner, PeopleService(pg_db, actor="postgres"), QLocale("pl_PL"))
    console.add_tab(tab, "People")
    qtbot.addWidget(console)
    console.resize(1024, 700)
    console.show()
    qtbot.waitExposed(console)
    console.refresh()
    qtbot.waitUntil(console.tabs.isEnabled, timeout=WAIT)
    tab.start_create()  # Ctrl+N (the keyboard is walked on the embedded desk above)
    qtbot.keyClicks(tab.login_edit, "haslo_once")
    tab.team_box.setCurrentText("Zespol")
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.password.isVisible(), timeout=WAIT * 2)
    password = tab.password.text()
    assert len(password) >= 20 and tab.password.isReadOnly()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == password
    assert "shown only now" in tab.message.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: tab.team_box.findText("Zespol") >= 0, timeout=WAIT)  # teams too
    tab.start_move()  # the next action forgets it
    assert tab.password.text() == "" and not tab.password.isVisible()
    assert password not in caplog.text
