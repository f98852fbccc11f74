"""The status bar's sync state (synced, syncing, offline, refused) and the first-sync panel."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.sync.status import SyncProgress, SyncStatus
from app.views.common import formatting
from app.views.common.labels import table_name

PROBLEMS_KEY = "Ctrl+Shift+Y"
# The badge palette of resources/style.qss, so the sync state reads like the card's badges.
COLOURS = {
    "starting": ("#36404a", "transparent"),
    "synced": ("#1d5e3a", "#dcf1e4"),
    "syncing": ("#1f4f86", "#e0ecfa"),
    "offline": ("#7a4a00", "#fdecc8"),
    "refused": ("#8a2517", "#fbe0dc"),
}


def sync_time(value: datetime | None, locale: QLocale) -> str:
    """Today's syncs by the clock alone ("10:42"); older ones with their date."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    if moment.date() == QDateTime.currentDateTime().date():
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


class SyncStatusWidget(QToolButton):
    """Click for the sync problems window; the arrow's menu has "Sync now"."""

    problemsRequested = Signal()
    syncNowRequested = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(locale)
        self._status: SyncStatus | None = None
        self._pushing: SyncProgress | None = None
        self.state = "starting"
        self.setObjectName("syncState")
        self.setAccessibleName(self.tr("Sync state"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Tab for the call's work
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("Sync now"), self.syncNowRequested.emit)
        problems = menu.addAction(self.tr("Sync problems…"), self.problemsRequested.emit)
        problems.setShortcut(PROBLEMS_KEY)  # shown in the menu; the window owns the shortcut
        self.setMenu(menu)
        self.clicked.connect(self.problemsRequested.emit)
        self._render()

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self._pushing = None  # a status comes after a run: the push it described is over
        self._render()

    def show_progress(self, progress: SyncProgress) -> None:
        if progress.phase == "push":
            self._pushing = progress
            self._render()

    def _render(self) -> None:
        text, self.state = self._describe()
        if text != self.text():
            self.setText(text)
        self.setToolTip(self._tooltip())
        colour, background = COLOURS[self.state]
        self.setStyleSheet(
            f"QToolButton#syncState {{ color: {colour}; background: {background};"
            " border: none; border-radius: 4px; padding: 1px 20px 1px 6px; }"
            # The arrow of "Sync now" gets its own room instead of covering the time.
            "QToolButton#syncState::menu-button { border: none; width: 16px; }"
        )

    def _describe(self) -> tuple[str, str]:
        status = self._status
        if status is None:
            return self.tr("Sync: connecting…"), "starting"
        last = sync_time(status.last_sync_at, self._locale)
        if self._pushing is not None:
            left = max(0, self._pushing.total - self._pushing.done)
            text, state = self.tr("Syncing… %n unsynced", "", left), "syncing"
        elif not status.online:
            if status.unsynced and last:
                text = self.tr("Offline — %n unsynced · last sync %1", "", status.unsynced)
            elif status.unsynced:
                text = self.tr("Offline — %n unsynced · never synced", "", status.unsynced)
            elif last:
                text = self.tr("Offline · last sync %1")
            else:
                text = self.tr("Offline · never synced")
            text, state = text.replace("%1", last), "offline"
        elif status.unsynced:
            text, state = self.tr("Syncing… %n unsynced", "", status.unsynced), "syncing"
        elif last:
            text, state = self.tr("Synced · last %1").replace("%1", last), "synced"
        else:
            text, state = self.tr("Synced"), "synced"
        if status.rejected:
            text += " · " + self.tr("%n refused", "", status.rejected)
            state = "refused"
        if status.feed_skipped:
            # Not a failure of this desk's work: said in words, the colour stays.
            text += " · " + self.tr("%n feed row(s) skipped", "", status.feed_skipped)
        return text, state

    def _tooltip(self) -> str:
        lines = []
        if self._status is not None and self._status.last_error:
            lines.append(self.tr("Last error: %1").replace("%1", self._status.last_error))
        lines.append(self.tr("Click for sync problems (%1).").replace("%1", PROBLEMS_KEY))
        return "\n".join(lines)


class FirstSyncDialog(QDialog):
    """Non-modal: the desk stays usable while a new desktop copies the server's data."""

    cancelRequested = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale(locale)
        self.setWindowTitle(self.tr("First sync — aCRM Desk"))
        self.setModal(False)
        intro = QLabel(
            self.tr(
                "This desktop copies the customer data from the server once, so it works "
                "offline too. You can keep working meanwhile."
            )
        )
        intro.setWordWrap(True)
        self.detail = QLabel(self.tr("Connecting to the server…"))
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the server tells how many rows there are
        self.bar.setTextVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        for widget in (intro, self.detail, self.bar, buttons):
            layout.addWidget(widget)
        self.resize(520, 170)

    def show_progress(self, progress: SyncProgress) -> None:
        if progress.phase != "snapshot":
            return
        text = self.tr("First sync with the server: %1 of %2 rows (%3)", "", progress.total)
        done = formatting.number(progress.done, self._locale)
        total = formatting.number(progress.total, self._locale)
        where = table_name(progress.table)
        self.detail.setText(text.replace("%1", done).replace("%2", total).replace("%3", where))
        # QProgressBar counts in int; per mille keeps any table size in range.
        self.bar.setRange(0, 1000)
        self.bar.setValue(progress.done * 1000 // max(1, progress.total))

    def show_offline(self, error: str) -> None:
        text = self.tr("The server cannot be reached (%1). The desk keeps trying on its own.")
        self.detail.setText(text.replace("%1", error or self.tr("no answer")))
        self.bar.setRange(0, 0)

    def _cancel(self) -> None:
        self.cancelRequested.emit()
        self.close()
