"""A team-workspace table shows whole titles even before it has rows (the champion/challenger
table, empty until a rule names a challenger, cut its titles at two of three lines)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics

from app.views.team.effectiveness_model import PairsModel
from app.views.team.table_tab import PADDING, TableTab, _lines


def title_lines(tab: TableTab) -> list[int]:
    header = tab.table.horizontalHeader()
    bold = QFont(header.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    return [
        _lines(
            metrics,
            str(tab.proxy.headerData(c, Qt.Orientation.Horizontal)),
            tab.table.columnWidth(c) - PADDING,
        )
        for c in range(tab.proxy.columnCount())
    ]


def test_an_empty_table_fits_every_title_in_two_lines(qtbot) -> None:
    tab = TableTab(PairsModel(QLocale("pl_PL")), "Filter pairs")
    qtbot.addWidget(tab)
    tab.set_rows([])
    lines = title_lines(tab)
    assert max(lines) == 2  # "Challenger share, configured" wraps, and only once
    metrics = QFontMetrics(tab.table.horizontalHeader().font())
    assert tab.table.horizontalHeader().height() >= 2 * metrics.lineSpacing()
