"""A row of widgets that wraps to fewer columns when its panel is too narrow for one line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget


class WrappingRow(QWidget):
    """One line when it fits, else `narrow_columns` columns: long Russian labels ("Неактуально")
    in a 1024 px window must neither widen the whole column nor be cut."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 4, narrow_columns: int = 2
    ) -> None:
        super().__init__(parent)
        self._narrow = narrow_columns
        self._items: list[QWidget] = []
        self._stretching: set[int] = set()  # items that take the spare width of their line
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)
        # The layout must not pin the row to its one-line width: minimumSizeHint says how
        # narrow it may go, and the row re-arranges itself when it gets there.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def add(self, widget: QWidget, stretch: bool = False) -> None:
        if stretch:
            self._stretching.add(len(self._items))
        self._items.append(widget)
        self._columns = 0
        self._arrange(len(self._items))

    def one_line_width(self) -> int:
        widths = [w.sizeHint().width() for w in self._shown()]
        return sum(widths) + self._grid.spacing() * max(0, len(widths) - 1)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for widget in self._items:
            grid.removeWidget(widget)
        one_line = columns == len(self._items)
        for index, widget in enumerate(self._items):
            row, column = divmod(index, columns)
            if index in self._stretching:
                grid.addWidget(widget, row, column)
            else:
                grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignLeft)
        for column in range(len(self._items) + 1):
            if one_line:
                spare = column == len(self._items) and not self._stretching
                grow = column in self._stretching or spare
            else:
                grow = column < columns
            grid.setColumnStretch(column, 1 if grow else 0)
        self._sync_height()
        self.updateGeometry()

    def _shown(self) -> list[QWidget]:
        # Not isHidden(): that is also true of children never shown yet, before the window
        # first shows, and a height of 0 computed then stays in the parent layout's cache.
        return [w for w in self._items if w.isVisibleTo(self)]

    def _lines(self) -> list[list[QWidget]]:
        step = self._narrow
        return [self._items[i : i + step] for i in range(0, len(self._items), step)]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """One line, or as many as the narrow arrangement takes: the parent reserves it before
        the row is resized, so a wrapped second line is never cut."""
        if width >= self.one_line_width():
            return max((w.sizeHint().height() for w in self._shown()), default=0)
        total = 0
        for line in self._lines():
            visible = [w for w in line if w.isVisibleTo(self)]
            if visible:
                total += max(w.sizeHint().height() for w in visible) + self._grid.spacing()
        return max(total - self._grid.spacing(), 0)

    def minimumSizeHint(self) -> QSize:
        lines = self._lines()
        width = max((sum(_min_width(w) for w in line) for line in lines), default=0)
        width += self._grid.spacing() * (self._narrow - 1)
        return QSize(width, self.heightForWidth(self.width()))

    def sizeHint(self) -> QSize:
        return QSize(self.one_line_width(), self.minimumSizeHint().height())

    def _sync_height(self) -> None:
        """The height as a fixed size: parent layouts read a widget's height-for-width only
        through its layout (a grid of plain buttons has none), and cache the rest."""
        height = self.heightForWidth(self.width())
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            # A child's size changed (new text, the style sheet arrived, a badge shown).
            self._sync_height()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fits = event.size().width() >= self.one_line_width()
        self._arrange(len(self._items) if fits else self._narrow)
        self._sync_height()


def _min_width(widget: QWidget) -> int:
    """As layouts count it: an explicit minimum width wins over the hint."""
    return widget.minimumWidth() or widget.minimumSizeHint().width()
