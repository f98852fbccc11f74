"""The team lead's queue tab: filter, sort and select open items, give them to a member."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AcrmError
from app.services.queue.team_queue import Member, QueueRow, Reassigned, TeamQueueService
from app.views.common.column_fitter import ColumnFitter
from app.views.common.keyboard import keyboard_list
from app.views.common.workers import Operation, Runner
from app.views.team.member_list import MemberList
from app.views.team.queue_model import SORT_ROLE, QueueTabModel
from app.views.team.reload import CoalescingLoader

REASSIGN_KEY = "Ctrl+R"
MEMBERS_MOST = 320  # px: the members list beside the queue never takes the table's room


@dataclass(frozen=True, slots=True)
class TeamQueueView:
    rows: list[QueueRow]
    members: list[Member]


def load_team_queue(service: TeamQueueService) -> TeamQueueView:
    return TeamQueueView(service.open_items(), service.members())


class TeamQueueTab(QWidget):
    """Every change goes through TeamQueueService.reassign on the writer thread (all or none);
    a refusal is said in the tab and the rows stay as they were."""

    loaded = Signal()
    reassigned = Signal(int)  # items given; 0 after a refusal
    refused = Signal(str)

    def __init__(self, runner: Runner, service: TeamQueueService, locale: QLocale,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._giving = False
        self.model = QueueTabModel(locale, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: customer, member, note…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter"))
        self.table = self._make_table()
        self.members = MemberList()
        self.members.setAccessibleName(self.tr("Team members"))
        self.give = QPushButton(self.tr("Give to member  %1").replace("%1", REASSIGN_KEY))
        self.give.setObjectName("primary")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self._loader = CoalescingLoader(runner, f"team-queue-{id(self)}",
                                        lambda: load_team_queue(service),
                                        self._show, self._load_failed)  # fmt: skip
        self._lay_out()
        self._connect()
        self._enable()

    def _make_table(self) -> QTableView:
        table = keyboard_list(QTableView())
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(QueueTabModel.DUE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Open items"))
        self._fitter = ColumnFitter(table, QueueTabModel.NOTE, (QueueTabModel.KIND,))
        return table

    def _lay_out(self) -> None:
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.summary, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.message)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        members_label = QLabel(self.tr("&Members (drop rows on one):"))
        members_label.setBuddy(self.members)
        members_label.setWordWrap(True)
        side.addWidget(members_label)
        side.addWidget(self.members, 1)
        side.addWidget(self.give)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        right.setMaximumWidth(MEMBERS_MOST)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.filter.textChanged.connect(self._filter)
        self.give.clicked.connect(self.reassign_selected)
        QShortcut(QKeySequence(REASSIGN_KEY), self, activated=self.reassign_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.members.currentItemChanged.connect(self._enable)
        self.members.dropped.connect(self.reassign)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._summarise()

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload on a worker; calls during a load fold into one more load after it."""
        self._loader.request()

    def _show(self, view: TeamQueueView) -> None:
        kept = self.selected_ids()
        current = self.table.currentIndex()
        current_id = str(self.model.row(self.proxy.mapToSource(current).row()).id) \
            if current.isValid() else None  # fmt: skip
        self.model.set_rows(view.rows)
        self._fitter.later()
        counts = Counter(row.assignee for row in view.rows)
        self.members.set_members(view.members, dict(counts), self._member_line)
        if self.members.currentItem() is None and self.members.count():
            self.members.setCurrentRow(0)
        self._select_ids(kept, current_id)
        self._summarise()
        self._enable()
        self.loaded.emit()

    def _member_line(self, person: Member, open_items: int) -> str:
        return self.tr("%1 — %n open", "", open_items).replace("%1", person.display_name)

    def _load_failed(self, error: BaseException) -> None:
        self._say(_said(error, self.tr("Could not read the team queue: %1")))
        self.loaded.emit()

    def _summarise(self) -> None:
        rows = self.model.rows()
        overdue = sum(1 for row in rows if self.model.overdue(row))
        text = self.tr("%n open item(s)", "", len(rows))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        if self.proxy.rowCount() != len(rows):
            text += " · " + self.tr("%n shown", "", self.proxy.rowCount())
        self.summary.setText(text)

    # -- selection -----------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        picked = self.table.selectionModel().selectedRows()
        rows = sorted(self.proxy.mapToSource(index).row() for index in picked)
        return [str(self.model.row(r).id) for r in rows]

    def _select_ids(self, ids: Sequence[str], current_id: str | None) -> None:
        selection = QItemSelection()
        for item_id in ids:
            found = self.model.find(item_id)
            if found >= 0:
                index = self.proxy.mapFromSource(self.model.index(found, 0))
                if index.isValid():
                    selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | \
            QItemSelectionModel.SelectionFlag.Rows  # fmt: skip
        self.table.selectionModel().select(selection, flags)
        if current_id is not None and (found := self.model.find(current_id)) >= 0:
            index = self.proxy.mapFromSource(self.model.index(found, 0))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _enable(self, *_args: object) -> None:
        self.give.setEnabled(not self._giving and bool(self.selected_ids())
                             and self.members.current_login() is not None)  # fmt: skip

    # -- giving --------------------------------------------------------------------------------
    def reassign_selected(self) -> None:
        login = self.members.current_login()
        if login is not None:
            self.reassign(self.selected_ids(), login)

    def reassign(self, ids: list[str], login: str) -> None:
        """The same service call for the button, Ctrl+R and a drop on a member."""
        if not ids or self._giving:
            return
        self._giving = True
        self._enable()
        self.members.select_login(login)
        self._runner.submit(Operation(work=lambda: self._service.reassign(ids, login),
                                      on_success=self._reassigned,
                                      on_failure=self._reassign_failed, write=True))  # fmt: skip

    def _reassigned(self, done: list[Reassigned]) -> None:
        self._giving = False
        self.message.hide()
        if done:
            self.summary.setText(self.tr("%n item(s) given to %1", "", len(done))
                                 .replace("%1", done[0].assignee))  # fmt: skip
        self.reassigned.emit(len(done))
        self.refresh()

    def _reassign_failed(self, error: BaseException) -> None:
        """Nothing was written (one transaction): say why; the rows and selection stay."""
        self._giving = False
        self._say(_said(error, self.tr("Could not reassign: %1")))
        self._enable()
        self.refused.emit(str(error))
        self.reassigned.emit(0)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _said(error: BaseException, template: str) -> str:
    return str(error) if isinstance(error, AcrmError) else template.replace("%1", str(error))
