""" "My callbacks" (Ctrl+Shift+M): my open callbacks in a dock, overdue first; Enter opens one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import CallbackRow
from app.views.common.table_model import Column, RowTableModel
from app.views.common.workers import Operation, Runner
from app.views.customer.card_callbacks import due_text

MY_CALLBACKS_KEY = "Ctrl+Shift+M"
OVERDUE = QColor("#b42318")


class MyCallbacksModel(RowTableModel[CallbackRow]):
    """Due (overdue in red and in words), customer, reason; rows in the order the service gives."""

    DUE, CUSTOMER, REASON = range(3)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        self.now = datetime.now(UTC)
        super().__init__(parent)

    def columns(self) -> tuple[Column[CallbackRow], ...]:
        return (
            Column(self.tr("Due"), lambda row: due_text(row, self._locale, self.now),
                   foreground=lambda row: QBrush(OVERDUE) if row.overdue(self.now) else None),
            Column(self.tr("Customer"), _customer),
            Column(self.tr("Reason"), lambda row: row.note),
        )  # fmt: skip

    def set_rows(self, rows: Sequence[CallbackRow], now: datetime | None = None) -> None:
        self.now = now or datetime.now(UTC)
        # Overdue first, then by due time (the service's order already; said here as well).
        super().set_rows(sorted(rows, key=lambda row: (not row.overdue(self.now), row.due_at)))


def _customer(row: CallbackRow) -> str:
    return " ".join(part for part in (row.customer_name, row.customer_number and
                                      f"({row.customer_number})") if part)  # fmt: skip


class MyCallbacksWindow(QWidget):
    """A non-modal tool window over the desk: the call goes on, and no panel of the desk is
    squeezed to make room for it (at 1024×700 every pixel is the card's).

    Keyboard only: the first row is current when the list takes the focus, Up/Down move,
    Enter emits `chosen` with the row and hides the list, Esc hides it; either way the window
    gets the focus back (`closed`).
    """

    chosen = Signal(object)  # CallbackRow
    loaded = Signal()
    closed = Signal()  # by Esc: the window puts the focus back where the work is

    def __init__(
        self,
        runner: Runner,
        load: Callable[[], list[CallbackRow]],
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setWindowTitle(self.tr("My callbacks  %1").replace("%1", MY_CALLBACKS_KEY))
        self.setObjectName("myCallbacks")
        self._runner = runner
        self._load = load
        self.model = MyCallbacksModel(locale, self)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close_panel)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.resize(720, 320)
        self.hide()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("My open callbacks"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MyCallbacksModel.REASON, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)  # Enter (and a double click)
        table.installEventFilter(self)
        return table

    def open_panel(self) -> None:
        """Show, (re)load and take the focus: the list is fresh each time it is asked for."""
        parent = self.parentWidget()
        if not self.isVisible() and parent is not None:
            # Over the left of the desk (search list and card), clear of the wrap-up.
            self.move(parent.mapToGlobal(parent.rect().topLeft()) + QPoint(40, 90))
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.refresh()

    def refresh(self) -> None:
        self._runner.submit(
            Operation(
                work=self._load,
                on_success=self.show_rows,
                on_failure=lambda e: self.summary.setText(
                    self.tr("Could not load your callbacks: %1").replace("%1", str(e))
                ),
                key="my-callbacks",
            )
        )

    def show_rows(self, rows: Sequence[CallbackRow], now: datetime | None = None) -> None:
        self.model.set_rows(rows, now)
        count = self.model.rowCount()
        overdue = sum(row.overdue(self.model.now) for row in self.model.rows())
        text = self.tr("%n open callback(s)", "", count)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.summary.setText(text if count else self.tr("No open callbacks. Well done."))
        self._first_current()
        self.loaded.emit()

    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn:
            self._first_current()
        return super().eventFilter(watched, event)

    def _first_current(self) -> None:
        """The first row is current whenever there is none, so Enter always has a row."""
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            self.close_panel()  # back to the desk, where the call is worked
            self.chosen.emit(row)
