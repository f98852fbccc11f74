"""Geometry checks over a whole window: walk every widget, so new panels are checked too.

Where a widget may legitimately be cut (inside a scroll area's viewport: the consultant scrolls
to it), its rectangle is clipped to the viewport; any other ancestor that cuts a widget is a
layout defect (a button pushed out of its panel, a caption drawn over a list).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # date and time edits too
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)
# Money as the desk writes it ("4 506,28 zł", "-215,79 PLN"): never elided.
MONEY = re.compile(r"\d[\d\s\u00a0\u202f]*,\d\d\s?(zł|PLN|EUR|USD|€|\$)")


def _part_of_composite(widget: QWidget) -> bool:
    """A combo's line edit, a spin box's editor, a view's header or scroll bars: checked with
    their owner, not as widgets of their own."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView | QTabBar):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar | QHeaderView)


def shown(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.window() is window:
            yield widget


def interactive(window: QWidget) -> list[QWidget]:
    """Visible widgets a consultant clicks or types into (focusable frames such as an offer)."""
    found = []
    for widget in shown(window):
        if _part_of_composite(widget):
            continue
        focusable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(
            widget, QAbstractScrollArea | QScrollBar
        )
        if isinstance(widget, INTERACTIVE) or focusable:
            found.append(widget)
    return found


def _is_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def visible_rect(widget: QWidget) -> tuple[QRect, list[str]]:
    """The widget's rectangle in window coordinates, clipped by scroll viewports, and the
    non-scrolling ancestors that cut it (each one a defect)."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    cut_by = []
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not window.parentWidget():
        area = QRect(ancestor.mapTo(window, QPoint(0, 0)), ancestor.size())
        if _is_viewport(ancestor):
            rect = rect.intersected(area)
        elif not rect.isEmpty() and not area.contains(rect):
            cut_by.append(f"{type(ancestor).__name__}({ancestor.objectName()})")
            rect = rect.intersected(area)
        if ancestor is window:
            break
        ancestor = ancestor.parentWidget()
    return rect, cut_by


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "accessibleName", "placeholderText"):
        try:
            value = getattr(widget, getter)()
        except (AttributeError, TypeError):
            continue
        if value:
            text = value[:40]
            break
    return f"{type(widget).__name__}({widget.objectName()!r} {text!r})"


def _related(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def layout_problems(window: QWidget) -> list[str]:
    """Interactive widgets outside their window, cut by a panel, squeezed, or overlapping each
    other; text labels drawn over an interactive widget or cut sideways."""
    problems = []
    frame = window.rect()
    widgets = interactive(window)
    rects = {}
    for widget in widgets:
        rect, cut_by = visible_rect(widget)
        rects[widget] = rect
        if widget.height() < 2 or widget.width() < 2:
            problems.append(f"{describe(widget)} squashed to {widget.size()}")
        if rect.isEmpty():
            continue  # scrolled out of view: reachable by scrolling
        if not frame.contains(rect):
            problems.append(f"{describe(widget)} outside the window: {rect} not in {frame}")
        if cut_by:
            problems.append(f"{describe(widget)} cut by {', '.join(cut_by)}")
        squeezed = widget.minimumSizeHint()
        if isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox) and (
            # A few pixels of height are the style sheet's padding, not a squeeze.
            widget.height() < squeezed.height() - 3 or widget.width() < squeezed.width()
        ):
            problems.append(f"{describe(widget)} squeezed to {widget.size()} < {squeezed}")
    for i, a in enumerate(widgets):
        for b in widgets[i + 1 :]:
            if _related(a, b):
                continue
            overlap = rects[a].intersected(rects[b])
            if not overlap.isEmpty():
                problems.append(f"{describe(a)} overlaps {describe(b)} at {overlap}")
    problems += _label_problems(window, widgets, rects)
    return problems


def _label_problems(window: QWidget, widgets: list[QWidget], rects: dict) -> list[str]:
    problems = []
    for label in shown(window):
        if not isinstance(label, QLabel) or not label.text() or _part_of_composite(label):
            continue
        if not label.wordWrap() and label.height() < label.sizeHint().height() - 3:
            problems.append(f"{describe(label)} squashed to {label.height()} px high")
        rect, cut_by = visible_rect(label)
        if rect.isEmpty():
            continue
        if cut_by:
            problems.append(f"{describe(label)} cut by {', '.join(cut_by)}")
        full = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        if rect.width() < full.width():
            problems.append(f"{describe(label)} cut sideways by a scroll area")
        for widget in widgets:
            if not _related(label, widget) and rect.intersects(rects[widget]):
                problems.append(f"{describe(label)} drawn over {describe(widget)}")
    return problems


def table_problems(window: QWidget) -> list[str]:
    """Columns cut off at a table's right edge, money cut short, cut text without a tip."""
    problems = []
    for table in shown(window):
        if not isinstance(table, QTableView) or _part_of_composite(table):
            continue
        header = table.horizontalHeader()
        model = table.model()
        viewport = table.viewport().width()
        name = describe(table)
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            if right > viewport + 1:
                problems.append(f"{name} column {column} ends at {right} > viewport {viewport}")
            if header.sectionSize(column) + 8 < header.sectionSizeHint(column):
                title = model.headerData(column, Qt.Orientation.Horizontal)
                problems.append(f"{name} header {title!r} cut")
            problems += _cell_problems(table, column, name)
    return problems


def _cell_problems(table: QTableView, column: int, name: str) -> list[str]:
    problems = []
    model = table.model()
    width = table.columnWidth(column)
    for row in range(min(model.rowCount(), 50)):
        index = model.index(row, column)
        text = index.data() or ""
        if not isinstance(text, str) or not text:
            continue
        needed = table.sizeHintForIndex(index).width()
        if needed <= width + 1:
            continue
        if MONEY.search(text):
            problems.append(f"{name} money {text!r} cut ({width} < {needed})")
        elif not index.data(Qt.ItemDataRole.ToolTipRole):
            problems.append(f"{name} {text!r} cut without a tool tip")
    return problems


def fully_visible(widget: QWidget) -> bool:
    """On screen in full: not scrolled away, not cut by any ancestor, not hidden."""
    if not widget.isVisible():
        return False
    rect, cut_by = visible_rect(widget)
    return not cut_by and rect.size() == widget.size()
