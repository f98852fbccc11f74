"""The shared table-model base and the small models built on it, without a window."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from app.services.sync.status import RejectedRow, SkippedFeedRow
from app.views.common.table_model import RIGHT, Column, RowTableModel
from app.views.common.widgets import MARKED_ROW, _RowsModel
from app.views.sync.problems import RejectedModel, SkippedModel

Role = Qt.ItemDataRole


@dataclass(frozen=True)
class Item:
    name: str
    count: int
    note: str = ""


class ItemModel(RowTableModel[Item]):
    def columns(self):
        return (
            Column("Name", lambda item: item.name, lambda item: item.note or None),
            Column(
                "Count",
                lambda item: str(item.count),
                right=True,
                foreground=lambda item: "red" if item.count < 0 else None,
            ),
        )

    def row_data(self, item: Item, role: int):
        return "custom" if role == Role.UserRole else None


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def texts(model, role=Role.DisplayRole) -> list[list]:
    return [
        [model.index(r, c).data(role) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_base_dispatches_every_role_from_the_column_specs(qapp) -> None:
    model = ItemModel()
    model.set_rows([Item("a", 3), Item("b", -1, note="overdrawn")])
    assert headers(model) == ["Name", "Count"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert texts(model) == [["a", "3"], ["b", "-1"]]
    # A column without its own tip shows its text as the tip (elided cells stay readable).
    assert texts(model, Role.ToolTipRole) == [["a", "3"], ["overdrawn", "-1"]]
    assert texts(model, Role.TextAlignmentRole) == [[None, RIGHT], [None, RIGHT]]
    assert texts(model, Role.ForegroundRole) == [[None, None], [None, "red"]]
    assert texts(model, Role.UserRole) == [["custom"] * 2] * 2
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert model.row(1).name == "b" and [i.name for i in model.rows()] == ["a", "b"]


def test_set_rows_is_one_reset(qtbot) -> None:
    model = ItemModel()
    model.set_rows([Item("a", 1)])
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_rows([Item("x", 1), Item("y", 2)])
    assert model.rowCount() == 2


def test_read_only_table_rows_marked_rows_tips_and_right_alignment(qapp) -> None:
    model = _RowsModel(["Day", "Subject", "Amount"])
    model.set_text_rows(
        [["1.12", "Fee", "10,00 zł"], ["2.12", "Card", "5,00 zł"]],
        right=[2],
        marked=[1],
        tips={(1, 1): "Card blocked twice"},
    )
    assert headers(model) == ["Day", "Subject", "Amount"]
    assert texts(model)[1] == ["2.12", "Card", "5,00 zł"]
    assert texts(model, Role.ToolTipRole)[1] == ["2.12", "Card blocked twice", "5,00 zł"]
    assert texts(model, Role.TextAlignmentRole)[0] == [None, None, RIGHT]
    assert [model.index(r, 0).data(Role.BackgroundRole) for r in range(2)] == [None, MARKED_ROW]
    # The next fill decides alignment afresh.
    model.set_text_rows([["a", "b", "c"]], right=[], marked=[], tips={})
    assert texts(model, Role.TextAlignmentRole) == [[None, None, None]]


def test_the_sync_problem_models_name_what_was_refused_or_skipped(qapp) -> None:
    record = uuid.uuid4()
    rejected = RejectedModel()
    refused = RejectedRow(uuid.uuid4(), "offer_presentation", record, "permission denied")
    rejected.set_rows([refused])
    assert headers(rejected) == ["What", "Record", "Server's message"]
    assert texts(rejected) == [["Offer shown", str(record), "permission denied"]]
    assert texts(rejected, Role.ToolTipRole) == texts(rejected)
    skipped = SkippedModel()
    skipped.set_rows([SkippedFeedRow(815, 1, "pigeon_post", "7", "unknown entity")])
    assert headers(skipped) == ["What", "Record", "Why it was skipped"]
    assert texts(skipped) == [["pigeon post", "7", "unknown entity"]]
