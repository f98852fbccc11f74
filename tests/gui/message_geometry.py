"""Geometry of shown messages: whole (wrapped, not clipped) and drawn over no other widget."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

from tests.gui.focus_walk import describe, global_rect, owner


def _leaves(window: QWidget) -> list[QWidget]:
    """What a reader sees as separate things: fields, and labels with text."""
    seen = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                seen.append(widget)
        elif widget.focusPolicy() != Qt.FocusPolicy.NoFocus and owner(widget) is widget:
            seen.append(widget)
    return seen


def _related(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` not clipped by its ancestors (scroll area viewports included)."""
    rect = global_rect(widget)
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        rect = rect.intersected(global_rect(parent))
        parent = parent.parentWidget()
    return rect


def message_problems(window: QWidget, messages: list[QLabel]) -> list[str]:
    """Each shown message whole (wrapped, not clipped) and over no other widget."""
    problems = []
    others = _leaves(window)
    for label in messages:
        name = f"{label.text()[:40]!r}"
        if not label.isVisible():
            problems.append(f"{name} is not shown")
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                problems.append(
                    f"{name} is cut: {label.height()} px of {label.heightForWidth(label.width())}"
                )
        elif label.width() < label.sizeHint().width():
            problems.append(f"{name} is cut and does not wrap")
        mine = global_rect(label)
        if visible_rect(label) != mine and not _in_scroll_area(label):
            problems.append(f"{name} is clipped by its panel")
        for other in others:
            if _related(other, label) or not visible_rect(other).isValid():
                continue
            if visible_rect(other).intersects(visible_rect(label)):
                problems.append(f"{name} overlaps {describe(other)}")
    return problems


def overlapping_fields(window: QWidget) -> list[str]:
    """Pairs of fields or captions drawn over each other (ancestors and descendants aside)."""
    leaves = _leaves(window)
    found = []
    for i, a in enumerate(leaves):
        for b in leaves[i + 1 :]:
            if _related(a, b):
                continue
            if visible_rect(a).intersects(visible_rect(b)):
                found.append(f"{describe(a)} overlaps {describe(b)}")
    return found


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_sideways(container: QWidget) -> list[str]:
    """Fields and captions whose right or left part is hidden (no one scrolls sideways);
    rows scrolled away vertically are fine."""
    problems = []
    for leaf in _leaves(container):
        mine = global_rect(leaf)
        left, right = mine.left(), mine.right()
        parent = leaf.parentWidget()
        while parent is not None and not parent.isWindow():
            box = global_rect(parent)
            left, right = max(left, box.left()), min(right, box.right())
            parent = parent.parentWidget()
        if right - left + 1 < mine.width():
            shown = max(0, right - left + 1)
            problems.append(f"{describe(leaf)} is cut: {shown} of {mine.width()} px shown")
    return problems
