"""A splitter that puts its panes side by side when they fit, else one above the other."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class AdaptiveSplitter(QSplitter):
    """Its minimum is that of the stacked arrangement, so a window holding it can be as
    narrow as its widest pane (the rule editor at 1024 px in Russian was 1431 px wide)."""

    def __init__(self, parent: QWidget | None = None, first_share: float = 0.6) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self._first_share = first_share  # of the length, for the first pane after a switch

    def _panes(self) -> list[QWidget]:
        return [self.widget(i) for i in range(self.count()) if not self.widget(i).isHidden()]

    def side_by_side_width(self) -> int:
        widths = [pane.minimumSizeHint().expandedTo(pane.minimumSize()).width()
                  for pane in self._panes()]  # fmt: skip
        return sum(widths) + self.handleWidth() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        sizes = [pane.minimumSizeHint().expandedTo(pane.minimumSize()) for pane in self._panes()]
        width = max((size.width() for size in sizes), default=0)
        height = sum(size.height() for size in sizes) + self.handleWidth() * (len(sizes) - 1)
        return QSize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.side_by_side_width()
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if wanted != self.orientation():
            self.setOrientation(wanted)
            size = event.size()
            length = size.width() if wide else size.height()
            first = int(length * self._first_share)
            self.setSizes([first, max(length - first - self.handleWidth(), 0)])
        super().resizeEvent(event)
