"""A read-only figures table: display text from RowTableModel, plus a numeric sort role."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt

from app.views.common.table_model import RowTableModel

R = TypeVar("R")
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # what the proxy sorts by: numbers, not text
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the row's identity, to keep the selection


class FigureTableModel(RowTableModel[R]):
    """Subclasses list `columns()` and, in the same order, `sort_keys()` and `row_key`."""

    def sort_keys(self) -> Sequence[Callable[[R], Any]]:
        raise NotImplementedError

    def row_key(self, row: R) -> str:
        raise NotImplementedError

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == SORT_ROLE:
            keys = self.__dict__.get("_keys") or self.__dict__.setdefault("_keys", self.sort_keys())
            return keys[index.column()](self.row(index.row()))
        if index.isValid() and role == KEY_ROLE:
            return self.row_key(self.row(index.row()))
        return super().data(index, role)
