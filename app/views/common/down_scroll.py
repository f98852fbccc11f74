"""A scroll area that scrolls down, never sideways: never narrower than what it holds."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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
