"""Shortcuts work from any field of the window they belong to (issue 12, item 3).

Every QShortcut and QAction shortcut of the main window and the rule editor is pressed with
the focus in each line edit, list or table and text box of its scope: no field may swallow it.
The shortcut's own slot is disconnected first: what is tested is that the key reaches it (the
slots themselves open windows and move the focus, and have their own tests).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.gui.focus_walk import describe, owner
from tests.gui.test_focus_chain import editor, open_customer_with_offers  # noqa: F401

FIELD_KINDS = (QLineEdit, QAbstractItemView, QPlainTextEdit, QTextEdit)


def fields_in(scope: QWidget) -> list[QWidget]:
    found = [
        w
        for w in scope.findChildren(QWidget)
        if isinstance(w, FIELD_KINDS)
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.ClickFocus
        and owner(w) is w  # a spin box's inner line edit is the spin box
    ]
    assert found, f"no fields in {describe(scope)}"
    return found


def bindings(window: QWidget) -> list[tuple[QKeySequence, QWidget, object]]:
    """(keys, scope, the signal saying it fired) for every shortcut of the window."""
    found = []
    for shortcut in window.findChildren(QShortcut):
        if shortcut.parent().window() is not window:
            continue  # a tool window's own keys (e.g. Esc in My callbacks), tested with it
        context = shortcut.context()
        if context == Qt.ShortcutContext.WidgetShortcut:
            continue  # by definition only for its own widget
        scope = window if context != Qt.ShortcutContext.WidgetWithChildrenShortcut else None
        scope = scope or shortcut.parent()
        for keys in shortcut.keys():  # noqa: SIM118  (a QShortcut, not a dict)
            found.append((keys, scope, shortcut.activated))
        shortcut.activated.disconnect()
    for action in window.findChildren(QAction):
        owner = action.parent()
        if isinstance(owner, QWidget) and owner.window() is not window:
            continue
        if not action.shortcut().isEmpty() and action.isEnabled():
            for keys in action.shortcuts():
                found.append((keys, window, action.triggered))
            action.triggered.disconnect()
    assert found, f"{describe(window)} has no shortcuts"
    return found


def press_everywhere(qtbot, window: QWidget) -> list[str]:
    missed = []
    for keys, scope, fired in bindings(window):
        hits: list[object] = []
        fired.connect(lambda *args, hits=hits: hits.append(args))
        combination = keys[0]
        for field in fields_in(scope):
            before = len(hits)
            window.activateWindow()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            QApplication.processEvents()
            target = QApplication.focusWidget() or field
            qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
            if len(hits) == before:
                text = keys.toString(QKeySequence.SequenceFormat.PortableText)
                missed.append(f"{text} swallowed by {describe(field)}")
    return missed


@pytest.fixture
def desk(qtbot, window, services):
    open_customer_with_offers(qtbot, window, services)
    return window


@pytest.mark.parametrize("tab", [0, 1])
def test_main_window_shortcuts_work_from_every_field(qtbot, desk, tab) -> None:
    desk.show_tab(tab)
    missed = press_everywhere(qtbot, desk)
    assert missed == [], "\n".join(missed)


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_rule_editor_shortcuts_work_from_every_field(qtbot, editor, tab) -> None:  # noqa: F811
    editor.tabs.setCurrentIndex(tab)
    missed = press_everywhere(qtbot, editor)
    assert missed == [], "\n".join(missed)


def test_ctrl_enter_saves_the_wrapup_from_every_field_of_the_form(qtbot, desk) -> None:
    scopes = [scope for keys, scope, _ in bindings(desk) if keys.toString() == "Ctrl+Return"]
    assert scopes == [desk.wrapup]
    assert desk.wrapup.notes in fields_in(desk.wrapup)
