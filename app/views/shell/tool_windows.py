"""The rule editor, the outbox, the team workspace, the admin console and the server menu:
top bar or shortcut."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QToolButton, QWidget

from app.views.common.workers import Operation, Runner
from app.views.first_run.session import SessionActions
from app.views.shell.analytics_refresh import REFRESH_KEY, AnalyticsRefresh

if TYPE_CHECKING:
    # Imported on first opening: the editor brings rule-engine, the queue SQLAlchemy.
    from app.bootstrap import Services
    from app.views.admin.console import AdminConsoleWindow
    from app.views.rule_editor import RuleEditorWindow
    from app.views.team.window import TeamWorkspaceWindow

EDITOR_KEY = "Ctrl+Shift+R"
OUTBOX_KEY = "Ctrl+Shift+O"
QUEUE_KEY = "Ctrl+Shift+T"
ADMIN_KEY = "Ctrl+Shift+A"


class ToolWindows(QObject):
    """Creates each window on first use and keeps it (closing only hides it)."""

    def __init__(
        self,
        window: QMainWindow,
        services: Services | None,
        runner: Runner,
        locale: QLocale,
    ) -> None:
        super().__init__(window)
        self.workspace: TeamWorkspaceWindow | None = None
        self.queue_button: QToolButton | None = None
        self._window = window
        # None while the desk starts: the windows open once `use` has given the services, and
        # the runner holds the lead check until then.
        self._services = services
        self._runner = runner
        self._locale = locale
        self._customer: uuid.UUID | None = None
        self.editor: RuleEditorWindow | None = None
        self.outbox: QMainWindow | None = None
        self.admin_console: AdminConsoleWindow | None = None
        self.admin_button: QToolButton | None = None
        self.session_button: QToolButton | None = None  # "Server": connect, sign out, analytics
        QShortcut(QKeySequence(EDITOR_KEY), window, activated=self.open_editor)
        QShortcut(QKeySequence(OUTBOX_KEY), window, activated=self.open_outbox)
        QShortcut(QKeySequence(QUEUE_KEY), window, activated=self.open_workspace)
        QShortcut(QKeySequence(ADMIN_KEY), window, activated=self.open_admin_console)
        self.analytics = AnalyticsRefresh(runner, locale, self)  # its strip: under the top bar
        QShortcut(QKeySequence(REFRESH_KEY), window, activated=self.analytics.start)
        server = window.settings.server  # type: ignore[attr-defined]  # the MainWindow's
        self.session = SessionActions(window, runner, locale, server)  # connect, sign out

    def buttons(self, parent: QWidget) -> QHBoxLayout:
        """Two quiet buttons for the top bar; the shortcuts are in their labels."""
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Rules  %1").replace("%1", EDITOR_KEY), self.open_editor),
            (self.tr("Automatic messages  %1").replace("%1", OUTBOX_KEY), self.open_outbox),
        ):
            button = QToolButton(parent)
            button.setObjectName("topTool")
            button.setText(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Tab for the call's work
            button.clicked.connect(slot)
            row.addWidget(button)
        self.queue_button = self._queue_button(parent)
        row.addWidget(self.queue_button)
        self.admin_button = self._admin_button(parent)
        row.addWidget(self.admin_button)
        self.session_button = session = self.session.button(parent)
        self._add_refresh(session)
        row.addWidget(session)
        return row

    def _queue_button(self, parent: QWidget) -> QToolButton:
        """Shown only to team leads."""
        text = self.tr("Team  %1").replace("%1", QUEUE_KEY)
        return self._role_button(parent, text, self.open_workspace,
                                 lambda: self._services.team_queue.is_lead())  # fmt: skip

    def _admin_button(self, parent: QWidget) -> QToolButton:
        """Shown only to administrators."""
        text = self.tr("Administration  %1").replace("%1", ADMIN_KEY)
        return self._role_button(parent, text, self.open_admin_console,
                                 lambda: self._services.person.is_admin())  # fmt: skip

    def _add_refresh(self, session: QToolButton) -> None:
        """ "Refresh analytics" at the foot of the desk's menu (no new top-bar button: the search
        box keeps its room at 1024 px), shown to whoever may refresh (checked off the GUI
        thread); the key is shown there and bound by the window."""
        menu = session.menu()
        menu.addSeparator()
        action = menu.addAction(self.tr("Refresh analytics") + "\t" + REFRESH_KEY)
        action.triggered.connect(self.analytics.start)
        action.setVisible(False)
        self.analytics.button = action
        self._runner.submit(Operation(work=self.analytics.may_refresh,
                                      on_success=self.analytics.permitted,
                                      on_failure=lambda _e: None))  # fmt: skip

    def _role_button(
        self, parent: QWidget, text: str, slot: Callable[[], None], allowed: Callable[[], bool]
    ) -> QToolButton:
        """A quiet top-bar button, hidden until `allowed` (read off the GUI thread) says so."""
        button = QToolButton(parent)
        button.setObjectName("topTool")
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        button.hide()
        self._runner.submit(Operation(work=allowed, on_success=button.setVisible,
                                      on_failure=lambda _e: None))  # fmt: skip
        return button

    def open_admin_console(self) -> None:
        """People, rules, wrap-up codes, desks and the audit log; others are told the role."""
        if self._services is None:
            return
        if self.admin_console is None:
            from app.views.admin.console import AdminConsoleWindow
            from app.views.admin.tabs import add_console_tabs

            services = self._services
            self.admin_console = AdminConsoleWindow(
                self._runner, services.person.is_admin, self._window
            )
            add_console_tabs(self.admin_console, services, self._runner, self._locale)
            _fit_to_screen(self.admin_console, self._window)
        self.admin_console.refresh()
        _raise(self.admin_console)

    def use(self, services: Services) -> None:
        self._services = services
        self.analytics.use(services.analytics)

    def customer_opened(self, customer_id: uuid.UUID, *_args: object) -> None:
        self._customer = customer_id

    def current_customer(self) -> uuid.UUID | None:
        return self._customer

    def open_editor(self) -> None:
        if self._services is None:
            return  # still starting: a second later the shortcut works
        if self.editor is None:
            from app.views.rule_editor import RuleEditorWindow

            self.editor = RuleEditorWindow(
                self._services, self._runner, self._locale, self.current_customer
            )
            _fit_to_screen(self.editor, self._window)
        _raise(self.editor)

    def open_workspace(self) -> None:
        """The team lead's figures; agents get the window too, saying which role it needs."""
        if self._services is None:
            return
        if self.workspace is None:
            from app.views.team.window import TeamWorkspaceWindow

            services = self._services
            self.workspace = TeamWorkspaceWindow(
                self._runner,
                services.reports,
                services.team_queue.is_lead,
                self._locale,
                self._window,
            )
            self._add_work_tabs(self.workspace, services)
            _fit_to_screen(self.workspace, self._window)
        self.workspace.refresh()
        _raise(self.workspace)

    def _add_work_tabs(self, workspace: TeamWorkspaceWindow, services: Services) -> None:
        """The team's queue (bulk and drag-and-drop reassignment), campaigns, effectiveness."""
        from app.views.team.campaigns_tab import CampaignsTab
        from app.views.team.effectiveness_tab import EffectivenessTab
        from app.views.team.queue_tab import TeamQueueTab

        queue = TeamQueueTab(self._runner, services.team_queue, self._locale)
        campaigns = CampaignsTab(self._runner, services.campaigns, services.rulebook, self._locale)
        workspace.add_tab(queue, self.tr("Queue"))
        workspace.add_tab(campaigns, self.tr("Campaigns"))
        effectiveness = EffectivenessTab(
            self._runner, services.reports, workspace.period.period, self._locale
        )
        workspace.add_tab(effectiveness, self.tr("Effectiveness"))

    def pulled(self, *_args: object) -> None:
        """The sync pulled news: an open workspace refreshes its figures (a hidden one waits)."""
        if self.workspace is not None:
            self.workspace.pulled()

    def open_outbox(self) -> None:
        if self._services is None:
            return
        if self.outbox is None:
            from app.views.tools.action_outbox import ActionOutbox

            self.outbox = QMainWindow(self._window)
            self.outbox.setWindowTitle(self.tr("Automatic messages — aCRM Desk"))
            panel = ActionOutbox(self._runner, self._services.actions.outbox, self._locale)
            self.outbox.setCentralWidget(panel)
            self.outbox.resize(980, 520)
            self.outbox.panel = panel  # type: ignore[attr-defined]
        self.outbox.panel.refresh()  # type: ignore[attr-defined]
        _raise(self.outbox)


def _fit_to_screen(window: QMainWindow, beside: QWidget) -> None:
    """First opening: most of the screen the desk is on (a window manager may move it)."""
    screen = beside.screen().availableGeometry()
    window.resize(min(1440, screen.width() * 95 // 100), min(900, screen.height() * 95 // 100))


def _raise(window: QMainWindow) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
