"""The automatic-action outbox: ledger rows (local messages, webhook deliveries), newest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
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
from app.views.common.workers import Operation, Runner
from app.views.customer.card_sections import channel_name

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


def _headers() -> list[str]:
    return [
        translate("ActionOutbox", "Created"),
        translate("ActionOutbox", "Customer"),
        translate("ActionOutbox", "Rule"),
        translate("ActionOutbox", "Action"),
        translate("ActionOutbox", "Channel"),
        translate("ActionOutbox", "Status"),
        translate("ActionOutbox", "Attempts"),
        translate("ActionOutbox", "Message"),
    ]


def status_name(status: str) -> str:
    names = {
        "pending": translate("ActionOutbox", "Waiting to send"),
        "delivered": translate("ActionOutbox", "Delivered"),
        "failed": translate("ActionOutbox", "Delivery failed"),
        "local": translate("ActionOutbox", "Local outbox"),
    }
    return names.get(status, status)


class OutboxModel(QAbstractTableModel):
    """Ledger rows as a table; a failed row is tinted and its error is the status tool tip."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._headers = _headers()
        self._rows: list[LedgerRow] = []

    def set_rows(self, rows: Sequence[LedgerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def ledger_row(self, row: int) -> LedgerRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_STATUS and row.last_error:
                return row.last_error
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.status == "failed":
            return FAILED_ROW
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: LedgerRow, column: int) -> str:
        if column == COL_WHEN:
            return formatting.local_datetime(row.created_at, self._locale)
        if column == COL_CHANNEL:
            return channel_name(row.channel)
        if column == COL_STATUS:
            return status_name(row.status)
        if column == COL_ATTEMPTS:
            return formatting.number(row.attempts, self._locale)
        values = {
            COL_CUSTOMER: row.external_id,
            COL_RULE: row.rule_id,
            COL_ACTION: row.action,
            COL_MESSAGE: row.message,
        }
        return values.get(column, "")


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
        table = QTableView(self)
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
