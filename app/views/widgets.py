"""Small shared building blocks: titled sections, state badges and read-only tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Section(QFrame):
    """A titled, lightly framed block of the card (styled by `QFrame#section` in style.qss)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        self.title = QLabel(title, self)
        self.title.setObjectName("sectionTitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 10)
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


class ReadOnlyTable(QTableWidget):
    """A compact table for a handful of rows; one column (default: the last) stretches."""

    def __init__(
        self, headers: Sequence[str], stretch: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(0, len(headers), parent)
        # Never a horizontal scroll bar: the `stretch` column gives way (elided, full text as tip).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalHeaderLabels(list(headers))
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
        self, rows: Sequence[Sequence[str]], right_aligned: Sequence[int] = (), max_rows: int = 8
    ) -> None:
        """Replace the rows; the table grows to fit up to `max_rows` before it scrolls."""
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in right_aligned:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(r, c, item)
        shown = max(1, min(len(rows), max_rows))
        height = (
            self.horizontalHeader().height() + shown * self.verticalHeader().defaultSectionSize()
        )
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)
