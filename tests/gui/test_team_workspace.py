"""The team workspace window offscreen: tabs, period, filter, CSV, refresh, coalescing, errors.

The report service is a stand-in (tests/gui/team_fakes.py): the figures themselves are tested
with the service; here the window is tested for what it asks and what it shows.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from app.services.errors import AcrmError
from app.services.reports.figures import Period
from app.views.team.agents_model import AgentsModel
from app.views.team.period import CUSTOM, WEEK
from app.views.team.window import TeamWorkspaceWindow
from tests.gui.team_fakes import FakeReports, agent, offer

NOW = datetime(2026, 12, 4, 10, 30, tzinfo=UTC)  # a Friday
TODAY = NOW.date()
WAIT = 5000


@pytest.fixture
def reports() -> FakeReports:
    hours = tuple(5 if 8 <= h < 11 else 0 for h in range(24))
    return FakeReports(
        agents=[agent("ewa", display_name="Ewa Kowalczyk", contacts=12),
                agent("piotr", display_name="Piotr Nowak", contacts=9),
                agent("jan", display_name="Jan Zieliński", contacts=30)],
        offers=[offer("card_upgrade"), offer("deposit", presented=0, accepted=0,
                                             conversion=None, conversion_low=None,
                                             conversion_high=None)],
        today=hours, last_week=tuple(2 * n for n in hours),
    )  # fmt: skip


def open_workspace(qtbot, runner, reports, lead: bool = True) -> TeamWorkspaceWindow:
    window = TeamWorkspaceWindow(runner, reports, lambda: lead, QLocale("en_GB"), tz="UTC",
                                 clock=lambda: NOW)  # fmt: skip
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        window.refresh()
    return window


def shown(tab, column: int) -> list[str]:
    return [tab.proxy.index(r, column).data() for r in range(tab.proxy.rowCount())]


def test_tabs_show_agents_offers_and_hours(qtbot, runner, reports) -> None:
    window = open_workspace(qtbot, runner, reports)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Agents", "Offers", "Hours"]
    assert shown(window.agents, AgentsModel.AGENT) == ["Ewa Kowalczyk", "Jan Zieliński",
                                                      "Piotr Nowak"]  # fmt: skip
    assert window.offers.proxy.rowCount() == 2
    assert window.hours.shown_agents == [("Jan Zieliński", 30), ("Ewa Kowalczyk", 12),
                                         ("Piotr Nowak", 9)]  # fmt: skip
    assert list(window.hours.today.getData()[1])[8:11] == [5, 5, 5]
    assert list(window.hours.last_week.getData()[1])[8:11] == [10, 10, 10]
    assert (
        window.hours.summary.text()
        == "15 contact(s) today · 30 by this hour on the same weekday last week"
    )
    assert window.updated.text() == "updated 10:30"
    assert window.error.text() == "" and not window.notice.isVisible()
    # Today is the default period; the chart's agents are today's, read once.
    day = Period(TODAY, TODAY, "UTC")
    assert reports.calls == [("agents", day), ("offers", day), ("hourly", TODAY)]


def test_the_period_picker_changes_what_the_service_is_asked(qtbot, runner, reports) -> None:
    window = open_workspace(qtbot, runner, reports)
    reports.calls.clear()
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        window.period.choose(WEEK)
    week = Period(date(2026, 11, 30), TODAY, "UTC")
    today = Period(TODAY, TODAY, "UTC")
    assert reports.calls == [("agents", week), ("agents", today), ("offers", week),
                             ("hourly", TODAY)]  # fmt: skip
    assert not window.period.start.isVisible()
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        window.period.choose(CUSTOM)
    assert window.period.start.isVisible() and window.period.end.isVisible()
    reports.calls.clear()
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        window.period.start.setDate(date(2026, 10, 1))
    assert window.period.end.date().toPython() == TODAY  # the end stays where it was
    assert ("offers", Period(date(2026, 10, 1), TODAY, "UTC")) in reports.calls


def test_ctrl_f_filters_the_current_table(qtbot, runner, reports) -> None:
    window = open_workspace(qtbot, runner, reports)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.agents.filter.hasFocus()
    qtbot.keyClicks(window.agents.filter, "NOWAK")
    assert shown(window.agents, AgentsModel.AGENT) == ["Piotr Nowak"]
    window.tabs.setCurrentWidget(window.offers)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.offers.filter.hasFocus()
    qtbot.keyClicks(window.offers.filter, "depo")
    assert shown(window.offers, 0) == ["deposit"]
    assert window.agents.proxy.rowCount() == 1  # each table keeps its own filter


def test_ctrl_e_writes_exactly_the_shown_table(qtbot, runner, reports, tmp_path) -> None:
    window = open_workspace(qtbot, runner, reports)
    asked: list[str] = []
    window.ask_path = lambda name: asked.append(name) or str(tmp_path / name)
    window.agents.filter.setText("ow")  # Kowalczyk and Nowak, not Zieliński
    window.agents.table.sortByColumn(AgentsModel.CONTACTS, Qt.SortOrder.DescendingOrder)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["agents-2026-12-04.csv"]
    raw = (tmp_path / asked[0]).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == ("Agent;Team;Open items;Overdue;Contacts;Avg handle time;Offers presented;"
                        "Acceptance rate;Callbacks on time")  # fmt: skip
    assert lines[1:] == ["Ewa Kowalczyk;T1;4;1;12;4:05;8;25.0 %;2/3",
                         "Piotr Nowak;T1;4;1;9;4:05;8;25.0 %;2/3", ""]  # fmt: skip
    assert window.updated.text() == f"2 row(s) saved to {tmp_path / asked[0]}"
    window.tabs.setCurrentWidget(window.hours)
    window.export_current()
    assert asked == ["agents-2026-12-04.csv"]  # no table on Hours: no dialog either


def test_a_pull_refreshes_and_keeps_selection_and_scroll(qtbot, runner, reports) -> None:
    reports.agents_rows = [agent(f"a{i:02d}", display_name=f"Agent {i:02d}") for i in range(60)]
    window = open_workspace(qtbot, runner, reports)
    table = window.agents.table
    table.selectRow(40)
    table.scrollTo(window.agents.proxy.index(40, 0))
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0
    reports.agents_rows = [agent(f"a{i:02d}", display_name=f"Agent {i:02d}", contacts=i)
                           for i in range(60)]  # fmt: skip
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        window.pulled()
    assert window.agents.selected_keys() == ["a40"]
    assert table.verticalScrollBar().value() == scrolled
    assert window.agents.proxy.index(40, AgentsModel.CONTACTS).data() == "40"
    window.hide()
    loads = window.loads
    window.pulled()  # hidden: nothing is read until it opens again
    assert window.loads == loads


def test_refreshes_asked_while_one_runs_coalesce_into_one(qtbot, runner, reports) -> None:
    window = open_workspace(qtbot, runner, reports)
    reports.gate, reports.entered = threading.Event(), threading.Event()
    loads = window.loads
    done: list[int] = []
    window.refreshed.connect(lambda: done.append(1))
    window.refresh()
    assert reports.entered.wait(5)  # the read is running on a worker; the window is free
    for _ in range(5):
        window.pulled()
        window.refresh()
    qtbot.wait(50)
    assert window.loads == loads + 1 and done == []
    reports.gate.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=WAIT)
    assert window.loads == loads + 2  # the ten asks became one more read
    qtbot.wait(100)
    assert len(done) == 2


def test_a_failed_refresh_keeps_the_figures_and_says_so_quietly(qtbot, runner, reports) -> None:
    window = open_workspace(qtbot, runner, reports)
    reports.fail = AcrmError("the server did not answer")
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        window.refresh()
    assert window.error.text() == "Could not refresh the figures: the server did not answer"
    assert window.agents.proxy.rowCount() == 3
    assert window.updated.text() == "updated 10:30"
    reports.fail = None
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        window.refresh()
    assert window.error.text() == ""


def test_an_agent_is_told_which_role_the_workspace_needs(qtbot, runner, reports) -> None:
    window = open_workspace(qtbot, runner, reports, lead=False)
    assert window.notice.isVisible()
    assert "needs the team_lead role" in window.notice.text()
    assert window.agents.proxy.rowCount() == 0 and reports.calls == []


def test_added_tabs_refresh_with_the_workspace(qtbot, runner, reports) -> None:
    from PySide6.QtWidgets import QWidget

    class Tab(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.refreshes = 0

        def refresh(self) -> None:
            self.refreshes += 1

    window = open_workspace(qtbot, runner, reports)
    tab = Tab()
    assert window.add_tab(tab, "Campaigns") == 3
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        window.refresh()
    assert tab.refreshes == 1


def test_f5_refreshes(qtbot, runner, reports) -> None:
    window = open_workspace(qtbot, runner, reports)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    loads = window.loads
    with qtbot.waitSignal(window.refreshed, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.loads == loads + 1
