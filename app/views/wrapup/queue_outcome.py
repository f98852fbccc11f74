"""The wrap-up's "Queue outcome" row: how the call on a queue item ended, saved with the contact."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QVBoxLayout, QWidget

from app.models.enums import QueueOutcome
from app.services.contacts.drafts import Draft
from app.services.queue.entries import QueueEntry
from app.views.common.keyboard import DateTimeEdit
from app.views.common.labels import queue_outcome_choice

RESCHEDULED = QueueOutcome.RESCHEDULED.value
DEFAULT_DELAY = timedelta(hours=1)  # "call me back in an hour" is the usual ask
ROUND_TO = 15 * 60  # a quarter-hour reads as a time someone would say


class QueueOutcomeRow(QWidget):
    """A choice of QueueOutcome and, for "call again at…", a time limited to the item's window.

    Bound to the queue item the contact was opened from; hidden (by the form) otherwise.
    `value()` is what the save passes on: (item id, outcome, reschedule_to or None).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: QueueEntry | None = None
        self.choice = QComboBox(self)
        for outcome in QueueOutcome:
            self.choice.addItem(queue_outcome_choice(outcome.value), outcome.value)
        self.choice.setPlaceholderText(self.tr("How did the call end?"))
        self.choice.setAccessibleName(self.tr("Queue outcome"))
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(10)
        self.choice.setCurrentIndex(-1)
        self.when = DateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Call again at"))
        self.when.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.when.setEnabled(False)
        self.when.hide()  # only for "call again at…": one line otherwise, and never wider
        row = QVBoxLayout(self)  # than the form's other fields (Russian at 1024 px)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.choice)
        row.addWidget(self.when)
        self.setFocusProxy(self.choice)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.when.dateTimeChanged.connect(lambda _m: self.changed.emit())
        QWidget.setTabOrder(self.choice, self.when)

    def bind(self, entry: QueueEntry | None, now: datetime | None = None) -> None:
        """A new contact (from `entry`, or from no queue item): nothing chosen yet."""
        self.entry = entry
        self.choice.setCurrentIndex(-1)
        self.when.setEnabled(False)
        self.when.hide()
        now = now or datetime.now(UTC)
        self.when.clearMaximumDateTime()
        self.when.setMinimumDateTime(_qt(now))
        if entry is not None and entry.window_end is not None:
            self.when.setMaximumDateTime(_qt(max(entry.window_end, now)))
        self.when.setDateTime(_qt(default_reschedule(entry, now)))

    def code(self) -> str:
        return self.choice.currentData() or ""

    def set_value(self, code: str, when: datetime | None) -> None:
        self.choice.setCurrentIndex(self.choice.findData(code))
        if when is not None:
            self.when.setDateTime(_qt(when))

    def reschedule_to(self) -> datetime | None:
        if self.code() != RESCHEDULED:
            return None
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def value(self) -> tuple[uuid.UUID, str, datetime | None] | None:
        """(item id, QueueOutcome code, reschedule_to) for the save; None when not bound."""
        if self.entry is None or not self.code():
            return None
        return (self.entry.id, self.code(), self.reschedule_to())

    def draft_fields(self) -> dict[str, str | None]:
        """The Draft's queue fields: the bound item's id, the outcome chosen and its time."""
        if self.entry is None:
            return {"queue_item": None, "queue_outcome": "", "queue_reschedule_to": None}
        when = self.reschedule_to()
        return {
            "queue_item": str(self.entry.id),
            "queue_outcome": self.code(),
            "queue_reschedule_to": when.isoformat() if when is not None else None,
        }

    def problem(self, now: datetime | None = None) -> str | None:
        if self.entry is None:
            return None
        if not self.code():
            return self.tr("Choose how the call on the queue item ended.")
        moment = self.reschedule_to()
        if moment is None:
            return None
        if moment <= (now or datetime.now(UTC)):
            return self.tr("The new call time must be in the future.")
        end = self.entry.window_end
        if end is not None and moment > end:
            return self.tr("The new call time must be within the item's call window.")
        return None

    def _chosen(self, _index: int) -> None:
        # Enabled, not focused: arrow keys walking the list must not jump out of it; Tab is next.
        self.when.setEnabled(self.code() == RESCHEDULED)
        self.when.setVisible(self.code() == RESCHEDULED)
        self.changed.emit()


def drafted_choice(draft: Draft) -> tuple[str, datetime | None]:
    """The outcome and "call again at" time a draft on disk held for its queue item."""
    when = draft.queue_reschedule_to
    return draft.queue_outcome, datetime.fromisoformat(when) if when is not None else None


def default_reschedule(entry: QueueEntry | None, now: datetime) -> datetime:
    """An hour from now on a quarter-hour, but never past the window's end."""
    later = now + DEFAULT_DELAY
    later = datetime.fromtimestamp(-(-int(later.timestamp()) // ROUND_TO) * ROUND_TO, UTC)
    end = entry.window_end if entry is not None else None
    if end is not None and later > end:
        return max(end, now)
    return later


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
