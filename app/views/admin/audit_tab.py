"""The console's Audit log tab: filters, a sortable table, more rows on demand, Ctrl+E export.

The log is read through the audit service (on the server when there is one, which lets only
administrators read it); the CSV is written on a worker thread, whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.reports.audit_log import PAGE, AuditFilter, AuditLogService, AuditPage, AuditRow
from app.views.admin.rule_versions_tab import said
from app.views.common.column_fitter import ColumnFitter
from app.views.common.keyboard import DateEdit, keyboard_list
from app.views.common.table_model import Column, RowTableModel
from app.views.common.workers import Operation, Runner

NO_DATE = QDate(2000, 1, 1)  # the minimum: shown as "any"


class AuditModel(RowTableModel[AuditRow]):
    def columns(self) -> Sequence[Column[AuditRow]]:
        # ISO date-times in local time: unambiguous in an audit, and they sort as text.
        return (
            Column(self.tr("When"), lambda r: r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("Who"), lambda r: r.actor),
            Column(self.tr("Action"), lambda r: r.action),
            Column(self.tr("Target"), lambda r: r.target),
            Column(self.tr("Details"), lambda r: r.details),
        )

    def append(self, rows: Sequence[AuditRow]) -> None:
        self.set_rows([*self.rows(), *rows])


class AuditTab(QWidget):
    def __init__(self, runner: Runner, audit: AuditLogService, locale: QLocale,
                 parent: QWidget | None = None,
                 ask_path: Callable[[str], str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        del locale  # date-times are shown as ISO text (see AuditModel)
        self.setObjectName("auditLog")
        self._runner, self._audit = runner, audit
        self.ask_path = ask_path or self._ask_path
        self.since, self.until = DateEdit(self), DateEdit(self)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("any"))
            edit.setDate(NO_DATE)
        self.actor, self.action, self.target = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.action.setPlaceholderText(self.tr("e.g. wrapup_codes or role.create"))
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.clicked.connect(self.refresh)
        for edit in (self.actor, self.action, self.target):
            edit.returnPressed.connect(self.refresh)
        filters = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.until)
        dates.addStretch(1)
        filters.addRow(self.tr("From"), dates)
        filters.addRow(self.tr("Who (login)"), self.actor)
        filters.addRow(self.tr("Action"), self.action)
        filters.addRow(self.tr("Target contains"), self.target)
        self.model = AuditModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self._fitter = ColumnFitter(self.table, self.sorted.columnCount() - 1, ())
        keyboard_list(self.table)
        self.more = QPushButton(self.tr("Show more (Alt+M)"), self)
        self.more.clicked.connect(self.load_more)
        QShortcut(QKeySequence("Alt+M"), self, activated=self._more_if_any,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.more.setEnabled(False)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addLayout(filters, 1)
        top.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._wanted = AuditFilter()

    def title(self) -> str:
        return self.tr("Audit log")

    def focus_filter(self) -> None:
        self.actor.setFocus()
        self.actor.selectAll()

    def current_filter(self, offset: int = 0) -> AuditFilter:
        until = _day(self.until.date())
        return AuditFilter(
            since=_start(_day(self.since.date())),
            until=_start(until + timedelta(days=1)) if until else None,
            actor=self.actor.text(), action=self.action.text(), target=self.target.text(),
            limit=PAGE, offset=offset,
        )  # fmt: skip

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._wanted = self.current_filter()
        wanted = self._wanted
        self._runner.submit(Operation(work=lambda: self._audit.read(wanted), key="admin-audit",
                                      on_success=lambda page: self._show(page, fresh=True),
                                      on_failure=self._failed))  # fmt: skip

    def load_more(self) -> None:
        wanted = replace(self._wanted, offset=self.model.rowCount())
        self._runner.submit(Operation(work=lambda: self._audit.read(wanted), key="admin-audit",
                                      on_success=lambda page: self._show(page, fresh=False),
                                      on_failure=self._failed))  # fmt: skip

    def _more_if_any(self) -> None:
        if self.more.isEnabled():
            self.load_more()

    def _show(self, page: AuditPage, *, fresh: bool) -> None:
        if fresh:
            self.model.set_rows(page.rows)
        else:
            self.model.append(page.rows)
        self.more.setEnabled(page.more)
        shown = self.tr("%n row(s) shown", "", self.model.rowCount())
        if page.more:
            shown += " " + self.tr("(more match: Alt+M shows more)")
        self.status.setText(shown)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Could not read the audit log: %1").replace("%1", said(error)))

    # -- export --------------------------------------------------------------------------------
    def export(self) -> None:
        path = self.ask_path(f"audit-{date.today().isoformat()}.csv")
        if not path:
            return
        wanted = self.current_filter()
        self.status.setText(self.tr("Saving to %1…").replace("%1", path))
        self._runner.submit(Operation(
            work=lambda: self._audit.export(Path(path), wanted), key="admin-audit-export",
            on_success=lambda rows: self.status.setText(
                self.tr("%n row(s) saved to %1", "", rows).replace("%1", path)),
            on_failure=lambda error: self.status.setText(
                self.tr("Could not save %1: %2").replace("%1", path).replace("%2", said(error))),
        ))  # fmt: skip

    def _ask_path(self, name: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), name, self.tr("CSV files (*.csv)")
        )
        return path


def _day(value: QDate) -> date | None:
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def _start(day: date | None) -> datetime | None:
    """Midnight at the start of `day` in this computer's time zone (aware)."""
    return datetime.combine(day, time(0)).astimezone() if day is not None else None
