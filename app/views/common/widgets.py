"""Small shared building blocks: titled sections, state badges and read-only tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.views.common.keyboard import keyboard_list
from app.views.common.table_model import Column, Role, RowTableModel

MARKED_ROW = QBrush(QColor("#fdecc8"))  # amber: needs attention (an open complaint)


class Section(QFrame):
    """A titled, lightly framed block of the card (styled by `QFrame#section` in style.qss)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        self.title = QLabel(title, self)
        self.title.setObjectName("sectionTitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 6, 10, 8)
        self.body.setSpacing(6)
        self.body.addWidget(self.title)
        self.setAccessibleName(title)


def badge(text: str, state: str, parent: QWidget | None = None) -> QLabel:
    """A pill with text; `state` (ok, warn, bad, info, neutral) only picks its colour."""
    label = QLabel(text, parent)
    label.setObjectName("badge")
    label.setProperty("state", state)
    label.setAccessibleName(text)
    return label


def set_badge(label: QLabel, text: str, state: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)
    label.setProperty("state", state)
    # A dynamic property change needs a re-polish for the style sheet to notice it.
    label.style().unpolish(label)
    label.style().polish(label)


def muted(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


@dataclass(frozen=True, slots=True)
class _TextRow:
    cells: Sequence[str]
    marked: bool = False
    tips: Mapping[int, str] = field(default_factory=dict)  # column -> tool tip


class _RowsModel(RowTableModel[_TextRow]):
    """Plain text rows; one reset per customer instead of one view update per cell."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        self._headers = list(headers)
        super().__init__(parent)

    def columns(self, right: Sequence[int] = ()) -> tuple[Column[_TextRow], ...]:
        return tuple(
            Column(
                header,
                lambda row, i=i: row.cells[i],
                # The cell's own text by default: a squeezed column elides it (see _give_way).
                lambda row, i=i: row.tips.get(i) or row.cells[i] or None,
                right=i in right,
            )
            for i, header in enumerate(self._headers)
        )

    def set_text_rows(
        self,
        rows: Sequence[Sequence[str]],
        right: Sequence[int],
        marked: Sequence[int],
        tips: Mapping[tuple[int, int], str],
    ) -> None:
        """Which columns are right-aligned changes with the data, so the columns go with it."""
        by_row: dict[int, dict[int, str]] = {}
        for (r, c), tip in tips.items():
            by_row.setdefault(r, {})[c] = tip
        marked_rows = frozenset(marked)
        self.beginResetModel()
        self._columns = self.columns(right)
        self._rows = [
            _TextRow(cells, r in marked_rows, by_row.get(r, {})) for r, cells in enumerate(rows)
        ]
        self.endResetModel()

    def row_data(self, row: _TextRow, role: int):
        return MARKED_ROW if role == Role.BackgroundRole and row.marked else None


# Names people tell apart by both ends ("Kampania lokat 2026 — jesień" vs "… — wiosna"): cut in the
# middle, never to a bare "Kampania…"; the cell's tool tip holds the whole name.
NAMES_ELIDE = Qt.TextElideMode.ElideMiddle


class ReadOnlyTable(QTableView):
    """A compact table for a handful of rows; one column (default: the last) stretches."""

    def __init__(
        self,
        headers: Sequence[str],
        stretch: int | None = None,
        parent: QWidget | None = None,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._stretch = len(headers) - 1 if stretch is None else stretch
        self._right_aligned: frozenset[int] = frozenset()
        self._squeezed: set[int] = set()  # text columns giving way to the stretching one
        self.rows_model = _RowsModel(headers, self)
        self.setModel(self.rows_model)
        keyboard_list(self)
        # Never a horizontal scroll bar: the `stretch` column gives way (elided, full text as tip).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(elide)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(stretch is None)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def fill(
        self,
        rows: Sequence[Sequence[str]],
        right_aligned: Sequence[int] = (),
        max_rows: int = 8,
        marked: Sequence[int] = (),
        tips: Mapping[tuple[int, int], str] | None = None,
    ) -> None:
        """Replace the rows; `marked` rows are highlighted, `tips` overrides cell tool tips.

        The table grows to `max_rows`, then scrolls.
        """
        self.rows_model.set_text_rows(rows, right_aligned, marked, tips or {})
        self._right_aligned = frozenset(right_aligned)
        # Lay out now rather than on Qt's delayed timer, which would cost a second paint pass.
        self._give_way()
        self.doItemsLayout()
        shown = max(1, min(len(rows), max_rows))
        height = (
            self.horizontalHeader().height() + shown * self.verticalHeader().defaultSectionSize()
        )
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # fill() sets only the height
            self._give_way()

    def _give_way(self) -> None:
        """Every column at its content's width; where that leaves the stretching column
        narrower than its own title, the widest text column gives way (elided, its text as the
        tip). Amounts (right-aligned) never do: money is never cut."""
        header = self.horizontalHeader()
        for column in self._squeezed:  # back to its content's width, then see again
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._squeezed = set()
        header.resizeSections()
        # Only columns sized to their content give way (a caller may have set others itself).
        texts = [
            c
            for c in range(self.rows_model.columnCount())
            if c != self._stretch
            and c not in self._right_aligned
            and header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents
        ]
        if self._stretch >= self.rows_model.columnCount() or not texts:
            return
        deficit = header.sectionSizeHint(self._stretch) - header.sectionSize(self._stretch)
        if deficit <= 0:
            return
        widest = max(texts, key=header.sectionSize)
        width = max(header.sectionSizeHint(widest), header.sectionSize(widest) - deficit)
        header.setSectionResizeMode(widest, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(widest, width)
        self._squeezed.add(widest)

    def needed_width(self, stretch_room: int = 110) -> int:
        """The width at which only the stretching column is cut (elided, its text as the tip):
        every other column at its content's or title's width, the stretching one at most
        `stretch_room` wide."""
        header = self.horizontalHeader()
        total = 2 * self.frameWidth() + 2
        for column in range(self.rows_model.columnCount()):
            if self.isColumnHidden(column):
                continue
            if column == self._stretch or column in self._squeezed:
                wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            else:  # sized to its content already (by fill): no second pass over the cells
                wanted = header.sectionSize(column)
            total += min(wanted, stretch_room) if column == self._stretch else wanted
        return total

    def text(self, row: int, column: int) -> str:
        return self.rows_model.index(row, column).data()

    def row_count(self) -> int:
        return self.rows_model.rowCount()


class PairGrid(QWidget):
    """Two-column rows (name, value or state badge) whose labels are reused between customers.

    Reusing labels instead of rebuilding them keeps opening a customer cheap and flicker-free.
    """

    def __init__(self, badges: bool, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._badges = badges
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(0 if badges else 1, 1)
        self._empty = muted(empty_text, self)
        self._grid.addWidget(self._empty, 0, 0, 1, 2)
        self._rows: list[tuple[QLabel, QLabel]] = []

    def set_rows(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """(name, value, state); state colours a badge, or is ignored for plain values."""
        while len(self._rows) < len(rows):
            self._rows.append(self._new_row(len(self._rows) + 1))
        for i, (left, right) in enumerate(self._rows):
            shown = i < len(rows)
            left.setVisible(shown)
            right.setVisible(shown)
            if shown:
                name, value, state = rows[i]
                left.setText(name)
                if self._badges:
                    set_badge(right, value, state)
                else:
                    right.setText(value)
        self._empty.setVisible(not rows)

    def texts(self) -> list[str]:
        """What the rows say, in order (for tests and accessibility checks)."""
        return [label.text() for pair in self._rows for label in pair if label.isVisibleTo(self)]

    def _new_row(self, row: int) -> tuple[QLabel, QLabel]:
        left = QLabel(self)
        if self._badges:
            right = badge("", "neutral", self)
            self._grid.addWidget(left, row, 0)
            self._grid.addWidget(right, row, 1, Qt.AlignmentFlag.AlignRight)
        else:
            left.setObjectName("muted")
            right = QLabel(self)
            right.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(left, row, 0)
            self._grid.addWidget(right, row, 1)
        return left, right
