"""Copy diagnostics (Ctrl+Shift+D, or the status bar's menu): the support report, on the clipboard.

The report is built on a worker thread (it reads the database and the log files) by the
services' diagnostics module; Qt's and PySide6's versions are read here, on the GUI side, and
passed in. It runs on the runner underneath the window's held one, so it works while the desk
is still starting or when its services never came up: that is when support needs it most.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.views.common.workers import Operation, Runner

if TYPE_CHECKING:
    from app.services.config import Settings
    from app.views.shell.status_strip import StatusStrip

DIAGNOSTICS_KEY = "Ctrl+Shift+D"


def ui_versions() -> dict[str, str]:
    """The versions only the view layer can read (services never import Qt)."""
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}


def build_report(settings: Settings, versions: dict[str, str]) -> str:
    """The plain-text report (worker thread)."""
    from app.services import diagnostics

    return diagnostics.collect(settings, ui_versions=versions).text()


class DiagnosticsCopier(QObject):
    """Builds the report off the GUI thread and puts it on the clipboard, saying so."""

    copied = Signal(str)  # the text put on the clipboard (tests, and anyone who cares)

    def __init__(
        self,
        window: QWidget,
        runner: Runner,
        settings: Callable[[], Settings],
        status: StatusStrip,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._settings = settings
        self._status = status
        QShortcut(QKeySequence(DIAGNOSTICS_KEY), window, activated=self.copy)
        # The key is shown in the menu's shortcut column; the QShortcut above presses it (an
        # action with the same key would make it ambiguous and neither would fire).
        label = self.tr("Copy diagnostics")
        self.action = QAction(f"{label}\t{DIAGNOSTICS_KEY}", status)
        self.action.triggered.connect(self.copy)
        status.addAction(self.action)
        status.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def copy(self) -> None:
        settings, versions = self._settings(), ui_versions()
        self._status.set_state(self.tr("Collecting diagnostics…"))
        self._runner.submit(
            Operation(
                work=lambda: build_report(settings, versions),
                on_success=self._put_on_clipboard,
                on_failure=self._failed,
                key="diagnostics",
            )
        )

    def _put_on_clipboard(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._status.set_state(self.tr("Diagnostics copied to the clipboard (no passwords)"))
        self.copied.emit(text)

    def _failed(self, error: BaseException) -> None:
        self._status.set_state(
            self.tr("Could not collect diagnostics: %1").replace("%1", str(error))
        )
