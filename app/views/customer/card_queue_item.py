"""The card's strip for the queue item being called: why the call, its script, attempts, window."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.queue.entries import QueueEntry
from app.views.common import formatting
from app.views.common.formatting import local_datetime
from app.views.common.widgets import Section
from app.views.tools.queue_model import kind_text


class CardQueueItem(QWidget):
    """Shown above the card's sections while the open customer's contact came from a queue item;
    hidden for any other customer (the card clears its strips when it shows nobody)."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.entry: QueueEntry | None = None
        section = Section(self.tr("Queue item"), self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        outer.addWidget(section)
        self.title = section.title
        self.title.setWordWrap(True)  # a long campaign name wraps; it never widens the card
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        bold = self.reason.font()
        bold.setBold(True)
        self.reason.setFont(bold)
        self.script = QLabel(self)
        self.script.setWordWrap(True)
        self.script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setObjectName("muted")
        self.details.setWordWrap(True)
        for label in (self.reason, self.script, self.details):
            section.body.addWidget(label)
        self.hide()

    @property
    def customer_id(self) -> uuid.UUID | None:
        return self.entry.customer_id if self.entry is not None else None

    def show_entry(self, entry: QueueEntry) -> None:
        self.entry = entry
        self.title.setText(self.tr("Queue item: %1").replace("%1", kind_text(entry)))
        self.reason.setText(self.tr("Reason: %1").replace("%1", entry.reason or "—"))
        self.reason.setAccessibleName(self.reason.text())
        self.script.setText(entry.script)
        self.script.setAccessibleName(self.tr("Script"))
        self.script.setVisible(bool(entry.script))
        locale = self._locale
        parts = [
            self.tr("attempt %1 of %2")
            .replace("%1", formatting.number(entry.attempts + 1, locale))
            .replace("%2", formatting.number(entry.max_attempts, locale))
        ]
        if entry.window_end is not None:
            ends = local_datetime(entry.window_end, locale)
            parts.append(self.tr("window ends %1").replace("%1", ends))
        self.details.setText(" · ".join(parts))
        self.show()

    def clear(self) -> None:
        self.entry = None
        self.hide()
