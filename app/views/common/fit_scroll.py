"""A scroll area that lays out like its content and scrolls only when squeezed below it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class _Holder(QWidget):
    """Holds the content; tells the scroll area when the content's sizes change."""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)  # the holder's layout takes the new sizes first
        if event.type() == QEvent.Type.LayoutRequest:
            # A scroll area does not pass its content's size changes on to the layout it sits
            # in; asked here (not by an event filter on the content, which crashed PySide when
            # the widgets were torn down), the layout around asks again.
            viewport = self.parentWidget()
            area = viewport.parentWidget() if viewport is not None else None
            if isinstance(area, QScrollArea):
                area.updateGeometry()
        return handled


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
        holder = _Holder()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        self.setWidget(holder)
        # Part of the panel it sits in: the panel's background shows through.
        self.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:
        return self._with_bar(self.widget().minimumSizeHint())

    def sizeHint(self) -> QSize:
        return self._with_bar(self.widget().sizeHint())

    def _with_bar(self, size: QSize) -> QSize:
        # Room for the scroll bar that appears when squeezed, or it covers the fields' right end.
        return QSize(size.width() + self.verticalScrollBar().sizeHint().width(), size.height())
