"""Runs the window's background sync and brings its news to the GUI thread by Qt signals."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.services.sync.loop import SyncLoop
from app.services.sync.service import SyncService
from app.services.sync.status import SyncProgress, SyncReport, SyncStatus
from app.views.common.workers import Operation, Runner
from app.views.sync.problems import SyncProblemsWindow
from app.views.sync.status import PROBLEMS_KEY, FirstSyncDialog, SyncStatusWidget

log = logging.getLogger(__name__)


class SyncBridge(QObject):
    """Lives on the GUI thread; the sync thread emits, Qt queues the slots to the GUI thread."""

    statusChanged = Signal(object)  # SyncStatus
    progress = Signal(object)  # SyncProgress
    report = Signal(object)  # SyncReport


class SyncController(QObject):
    """One per window: the status-bar state, the first-sync panel, the problems window.

    It knows the window only as a parent widget; the window places `widget` in its status bar
    and listens to `customersChanged` (sync never reaches into the shell).
    """

    customersChanged = Signal(object)  # predicate: customer id -> did the pull change its card

    def __init__(self, window: QWidget, sync: SyncService, runner: Runner, locale: QLocale) -> None:
        super().__init__(window)
        self._window = window
        self._sync = sync
        self._runner = runner
        self._locale = QLocale(locale)
        self.on_connected: Callable[[], object] | None = None  # once, after the first good run
        self.bridge = SyncBridge(self)
        # Only bound methods of GUI-thread QObjects: a plain lambda would run on the sync thread.
        self.bridge.statusChanged.connect(self._status)
        self.bridge.progress.connect(self._progress)
        self.bridge.report.connect(self._report)
        self.loop = SyncLoop(
            sync,
            sync.server.sync_interval,
            on_status=self.bridge.statusChanged.emit,
            on_progress=self.bridge.progress.emit,
            on_report=self.bridge.report.emit,
        )
        self.widget = SyncStatusWidget(self._locale, window)
        self.widget.problemsRequested.connect(self.open_problems)
        self.widget.syncNowRequested.connect(self.sync_now)
        QShortcut(QKeySequence(PROBLEMS_KEY), window, activated=self.open_problems)
        self.problems: SyncProblemsWindow | None = None
        self.first_sync: FirstSyncDialog | None = None
        self._started = False
        # Whatever was recorded here (a contact, an offer shown, a new customer, a reassignment)
        # should reach the other desktops within seconds: every committed write wakes the sync.
        runner.writeCommitted.connect(self.sync_now)

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> None:
        """After the window shows: the first status decides whether a first sync is due."""
        if self._started:
            return
        self._started = True
        self._runner.submit(
            Operation(work=self._sync.status, on_success=self._first_status, key="sync-status")
        )

    def _first_status(self, status: SyncStatus) -> None:
        self.widget.show_status(status)
        if not status.first_sync_done:
            self.first_sync = FirstSyncDialog(self._locale, self._window)
            self.first_sync.cancelRequested.connect(self.loop.cancel_first_sync)
            self.first_sync.show()
        self.loop.start()

    def stop(self) -> None:
        """Before the local database is disposed: the sync thread must be done with it."""
        if self._started:
            self.loop.stop()
        self._sync.close()

    def sync_now(self) -> None:
        self.loop.wake()

    # -- news from the sync thread (delivered queued, on the GUI thread) -----------------------
    def _status(self, status: SyncStatus) -> None:
        self.widget.show_status(status)
        dialog = self.first_sync
        if dialog is not None and dialog.isVisible() and not status.online:
            dialog.show_offline(status.last_error)
        if self.problems is not None and self.problems.isVisible():
            self.problems.refresh()

    def _progress(self, progress: SyncProgress) -> None:
        self.widget.show_progress(progress)
        if self.first_sync is not None and self.first_sync.isVisible():
            self.first_sync.show_progress(progress)

    def _report(self, report: SyncReport) -> None:
        if self.first_sync is not None:
            self.first_sync.close()
            self.first_sync.deleteLater()
            self.first_sync = None
        connected, self.on_connected = self.on_connected, None
        if connected is not None:
            connected()  # e.g. keep the password in the keyring now that it proved right
        if report.pulled:
            self.customersChanged.emit(report.changed_card_of)

    # -- wake-ups and windows ------------------------------------------------------------------
    def open_problems(self) -> None:
        if self.problems is None:
            self.problems = SyncProblemsWindow(
                self._runner, self._sync.store, self.sync_now, self._window
            )
        self.problems.refresh()
        self.problems.show()
        self.problems.raise_()
        self.problems.activateWindow()
