"""A consultant's shift by keyboard, in Polish and Russian: a verified caller, a call that
arrives mid-wrap-up, and a callback worked from "My callbacks" (issue 12, done-when)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.models import Contact, QueueItem
from tests.gui.conftest import desk_in
from tests.gui.test_callbacks import promise
from tests.gui.test_overlapping_calls import PIOTR_PHONE, ZANETA_PHONE, take_call, two_customers
from tests.gui.test_verification import verify_by_keyboard

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT = 5000


def wrap_up_by_keyboard(qtbot, form, reason: str) -> None:
    """Reason typed, the first code ticked with Space, the first outcome picked with Down."""
    form.reason.setFocus()
    qtbot.keyClicks(form.reason, reason)
    qtbot.keyClick(form.reason, Qt.Key.Key_Tab)
    codes = form.codes
    codes.setFocus()
    qtbot.keyClick(codes, Qt.Key.Key_Space)
    assert codes.checked(), "Space ticks the current code"
    form.outcome.setFocus()
    qtbot.keyClick(form.outcome, Qt.Key.Key_Down)
    assert form.outcome.currentData() is not None


def save_by_keyboard(qtbot, form):
    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return saved.args[0]


@pytest.mark.parametrize("locale", ["pl_PL", "ru_RU"])
def test_a_shift_by_keyboard(qtbot, qapp, monkeypatch, checked_services, runner, locale) -> None:
    from app.views.shell.main_window import MainWindow

    services = checked_services  # the identity check on: three questions, two must pass
    with desk_in(qapp, monkeypatch, locale):
        zaneta, piotr = two_customers(services)
        now = datetime.now(UTC).replace(microsecond=0)
        item = promise(services, piotr, "Potwierdzic przelew", now - timedelta(hours=2))
        window = MainWindow(services, runner, QLocale(locale))
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        form = window.wrapup

        # A verified caller: balances and offers wait for the check, ticked by keyboard.
        take_call(qtbot, window, ZANETA_PHONE, zaneta)
        assert not window.verification.unlocked
        verify_by_keyboard(qtbot, window)
        assert window.verification.unlocked
        wrap_up_by_keyboard(qtbot, form, "Blokada karty")

        # A call arrives mid-wrap-up: a fresh form and check for the new caller, the typed one
        # parked with its own customer and named on the pending line.
        take_call(qtbot, window, PIOTR_PHONE, piotr)
        assert form.reason.text() == "" and not window.verification.unlocked
        assert form.pending.isVisible() and "Ctrl+Shift+W" in form.pending.text()
        assert "Żaneta Kowalczyk" in form.pending.text()
        assert "unsaved wrap-up" not in form.pending.text()  # in the desk's language

        # Back to it with Ctrl+Shift+W, its check too, and saved with Ctrl+Enter.
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_W, CTRL_SHIFT)
        qtbot.waitUntil(
            lambda: form.contact is not None and form.contact.customer_id == zaneta, timeout=WAIT
        )
        assert form.reason.text() == "Blokada karty" and window.verification.unlocked
        first = save_by_keyboard(qtbot, form)

        # My queue (Ctrl+Shift+M): the overdue callback first; Enter opens its customer, and
        # the wrap-up asks how the call on it ended (needs the real WorkQueueService).
        dock = window.my_queue
        with qtbot.waitSignal(dock.loaded, timeout=WAIT):
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_M, CTRL_SHIFT)
        qtbot.waitUntil(lambda: dock.table.hasFocus(), timeout=WAIT)
        assert dock.model.rows()[0].id == item and dock.table.currentIndex().row() == 0
        qtbot.keyClick(dock.table, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: (
                form.contact is not None
                and form.contact.queue_item is not None
                and form.contact.queue_item.id == item
            ),
            timeout=WAIT,
        )
        assert form.queue_outcome.isVisible() and item not in form.closing.boxes
        verify_by_keyboard(qtbot, window)
        wrap_up_by_keyboard(qtbot, form, "Przelew potwierdzony")
        form.queue_outcome.choice.setFocus()
        qtbot.keyClick(form.queue_outcome.choice, Qt.Key.Key_Down)  # "Reached the customer"
        assert form.queue_outcome.code() == "reached"
        second = save_by_keyboard(qtbot, form)

    with services.db.reading() as session:
        assert session.get(QueueItem, item).status == "done"
        for saved, customer in ((first, zaneta), (second, piotr)):
            row = session.get(Contact, saved.contact.id)
            assert (row.customer_id, row.verification) == (customer, "verified")
