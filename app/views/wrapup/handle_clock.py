"""The visible handle-time clock (mm:ss) of the contact in progress."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from app.views.common import formatting


class HandleClock(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("00:00", parent)
        self.setObjectName("handleClock")
        self.setAccessibleName(self.tr("Handle time"))
        self._elapsed = QElapsedTimer()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._refresh)
        self._before_ms = 0  # time the call ran before this clock was started
        self.since: datetime | None = None
        self.setProperty("running", False)
        self._offset_s = 0

    def start(self, since: datetime | None = None, already_s: int = 0) -> None:
        """Count from `since` (the call's start), so binding the form late loses no time;
        `already_s` carries on a restored draft's time instead of 00:00."""
        now = datetime.now(UTC)
        self.since = since or now
        self._before_ms = max(0, int((now - self.since).total_seconds() * 1000))
        self._offset_s = max(0, already_s)
        self._elapsed.start()
        self._tick.start()
        self._set_running(True)
        self._refresh()

    def stop(self) -> None:
        self._tick.stop()
        self._set_running(False)

    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def seconds(self) -> int:
        if not self._elapsed.isValid():
            return self._offset_s
        # Monotonic from the start on, so a wall-clock step mid-call cannot jump the clock.
        return self._offset_s + (self._before_ms + self._elapsed.elapsed()) // 1000

    def _refresh(self) -> None:
        self.setText(formatting.clock(self.seconds()))

    def _set_running(self, running: bool) -> None:
        self.setProperty("running", running)
        self.style().unpolish(self)
        self.style().polish(self)
