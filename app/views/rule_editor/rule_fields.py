"""Every field of a rule as a widget, grouped in plain sections, with an error line per field."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.rules.compiler import IDENTITY_PLACEHOLDERS
from app.rules.definition import (
    CHANNELS,
    CONSENT_CHANNELS,
    MAX_FOLLOW_UP_DAYS,
    ContactPolicy,
    Repeat,
    RuleDefinition,
    RuleKind,
    Severity,
)
from app.views.common.field_error import field_error
from app.views.common.labels import alert_severity_choice, rule_kind_choice
from app.views.common.widgets import Section
from app.views.common.workers import Runner
from app.views.rule_editor import experiment_fields as experiment
from app.views.rule_editor.condition_edit import ConditionEditor
from app.views.rule_editor.field_widgets import OptionalDate, select_data, spin, text_box

# Prompts only: weighed by a propensity, tried against a challenger.
PROMPT_ONLY = ("follow_up_days", "propensity", "challenger", "challenger_share")
# Fields an alert has no use for (no action, no offer, never held back): hidden for alerts.
OFFER_ONLY = ("requires_consent", "action", "channel", "business_value", "script")
POLICY_FIELDS = (
    "cooldown_days",
    "cooldown_declined_days",
    "cooldown_accepted_days",
    "max_presentations",
    "presentation_window_days",
)


class RuleFields(QWidget):
    """Widgets only: reading and filling a rule, and showing a message under one field."""

    edited = Signal()

    def __init__(self, runner: Runner, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._stored_value = Decimal(1)
        self._loading = False
        self._make(runner, locale)
        self._lay_out()
        self._watch()

    def _make(self, runner: Runner, locale: QLocale) -> None:
        self.id = QLineEdit()
        self.id.setPlaceholderText(self.tr("e.g. large_inflow (a-z, 0-9, _ . -)"))
        self.name = QLineEdit()
        self.description = text_box(2)
        self.enabled = QCheckBox(self.tr("Enabled: the rule is evaluated once published"))
        self.condition = ConditionEditor(runner)
        self.condition.edit.setFixedHeight(84)
        self.valid_from = OptionalDate(self.tr("from"), locale)
        self.valid_to = OptionalDate(self.tr("until"), locale)
        self.requires_consent = QComboBox()
        self.requires_consent.addItem(self.tr("none needed"), None)
        for channel in CONSENT_CHANNELS:
            self.requires_consent.addItem(channel, channel)
        self.kind = QComboBox()
        for kind in RuleKind:
            self.kind.addItem(rule_kind_choice(kind), kind.value)
        self.severity = QComboBox()
        for severity in Severity:
            self.severity.addItem(alert_severity_choice(severity), severity.value)
        select_data(self.severity, Severity.AMBER.value)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Fraud suspicion (the banner's headline)"))
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("e.g. offer_investment"))
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel, channel)
        self.priority = spin(1, 100)
        # Prompts only: a follow-up call put in the pool by `acrm actions run`; 0 shows "none".
        self.follow_up_days = spin(0, MAX_FOLLOW_UP_DAYS)
        self.follow_up_days.setSpecialValueText(self.tr("none"))
        self.business_value = QDoubleSpinBox()
        self.business_value.setLocale(locale)
        self.business_value.setRange(0, 1_000_000_000)
        self.business_value.setDecimals(2)
        self.business_value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.business_value.setMaximumWidth(160)
        self.propensity = experiment.propensity_box()
        self.challenger = experiment.challenger_edit()
        self.challenger_share = experiment.share_spin()
        names = ", ".join("{" + n + "}" for n in (*IDENTITY_PLACEHOLDERS[:1], "last_inflow"))
        self.script = text_box(3)
        self.script.setPlaceholderText(
            self.tr(
                "What the consultant says. Placeholders fill in the customer's data: %1"
            ).replace("%1", names)
        )
        self.why = text_box(2)
        self.why.setPlaceholderText(
            self.tr("Optional. Empty: the facts the condition reads, with their values.")
        )
        self.policy = {name: spin(0, 3650) for name in POLICY_FIELDS}
        self.repeat = QComboBox()
        for repeat in Repeat:
            self.repeat.addItem(repeat.value.replace("_", " "), repeat.value)
        self.entitlement = QLineEdit()
        self.entitlement.setPlaceholderText(self.tr("e.g. card_fee_waiver (optional)"))
        self.entitlement_days = spin(0, 3650)

    def _row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> None:
        error = field_error()
        self._errors[field] = error
        box = QWidget()
        # The whole field column: an error line under a narrow spin box wraps to the column's
        # width, not the spin box's (where it needed five lines and was given one).
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, box)
        self._rows[field] = (form, box)

    def _section(self, title: str, rows: list[tuple[str, str, QWidget]]) -> Section:
        section = Section(title)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, field, widget in rows:
            self._row(form, label, field, widget)
        section.body.addLayout(form)
        return section

    def _lay_out(self) -> None:
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.valid_from)
        row.addWidget(self.valid_to)
        self.automatic_section = self._section(
            self.tr("Automatic actions"),
            [
                (self.tr("At most once per"), "repeat", self.repeat),
                (self.tr("Entitlement"), "entitlement", self.entitlement),
                (self.tr("Entitlement days"), "entitlement_days", self.entitlement_days),
            ],
        )
        labels = (
            self.tr("Pause after shown (days)"),
            self.tr("Pause after declined (days)"),
            self.tr("Pause after accepted (days)"),
            self.tr("At most shown (0 = no cap)"),
            self.tr("... within days"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.policy_section = self._section(
            self.tr("How often"),
            [
                (label, name, self.policy[name])
                for label, name in zip(labels, POLICY_FIELDS, strict=True)
            ],
        )
        for section in (
            self._section(
                self.tr("Rule"),
                [
                    (self.tr("Id"), "id", self.id),
                    (self.tr("Name"), "name", self.name),
                    (self.tr("Description"), "description", self.description),
                    ("", "enabled", self.enabled),
                ],
            ),
            self._section(
                self.tr("When it applies"),
                [
                    (self.tr("Condition"), "condition", self.condition),
                    (self.tr("Valid"), "valid_from", dates),
                    (self.tr("Consent needed"), "requires_consent", self.requires_consent),
                ],
            ),
            self._section(
                self.tr("What happens"),
                [
                    (self.tr("Kind"), "kind", self.kind),
                    (self.tr("Severity"), "severity", self.severity),
                    (self.tr("Banner title"), "title", self.title),
                    (self.tr("Action code"), "action", self.action),
                    (self.tr("Channel"), "channel", self.channel),
                    (self.tr("Priority (1-100)"), "priority", self.priority),
                    (self.tr("Business value"), "business_value", self.business_value),
                    (self.tr("Propensity"), "propensity", self.propensity),
                    (self.tr("Challenger rule"), "challenger", self.challenger),
                    (self.tr("Challenger's share"), "challenger_share", self.challenger_share),
                    (self.tr("Script"), "script", self.script),
                    (self.tr("Why (template)"), "why", self.why),
                    (
                        self.tr("Follow-up call after (days)"),
                        "follow_up_days",
                        self.follow_up_days,
                    ),
                ],
            ),
            self.policy_section,
            self.automatic_section,
        ):
            layout.addWidget(section)
        self._errors["valid_to"] = self._errors["valid_from"]
        layout.addStretch(1)

    def _watch(self) -> None:
        self.propensity.currentTextChanged.connect(self._changed)
        for edit in (
            self.id,
            self.name,
            self.action,
            self.entitlement,
            self.title,
            self.challenger,
        ):
            edit.textEdited.connect(self._changed)
        for box in (self.description, self.script, self.why, self.condition.edit):
            box.textChanged.connect(self._changed)
        for combo in (self.kind, self.channel, self.requires_consent, self.repeat, self.severity):
            combo.currentIndexChanged.connect(self._changed)
        for box in (
            self.priority,
            self.entitlement_days,
            self.follow_up_days,
            self.challenger_share,
            *self.policy.values(),
        ):
            box.valueChanged.connect(self._changed)
        self.business_value.valueChanged.connect(self._changed)
        for check in (self.enabled, self.valid_from.check, self.valid_to.check):
            check.toggled.connect(self._changed)
        self.valid_from.edit.dateChanged.connect(self._changed)
        self.valid_to.edit.dateChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.automatic_section.setEnabled(kind == "automatic")
        alert = kind == RuleKind.ALERT.value
        for field in OFFER_ONLY:
            self._show_row(field, not alert)
        for field in ("severity", "title"):
            self._show_row(field, alert)
        for field in PROMPT_ONLY:
            self._show_row(field, kind == RuleKind.PROMPT.value)
        self.policy_section.setVisible(not alert)
        self.automatic_section.setVisible(not alert)

    def _show_row(self, field: str, visible: bool) -> None:
        form, box = self._rows[field]
        form.setRowVisible(box, visible)

    # --- values ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The flat JSON shape parse_rule reads (so the form validates exactly like an import)."""
        data: dict[str, Any] = {
            "id": self.id.text().strip(),
            "name": self.name.text(),
            "description": self.description.toPlainText(),
            "condition": self.condition.text(),
            "kind": self.kind.currentData(),
            "action": self.action.text(),
            "channel": self.channel.currentData(),
            "priority": self.priority.value(),
            "business_value": self._business_value(),
            "valid_from": self.valid_from.value(),
            "valid_to": self.valid_to.value(),
            "requires_consent": self.requires_consent.currentData(),
            "script": self.script.toPlainText(),
            "why": self.why.toPlainText(),
            "repeat": self.repeat.currentData(),
            "entitlement": self.entitlement.text(),
            "entitlement_days": self.entitlement_days.value(),
            "enabled": self.enabled.isChecked(),
        }
        if data["kind"] == RuleKind.ALERT.value:  # only alerts have them (parse_rule says so)
            data.update(severity=self.severity.currentData(), title=self.title.text())
        data.update({name: spin.value() for name, spin in self.policy.items()})
        # Hidden for other kinds, so left out for them (parse_rule refuses it on those).
        if data["kind"] == RuleKind.PROMPT.value and self.follow_up_days.value() > 0:
            data["follow_up_days"] = self.follow_up_days.value()
        if data["kind"] == RuleKind.PROMPT.value:
            data.update(self._experiment())
        return data

    def _experiment(self) -> dict[str, Any]:
        """Propensity and challenger as typed; parse_rule says what does not fit."""
        data: dict[str, Any] = {}
        propensity = experiment.propensity_value(self.propensity)
        if propensity:
            data["propensity"] = propensity
        challenger, share = self.challenger.text().strip(), self.challenger_share.value()
        if challenger:
            data["challenger"] = challenger
        if challenger or share:
            data["challenger_share"] = share
        return data

    def _business_value(self) -> str:
        typed = Decimal(f"{self.business_value.value():.2f}")
        # Unchanged stays as stored ("1", not "1.00"), so the diff shows no phantom change.
        if typed == self._stored_value.quantize(Decimal("0.01")):
            return str(self._stored_value)
        return str(typed.quantize(Decimal(1)) if typed == typed.to_integral() else typed)

    def fill(self, rule: RuleDefinition) -> None:
        self._stored_value = rule.business_value
        self._loading = True
        try:
            self.id.setText(rule.id)
            self.name.setText(rule.name)
            self.description.setPlainText(rule.description)
            self.condition.set_text(rule.condition)
            select_data(self.kind, str(rule.kind))
            self.action.setText(rule.action)
            select_data(self.channel, rule.channel)
            self.priority.setValue(rule.priority)
            self.business_value.setValue(float(rule.business_value))
            self.valid_from.set_value(rule.valid_from)
            self.valid_to.set_value(rule.valid_to)
            select_data(self.requires_consent, rule.requires_consent)
            self.script.setPlainText(rule.script)
            self.why.setPlainText(rule.why)
            for name, spin in self.policy.items():
                spin.setValue(getattr(rule.policy, name))
            select_data(self.repeat, str(rule.repeat))
            self.entitlement.setText(rule.entitlement)
            self.entitlement_days.setValue(rule.entitlement_days)
            self.enabled.setChecked(rule.enabled)
            select_data(self.severity, str(rule.severity))
            self.title.setText(rule.title)
            self.follow_up_days.setValue(rule.follow_up_days or 0)
            experiment.set_propensity(self.propensity, rule.propensity)
            self.challenger.setText(rule.challenger)
            self.challenger_share.setValue(rule.challenger_share)
            self._kind_changed()
        finally:
            self._loading = False

    def show_error(self, field: str, message: str) -> None:
        label = self._errors.get(field)
        if label is None:
            return
        label.setText(message)
        label.show()

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def focus_field(self, field: str) -> None:
        widget = {
            "condition": self.condition.edit,
            "valid_to": self.valid_to.edit,
            "valid_from": self.valid_from.edit,
        }.get(field) or getattr(self, field, None)
        if field in self.policy:
            widget = self.policy[field]
        if isinstance(widget, QWidget):
            widget.setFocus()


def blank_rule() -> RuleDefinition:
    """What New starts from: a disabled-until-ready prompt with the default contact policy."""
    return RuleDefinition(id="", name="", condition="", policy=ContactPolicy())
