"""The automatic-action outbox: ledger rows (local messages, webhook deliveries), newest first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import LedgerRow
from app.views.common import formatting
from app.views.common.keyboard import keyboard_list
from app.views.common.labels import channel_name, delivery_status_name
from app.views.common.table_model import Column, Role, RowTableModel
from app.views.common.workers import Operation, Runner

(
    COL_WHEN,
    COL_CUSTOMER,
    COL_RULE,
    COL_ACTION,
    COL_CHANNEL,
    COL_STATUS,
    COL_ATTEMPTS,
    COL_MESSAGE,
) = range(8)
COLUMN_COUNT = 8
FAILED_ROW = QBrush(QColor("#f8d7da"))  # red tint: a delivery failed (the status says so too)

translate = QCoreApplication.translate  # literal arguments below, for pyside6-lupdate


class OutboxModel(RowTableModel[LedgerRow]):
    """Ledger rows as a table; a failed row is tinted and its error is the status tool tip."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        super().__init__(parent)

    def columns(self) -> tuple[Column[LedgerRow], ...]:
        return (
            Column(
                translate("ActionOutbox", "Created"),
                lambda row: formatting.local_datetime(row.created_at, self._locale),
            ),
            Column(translate("ActionOutbox", "Customer"), lambda row: row.external_id),
            Column(translate("ActionOutbox", "Rule"), lambda row: row.rule_id),
            Column(translate("ActionOutbox", "Action"), lambda row: row.action),
            Column(translate("ActionOutbox", "Channel"), lambda row: channel_name(row.channel)),
            Column(
                translate("ActionOutbox", "Status"),
                lambda row: delivery_status_name(row.status),
                tip=lambda row: row.last_error or None,  # why the delivery failed
            ),
            Column(
                translate("ActionOutbox", "Attempts"),
                lambda row: formatting.number(row.attempts, self._locale),
                right=True,
            ),
            Column(translate("ActionOutbox", "Message"), lambda row: row.message),
        )

    def row_data(self, row: LedgerRow, role: int):
        if role == Role.BackgroundRole and row.status == "failed":
            return FAILED_ROW
        return None


class ActionOutbox(QWidget):
    """The outbox panel: a refresh button, the table and a line saying how many rows it shows."""

    loaded = Signal(int)  # rows shown
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        load: Callable[[], list[LedgerRow]],
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._load = load
        self.model = OutboxModel(locale, self)
        self.table = self._build_table()
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Load the outbox again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Automatic actions, newest first"), self), 1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def _build_table(self) -> QTableView:
        table = keyboard_list(QTableView(self))
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Automatic action outbox"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def refresh(self) -> None:
        """Load the rows in the background; a newer refresh supersedes one still running."""
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Loading…"))
        self._runner.submit(
            Operation(
                work=self._load,
                on_success=self._show_rows,
                on_failure=self._load_failed,
                key="action-outbox",
            )
        )

    def _show_rows(self, rows: list[LedgerRow]) -> None:
        self.model.set_rows(rows)
        failed = sum(1 for row in rows if row.status == "failed")
        text = self.tr("%n action(s)", "", len(rows))
        if failed:
            text += " · " + self.tr("%n failed delivery(ies)", "", failed)
        self.status.setText(text if rows else self.tr("No automatic actions yet."))
        self.refresh_button.setEnabled(True)
        self.loaded.emit(len(rows))

    def _load_failed(self, error: BaseException) -> None:
        message = str(error)
        self.status.setText(self.tr("Could not load the outbox: %1").replace("%1", message))
        self.refresh_button.setEnabled(True)
        self.failed.emit(message)
