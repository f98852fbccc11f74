"""The wizard's working pages: test the connection, keep the password, the first sync.

Each page's work runs through the runner (never on the GUI thread); the page is complete only
when its work has answered, so Enter cannot skip ahead of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from app.services.sync.status import SyncProgress
from app.views.common import formatting
from app.views.common.labels import table_name
from app.views.common.workers import Operation, Runner
from app.views.first_run.reasons import reason_text

CHECK_KEY = "first-run-check"


class WorkPage(QWizardPage):
    """A page that runs one background job and says how it went."""

    def __init__(self, runner: Runner) -> None:
        super().__init__()
        self.runner = runner
        self.done = False
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def run(
        self, work: Callable[[], Any], ok: Callable[[Any], None], key: str | None = None
    ) -> None:
        self.done = False
        self.bar.setRange(0, 0)  # busy
        self.bar.show()
        self.detail.clear()
        self.completeChanged.emit()
        self.runner.submit(Operation(work=work, on_success=lambda r: self._end(ok, r),
                                     on_failure=self._failed, key=key))  # fmt: skip

    def _end(self, ok: Callable[[Any], None], result: Any) -> None:
        self.bar.hide()
        ok(result)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.state.setText(self.tr("It did not work: %1").replace("%1", str(error)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class CheckPage(WorkPage):
    """Logs in for real; shows the server's name, or the plain reason and "Try again"."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.setTitle(self.tr("Test the connection"))
        self.again = QPushButton(self.tr("&Try again"))
        self.again.clicked.connect(self.initializePage)
        self.again.hide()
        self.layout().insertWidget(3, self.again)
        self.found = None

    def initializePage(self) -> None:
        wizard = self.wizard()
        server, password = wizard.server(), wizard.password()
        self.again.hide()
        self.state.setText(self.tr("Connecting to %1 as %2…").replace("%1", wizard.place())
                           .replace("%2", server.login))  # fmt: skip

        def check():
            from app.services.first_run.connection import check_connection

            return check_connection(server.url, server.login, password, server.sslmode,
                                    server.sslrootcert)  # fmt: skip

        self.run(check, self._checked, key=CHECK_KEY)

    def cleanupPage(self) -> None:
        self.runner.cancel(CHECK_KEY)  # Back while checking: the answer no longer matters

    def _checked(self, found) -> None:
        self.found = found
        self.done = found.ok
        if found.ok:
            text = self.tr("Connected to %1 as %2 (%3).").replace("%1", found.server_name)
            self.state.setText(text.replace("%2", found.person).replace("%3", found.role))
            return
        self.state.setText(reason_text(found.reason))
        self.detail.setText(self.tr("Go back (Alt+B) to correct it, or try again (Alt+T)."))
        self.detail.setToolTip(found.detail)  # libpq's own words, for support
        self.again.show()
        self.again.setFocus()


class StorePage(WorkPage):
    """Keeps the password in the keyring (if asked) and writes the server into the user's file."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner)
        self.setTitle(self.tr("Remember the sign-in"))
        self.setCommitPage(True)  # saved on entering: from here on there is no going back

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.state.setText(self.tr("Saving…"))
        self.run(wizard.store_work(), self._stored)

    def _stored(self, outcome: tuple[str, str]) -> None:
        keyring_problem, config_path = outcome
        lines = []
        if keyring_problem:
            text = self.tr("The password is not kept: %1. The desk will ask for it each session.")
            lines.append(text.replace("%1", keyring_problem))
        elif self.wizard().remembering():
            lines.append(self.tr("The password is kept in the system keyring."))
        else:
            lines.append(self.tr("The password is not kept: the desk will ask for it each "
                                 "session."))  # fmt: skip
        if config_path:
            lines.append(self.tr("The server is saved in %1.").replace("%1", config_path))
        self.state.setText("\n".join(lines))
        self.done = True


class _ProgressBridge(QObject):
    """Lives on the GUI thread: the sync thread emits, the page's slot runs queued here."""

    progress = Signal(object)


class SyncPage(WorkPage):
    """The first sync with progress; Esc or Cancel stops it (the desk finishes it later)."""

    def __init__(self, runner: Runner, locale: QLocale) -> None:
        super().__init__(runner)
        self._locale = QLocale(locale)
        self.setTitle(self.tr("First sync"))
        self.setSubTitle(self.tr("This desk copies the customer data from the server once, so "
                                 "it works offline too."))  # fmt: skip
        self.cancel = threading.Event()
        self.running = False
        self.bridge = _ProgressBridge(self)
        self.bridge.progress.connect(self._progress)

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.cancel.clear()
        self.running = True
        self.state.setText(self.tr("Connecting to the server…"))
        self.run(wizard.sync_work(self.bridge.progress.emit, self.cancel.is_set), self._synced)

    def stop(self) -> None:
        """Cancel the copy; the page ends when the sync thread has noticed."""
        if self.running:
            self.cancel.set()
            self.state.setText(self.tr("Cancelling…"))

    def _progress(self, progress: SyncProgress) -> None:
        if progress.phase != "snapshot" or not self.running or self.cancel.is_set():
            return
        text = self.tr("%1 of %2 rows (%3)")
        done = formatting.number(progress.done, self._locale)
        total = formatting.number(progress.total, self._locale)
        self.state.setText(text.replace("%1", done).replace("%2", total)
                           .replace("%3", table_name(progress.table)))  # fmt: skip
        self.bar.setRange(0, 1000)
        self.bar.setValue(progress.done * 1000 // max(1, progress.total))

    def _synced(self, report) -> None:
        self.running = False
        rows = formatting.number(report.pulled, self._locale)
        self.state.setText(self.tr("Done: %1 rows copied. Press Enter to open the desk.")
                           .replace("%1", rows))  # fmt: skip
        self.done = True

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if self.cancel.is_set():
            text = self.tr("First sync cancelled. The desk opens now and finishes it on its own.")
        else:
            text = self.tr("The first sync did not finish (%1). The desk opens now and keeps "
                           "trying on its own.").replace("%1", str(error))  # fmt: skip
        self.bar.hide()
        self.state.setText(text)
        self.done = True
        self.completeChanged.emit()
