""" "My queue" (Ctrl+Shift+M): my callbacks, follow-ups and campaign entries, and the team pool."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.queue.entries import QueueEntry
from app.views.common.fit_columns import fit_columns
from app.views.common.keyboard import keyboard_list, select_current_row
from app.views.common.workers import Operation, Runner
from app.views.tools.queue_model import MyQueueModel, PoolModel, customer_text, state_text

if TYPE_CHECKING:
    from app.services.queue.work_queue import WorkQueueService

MY_QUEUE_KEY = "Ctrl+Shift+M"
NEXT_KEY = "Ctrl+Shift+N"  # the desk's; a tool window shares its parent's window shortcuts
TAKE_KEY = "T"
TAB_MINE, TAB_POOL = 0, 1
REASON_ROOM = 220  # the reason is why the call is made: it keeps at least this much


class MyQueueWindow(QWidget):
    """A non-modal tool window over the desk (the call goes on, no panel is squeezed).

    Keyboard only: Ctrl+Tab switches between my queue and the team pool, Up/Down
    move, Enter on my item opens its customer (`chosen`), Enter or T on a pool item takes it;
    a refused take is said in the panel's message line, never in a dialog. Esc hides.
    """

    chosen = Signal(object)  # QueueEntry: open its customer
    taken = Signal(object)  # QueueEntry: now mine
    loaded = Signal()
    closed = Signal()

    def __init__(
        self,
        runner: Runner,
        queue: Callable[[], WorkQueueService],
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setWindowTitle(self.tr("My queue  %1").replace("%1", MY_QUEUE_KEY))
        self.setObjectName("myQueue")
        self._runner = runner
        self._queue = queue  # looked up when the work runs: the window may exist before it
        self._locale = locale
        self.model = MyQueueModel(locale, self)
        self.pool_model = PoolModel(locale, self)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.pool_summary = QLabel()
        self.pool_summary.setObjectName("muted")
        self.pool_summary.setWordWrap(True)
        self.table = self._make_table(self.model, self.tr("My queue"), MyQueueModel.REASON)
        self.pool = self._make_table(self.pool_model, self.tr("Team pool"), PoolModel.REASON)
        self.take_button = QPushButton(self.tr("Take  %1").replace("%1", TAKE_KEY))
        self.take_button.clicked.connect(self.take_current)
        self.message = QLabel()  # refusals and results: read where the eyes already are
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Queue message"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._page(self.summary, self.table), self.tr("My queue"))
        pool_page = self._page(self.pool_summary, self.pool)
        take_row = QHBoxLayout()
        take_row.addStretch(1)
        take_row.addWidget(self.take_button)
        pool_page.layout().addLayout(take_row)
        self.tabs.addTab(pool_page, self.tr("Team pool"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self._keys()
        # Columns fitted after the rows arrive and on every resize (debounced).
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit)
        self.resize(980, 380)
        self.hide()

    def _page(self, summary: QLabel, table: QTableView) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(summary)
        box.addWidget(table, 1)
        return page

    def _make_table(self, model: MyQueueModel, name: str, stretch: int) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(lambda index, t=table: self._activated(t, index))
        return keyboard_list(table)

    def _keys(self) -> None:
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close_panel)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        take = QShortcut(QKeySequence(TAKE_KEY), self.pool, activated=self.take_current)
        take.setContext(Qt.ShortcutContext.WidgetShortcut)  # a T typed anywhere else is a T

    # -- showing -------------------------------------------------------------------------------
    def open_panel(self) -> None:
        """Show, (re)load and take the focus: the lists are fresh each time they are asked for."""
        parent = self.parentWidget()
        if not self.isVisible() and parent is not None:
            self.resize(min(1600, parent.width() - 80), min(420, parent.height() - 160))
            self.move(parent.mapToGlobal(parent.rect().topLeft()) + QPoint(40, 90))
        self.show()
        self.raise_()
        self.activateWindow()
        self.show_tab(self.tabs.currentIndex())
        self.refresh()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        table = self.pool if index == TAB_POOL else self.table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        select_current_row(table)

    def refresh_if_visible(self) -> None:
        """After a save that touched the queue, or a pull: only an open panel asks again."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        for work, shown, key in (
            (lambda: self._queue().mine(), self.show_rows, "my-queue"),
            (lambda: self._queue().pool(), self.show_pool, "queue-pool"),
        ):
            self._runner.submit(
                Operation(work=work, on_success=shown, on_failure=self._load_failed, key=key)
            )

    def show_rows(self, rows: Sequence[QueueEntry]) -> None:
        self.model.set_rows(rows)
        count, overdue = self.model.rowCount(), self.model.overdue_count()
        text = self.tr("%n item(s)", "", count)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        callable_now = self.model.callable_count()
        if count:
            text += " · " + self.tr("%n callable now", "", callable_now)
        self.summary.setText(text if count else self.tr("Nothing in your queue. Well done."))
        self.tabs.setTabText(TAB_MINE, self.tr("My queue (%1)").replace("%1", str(count)))
        self._keep_current(self.table)
        self._fit_timer.start()
        self.loaded.emit()

    def show_pool(self, rows: Sequence[QueueEntry]) -> None:
        self.pool_model.set_rows(rows)
        count = self.pool_model.rowCount()
        self.pool_summary.setText(
            self.tr("%n item(s) nobody has taken yet", "", count)
            if count
            else self.tr("The team pool is empty.")
        )
        self.tabs.setTabText(TAB_POOL, self.tr("Team pool (%1)").replace("%1", str(count)))
        self.take_button.setEnabled(bool(count))
        self._keep_current(self.pool)
        self._fit_timer.start()

    def say(self, text: str, problem: bool = False) -> None:
        self.message.setObjectName("fieldError" if problem else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()

    # -- acting --------------------------------------------------------------------------------
    def take_current(self) -> None:
        index = self.pool.currentIndex()
        if not index.isValid():
            return
        entry = self.pool_model.row(index.row())
        self.say(self.tr("Taking %1…").replace("%1", customer_text(entry)))
        self._runner.submit(
            Operation(
                work=lambda: self._queue().take(entry.id),
                on_success=self._taken,
                on_failure=lambda error: self._take_refused(entry, error),
                key="queue-take",
                write=True,
            )
        )

    def _taken(self, entry: QueueEntry) -> None:
        self.say(self.tr("Taken: %1 is in your queue now.").replace("%1", customer_text(entry)))
        self.taken.emit(entry)
        self.refresh()

    def _take_refused(self, entry: QueueEntry, error: BaseException) -> None:
        text = self.tr("Not taken: %1. %2").replace("%1", customer_text(entry))
        self.say(text.replace("%2", str(error)), problem=True)
        self.refresh()  # someone else has it: the pool shows that at once

    def _activated(self, table: QTableView, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if table is self.pool:
            self.take_current()
            return
        entry = self.model.row(index.row())
        if not entry.callable_now:  # no calls outside hours, a closed window or used attempts
            self.say(state_text(entry, self._locale), problem=True)
            return
        self.close_panel()  # back to the desk, where the call is worked
        self.chosen.emit(entry)

    def _load_failed(self, error: BaseException) -> None:
        self.say(self.tr("Could not load the queue: %1").replace("%1", str(error)), problem=True)

    def _tab_changed(self, index: int) -> None:
        self.message.clear()
        if self.isVisible():
            self.show_tab(index)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _fit(self) -> None:
        """Kind, due, customer and state whole where they fit; Reason takes the rest; a narrow
        window drops priority and the window end first (the item's strip repeats them)."""
        optional = (MyQueueModel.PRIORITY, MyQueueModel.WINDOW_END)
        fit_columns(self.table, MyQueueModel.REASON, optional, stretch_room=REASON_ROOM)
        pool_optional = (*optional, PoolModel.ATTEMPTS)
        fit_columns(self.pool, PoolModel.REASON, pool_optional, stretch_room=REASON_ROOM)

    @staticmethod
    def _keep_current(table: QTableView) -> None:
        """A row is current whenever there is one, so Enter always has something to act on."""
        model = table.model()
        if model.rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(model.index(0, 0))
