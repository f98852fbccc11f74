"""One figures table: a filter box over a sortable view that keeps selection and scroll."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QRect, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.views.common.keyboard import keyboard_list
from app.views.team.figure_model import KEY_ROLE, SORT_ROLE, FigureTableModel

PADDING = 16  # the header's padding (style sheet: 3px 6px) and its hair line


def _lines(metrics: QFontMetrics, title: str, width: int) -> int:
    """How many lines the title takes, wrapped at spaces into `width` pixels."""
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignCenter)
    height = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), flags, title).height()
    return max(1, round(height / metrics.lineSpacing()))


class TableTab(QWidget):
    """`model` holds the rows, `proxy` filters and sorts them, `table` shows the proxy."""

    def __init__(self, model: FigureTableModel, filter_hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)  # a match in any column keeps the row
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(filter_hint)
        self.filter.setAccessibleName(filter_hint)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = keyboard_list(QTableView())
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Titles wrap onto two lines: nine figures fit a 1024 px window without scrolling.
        wrap = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        header.setDefaultAlignment(Qt.AlignmentFlag(int(wrap)))
        header.setStretchLastSection(False)  # a stretched last column parts figures from names
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        self._sized = False

    def set_rows(self, rows: Sequence[object]) -> None:
        """New figures in place of the old: the same rows stay selected, the view stays put."""
        chosen = self.selected_keys()
        current = self.table.currentIndex().data(KEY_ROLE)
        vertical = self.table.verticalScrollBar().value()
        horizontal = self.table.horizontalScrollBar().value()
        self.model.set_rows(rows)
        if not self._sized:
            # An empty table gets readable titles too (a two-line header cut the third line
            # of the champion/challenger titles while no pair existed); the first rows fit
            # the columns once more, later refreshes keep the widths the lead may have dragged.
            self._fit_columns()
            self._sized = bool(rows)
        self._select(chosen, current)
        self.table.verticalScrollBar().setValue(vertical)
        self.table.horizontalScrollBar().setValue(horizontal)

    def _fit_columns(self) -> None:
        """Each column as wide as its cells or its title's longest word, whichever is wider."""
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        lines = 1
        for column in range(self.proxy.columnCount()):
            title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
            word = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            self.table.resizeColumnToContents(column)
            cells = self.table.sizeHintForColumn(column)
            width = max(cells, word + PADDING)
            while _lines(metrics, title, width - PADDING) > 2:
                width += 8  # never a third line: the header is two lines high
            self.table.setColumnWidth(column, width)
            lines = max(lines, _lines(metrics, title, width - PADDING))
        header.setFixedHeight(metrics.lineSpacing() * min(lines, 2) + 14)

    def selected_keys(self) -> list[str]:
        return [index.data(KEY_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _select(self, keys: list[str], current: str | None) -> None:
        wanted = set(keys)
        selection = QItemSelection()
        flags = QItemSelectionModel.SelectionFlag
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            key = index.data(KEY_ROLE)
            if key == current:
                self.table.selectionModel().setCurrentIndex(index, flags.NoUpdate)
            if key in wanted:
                selection.select(index, index)
        self.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def export_model(self) -> QSortFilterProxyModel:
        """What CSV export writes: the rows as shown."""
        return self.proxy
