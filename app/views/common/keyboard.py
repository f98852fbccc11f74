"""Keyboard without traps: date edits and tables that Tab leaves, lists that select on focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QDateTimeEdit, QWidget

# Focus that arrives by these reasons comes from the keyboard or the program, not a click
# (a click selects the clicked row itself).
_KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.OtherFocusReason,
)


class DateEdit(QDateEdit):
    """Tab leaves the field instead of walking day, month and year (arrows move between them).

    QDateTimeEdit spends Tab on its sections, and with a special value ("any") showing it
    never gets past the first one: the consultant was trapped in History's "From".
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateTimeEdit(QDateTimeEdit):
    """A date and time that Tab leaves, like DateEdit."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class _SelectOnFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractItemView):
            assert isinstance(event, QFocusEvent)
            if event.reason() in _KEYBOARD_REASONS:
                select_current_row(watched)
        return False


def select_current_row(view: QAbstractItemView) -> None:
    """Make a row current and selected (the first one unless one is already current)."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or model.rowCount(view.rootIndex()) == 0:
        return
    current = view.currentIndex()
    if current.isValid() and (
        selection.isSelected(current)
        or view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    ):
        return
    index = current if current.isValid() else model.index(0, 0, view.rootIndex())
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
        flags |= QItemSelectionModel.SelectionFlag.Rows
    if view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
        flags = QItemSelectionModel.SelectionFlag.NoUpdate
    selection.setCurrentIndex(index, flags)


def keyboard_list(view: QAbstractItemView) -> QAbstractItemView:
    """Tab leaves the list (never cell to cell) and a row is current and selected as soon as
    the keyboard brings the focus there, so Enter and the detail pane have something to act on.
    """
    view.setTabKeyNavigation(False)
    view.installEventFilter(_SelectOnFocus(view))
    return view
