"""Table model over the draft rules, with each rule's state against the published version."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.rules.definition import RuleDefinition, RuleKind
from app.views.common.formatting import number

COL_NAME, COL_KIND, COL_ACTION, COL_PRIORITY, COL_VALUE, COL_ENABLED, COL_STATUS = range(7)
COLUMNS = 7
STATUS_NEW, STATUS_CHANGED, STATUS_SAME = "new", "changed", ""
RULE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISABLED = QBrush(QColor("#8a96a3"))
_NUMERIC = (COL_PRIORITY, COL_VALUE)


def rule_status(rule: RuleDefinition, published: dict[str, RuleDefinition]) -> str:
    """new (not in the published version), changed (differs from it), or "" (the same)."""
    old = published.get(rule.id)
    if old is None:
        return STATUS_NEW
    return STATUS_CHANGED if old.to_dict() != rule.to_dict() else STATUS_SAME


class RuleListModel(QAbstractTableModel):
    """Read-only rows, one per draft rule, in rule-set order."""

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._rules: list[RuleDefinition] = []
        self._published: dict[str, RuleDefinition] = {}
        self._headers = (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Action"),
            self.tr("Priority"),
            self.tr("Value"),
            self.tr("Enabled"),
            self.tr("Since published"),
        )

    def set_rules(
        self, rules: Sequence[RuleDefinition], published: Sequence[RuleDefinition] = ()
    ) -> None:
        self.beginResetModel()
        self._rules = list(rules)
        self._published = {rule.id: rule for rule in published}
        self.endResetModel()

    def rules(self) -> list[RuleDefinition]:
        return list(self._rules)

    def rule(self, row: int) -> RuleDefinition:
        return self._rules[row]

    def row_of(self, rule_id: str) -> int:
        """The row showing `rule_id`, or -1."""
        return next((i for i, rule in enumerate(self._rules) if rule.id == rule_id), -1)

    def status(self, row: int) -> str:
        return rule_status(self._rules[row], self._published)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rules)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rule = self._rules[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rule, column, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_STATUS:
                return self.status_tip(self.status(index.row()))
            return rule.description or rule.name
        if role == RULE_ID_ROLE:
            return rule.id
        if role == Qt.ItemDataRole.ForegroundRole and not rule.enabled:
            return _DISABLED
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, rule: RuleDefinition, column: int, row: int) -> str:
        if column == COL_NAME:
            return rule.name
        if column == COL_KIND:
            return kind_name(rule.kind)
        if column == COL_ACTION:
            return rule.action
        if column == COL_PRIORITY:
            return number(rule.priority, self._locale)
        if column == COL_VALUE:
            decimals = 0 if rule.business_value == rule.business_value.to_integral() else 2
            return number(rule.business_value, self._locale, decimals)
        if column == COL_ENABLED:
            return self.tr("yes") if rule.enabled else self.tr("disabled")
        return self.status_text(self.status(row))

    def status_tip(self, status: str) -> str:
        if status == STATUS_NEW:
            return self.tr("Not in the published version: goes live when you publish.")
        if status == STATUS_CHANGED:
            return self.tr("Changed since published: the change goes live when you publish.")
        return self.tr("The same as in the published version.")

    def status_text(self, status: str) -> str:
        if status == STATUS_NEW:
            return self.tr("new")
        if status == STATUS_CHANGED:
            return self.tr("changed")
        return self.tr("as published")


def kind_name(kind: RuleKind | str) -> str:
    if str(kind) == RuleKind.AUTOMATIC:
        return QCoreApplication.translate("RuleListModel", "automatic")
    return QCoreApplication.translate("RuleListModel", "prompt")
