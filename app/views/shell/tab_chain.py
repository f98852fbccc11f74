"""Tab order across panels built at different times: offers come before the wrap-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focus_ring(window: QWidget) -> list[QWidget]:
    """Every widget of `window` in Tab order, starting after the window itself."""
    ring: list[QWidget] = []
    seen: set[int] = set()  # ids: a list's `in` made walking a full window quadratic
    widget = window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        ring.append(widget)
        seen.add(id(widget))
        widget = widget.nextInFocusChain()
    return ring


def place_before(moved: QWidget, anchor: QWidget) -> None:
    """Put `moved` and everything inside it just before `anchor` in the Tab order.

    Qt appends a widget to the end of the chain when it is created, so offers built for each
    customer came after the wrap-up: Tab from the last offer wrapped round to the search box.
    """
    # Qt's setTabOrder ignores widgets that take no focus: order only the ones that do.
    ring = [w for w in focus_ring(anchor.window()) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    inside = [w for w in ring if w is moved or moved.isAncestorOf(w)]
    inside_ids = {id(w) for w in inside}
    rest = [w for w in ring if id(w) not in inside_ids]
    targets = [i for i, w in enumerate(rest) if w is anchor or anchor.isAncestorOf(w)]
    if not inside or not targets or targets[0] == 0:
        return  # nothing to move, or nothing before the anchor to hang the chain on
    previous = rest[targets[0] - 1]
    for widget in inside:
        QWidget.setTabOrder(previous, widget)
        previous = widget
