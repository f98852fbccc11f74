"""Small field widgets of the rule form: spin boxes, text boxes, an optional date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPlainTextEdit, QSpinBox, QWidget

from app.views.common.keyboard import DateEdit


def spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMaximumWidth(110)
    return box


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(12 + lines * box.fontMetrics().lineSpacing())
    return box


class OptionalDate(QWidget):
    """A date that may be left open: a check box switches the date edit on."""

    def __init__(self, label: str, locale: QLocale) -> None:
        super().__init__()
        self.check = QCheckBox(label, self)
        self.edit = DateEdit(self)
        self.edit.setLocale(locale)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> str | None:
        return self.edit.date().toString(Qt.DateFormat.ISODate) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        shown = value or date.today()
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))


def select_data(combo: QComboBox, value: object) -> None:
    """The item holding `value` current (the first when none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
