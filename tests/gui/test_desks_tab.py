"""The console's Desks tab, real widgets: states in colour and words, sorting, filter, refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import update

from app.models import User
from app.models.enums import Role
from app.services.desks.health import DeskHealthService, DeskState
from app.services.storage.db import Database
from app.views.admin.console import AdminConsoleWindow
from app.views.admin.desks_model import ERROR, LOGIN, STATE, TINTS
from app.views.admin.desks_tab import DesksTab
from tests.gui.conftest import AGENT, desk_in
from tests.integration.test_desk_health_cli import DESKS, add_heartbeats

WAIT = 10_000


def cell(tab: DesksTab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.proxy.index(row, column).data(role)


def test_on_the_embedded_database_the_tab_says_there_is_no_server(qtbot, services, window):
    with services.db.unit_of_work() as uow:
        uow.session.execute(update(User).where(User.login == AGENT).values(role=Role.ADMIN.value))
        uow.commit()
    window.tools.open_admin_console()
    console = window.tools.admin_console
    qtbot.waitUntil(console.tabs.isEnabled, timeout=WAIT)
    titles = [console.tabs.tabText(i) for i in range(console.tabs.count())]
    tab = console.tabs.widget(titles.index("Desks"))
    assert "no shared server" in tab.summary.text()
    assert not tab.table.isEnabled() and tab.model.rowCount() == 0


@pytest.fixture
def desks_console(qtbot, runner, pg_url):
    add_heartbeats(pg_url, DESKS)
    server = Database(pg_url)
    console = AdminConsoleWindow(runner, lambda: True)
    tab = DesksTab(runner, DeskHealthService(lambda: server), QLocale("pl_PL"))
    console.add_tab(tab, "Desks")
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    yield console, tab
    server.dispose()


def test_desks_are_shown_most_urgent_first_with_colour_and_words(qtbot, desks_console) -> None:
    console, tab = desks_console
    console.refresh()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 5, timeout=WAIT)
    states = [cell(tab, r, STATE) for r in range(5)]
    assert states == ["Silent", "Failing", "Behind", "Behind", "Healthy"]
    assert [cell(tab, r, LOGIN) for r in range(5)][:2] == ["boris", "ewa"]
    assert cell(tab, 1, ERROR) == "server unreachable: timeout"
    assert cell(tab, 1, STATE, Qt.ItemDataRole.BackgroundRole) == TINTS[DeskState.FAILING]
    assert tab.summary.text() == "5 desks, 4 need attention."
    tab.table.sortByColumn(LOGIN, Qt.SortOrder.AscendingOrder)
    assert [cell(tab, r, LOGIN) for r in range(5)] == ["anna", "boris", "celina", "dawid", "ewa"]


def test_ctrl_f_filters_and_the_threshold_refreshes(qtbot, desks_console) -> None:
    console, tab = desks_console
    console.refresh()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 5, timeout=WAIT)
    qtbot.keyClick(console, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter.hasFocus()
    qtbot.keyClicks(tab.filter, "pc-05")
    assert tab.proxy.rowCount() == 1 and cell(tab, 0, LOGIN) == "ewa"
    tab.filter.clear()
    tab.minutes.setValue(20)  # boris, 16 minutes quiet, is no longer silent
    qtbot.waitUntil(lambda: tab.summary.text() == "5 desks, 3 need attention.", timeout=WAIT)
    boris = next(r for r in range(5) if cell(tab, r, LOGIN) == "boris")
    assert cell(tab, boris, STATE) == "Healthy"


def test_the_tab_speaks_polish_and_russian(qtbot, qapp, runner, monkeypatch) -> None:
    for locale, word in (("pl_PL", "Stan"), ("ru_RU", "Состояние")):
        with desk_in(qapp, monkeypatch, locale):
            tab = DesksTab(runner, DeskHealthService(None), QLocale(locale))
            qtbot.addWidget(tab)
            assert tab.model.headerData(STATE, Qt.Orientation.Horizontal) == word
            assert "Desks" not in tab.summary.text() and tab.summary.text()
