"""A scroll area that lays out like its content and scrolls only when squeezed below it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FitScrollArea(QScrollArea):
    """Asks for its content's own sizes, so layouts treat it as the content itself.

    When a splitter or a small screen gives it less than the content's minimum (error lines
    just appeared, say), the content keeps its minimum and scrolls instead of being squeezed:
    a squeezed form layout draws its rows over each other.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self.setWidget(content)
        # Part of the panel it sits in: the panel's background shows through.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The content's sizes changed (error lines shown, a form opened): the layout around
        # must ask again, which a scroll area does not do by itself.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        return self._with_bar(self.widget().minimumSizeHint())

    def sizeHint(self) -> QSize:
        return self._with_bar(self.widget().sizeHint())

    def _with_bar(self, size: QSize) -> QSize:
        # Room for the scroll bar that appears when squeezed, or it covers the fields' right end.
        return QSize(size.width() + self.verticalScrollBar().sizeHint().width(), size.height())
