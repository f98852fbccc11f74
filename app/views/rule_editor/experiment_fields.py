"""The rule form's propensity and champion/challenger widgets (prompts only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from app.rules.experiment import number_features
from app.views.rule_editor.field_widgets import spin

translate = QCoreApplication.translate


def propensity_box() -> QComboBox:
    """Editable: the number features to pick, or attributes.NAME typed in; empty is none."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItem("")
    for name in number_features():
        box.addItem(name)
    line = box.lineEdit()
    if line is not None:
        line.setPlaceholderText(
            translate("RuleFields", "none, a number feature such as p_alive, or attributes.NAME")
        )
    box.setToolTip(
        translate(
            "RuleFields",
            "Score = priority × business value × this value (0-1) for each customer; "
            "a customer without a value keeps priority × business value.",
        )
    )
    return box


def challenger_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(
        translate("RuleFields", "optional: the id of another prompt tried instead of this one")
    )
    return edit


def share_spin() -> QSpinBox:
    box = spin(0, 99)
    box.setSpecialValueText(translate("RuleFields", "none"))
    box.setSuffix(" %")
    box.setToolTip(
        translate(
            "RuleFields",
            "Share of customers (split by customer, always the same for one) offered the "
            "challenger instead of this rule.",
        )
    )
    return box


def set_propensity(box: QComboBox, name: str) -> None:
    box.setCurrentIndex(0)
    box.setEditText(name)


def propensity_value(box: QComboBox) -> str:
    return box.currentText().strip()
