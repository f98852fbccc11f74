"""Table model over the draft rules, with each rule's state against the published version."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.rules.definition import RuleDefinition
from app.views.common.formatting import number
from app.views.common.labels import draft_status_name, draft_status_tip, rule_kind_name
from app.views.common.table_model import Column, Role, RowTableModel

COL_NAME, COL_KIND, COL_ACTION, COL_PRIORITY, COL_VALUE, COL_ENABLED, COL_STATUS = range(7)
COLUMNS = 7
STATUS_NEW, STATUS_CHANGED, STATUS_SAME = "new", "changed", ""
RULE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISABLED = QBrush(QColor("#8a96a3"))


def rule_status(rule: RuleDefinition, published: dict[str, RuleDefinition]) -> str:
    """new (not in the published version), changed (differs from it), or "" (the same)."""
    old = published.get(rule.id)
    if old is None:
        return STATUS_NEW
    return STATUS_CHANGED if old.to_dict() != rule.to_dict() else STATUS_SAME


class RuleListModel(RowTableModel[RuleDefinition]):
    """Read-only rows, one per draft rule, in rule-set order."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        self._locale = locale
        self._published: dict[str, RuleDefinition] = {}
        super().__init__(parent)

    def columns(self) -> tuple[Column[RuleDefinition], ...]:
        tip = self._tip
        return (
            Column(self.tr("Name"), lambda rule: rule.name, tip),
            Column(self.tr("Kind"), lambda rule: rule_kind_name(rule.kind), tip),
            Column(self.tr("Action"), lambda rule: rule.action, tip),
            Column(
                self.tr("Priority"),
                lambda rule: number(rule.priority, self._locale),
                tip,
                right=True,
            ),
            Column(self.tr("Value"), self._value, tip, right=True),
            Column(
                self.tr("Enabled"),
                lambda rule: self.tr("yes") if rule.enabled else self.tr("disabled"),
                tip,
            ),
            Column(
                self.tr("Since published"),
                lambda rule: draft_status_name(self._status(rule)),
                lambda rule: draft_status_tip(self._status(rule)),
            ),
        )

    def set_rules(
        self, rules: Sequence[RuleDefinition], published: Sequence[RuleDefinition] = ()
    ) -> None:
        self._published = {rule.id: rule for rule in published}
        self.set_rows(rules)

    def rules(self) -> list[RuleDefinition]:
        return self.rows()

    def rule(self, row: int) -> RuleDefinition:
        return self.row(row)

    def row_of(self, rule_id: str) -> int:
        """The row showing `rule_id`, or -1."""
        return next((i for i, rule in enumerate(self._rows) if rule.id == rule_id), -1)

    def status(self, row: int) -> str:
        return self._status(self._rows[row])

    def _status(self, rule: RuleDefinition) -> str:
        return rule_status(rule, self._published)

    def row_data(self, rule: RuleDefinition, role: int):
        if role == RULE_ID_ROLE:
            return rule.id
        if role == Role.ForegroundRole and not rule.enabled:
            return _DISABLED
        return None

    @staticmethod
    def _tip(rule: RuleDefinition) -> str:
        return rule.description or rule.name

    def _value(self, rule: RuleDefinition) -> str:
        decimals = 0 if rule.business_value == rule.business_value.to_integral() else 2
        return number(rule.business_value, self._locale, decimals)
