"""Keep a table's columns fitted to its width (common.fit_columns) whenever the table resizes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView

from app.views.common.fit_columns import fit_columns


class ColumnFitter(QObject):
    """Fits after the table's size or rows change, once per burst (a timer folds them).

    The table's model must be set first: its resets and new rows refit the columns too.
    """

    def __init__(self, table: QTableView, stretch: int, optional: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._optional = tuple(optional)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def later(self) -> None:
        self._timer.start()

    def fit(self) -> None:
        if self._table.isVisible():  # an empty table still shows its titles whole
            fit_columns(self._table, self._stretch, self._optional)
