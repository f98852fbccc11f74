"""The draft rules' table model, without a window: columns, state against published, lookup."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt

from app.rules.definition import RuleDefinition, RuleKind
from app.views.rule_editor.rule_list_model import (
    COL_ACTION,
    COL_ENABLED,
    COL_KIND,
    COL_NAME,
    COL_PRIORITY,
    COL_STATUS,
    COL_VALUE,
    COLUMNS,
    RULE_ID_ROLE,
    RuleListModel,
)

A = RuleDefinition(
    "a",
    "Large inflow",
    "last_inflow > 1000",
    action="offer_investment",
    script="Hi",
    priority=80,
    business_value=Decimal("1250.5"),
)
B = RuleDefinition(
    "b",
    "Fee waiver",
    "upheld_complaints > 0",
    kind=RuleKind.AUTOMATIC,
    action="waive_fee",
    enabled=False,
)
C = RuleDefinition("c", "Birthday", "is_birthday", action="wish", script="Happy birthday")


def _text(model: RuleListModel, row: int, column: int) -> str:
    return model.index(row, column).data()


def test_columns_show_the_rule_with_polish_numbers(qapp) -> None:
    model = RuleListModel(QLocale("pl_PL"))
    model.set_rules([A, B])
    assert model.columnCount() == COLUMNS
    assert model.rowCount() == 2
    assert _text(model, 0, COL_NAME) == "Large inflow"
    assert _text(model, 0, COL_KIND) == "prompt"
    assert _text(model, 1, COL_KIND) == "automatic"
    assert _text(model, 0, COL_ACTION) == "offer_investment"
    assert _text(model, 0, COL_PRIORITY) == "80"
    assert _text(model, 0, COL_VALUE) == "1\u00a0250,50"
    assert _text(model, 0, COL_ENABLED) == "yes"
    assert _text(model, 1, COL_ENABLED) == "disabled"
    assert model.index(1, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, COL_NAME).data(RULE_ID_ROLE) == "a"
    assert model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "Since published"


def test_status_new_changed_or_as_published(qapp) -> None:
    model = RuleListModel(QLocale("en_US"))
    published = [A, B.with_changes(priority=10)]
    model.set_rules([A, B, C], published)
    assert [_text(model, row, COL_STATUS) for row in range(3)] == ["as published", "changed", "new"]
    tip = model.index(1, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Changed since published")


def test_lookup_by_id_and_reset(qapp, qtbot) -> None:
    model = RuleListModel(QLocale("en_US"))
    model.set_rules([A, B, C])
    assert model.row_of("c") == 2
    assert model.row_of("zzz") == -1
    assert model.rule(1) is B
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_rules([C])
    assert model.rules() == [C]
    assert model.index(0, COL_NAME, model.index(0, 0)).isValid() is False
