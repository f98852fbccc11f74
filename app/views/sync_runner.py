"""Runs the sync loop for the desk and brings its callbacks to the GUI thread as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.sync.loop import SyncLoop
from app.services.sync.service import SyncService


class SyncRunner(QObject):
    """Owns a SyncLoop; its thread's callbacks cross to the GUI thread through queued signals."""

    statusChanged = Signal(object)  # SyncStatus
    progressed = Signal(object)  # SyncProgress
    reported = Signal(object)  # SyncReport

    def __init__(self, sync: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loop = SyncLoop(
            sync,
            sync.server.sync_interval,
            on_status=self.statusChanged.emit,
            on_progress=self.progressed.emit,
            on_report=self.reported.emit,
        )

    def start(self) -> None:
        self.loop.start()

    def sync_now(self) -> None:
        self.loop.wake()

    def stop(self) -> None:
        self.loop.stop()
