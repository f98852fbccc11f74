"""Table columns sized to their content, one stretching column taking what is left.

A narrow window (1024 px) hides the columns named optional (what a detail pane or the row's
colour repeats) rather than cutting the others or pushing them out of sight.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

STRETCH_ROOM = 140  # the stretching column keeps at least this much (elided, whole in its tip)
MOST_ROWS = 200  # rows measured: enough to size a column, cheap on a long history


def title_width(table: QTableView, column: int) -> int:
    """The column's title whole. Measured in bold with the style sheet's padding (3px 6px)
    too: before the header's first paint Qt's own hint is that of a plain title."""
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setWeight(QFont.Weight.DemiBold)
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    return max(header.sectionSizeHint(column), QFontMetrics(bold).horizontalAdvance(title) + 16)


def content_width(table: QTableView, column: int) -> int:
    model = table.model()
    widest = title_width(table, column)
    for row in range(min(model.rowCount(), MOST_ROWS)):
        widest = max(widest, table.sizeHintForIndex(model.index(row, column)).width())
    return widest + 2  # the grid's hair line


def fit_columns(
    table: QTableView,
    stretch: int,
    optional: Sequence[int],
    columns: Sequence[int] | None = None,
    stretch_room: int = STRETCH_ROOM,
) -> None:
    """Each of `columns` (default: all) at its content's width, `stretch` fills the rest; the
    `optional` columns, in order, give way while the rest would not fit."""
    model = table.model()
    room = table.viewport().width()
    candidates = range(model.columnCount()) if columns is None else columns
    widths = {c: content_width(table, c) for c in candidates if c != stretch}
    hidden: set[int] = set()
    for column in optional:
        if sum(w for c, w in widths.items() if c not in hidden) + stretch_room <= room:
            break
        hidden.add(column)
    shown = {c: w for c, w in widths.items() if c not in hidden}
    titles = {c: title_width(table, c) for c in shown}
    _cap_widest(shown, titles, room - stretch_room, keep=min(shown, default=0))
    header = table.horizontalHeader()
    for column, width in widths.items():
        width = shown.get(column, width)
        table.setColumnHidden(column, column in hidden)
        if column not in hidden:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _cap_widest(widths: dict[int, int], titles: dict[int, int], room: int, keep: int) -> None:
    """Still too wide once the optional columns are gone (Russian labels at 1024 px): the
    widest columns but `keep` (the date) are cut to a common width; cells keep their text as
    a tip; never narrower than their titles."""
    flexible = {c: w for c, w in widths.items() if c != keep}
    fixed = widths.get(keep, 0)

    def capped(cap: int) -> dict[int, int]:
        return {c: min(w, max(cap, titles[c])) for c, w in flexible.items()}

    if not flexible or fixed + sum(flexible.values()) <= room:
        return
    cap = max(flexible.values())
    while cap > 40 and fixed + sum(capped(cap).values()) > room:
        cap -= 4
    widths.update(capped(cap))
