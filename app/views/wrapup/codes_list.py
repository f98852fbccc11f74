"""Wrap-up codes as a checkable list: Space toggles, typing jumps to a code (type-ahead)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from app.services.dto import WrapUpCodeRow
from app.views.common.labels import wrapup_code_name

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 7


class CodesList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Wrap-up codes (Space to tick)"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._toggle)  # Enter ticks too, like a mouse double-click
        # Codes of a restored draft that arrive before the catalogue: ticked when it comes.
        self._pending: set[str] = set()

    def set_codes(self, codes: Sequence[WrapUpCodeRow]) -> None:
        ticked = set(self.checked()) | self._pending
        self._pending = set()
        self.clear()
        for row in codes:
            # The label alone, so type-ahead finds "Card blocked" by typing "card"; code as a tip.
            name = wrapup_code_name(row)  # in the viewer's language (the catalogue's labels)
            item = QListWidgetItem(name, self)
            item.setToolTip(f"{name} ({row.code})")
            item.setData(CODE_ROLE, row.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.code in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if self.count():
            self.setCurrentRow(0)
        # As tall as a short catalogue; a long one scrolls past 7 rows (type-ahead finds a code)
        # so the offers below the wrap-up keep their room during the call.
        rows = max(3, min(self.count(), VISIBLE_ROWS))
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 18) + 2 * self.frameWidth() + 4)

    def checked(self) -> tuple[str, ...]:
        if not self.count():
            return tuple(sorted(self._pending))
        return tuple(
            self.item(i).data(CODE_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        self._pending = wanted if not self.count() else set()
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(CODE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _toggle(self, item: QListWidgetItem) -> None:
        on = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
