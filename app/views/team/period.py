"""The period picker for Agents and Offers: today, this week, this month, or chosen dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.reports.figures import Period
from app.views.common.keyboard import DateEdit

TODAY, WEEK, MONTH, CUSTOM = "today", "week", "month", "custom"


def period_for(choice: str, today: date, tz: str, start: date, end: date) -> Period:
    """Weeks start on Monday; this week and this month run up to today."""
    if choice == TODAY:
        return Period(today, today, tz)
    if choice == WEEK:
        return Period(today - timedelta(days=today.weekday()), today, tz)
    if choice == MONTH:
        return Period(today.replace(day=1), today, tz)
    return Period(start, max(start, end), tz)


class PeriodPicker(QWidget):
    """Emits `changed` whenever the period it describes changes."""

    changed = Signal()

    def __init__(self, locale: QLocale, today: date, tz: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._today, self._tz = today, tz
        self.choice = QComboBox()
        choices = (
            (self.tr("Today"), TODAY),
            (self.tr("This week"), WEEK),
            (self.tr("This month"), MONTH),
            (self.tr("Dates…"), CUSTOM),
        )
        for text, code in choices:
            self.choice.addItem(text, code)
        self.choice.setAccessibleName(self.tr("Period"))
        self.start, self.end = DateEdit(), DateEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setLocale(locale)
            edit.setCalendarPopup(True)
            edit.setDate(QDate(today.year, today.month, today.day))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_changed)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.choice)
        self.to_label = QLabel(self.tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.choice, self.start, self.to_label, self.end):
            layout.addWidget(widget)
        self._show_dates()

    def set_today(self, today: date) -> None:
        """A shift past midnight: today, this week and this month move with the clock."""
        self._today = today

    def period(self) -> Period:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return period_for(self.choice.currentData(), self._today, self._tz, start, end)

    def choose(self, code: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(code))

    def _choice_changed(self) -> None:
        self._show_dates()
        self.changed.emit()

    def _dates_changed(self) -> None:
        # The end never comes before the start: it follows the start forward.
        self.end.setMinimumDate(self.start.date())
        if self.choice.currentData() == CUSTOM:
            self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.choice.currentData() == CUSTOM
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(custom)
