"""Refresh analytics from the desk: a background job, and a strip under the top bar showing its
progress with Cancel (Esc), then the new version's summary or why nothing changed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.services.analytics.errors import AnalyticsInputError, RefreshCancelled
from app.views.common.workers import Operation, Runner
from app.views.shell import refresh_texts as texts

if TYPE_CHECKING:
    from app.services.analytics.service import AnalyticsService, Fitted, RefreshResult

REFRESH_KEY = "Ctrl+Shift+K"  # Ctrl+Shift+M is "My queue"


class RefreshJob(QObject):
    """Lives on the GUI thread; `progress` is emitted from the worker and queued to the GUI
    thread. Cancel sets a flag the service polls between steps and inside long loops; a
    cancelled refresh writes nothing."""

    progress = Signal(str, int, int)  # step, done, total

    def __init__(self, service: AnalyticsService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def fit_work(self) -> Callable[[], Fitted]:
        """Reading and fitting, for a reader thread: it holds the service, the flag and the
        signal only, and writes nothing."""
        service, stop, progress = self._service, self._stop, self.progress
        return lambda: service.fit(progress=progress.emit, cancelled=stop.is_set)

    def store_work(self, fitted: Fitted) -> Callable[[], RefreshResult]:
        """Storing the fitted version, for the thread that owns the writes."""
        service, stop, progress = self._service, self._stop, self.progress
        return lambda: service.store(fitted, progress=progress.emit, cancelled=stop.is_set)


class RefreshStrip(QFrame):
    """Non-modal: the desk stays usable while the models are fitted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refreshStrip")
        self.setAccessibleName(self.tr("Analytics refresh"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setFormat("%p%")
        self.bar.setFixedWidth(160)
        self.bar.setAccessibleName(self.tr("Analytics refresh progress"))
        self.cancel_button = QPushButton(self.tr("Cancel  Esc"), self)
        self.close_button = QPushButton(self.tr("Close  Esc"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.message, 1)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        # Esc on the strip's buttons only (they take the focus when the strip shows): a
        # window-wide Esc would take it from the search list and the offers.
        self.escapes = [
            QShortcut(
                QKeySequence(Qt.Key.Key_Escape), button, context=Qt.ShortcutContext.WidgetShortcut
            )
            for button in (self.cancel_button, self.close_button)
        ]
        self.hide()

    def running(self) -> None:
        self._say(self.tr("Refreshing analytics…"), "")
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.close_button.hide()
        self.show()
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Esc works at once

    def step(self, step: str, done: int, total: int) -> None:
        self.message.setText(texts.step_text(step))
        self.bar.setValue(max(self.bar.value(), texts.overall(step, done, total)))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))

    def finished(self, text: str, state: str) -> None:
        """The summary ("ok") or why nothing changed ("bad", "neutral"); Close or Esc hides it."""
        self._say(text, state)
        self.bar.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.show()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)


class AnalyticsRefresh(QObject):
    """Starts one refresh at a time; `refreshed` carries the RefreshResult (GUI thread)."""

    started = Signal(object)  # the RefreshJob, before it is handed to a worker
    refreshed = Signal(object)
    stopped = Signal(str)  # why nothing changed: the message shown

    def __init__(self, runner: Runner, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._locale = locale
        self._service: AnalyticsService | None = None
        self.button: QAction | None = None  # the desk menu's; shown when may_refresh says so
        self.checked = False  # whether may_refresh has answered
        self.job: RefreshJob | None = None
        self.strip = RefreshStrip()
        self.strip.cancel_button.clicked.connect(self.cancel)
        for escape in self.strip.escapes:
            escape.activated.connect(self._escape)

    def use(self, service: AnalyticsService) -> None:
        self._service = service

    def may_refresh(self) -> bool:
        """Runs in a worker: whether this person, on this desk, may refresh."""
        return self._service is not None and self._service.can_refresh()

    def permitted(self, allowed: bool) -> None:
        """The answer of may_refresh, on the GUI thread: the menu entry shows or stays hidden."""
        self.checked = True
        if self.button is not None:
            self.button.setVisible(allowed)

    @property
    def allowed(self) -> bool:
        return self.button is not None and self.button.isVisible()

    def start(self) -> None:
        if self.job is not None:
            self.strip.show()  # already running: show where it is
            return
        if self._service is None or not self.allowed:
            self.strip.finished(self.tr("This desk cannot refresh analytics: an administrator "
                                        "refreshes them on the server."), "neutral")  # fmt: skip
            return
        self.job = job = RefreshJob(self._service, self)
        job.progress.connect(self.strip.step)
        self.strip.running()
        self.started.emit(job)
        # The base is read and the models fitted on a reader thread: a wrap-up saved meanwhile
        # never waits for the fits. Only storing the version goes to the writer thread on the
        # embedded database (after and before other writes: never "database is locked").
        self._runner.submit(Operation(work=job.fit_work(), on_success=self._fitted,
                                      on_failure=self._failed))  # fmt: skip

    def _fitted(self, fitted: Fitted) -> None:
        job = self.job
        if job is None:
            return
        local = self._service is not None and not self._service.on_server
        self._runner.submit(Operation(work=job.store_work(fitted), on_success=self._done,
                                      on_failure=self._failed, write=local))  # fmt: skip

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.strip.cancelling()

    def _escape(self) -> None:
        if self.job is not None:
            self.cancel()
        else:
            self.strip.hide()

    def _end(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None

    def _done(self, result: RefreshResult) -> None:
        self._end()
        loc = self._locale
        text = texts.summary(result.version, result.as_of, result.customers,
                             result.parameters, loc)  # fmt: skip
        self.strip.finished(f"{text}; {texts.churn_summary(result.parameters, loc)}", "ok")
        self.refreshed.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, RefreshCancelled):
            text = self.tr("Analytics refresh cancelled: nothing was changed.")
            state = "neutral"
        else:
            # Our own errors name the problem; anything else at least says what it was.
            reason = str(error) if isinstance(error, AnalyticsInputError) else ""
            reason = reason or str(error) or type(error).__name__
            text = self.tr("Analytics not refreshed: %1. The previous version stays in force.")
            text, state = text.replace("%1", reason.rstrip(".")), "bad"
        self.strip.finished(text, state)
        self.stopped.emit(text)
