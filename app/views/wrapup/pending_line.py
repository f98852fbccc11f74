"""The line above the wrap-up naming the unsaved wrap-ups parked with their customers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class PendingDraftsLine(QLabel):
    """Hidden while nothing is parked; Ctrl+Shift+W (the window's shortcut) goes back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingDrafts")
        self.setWordWrap(True)
        self.hide()

    def show_drafts(self, count: int, newest: str) -> None:
        if count <= 0:
            self.clear()
            self.hide()
            return
        text = self.tr("%n unsaved wrap-up(s): %1 (Ctrl+Shift+W)", "", count)
        self.setText(text.replace("%1", newest))
        self.setAccessibleName(self.text())
        self.show()
