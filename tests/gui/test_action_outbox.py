"""The action outbox: its table model without a window, and the widget loading real ledger rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from app.services.dto import LedgerRow
from app.services.errors import AcrmError
from app.views.common.workers import SyncRunner
from app.views.tools.action_outbox import (
    COL_ACTION,
    COL_ATTEMPTS,
    COL_CHANNEL,
    COL_CUSTOMER,
    COL_MESSAGE,
    COL_RULE,
    COL_STATUS,
    COLUMN_COUNT,
    FAILED_ROW,
    ActionOutbox,
    OutboxModel,
)
from tests.integration.action_helpers import AS_OF, RULES, birthday_customer, upheld_customer

WHEN = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def row(status: str = "local", error: str = "", attempts: int = 0) -> LedgerRow:
    return LedgerRow(
        id=uuid.uuid4(),
        created_at=WHEN,
        external_id="PL-1",
        rule_id="birthday_greeting",
        action="send_birthday_email",
        channel="email",
        status=status,
        attempts=attempts,
        last_error=error,
        message="Happy birthday, Anna!",
    )


def cell(model: OutboxModel, r: int, c: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(r, c).data(role)


def test_model_columns_and_texts(qapp) -> None:
    model = OutboxModel(QLocale("pl_PL"))
    model.set_rows([row(), row("failed", "webhook http://x: HTTP 503; gave up", 4)])
    assert (model.rowCount(), model.columnCount()) == (2, COLUMN_COUNT)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert header[COL_STATUS] == "Status" and header[COL_MESSAGE] == "Message"
    assert cell(model, 0, COL_CUSTOMER) == "PL-1"
    assert cell(model, 0, COL_RULE) == "birthday_greeting"
    assert cell(model, 0, COL_ACTION) == "send_birthday_email"
    assert cell(model, 0, COL_CHANNEL) == "E-mail"
    assert cell(model, 0, COL_STATUS) == "Local outbox"
    assert cell(model, 0, COL_MESSAGE) == "Happy birthday, Anna!"
    assert cell(model, 0, COL_STATUS, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, 1, COL_STATUS) == "Delivery failed"
    assert cell(model, 1, COL_ATTEMPTS) == "4"
    assert "HTTP 503" in cell(model, 1, COL_STATUS, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 1, COL_RULE, Qt.ItemDataRole.BackgroundRole) == FAILED_ROW
    assert model.row(1).status == "failed"


def test_widget_loads_the_real_outbox_through_the_runner(qtbot, services, runner, pl_locale):
    services.rulebook.replace_draft(RULES)
    services.rulebook.publish("test")
    birthday_customer(services.db, "B1", first_name="Anna")
    report = services.actions.run(AS_OF)
    assert report.local == 1

    widget = ActionOutbox(runner, services.actions.outbox, pl_locale)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000) as loaded:
        widget.refresh()
    assert loaded.args == [1]
    assert widget.model.rowCount() == 1
    assert cell(widget.model, 0, COL_CUSTOMER) == "B1"
    assert cell(widget.model, 0, COL_MESSAGE) == "Happy birthday, Anna!"
    assert widget.status.text() == "1 action(s)"
    assert widget.refresh_button.isEnabled()

    # A second birthday next year shows up on refresh.
    services.actions.run(AS_OF.replace(year=2027))
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh_button.click()
    assert widget.model.rowCount() == 2


def test_widget_counts_failed_deliveries(qtbot, pl_locale) -> None:
    widget = ActionOutbox(SyncRunner(), lambda: [row("failed", "boom", 1), row()], pl_locale)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.status.text() == "2 action(s) · 1 failed delivery(ies)"


def test_widget_says_when_it_cannot_load(qtbot, pl_locale) -> None:
    def broken() -> list[LedgerRow]:
        raise AcrmError("database is gone")

    widget = ActionOutbox(SyncRunner(), broken, pl_locale)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.failed, timeout=5_000):
        widget.refresh()
    assert widget.status.text() == "Could not load the outbox: database is gone"
    assert widget.refresh_button.isEnabled()


def test_empty_outbox_says_so(qtbot, pl_locale) -> None:
    widget = ActionOutbox(SyncRunner(), list, pl_locale)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.status.text() == "No automatic actions yet."


@pytest.mark.parametrize("code", ["card_fee_waiver", "some_new_thing"])
def test_entitlements_read_as_sentences_with_a_locale_date(qapp, code) -> None:
    from app.services.dto import EntitlementRow
    from app.views.customer.card_sections import entitlement_text

    valid_to = datetime(2027, 5, 31, 12, 0, tzinfo=UTC)
    text = entitlement_text(EntitlementRow(code, WHEN, valid_to, "r"), QLocale("pl_PL"))
    expected_day = QLocale("pl_PL").toString(QDate(2027, 5, 31), QLocale.FormatType.ShortFormat)
    assert text.endswith(f"until {expected_day}")
    assert text.startswith("Card fee waived" if code == "card_fee_waiver" else "Some new thing")


def test_the_card_shows_an_entitlement_in_force(qtbot, services, pl_locale) -> None:
    from app.views.customer.card_view import CardView

    services.rulebook.replace_draft(RULES)
    services.rulebook.publish("test")
    waived = upheld_customer(services.db, "U1")
    plain = birthday_customer(services.db, "B1")
    services.actions.run(AS_OF)
    view = CardView(pl_locale)
    qtbot.addWidget(view)
    view.show()

    view.show_card(services.cards.load(waived, as_of=AS_OF + timedelta(days=1)))
    until = (AS_OF + timedelta(days=183)).astimezone().date()
    day = pl_locale.toString(
        QDate(until.year, until.month, until.day), QLocale.FormatType.ShortFormat
    )
    assert view.entitlements.isVisible()
    assert view.entitlements.text() == f"Card fee waived until {day}"

    view.show_card(services.cards.load(plain, as_of=AS_OF + timedelta(days=1)))
    assert not view.entitlements.isVisible()
