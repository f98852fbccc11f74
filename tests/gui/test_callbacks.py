"""Callbacks a consultant sees: on the card and closed on save ("My queue", Ctrl+Shift+M, lists
them with the other queue items: tests/gui/test_my_queue_desk.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import QueueItem
from app.services.dto import WrapUpInput
from tests import factories as f
from tests.gui.conftest import AGENT

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NOW = datetime.now(UTC).replace(microsecond=0)


def promise(services, customer, reason: str, due: datetime, login: str = AGENT):
    """A callback promised through a real saved wrap-up, then moved to `due` as time would."""
    from app.services.contacts.service import ContactService

    saved = ContactService(services.db, agent_login=login).record(
        WrapUpInput(customer_id=customer, channel="phone", direction="inbound",
                    started_at=NOW - timedelta(minutes=5), ended_at=NOW, reason=reason,
                    codes=("INFO",), notes="", outcome="resolved",
                    callback_at=NOW + timedelta(days=1))
    )  # fmt: skip
    with services.db.unit_of_work() as uow:
        uow.session.get(QueueItem, saved.callback_id).due_at = due
        uow.commit()
    return saved.callback_id


def status_of(services, item) -> str:
    with services.db.reading() as session:
        return session.get(QueueItem, item).status


def seed(services):
    f.seed_wrapup_codes(services.db)
    zofia = f.make_customer(services.db, "Z1", "Zofia", "Malinowska")
    piotr = f.make_customer(services.db, "P1", "Piotr", "Lis")
    later = promise(services, zofia, "Oddzwonić w sprawie limitu karty " + "x" * 80,
                    NOW + timedelta(hours=3))  # fmt: skip
    overdue = promise(services, piotr, "Potwierdzić przelew", NOW - timedelta(hours=2))
    promise(services, zofia, "Kolegi sprawa", NOW + timedelta(hours=1), login="jan.kolega")
    return zofia, piotr, later, overdue


def open_card(qtbot, window, customer) -> None:
    window.open_customer(customer)
    qtbot.waitUntil(
        lambda: window.card.card is not None and window.card.card.identity.id == customer,
        timeout=5000,
    )


def test_the_card_lists_the_customers_open_callbacks_with_who_has_them(
    qtbot, window, services
) -> None:
    zofia, piotr, _later, _overdue = seed(services)
    open_card(qtbot, window, zofia)
    strip = window.card_callbacks
    qtbot.waitUntil(lambda: strip.table.row_count() == 2, timeout=5000)
    assert strip.isVisible()
    assert strip.title.text() == "Open callbacks and promises: 2"
    assert [strip.table.text(r, 2) for r in range(2)] == ["jan.kolega", AGENT]
    long_reason = strip.table.rows_model.index(1, 1)
    assert long_reason.data(Qt.ItemDataRole.ToolTipRole).endswith("x" * 80)  # elided: tip whole

    open_card(qtbot, window, piotr)
    qtbot.waitUntil(lambda: strip.title.text().endswith("1 overdue"), timeout=5000)
    assert "overdue" in strip.table.text(0, 0)  # in words, not only in colour


def test_saving_with_the_close_option_closes_it_and_the_card_list_drops_it(
    qtbot, window, services
) -> None:
    _zofia, _piotr, later, _overdue = seed(services)
    window.open_callback(next(row for row in services.callbacks.mine() if row.id == later))
    form = window.wrapup
    qtbot.waitUntil(lambda: later in form.closing.boxes, timeout=5000)
    qtbot.waitUntil(lambda: form.codes.count() == 5, timeout=5000)
    box = form.closing.boxes[later]
    assert box.isChecked() and box.accessibleName().startswith("Callback: Oddzwonić")
    assert box.toolTip().endswith("x" * 80)
    # Keyboard reachable, between the callback time and Save: Shift+Tab from Save lands on it.
    form.save_button.setFocus()
    qtbot.keyClick(form.save_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.save_button

    form.reason.setText("Oddzwoniłam, limit podniesiony")
    form.codes.set_checked(["INFO"])
    form.outcome.setCurrentIndex(form.outcome.findData("resolved"))
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args[0].closed_callbacks == (later,)
    assert status_of(services, later) == "done"
    strip = window.card_callbacks
    qtbot.waitUntil(lambda: strip.table.row_count() == 1, timeout=5000)
    assert strip.table.text(0, 2) == "jan.kolega"  # the colleague's stays, mine is gone


def test_an_unticked_callback_stays_open(qtbot, window, services) -> None:
    _zofia, _piotr, later, _overdue = seed(services)
    window.open_callback(next(row for row in services.callbacks.mine() if row.id == later))
    form = window.wrapup
    qtbot.waitUntil(lambda: later in form.closing.boxes, timeout=5000)
    qtbot.waitUntil(lambda: form.codes.count() == 5, timeout=5000)
    form.closing.boxes[later].setChecked(False)
    form.reason.setText("Nie odebrał")
    form.codes.set_checked(["INFO"])
    form.outcome.setCurrentIndex(form.outcome.findData("resolved"))
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save()
    assert saved.args[0].closed_callbacks == ()
    assert status_of(services, later) == "open"
