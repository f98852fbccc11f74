"""The console's "Desks" tab: every desk's last heartbeat and state, read on the shared server."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.desks.health import DEFAULT_SILENT_MINUTES, DeskHealth, DeskHealthService
from app.views.admin.desks_model import SORT_ROLE, STATE, DeskTableModel
from app.views.common.column_fitter import ColumnFitter
from app.views.common.workers import Operation, Runner


class DesksTab(QWidget):
    """Refreshed through the runner (on opening, F5 or its button); Ctrl+F filters."""

    def __init__(self, runner: Runner, service: DeskHealthService, locale: QLocale,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner, self._service = runner, service
        self.model = DeskTableModel(locale, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)  # a match in any column keeps the row
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.summary = QLabel(self)
        self.summary.setObjectName("desksSummary")
        self.summary.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter desks (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter desks"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(DEFAULT_SILENT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Silent after minutes"))
        self.minutes.valueChanged.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.table = self._table()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(QLabel(self.tr("Silent after"), self))
        row.addWidget(self.minutes)
        row.addWidget(self.refresh_button)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        if not service.has_server:
            self._say(self.tr("This desk works on its own database: there is no shared server, "
                              "so no desk reports its health here."))  # fmt: skip
            for widget in (self.filter, self.minutes, self.refresh_button, self.table):
                widget.setEnabled(False)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(STATE, Qt.SortOrder.AscendingOrder)  # the most urgent on top
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitter = ColumnFitter(table, self.proxy.columnCount() - 1, ())  # last error
        return table

    def refresh(self) -> None:
        """Read the desks off the GUI thread; a newer refresh supersedes an older one."""
        if not self._service.has_server:
            return
        minutes = self.minutes.value()
        self.refresh_button.setEnabled(False)
        self._runner.submit(Operation(
            work=lambda: self._service.desks(minutes), on_success=self._show,
            on_failure=self._failed, key="admin-desks",
        ))  # fmt: skip

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _show(self, desks: Sequence[DeskHealth]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_rows(desks)
        self.table.resizeColumnsToContents()
        unhealthy = sum(1 for desk in desks if not desk.healthy)
        if not desks:
            self._say(self.tr("No desk has reported its health yet."))
        elif unhealthy:
            self._say(self.tr("%1 desks, %2 need attention.")
                      .replace("%1", str(len(desks))).replace("%2", str(unhealthy)))  # fmt: skip
        else:
            self._say(self.tr("%1 desks, all healthy.").replace("%1", str(len(desks))))

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self._say(self.tr("Could not read the desks from the server: %1").replace("%1", str(error)))

    def _say(self, text: str) -> None:
        self.summary.setText(text)
