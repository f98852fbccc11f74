"""Table models for "My queue" and the team pool; texts saying when an item is callable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QBrush, QColor

from app.services.queue.entries import QueueEntry
from app.views.common import formatting
from app.views.common.formatting import local_datetime
from app.views.common.labels import queue_kind_name
from app.views.common.table_model import Column, Role, RowTableModel

translate = QCoreApplication.translate
OVERDUE = QColor("#b42318")
NOT_NOW = QColor("#6b7280")  # grey: the row waits; its words say why and until when


def due_text(entry: QueueEntry, locale: QLocale) -> str:
    """ "14.12.2026 14:30", or "… · overdue" past it: the colour is never the only sign."""
    due = local_datetime(entry.due_at, locale)
    if not entry.overdue:
        return due
    return translate("QueueTexts", "%1 · overdue").replace("%1", due)


def kind_text(entry: QueueEntry) -> str:
    """ "Callback", or "Campaign: Karta Plus" for a campaign entry."""
    kind = queue_kind_name(entry.kind)
    if entry.campaign:
        return translate("QueueTexts", "%1: %2").replace("%1", kind).replace("%2", entry.campaign)
    return kind


def blocked_reason(blocked: str) -> str:
    names = {
        "before_window": translate("QueueTexts", "Its call window has not opened yet"),
        "window_closed": translate("QueueTexts", "Its call window has closed"),
        "outside_hours": translate("QueueTexts", "Outside calling hours in the customer's zone"),
        "attempts_used": translate("QueueTexts", "All attempts used"),
    }
    return names.get(blocked, blocked.replace("_", " "))


def blocked_short(blocked: str) -> str:
    names = {
        "before_window": translate("QueueTexts", "Window not open yet"),
        "window_closed": translate("QueueTexts", "Window closed"),
        "outside_hours": translate("QueueTexts", "Outside calling hours"),
        "attempts_used": translate("QueueTexts", "Attempts used"),
    }
    return names.get(blocked, blocked.replace("_", " "))


def state_cell(entry: QueueEntry, locale: QLocale) -> str:
    """The table's short form ("Outside calling hours · from 7.12.2026 08:00"); the cell's tip
    and the panel's message say it whole (state_text)."""
    if entry.callable_now:
        return translate("QueueTexts", "Callable now")
    short = blocked_short(entry.blocked)
    if entry.callable_from is None:
        return short
    when = local_datetime(entry.callable_from, locale)
    return translate("QueueTexts", "%1 · from %2").replace("%1", short).replace("%2", when)


def state_text(entry: QueueEntry, locale: QLocale) -> str:
    """ "Callable now", or why not in plain words and when it next may be called."""
    if entry.callable_now:
        return translate("QueueTexts", "Callable now")
    why = translate("QueueTexts", "Not now: %1").replace("%1", blocked_reason(entry.blocked))
    if entry.callable_from is not None:
        when = local_datetime(entry.callable_from, locale)
        return why + " · " + translate("QueueTexts", "callable from %1").replace("%1", when)
    return why + " · " + translate("QueueTexts", "not callable again")


def attempts_text(entry: QueueEntry, locale: QLocale) -> str:
    used = formatting.number(entry.attempts, locale)
    return f"{used}/{formatting.number(entry.max_attempts, locale)}"


def customer_text(entry: QueueEntry) -> str:
    number = entry.customer_number and f"({entry.customer_number})"
    return " ".join(part for part in (entry.customer_name, number) if part)


class MyQueueModel(RowTableModel[QueueEntry]):
    """My items in the service's order (overdue first, soonest due, highest priority)."""

    DUE, KIND, CUSTOMER, REASON, PRIORITY, ATTEMPTS, WINDOW_END, STATE = range(8)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        super().__init__(parent)

    def columns(self) -> tuple[Column[QueueEntry], ...]:
        # Named context, not self.tr: PoolModel inherits these headers and must find them too.
        locale = self._locale
        return (
            Column(translate("MyQueueModel", "Due"), lambda e: due_text(e, locale),
                   foreground=lambda e: QBrush(OVERDUE) if e.overdue else None),
            Column(translate("MyQueueModel", "Kind"), kind_text),
            Column(translate("MyQueueModel", "Customer"), customer_text),
            Column(translate("MyQueueModel", "Reason"), lambda e: e.reason),
            Column(translate("MyQueueModel", "Priority"),
                   lambda e: formatting.number(e.priority, locale), right=True),
            Column(translate("MyQueueModel", "Attempts"),
                   lambda e: attempts_text(e, locale), right=True),
            Column(translate("MyQueueModel", "Window ends"),
                   lambda e: local_datetime(e.window_end, locale)),
            Column(translate("MyQueueModel", "Callable"), lambda e: state_cell(e, locale),
                   tip=lambda e: state_text(e, locale),
                   foreground=lambda e: None if e.callable_now else QBrush(NOT_NOW)),
        )  # fmt: skip

    def row_data(self, row: QueueEntry, role: int):
        if role == Role.AccessibleDescriptionRole and not row.callable_now:
            return state_text(row, self._locale)
        return None

    def callable_count(self) -> int:
        return sum(entry.callable_now for entry in self.rows())

    def overdue_count(self) -> int:
        return sum(entry.overdue for entry in self.rows())


class PoolModel(MyQueueModel):
    """The team pool: my queue's columns and the team the item belongs to."""

    TEAM = 8

    def columns(self) -> tuple[Column[QueueEntry], ...]:
        team = Column(self.tr("Team"), lambda e: e.team or self.tr("Whole centre"))
        return (*super().columns(), team)


def next_callable(entries: Sequence[QueueEntry]) -> QueueEntry | None:
    """The entry that becomes callable soonest (None when none ever will)."""
    waiting = [e for e in entries if not e.callable_now and e.callable_from is not None]
    return min(waiting, key=lambda e: e.callable_from, default=None)  # type: ignore[arg-type, return-value]
