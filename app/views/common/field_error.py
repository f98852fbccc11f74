"""The red line under a field that says what is wrong with it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def field_error(parent: QWidget | None = None) -> QLabel:
    """Hidden until a message is set; wraps to the field's width and never asks for more.

    A word-wrapped label asks for a width of its own that grows with its text: a long message
    (in Russian, say) widened the form past the room its panel had, and the panel's splitter
    then squeezed the form, cutting the fields' right ends.
    """
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setMinimumWidth(1)  # the layout's width, whatever the text: it wraps to fit
    label.hide()
    return label
