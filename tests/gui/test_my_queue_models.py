"""The "My queue" and team-pool table models, without a window."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, Qt

from app.views.common.formatting import local_datetime
from app.views.tools.queue_model import MyQueueModel, PoolModel, next_callable, state_text
from tests.gui.queue_fake import entry

PL = QLocale("pl_PL")
DUE = datetime(2026, 12, 14, 13, 30, tzinfo=UTC)
Role = Qt.ItemDataRole


def rows():
    overdue = entry(uuid.uuid4(), "Piotr Lis", "Potwierdzić przelew", kind="callback",
                    customer_number="P1", due_at=DUE, overdue=True, attempts=1, priority=80,
                    window_end=DUE + timedelta(days=2))  # fmt: skip
    hours = entry(uuid.uuid4(), "Zofia Malinowska", "Karta Plus", kind="campaign",
                  campaign="Karta Plus jesień", callable_now=False, blocked="outside_hours",
                  callable_from=DUE + timedelta(hours=18),
                  due_at=DUE + timedelta(hours=1))  # fmt: skip
    used = entry(uuid.uuid4(), "Jan Nowak", "Lokata", callable_now=False, blocked="attempts_used",
                 attempts=3, due_at=DUE + timedelta(hours=2))  # fmt: skip
    return [overdue, hours, used]


def cell(model, row: int, column: int, role=Role.DisplayRole):
    return model.index(row, column).data(role)


def test_columns_say_kind_due_customer_reason_priority_attempts_and_window(qapp) -> None:
    model = MyQueueModel(PL)
    model.set_rows(rows())
    assert model.columnCount() == 8 and model.rowCount() == 3
    assert cell(model, 0, MyQueueModel.KIND) == "Callback"
    assert cell(model, 1, MyQueueModel.KIND) == "Campaign: Karta Plus jesień"
    assert cell(model, 0, MyQueueModel.CUSTOMER) == "Piotr Lis (P1)"
    assert cell(model, 0, MyQueueModel.REASON) == "Potwierdzić przelew"
    assert cell(model, 0, MyQueueModel.PRIORITY) == "80"
    assert cell(model, 0, MyQueueModel.ATTEMPTS) == "1/3"
    assert cell(model, 2, MyQueueModel.ATTEMPTS) == "3/3"
    assert cell(model, 0, MyQueueModel.WINDOW_END) == local_datetime(DUE + timedelta(days=2), PL)
    assert cell(model, 1, MyQueueModel.WINDOW_END) == ""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["Due", "Kind", "Customer", "Reason", "Priority", "Attempts",
                       "Window ends", "Callable"]  # fmt: skip


def test_overdue_is_red_and_said_in_words_in_the_viewers_locale(qapp) -> None:
    model = MyQueueModel(PL)
    model.set_rows(rows())
    due = cell(model, 0, MyQueueModel.DUE)
    assert due == local_datetime(DUE, PL) + " · overdue"
    assert "." in due.split(" ")[0]  # Polish short date: 14.12.2026
    assert cell(model, 0, MyQueueModel.DUE, Role.ForegroundRole).color().name() == "#b42318"
    assert cell(model, 1, MyQueueModel.DUE, Role.ForegroundRole) is None
    assert "overdue" not in cell(model, 1, MyQueueModel.DUE)
    assert model.overdue_count() == 1 and model.callable_count() == 1


def test_not_now_says_why_and_when_callable_next(qapp) -> None:
    model = MyQueueModel(PL)
    model.set_rows(rows())
    assert cell(model, 0, MyQueueModel.STATE) == "Callable now"
    when = local_datetime(DUE + timedelta(hours=18), PL)
    assert cell(model, 1, MyQueueModel.STATE) == f"Outside calling hours · from {when}"
    hours = cell(model, 1, MyQueueModel.STATE, Role.ToolTipRole)  # whole in the tip
    assert hours == (
        f"Not now: Outside calling hours in the customer's zone · callable from {when}"
    )
    assert cell(model, 2, MyQueueModel.STATE) == "Attempts used"
    assert cell(model, 2, MyQueueModel.STATE, Role.ToolTipRole) == (
        "Not now: All attempts used · not callable again"
    )
    assert cell(model, 1, MyQueueModel.STATE, Role.ForegroundRole) is not None  # greyed
    assert cell(model, 1, MyQueueModel.KIND, Role.AccessibleDescriptionRole) == hours
    closed = entry(None, "", "", callable_now=False, blocked="window_closed")
    assert state_text(closed, PL).startswith("Not now: Its call window has closed")


def test_pool_adds_the_team_and_the_soonest_callable_is_found(qapp) -> None:
    model = PoolModel(PL)
    team = entry(None, "A", "x", team="Karty")
    model.set_rows([team, entry(None, "B", "y")])
    assert model.columnCount() == 9
    assert cell(model, 0, PoolModel.TEAM) == "Karty"
    assert cell(model, 1, PoolModel.TEAM) == "Whole centre"
    items = rows()
    soon = entry(None, "C", "z", callable_now=False, blocked="before_window",
                 callable_from=DUE + timedelta(hours=2))  # fmt: skip
    assert next_callable([*items, soon]) is soon
    assert next_callable(items[2:]) is None  # attempts used: never again
