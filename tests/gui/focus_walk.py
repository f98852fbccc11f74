"""Walk a window's focus chain with real Tab / Shift+Tab key presses and report the traps.

Generic on purpose: it finds the interactive widgets itself, so a list, banner or checklist
added to a window later is held to the same rules without touching the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)


def owner(widget: QWidget | None) -> QWidget | None:
    """The widget the consultant sees focused: a spin box, not its inner line edit."""
    while widget is not None:
        parent = widget.parentWidget()
        if parent is None or _proxied(parent) is not widget:
            return widget
        widget = parent
    return None


def _proxied(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or widget.objectName()
    text = getattr(widget, "text", None)
    if not name and callable(text):
        try:
            name = str(text())[:30]
        except TypeError:
            name = ""
    return f"{type(widget).__name__}({name!r})"


def interactive(window: QWidget) -> list[QWidget]:
    """Visible, enabled widgets that take the focus by Tab (focus proxies resolved)."""
    found: list[QWidget] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.focusProxy() is not None or widget.window() is not window:
            continue
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QLabel):
            continue  # selectable text is read with the mouse; Tab skips labels by design
        if _inside_scroll_bar_or_viewport(widget):
            continue
        target = owner(widget)
        if target is not None and target not in found:
            found.append(target)
    return found


def _inside_scroll_bar_or_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and widget in (
            parent.verticalScrollBar(),
            parent.horizontalScrollBar(),
        ):
            return True
        parent = parent.parentWidget()
    return False


@dataclass
class Walk:
    """What a walk met: the focus after each key, the keys that left it in place."""

    visited: list[QWidget] = field(default_factory=list)
    stuck: list[str] = field(default_factory=list)
    unselected_lists: list[str] = field(default_factory=list)
    escaped: list[str] = field(default_factory=list)


def focused() -> QWidget | None:
    return owner(QApplication.focusWidget())


def walk(window: QWidget, start: QWidget, forward: bool, presses: int) -> Walk:
    """Press Tab (or Shift+Tab) `presses` times from `start`, recording every step."""
    result = Walk()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    modifier = Qt.KeyboardModifier.NoModifier if forward else Qt.KeyboardModifier.ShiftModifier
    key = Qt.Key.Key_Tab if forward else Qt.Key.Key_Backtab
    for _ in range(presses):
        before = focused()
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        QApplication.processEvents()
        after = focused()
        if after is None or after.window() is not window:
            result.escaped.append(f"{describe(before)} -> {describe(after)}")
            break
        if after is before:
            result.stuck.append(describe(before))
        result.visited.append(after)
        if isinstance(after, QAbstractItemView) and not _row_current(after):
            result.unselected_lists.append(describe(after))
    return result


def _row_current(view: QAbstractItemView) -> bool:
    model = view.model()
    if model is None or model.rowCount(view.rootIndex()) == 0:
        return True  # nothing to select
    current = view.currentIndex()
    if not current.isValid():
        return False
    if view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
        return True
    return view.selectionModel().isSelected(current)


def check_focus_chain(window: QWidget) -> list[str]:
    """Every problem of the window's keyboard walk, in words (an empty list: no trap)."""
    wanted = interactive(window)
    assert wanted, f"{describe(window)} has nothing to focus"
    presses = 2 * len(wanted) + 4
    problems = []
    for forward in (True, False):
        direction = "Tab" if forward else "Shift+Tab"
        result = walk(window, wanted[0], forward, presses)
        if len(wanted) > 1:  # a lone button (a progress dialog's Cancel) has nowhere to go
            problems += [f"{direction} does not leave {w}" for w in dict.fromkeys(result.stuck)]
        problems += [f"{direction} left the window: {e}" for e in result.escaped]
        problems += [
            f"{direction} into {w}: no current, selected row"
            for w in dict.fromkeys(result.unselected_lists)
        ]
        missed = [w for w in wanted if w not in result.visited and w.isVisible()]
        problems += [f"{direction} never reaches {describe(w)}" for w in missed]
    return problems


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
