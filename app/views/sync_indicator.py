"""The status-bar sync indicator: online, offline with N unsynced, refused rows, first sync."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

from app.services.sync.status import SyncProgress, SyncStatus

# Colour is for state; the text always says the same thing for those who cannot see it.
STATE_COLOURS = {"ok": "#2e7d32", "busy": "#1565c0", "offline": "#b26a00", "refused": "#c62828"}


class SyncIndicator(QLabel):
    """Shows one SyncStatus; the tooltip carries the last error in full."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setAccessibleName(self.tr("Sync state"))
        self._locale = locale
        self.state = "busy"
        self.setText(self.tr("Connecting to the server…"))
        self._paint()

    def show_status(self, status: SyncStatus) -> None:
        last = self._time(status)
        if status.rejected:
            self.state = "refused"
            text = self.tr("%n row(s) refused by the server", "", status.rejected)
        elif not status.online:
            self.state = "offline"
            text = self.tr("Offline — %n unsynced", "", status.unsynced)
            text += " · " + self.tr("last sync %1").replace("%1", last)
        elif status.unsynced:
            self.state = "busy"
            text = self.tr("Syncing… %n unsynced", "", status.unsynced)
        else:
            self.state = "ok"
            text = self.tr("Synced · %1").replace("%1", last)
        self.setText(text)
        self.setToolTip(status.last_error)
        self._paint()

    def show_progress(self, progress: SyncProgress) -> None:
        if progress.phase != "snapshot":
            return
        self.state = "busy"
        done = self._locale.toString(progress.done)
        total = self._locale.toString(progress.total)
        self.setText(self.tr("First sync: %1 of %2 rows").replace("%1", done).replace("%2", total))
        self._paint()

    def _time(self, status: SyncStatus) -> str:
        if status.last_sync_at is None:
            return self.tr("never")
        moment = status.last_sync_at.astimezone()
        return self._locale.toString(moment.time(), QLocale.FormatType.ShortFormat)

    def _paint(self) -> None:
        self.setStyleSheet(f"color: {STATE_COLOURS[self.state]}; font-weight: 600;")
