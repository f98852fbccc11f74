"""The team's members beside the queue: pick one to give work to, or drop rows on one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from app.services.queue.team_queue import Member
from app.views.team.queue_model import item_ids

LOGIN_ROLE = Qt.ItemDataRole.UserRole


class MemberList(QListWidget):
    """Emits `dropped(item ids, login)` when queue rows are dropped on a member."""

    dropped = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        # Long names wrap rather than hide the open-item count behind a scroll bar.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def set_members(self, members: Sequence[Member], counts: dict[str, int],
                    label: Callable[[Member, int], str]) -> None:  # fmt: skip
        """`label(member, open items)` is the line shown; the chosen member stays chosen."""
        chosen = self.current_login()
        self.clear()
        for person in members:
            item = QListWidgetItem(label(person, counts.get(person.login, 0)))
            item.setData(LOGIN_ROLE, person.login)
            item.setToolTip(person.login)
            self.addItem(item)
            if person.login == chosen:
                self.setCurrentItem(item)

    def current_login(self) -> str | None:
        item = self.currentItem()
        return None if item is None else item.data(LOGIN_ROLE)

    def select_login(self, login: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(LOGIN_ROLE) == login:
                self.setCurrentRow(row)
                return

    def logins(self) -> list[str]:
        return [self.item(row).data(LOGIN_ROLE) for row in range(self.count())]

    def _target(self, event: QDropEvent) -> QListWidgetItem | None:
        if not item_ids(event.mimeData()):
            return None
        return self.itemAt(event.position().toPoint())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if item_ids(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self._target(event)
        if target is None:
            event.ignore()
            return
        self.setCurrentItem(target)  # the member the rows would go to is highlighted
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event)
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.dropped.emit(item_ids(event.mimeData()), target.data(LOGIN_ROLE))
