"""The panel that creates a campaign: each field with the line that says what is wrong with it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.rules.definition import RuleDefinition
from app.services.campaigns.values import CampaignSpec
from app.views.common.field_error import field_error
from app.views.common.keyboard import DateEdit
from app.views.common.labels import channel_name

CHANNELS = ("phone", "sms", "email", "letter", "push")
NO_END = QDate(2000, 1, 1)  # the "to" field's special value: no end date
# The service names fields as CampaignSpec does; the CLI's option names lead to the same line.
FIELD_OF = {"rule": "rule_id", "from": "starts_on", "to": "ends_on", "dates": "ends_on"}


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CampaignForm(QFrame):
    """Emits `submitted` with a CampaignSpec; `show_error(field, message)` puts the service's
    refusal under the field it names (an unknown field: under the buttons, named)."""

    submitted = Signal(object)
    dismissed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        self.title = QLabel(self.tr("New campaign"))
        self.title.setObjectName("sectionTitle")
        self.name = QLineEdit()
        self.by_rule = QRadioButton(self.tr("Published &rule"))
        self.by_condition = QRadioButton(self.tr("C&ondition"))
        self.by_rule.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.by_rule)
        kinds.addButton(self.by_condition)
        self.rule = QComboBox()
        self.rule.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rule.setMinimumContentsLength(12)
        self.condition = QLineEdit()
        self.condition.setPlaceholderText(self.tr('e.g. segment == "affluent"'))
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("the rule's action"))
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(channel_name(code), code)
        self.starts = self._date_edit(today)
        self.ends = self._date_edit(NO_END)
        self.ends.setSpecialValueText(self.tr("no end"))
        self.team = QComboBox()
        self.team.setEditable(True)
        self.cap = QLineEdit()
        self.cap.setPlaceholderText(self.tr("no cap"))
        self.create = QPushButton(self.tr("Create  %1").replace("%1", "Ctrl+Enter"))
        self.create.setObjectName("primary")
        self.close_button = QPushButton(self.tr("Close panel"))
        self.general = field_error()
        self.errors = {name: field_error() for name in
                       ("name", "rule_id", "condition", "action", "channel", "starts_on",
                        "ends_on", "team", "cap")}  # fmt: skip
        self._lay_out()
        self.by_rule.toggled.connect(self._target_kind)
        self.create.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.dismissed.emit)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.submit,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        QShortcut(QKeySequence("Escape"), self, activated=self.dismissed.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.set_teams([])
        self._target_kind()

    @staticmethod
    def _date_edit(value: QDate) -> DateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_END)
        edit.setDate(value)
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kinds = QHBoxLayout()
        kinds.addWidget(self.by_rule)
        kinds.addWidget(self.by_condition)
        kinds.addStretch(1)
        rows = (
            (self.tr("&Name"), self.name, "name"),
            (self.tr("Target"), kinds, None),
            (self.tr("Rule"), self.rule, "rule_id"),
            (self.tr("Condition"), self.condition, "condition"),
            (self.tr("&Action"), self.action, "action"),
            (self.tr("C&hannel"), self.channel, "channel"),
            (self.tr("&From"), self.starts, "starts_on"),
            (self.tr("&To"), self.ends, "ends_on"),
            (self.tr("T&eam"), self.team, "team"),
            (self.tr("Ca&p"), self.cap, "cap"),
        )
        for text, field, error in rows:
            label = QLabel(text)
            if isinstance(field, QWidget):
                label.setBuddy(field)
                field.setAccessibleName(text.replace("&", ""))
            if error is None:
                form.addRow(label, field)
                continue
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(self.errors[error])
            form.addRow(label, column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _target_kind(self, *_args: object) -> None:
        by_rule = self.by_rule.isChecked()
        self.rule.setEnabled(by_rule)
        self.condition.setEnabled(not by_rule)

    def set_rules(self, rules: Sequence[RuleDefinition]) -> None:
        chosen = self.rule.currentData()
        self.rule.clear()
        for rule in rules:
            self.rule.addItem(f"{rule.id} — {rule.name}", rule.id)
        found = self.rule.findData(chosen)
        self.rule.setCurrentIndex(max(found, 0) if rules else -1)
        self.rule.setPlaceholderText(self.tr("no published rule"))

    def set_teams(self, teams: Sequence[str]) -> None:
        typed = self.team.currentText()
        self.team.clear()
        self.team.addItem(self.tr("whole centre"), "")
        for name in sorted(set(teams) - {""}):
            self.team.addItem(name, name)
        found = self.team.findText(typed)
        if typed and found < 0:
            self.team.setEditText(typed)
        else:
            self.team.setCurrentIndex(max(found, 0))

    def _team_value(self) -> str:
        text = self.team.currentText().strip()
        found = self.team.findText(text)
        return self.team.itemData(found) if found >= 0 else text

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear()
            label.hide()

    def show_error(self, field: str, message: str) -> None:
        """The refusal under its field; focus goes there so the keyboard can fix it."""
        label = self.errors.get(FIELD_OF.get(field, field))
        if label is None:
            self.general.setText(self.tr("%1: %2").replace("%1", field).replace("%2", message))
            self.general.show()
            return
        label.setText(message)
        label.show()
        buddy = {"name": self.name, "rule_id": self.rule, "condition": self.condition,
                 "action": self.action, "channel": self.channel, "starts_on": self.starts,
                 "ends_on": self.ends, "team": self.team, "cap": self.cap}  # fmt: skip
        buddy[FIELD_OF.get(field, field)].setFocus()

    def error_text(self, field: str) -> str:
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""

    def spec(self) -> CampaignSpec | None:
        """The typed values; None (and the error shown) when the cap is not a whole number."""
        self.clear_errors()
        cap_text = self.cap.text().strip()
        try:
            cap = int(cap_text) if cap_text else None
        except ValueError:
            self.show_error("cap", self.tr("write a whole number, or leave it empty for no cap"))
            return None
        by_rule = self.by_rule.isChecked()
        ends = None if self.ends.date() == NO_END else _day(self.ends.date())
        return CampaignSpec(
            name=self.name.text().strip(),
            rule_id=(self.rule.currentData() or "") if by_rule else "",
            condition="" if by_rule else self.condition.text().strip(),
            action=self.action.text().strip(),
            channel=self.channel.currentData(),
            starts_on=_day(self.starts.date()),
            ends_on=ends,
            team=self._team_value(),
            cap=cap,
        )

    def submit(self) -> None:
        if not self.create.isEnabled():
            return
        spec = self.spec()
        if spec is not None:
            self.submitted.emit(spec)

    def busy(self, working: bool) -> None:
        self.create.setEnabled(not working)

    def reset(self) -> None:
        self.name.clear()
        self.condition.clear()
        self.action.clear()
        self.cap.clear()
        self.clear_errors()
