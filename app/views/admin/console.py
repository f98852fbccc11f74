"""The administrator's console window: a tab per area, each refreshed on opening and on F5.

Tabs join through `add_tab` (see tabs.py). A tab that has `refresh()` is refreshed with the
rest; one that has `focus_filter()` gets Ctrl+F and one with `export()` gets Ctrl+E.
The role check is read off the GUI thread; a person who is not an administrator sees why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app.views.common.workers import Operation, Runner

FILTER_KEY, EXPORT_KEY, REFRESH_KEY = "Ctrl+F", "Ctrl+E", "F5"


class AdminConsoleWindow(QMainWindow):
    """Non-modal; every read and write of its tabs goes through the runner."""

    def __init__(
        self, runner: Runner, is_admin: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner, self._is_admin = runner, is_admin
        self.setWindowTitle(self.tr("Administration — aCRM Desk"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.notice = QLabel(body)
        self.notice.setObjectName("adminNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        for key, slot in ((REFRESH_KEY, self.refresh), (FILTER_KEY, self._filter),
                          (EXPORT_KEY, self._export)):  # fmt: skip
            QShortcut(QKeySequence(key), self, activated=slot)

    def add_tab(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)

    def refresh(self) -> None:
        """Check the role, then refresh every tab (each loads through the runner)."""
        self._runner.submit(
            Operation(work=self._is_admin, on_success=self._role_known,
                      on_failure=self._role_unknown, key="admin-console-role")
        )  # fmt: skip

    def _role_known(self, admin: bool) -> None:
        self.tabs.setEnabled(admin)
        if not admin:
            self._say(self.tr("The administration console needs the administrator role."))
            return
        self.notice.hide()
        for index in range(self.tabs.count()):
            refresh = getattr(self.tabs.widget(index), "refresh", None)
            if callable(refresh):
                refresh()

    def _role_unknown(self, error: BaseException) -> None:
        self.tabs.setEnabled(False)
        self._say(self.tr("Could not check your role: %1").replace("%1", str(error)))

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _filter(self) -> None:
        focus = getattr(self.tabs.currentWidget(), "focus_filter", None)
        if callable(focus):
            focus()

    def _export(self) -> None:
        export = getattr(self.tabs.currentWidget(), "export", None)
        if callable(export):
            export()
