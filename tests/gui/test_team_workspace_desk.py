"""The desk opens the workspace with Ctrl+Shift+T and refreshes it after each sync pull.

The desk is built by the composition root with a server configured (never reached: the sync
loop is not started); the pull is the real SyncController receiving a sync report.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, Qt

from app.bootstrap import build_services
from app.services.config import ServerSettings, Settings
from app.services.sync.status import SyncReport
from app.services.verification_settings import VerificationSettings
from tests.gui.conftest import AGENT
from tests.gui.team_fakes import FakeReports, agent
from tests.gui.test_team_queue import add_person

WAIT = 5000


@pytest.fixture
def desk(qtbot, sqlite_db, runner):
    from app.views.shell.main_window import MainWindow

    add_person(sqlite_db, AGENT, "team_lead", "T1")
    server = ServerSettings(url="postgresql://127.0.0.1:9/acrm", login=AGENT, sslmode="disable")
    settings = Settings(db_url=sqlite_db.url, agent_login=AGENT, server=server,
                        verification=VerificationSettings(enabled=False))  # fmt: skip
    built = build_services(settings, password=lambda: None)
    services = replace(built, reports=FakeReports(agents=[agent("ewa")]))
    window = MainWindow(services, runner, QLocale("en_GB"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        yield window
    finally:
        window.sync.stop()
        assert runner.shutdown(10_000)
        built.db.dispose()


def test_ctrl_shift_t_opens_the_workspace_and_a_pull_refreshes_it(qtbot, desk) -> None:
    qtbot.waitUntil(lambda: desk.tools.queue_button.isVisible(), timeout=WAIT)
    assert desk.tools.queue_button.text() == "Team  Ctrl+Shift+T"
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(desk, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    workspace = desk.tools.workspace
    assert workspace is not None and workspace.isVisible()
    qtbot.waitUntil(lambda: workspace.agents.proxy.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: workspace.updated.text() != "", timeout=WAIT)  # first one done
    loads = workspace.loads
    with qtbot.waitSignal(workspace.refreshed, timeout=WAIT):
        desk.sync.bridge.report.emit(SyncReport(pulled=3))
    assert workspace.loads == loads + 1
    desk.sync.bridge.report.emit(SyncReport(pushed=2))  # nothing pulled: nothing to re-read
    qtbot.wait(200)
    assert workspace.loads == loads + 1
    titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    # The team's queue, campaigns and offer effectiveness too.
    assert titles[-3:] == ["Queue", "Campaigns", "Effectiveness"]
