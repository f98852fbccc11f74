"""A scroll area that scrolls down, never sideways: never narrower than what it holds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget


class DownOnlyScroll(QScrollArea):
    """A long form scrolls down; a sideways scroll bar would hide the end of every field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is not None:
            bar = self.verticalScrollBar().sizeHint().width()
            # As QScrollArea lays it out: a widget that cannot shrink keeps its size hint.
            policy = inner.sizePolicy().horizontalPolicy().value
            shrinks = policy & QSizePolicy.PolicyFlag.ShrinkFlag.value
            width = (inner.minimumSizeHint() if shrinks else inner.sizeHint()).width()
            hint.setWidth(max(width, inner.minimumWidth()) + bar + 2 * self.frameWidth() + 2)
        return hint

    # Word-wrapped lines (a field's error under it) need more height the narrower they are;
    # the scroll area sizes its widget by the plain minimum, so a wrapped Russian error was
    # drawn over the next field. The widget gets the height its layout needs at this width.
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._fit_height()
        return handled

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().viewportEvent(event)

    def _fit_height(self) -> None:
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if layout is None or not layout.hasHeightForWidth():
            return
        height = layout.totalHeightForWidth(self.viewport().width())
        if height > 0 and inner.minimumHeight() != height:
            inner.setMinimumHeight(height)
