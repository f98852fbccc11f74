"""The team queue table: named columns, a sort key per column, and rows that drag as item ids."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.queue.overdue import is_overdue
from app.services.queue.team_queue import QueueRow
from app.views.common.formatting import local_datetime
from app.views.common.labels import queue_kind_name
from app.views.common.table_model import Column, RowTableModel

ITEMS_MIME = "application/x-acrm-queue-items"  # newline-separated queue item ids
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b42318")


def item_ids(mime: QMimeData) -> list[str]:
    """The queue item ids a drag carries; none for anything else dropped."""
    if not mime.hasFormat(ITEMS_MIME):
        return []
    text = bytes(mime.data(ITEMS_MIME).data()).decode("ascii", "replace")
    return [part for part in text.split("\n") if part]


class QueueTabModel(RowTableModel[QueueRow]):
    """Kind, due (overdue in words and red), customer, assignee, reason or note."""

    KIND, DUE, CUSTOMER, ASSIGNEE, NOTE = range(5)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        self._now = datetime.now(UTC)
        super().__init__(parent)

    def columns(self) -> tuple[Column[QueueRow], ...]:
        return (
            Column(self.tr("Kind"), lambda row: queue_kind_name(row.kind)),
            Column(self.tr("Due"), self._due, foreground=self._due_colour),
            Column(self.tr("Customer"), lambda row: row.customer),
            Column(self.tr("Assigned to"), lambda row: row.assignee or self.tr("nobody")),
            Column(self.tr("Reason / note"), lambda row: row.note),
        )

    def set_rows(self, rows: Sequence[QueueRow], now: datetime | None = None) -> None:
        self._now = now or datetime.now(UTC)
        super().set_rows(rows)

    def overdue(self, row: QueueRow) -> bool:
        return is_overdue(row.kind, row.due_at, row.window_end, self._now)

    def _due(self, row: QueueRow) -> str:
        due = local_datetime(row.due_at, self._locale)
        return self.tr("%1 · overdue").replace("%1", due) if self.overdue(row) else due

    def _due_colour(self, row: QueueRow) -> QBrush | None:
        return QBrush(OVERDUE) if self.overdue(row) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == SORT_ROLE:
            row = self.row(index.row())
            if index.column() == self.DUE:
                return row.due_at.isoformat()
            return str(super().data(index) or "").casefold()
        return super().data(index, role)

    def find(self, item_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if str(row.id) == item_id), -1)

    # -- dragging ------------------------------------------------------------------------------
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        ids = "\n".join(str(self.row(r).id) for r in rows)
        mime.setData(ITEMS_MIME, ids.encode("ascii"))
        return mime
