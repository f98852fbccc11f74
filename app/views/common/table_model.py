"""A read-only table model written once: plain row objects, and a tuple of column specs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

R = TypeVar("R")
Role = Qt.ItemDataRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its (translated) header and what each role shows for a row.

    `tip` returning None (or no `tip`) falls back to the cell's text, so a cell elided by the
    view can always be read whole; `foreground` colours this column's cell only.
    """

    header: str
    text: Callable[[R], str]
    tip: Callable[[R], str | None] | None = None
    right: bool = False  # numbers line up on the right
    foreground: Callable[[R], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are plain objects replaced in one reset; subclasses only list their `columns()`.

    Whole-row roles (a tinted background, a custom role) go through `row_data`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        # Asked once: headers are translated when the model is made, like the rest of the UI.
        self._columns: tuple[Column[R], ...] = tuple(self.columns())

    def columns(self) -> Sequence[Column[R]]:
        raise NotImplementedError

    # -- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_data(self, row: R, role: int) -> Any:
        """Roles that belong to the whole row; none by default."""
        return None

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role: int = Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: QModelIndex, role: int = Role.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Role.DisplayRole:
            return column.text(row)
        if role == Role.ToolTipRole:
            tip = column.tip(row) if column.tip is not None else None
            return column.text(row) if tip is None else tip
        if role == Role.TextAlignmentRole and column.right:
            return RIGHT
        if role == Role.ForegroundRole and column.foreground is not None:
            found = column.foreground(row)
            if found is not None:
                return found
        return self.row_data(row, role)
