"""The team lead's queue window: the team's open items, and giving selected ones to a member."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AcrmError
from app.services.queue.team_queue import Member, QueueRow, Reassigned, TeamQueueService
from app.views.common.formatting import local_datetime
from app.views.common.keyboard import keyboard_list
from app.views.common.labels import queue_kind_name
from app.views.common.table_model import Column, RowTableModel
from app.views.common.workers import Operation, Runner

OVERDUE = QColor("#b42318")
REASSIGN_KEY = "Ctrl+Return"


@dataclass(frozen=True, slots=True)
class QueueView:
    """What the window loads in one go, off the GUI thread."""

    rows: list[QueueRow]
    members: list[Member]


def load_queue(service: TeamQueueService) -> QueueView:
    return QueueView(service.open_items(), service.members())


class TeamQueueModel(RowTableModel[QueueRow]):
    """Open items: due (overdue said in words as well as red), kind, customer, assignee, note."""

    DUE, KIND, CUSTOMER, ASSIGNEE, NOTE = range(5)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        self._now = datetime.now(UTC)
        super().__init__(parent)

    def columns(self) -> tuple[Column[QueueRow], ...]:
        return (
            Column(self.tr("Due"), self._due, foreground=self._due_colour),
            Column(self.tr("Kind"), lambda row: queue_kind_name(row.kind)),
            Column(self.tr("Customer"), lambda row: row.customer),
            Column(self.tr("Assigned to"), lambda row: row.assignee or self.tr("nobody")),
            Column(self.tr("Note"), lambda row: row.note),
        )

    def set_rows(self, rows: Sequence[QueueRow], now: datetime | None = None) -> None:
        self._now = now or datetime.now(UTC)
        super().set_rows(rows)

    def overdue(self, row: QueueRow) -> bool:
        return row.due_at < self._now

    def _due(self, row: QueueRow) -> str:
        due = local_datetime(row.due_at, self._locale)
        return self.tr("%1 · overdue").replace("%1", due) if self.overdue(row) else due

    def _due_colour(self, row: QueueRow) -> QBrush | None:
        return QBrush(OVERDUE) if self.overdue(row) else None


class TeamQueueWindow(QMainWindow):
    """Loads and reassigns through the runner (a reassignment is a write: it wakes the sync)."""

    loaded = Signal()
    reassigned = Signal(int)

    def __init__(self, runner: Runner, service: TeamQueueService, locale: QLocale,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self.setWindowTitle(self.tr("Team queue — aCRM Desk"))
        self.model = TeamQueueModel(locale, self)
        self.table = self._make_table()
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Give to"))
        self.member.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.give = QPushButton(self.tr("Give selected to  %1").replace("%1", "Ctrl+Enter"))
        self.give.setObjectName("primary")
        self.give.clicked.connect(self.reassign_selected)
        QShortcut(QKeySequence(REASSIGN_KEY), self, activated=self.reassign_selected)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.setCentralWidget(self._layout())
        self.resize(1000, 520)
        self._enable()

    def _make_table(self) -> QTableView:
        table = keyboard_list(QTableView())
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(
            TeamQueueModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        table.selectionModel().selectionChanged.connect(self._enable)
        return table

    def _layout(self) -> QWidget:
        action = QHBoxLayout()
        action.addWidget(self.summary, 1)
        give_to = QLabel(self.tr("Give to:"))
        give_to.setBuddy(self.member)
        action.addWidget(give_to)
        action.addWidget(self.member)
        action.addWidget(self.give)
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.addWidget(self.table, 1)
        layout.addLayout(action)
        return root

    def refresh(self) -> None:
        self._runner.submit(Operation(work=lambda: load_queue(self._service),
                                      on_success=self._show, on_failure=self._failed,
                                      key="team-queue"))  # fmt: skip

    def _show(self, view: QueueView) -> None:
        chosen = self.member.currentData()
        self.model.set_rows(view.rows)
        self.table.resizeColumnsToContents()  # the note column still takes the rest
        self.member.clear()
        for person in view.members:
            self.member.addItem(f"{person.display_name} ({person.login})", person.login)
        if chosen is not None and (found := self.member.findData(chosen)) >= 0:
            self.member.setCurrentIndex(found)
        overdue = sum(1 for row in view.rows if self.model.overdue(row))
        text = self.tr("%n open item(s)", "", len(view.rows))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.summary.setText(text)
        self.table.setFocus()
        self._enable()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.model.set_rows([])
        self.summary.setText(self._said(error, self.tr("Could not read the team queue: %1")))
        self._enable()
        self.loaded.emit()

    @staticmethod
    def _said(error: BaseException, template: str) -> str:
        """Our own errors are written for people already; others get a leading phrase."""
        return str(error) if isinstance(error, AcrmError) else template.replace("%1", str(error))

    def selected_rows(self) -> list[QueueRow]:
        picked = self.table.selectionModel().selectedRows()
        return [self.model.row(index.row()) for index in sorted(picked, key=lambda i: i.row())]

    def _enable(self, *_args: object) -> None:
        self.give.setEnabled(bool(self.table.selectionModel().selectedRows())
                             and self.member.count() > 0)  # fmt: skip

    def reassign_selected(self) -> None:
        rows, login = self.selected_rows(), self.member.currentData()
        if not rows or login is None:
            return
        self.give.setEnabled(False)  # one at a time; the reload enables it again
        ids = [str(row.id) for row in rows]
        self._runner.submit(Operation(work=lambda: self._service.reassign(ids, login),
                                      on_success=self._reassigned,
                                      on_failure=self._reassign_failed, write=True))  # fmt: skip

    def _reassign_failed(self, error: BaseException) -> None:
        """Nothing was written (one transaction): say why and keep the list as it was."""
        self.summary.setText(self._said(error, self.tr("Could not reassign: %1")))
        self._enable()
        self.reassigned.emit(0)

    def _reassigned(self, done: list[Reassigned]) -> None:
        self.reassigned.emit(len(done))
        self.refresh()
