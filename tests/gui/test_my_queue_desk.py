""" "My queue" (Ctrl+Shift+M), "Next" (Ctrl+Shift+N) and the queue outcome, on the real desk."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from app.services.errors import AcrmError
from tests import factories as f
from tests.gui.queue_fake import NOW, FakeWorkQueue, RecordingContacts, entry, later

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT = 5000


@pytest.fixture
def people(services):
    f.seed_wrapup_codes(services.db)
    zofia = f.make_customer(services.db, "Z1", "Zofia", "Malinowska", phones=("+48601000001",))
    piotr = f.make_customer(services.db, "P1", "Piotr", "Lis", phones=("+48601000002",))
    return zofia, piotr


@pytest.fixture
def queue(people):
    zofia, piotr = people
    overdue = entry(piotr, "Piotr Lis", "Potwierdzić przelew", kind="callback", overdue=True,
                    customer_number="P1", due_at=later(-2), script="Dzień dobry, dzwonię…",
                    window_end=later(30))  # fmt: skip
    night = entry(zofia, "Zofia Malinowska", "Karta Plus", kind="campaign", campaign="Jesień",
                  callable_now=False, blocked="outside_hours", callable_from=later(9))  # fmt: skip
    pooled = entry(zofia, "Zofia Malinowska", "Lokata", team="Karty", owner="", owner_name="")
    return FakeWorkQueue(mine=[overdue, night], pool=[pooled])


@pytest.fixture
def desk(qtbot, services, runner, pl_locale, queue):
    from app.views.shell.main_window import MainWindow

    contacts = RecordingContacts(services.contacts, queue)
    wired = replace(services, work_queue=queue, contacts=contacts)
    win = MainWindow(wired, runner, pl_locale)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_panel(qtbot, desk):
    desk.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.search.box, timeout=WAIT)
    panel = desk.my_queue
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        qtbot.keyClick(desk.search.box, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: panel.pool_model.rowCount() == 1, timeout=WAIT)
    return panel


def opened(desk, customer) -> bool:
    shown = desk.card.card
    return shown is not None and shown.identity.id == customer and desk.wrapup.contact is not None


def test_my_queue_lists_my_items_and_enter_opens_the_customer_for_an_outbound_call(
    qtbot, desk, queue, people
) -> None:
    _zofia, piotr = people
    panel = open_panel(qtbot, desk)
    assert panel.isVisible() and panel.tabs.currentIndex() == 0
    assert panel.summary.text() == "2 item(s) · 1 overdue · 1 callable now"
    assert "overdue" in panel.model.index(0, panel.model.DUE).data()
    qtbot.waitUntil(lambda: panel.table.hasFocus(), timeout=WAIT)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # the night-time campaign entry
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.isVisible(), "an item outside calling hours is not called"
    assert panel.message.text().startswith("Not now: Outside calling hours")
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert not panel.isVisible()
    qtbot.waitUntil(lambda: opened(desk, piotr), timeout=WAIT)
    form = desk.wrapup
    assert form.contact.direction == "outbound" and form.direction.currentData() == "outbound"
    assert form.contact.queue_item == queue.mine_rows[0]
    qtbot.waitUntil(lambda: desk.queue_strip.isVisible(), timeout=WAIT)
    assert desk.queue_strip.reason.text() == "Reason: Potwierdzić przelew"
    assert desk.queue_strip.script.text() == "Dzień dobry, dzwonię…"
    assert form.queue_outcome.isVisible()


def test_take_from_the_pool_by_key_and_a_refusal_is_said_in_the_panel(qtbot, desk, queue) -> None:
    panel = open_panel(qtbot, desk)
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert panel.tabs.currentIndex() == 1 and panel.pool.hasFocus()
    assert panel.pool_summary.text() == "1 item(s) nobody has taken yet"
    queue.refusal = AcrmError("Jan Kolega took it first")
    qtbot.keyClick(panel.pool, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: panel.message.text().startswith("Not taken"), timeout=WAIT)
    assert panel.message.text() == "Not taken: Zofia Malinowska. Jan Kolega took it first"
    assert panel.message.objectName() == "fieldError"
    assert QApplication.activeModalWidget() is None  # no dialog in the middle of a shift
    assert panel.isVisible()

    queue.refusal = None
    with qtbot.waitSignal(panel.taken, timeout=WAIT):
        qtbot.keyClick(panel.pool, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.pool_model.rowCount() == 0, timeout=WAIT)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT)
    assert panel.message.text() == "Taken: Zofia Malinowska is in your queue now."
    assert panel.tabs.tabText(1) == "Team pool (0)"


def test_next_from_the_search_box_opens_the_item_with_reason_script_and_outcome_row(
    qtbot, desk, queue, people
) -> None:
    from app.views.wrapup.form import ContactStart

    _zofia, piotr = people
    desk.focus_search()
    qtbot.keyClick(desk.search.box, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: opened(desk, piotr), timeout=WAIT)
    assert queue.next_calls == 1
    form = desk.wrapup
    assert form.contact.direction == "outbound"
    qtbot.waitUntil(lambda: desk.queue_strip.isVisible(), timeout=WAIT)
    assert desk.queue_strip.title.text() == "Queue item: Callback"
    assert "attempt 1 of 3" in desk.queue_strip.details.text()
    assert form.queue_outcome.isVisible()
    # Another customer opened from the search: no queue item, no row, no strip.
    desk.open_customer(people[0], ContactStart(people[0], "Zofia Malinowska"))
    qtbot.waitUntil(lambda: opened(desk, people[0]), timeout=WAIT)
    qtbot.waitUntil(lambda: not desk.queue_strip.isVisible(), timeout=WAIT)
    assert not form.queue_outcome.isVisible()


def test_next_never_goes_over_a_typed_wrap_up(qtbot, desk, queue, people) -> None:
    from app.views.wrapup.form import ContactStart

    zofia, _piotr = people
    desk.open_customer(zofia, ContactStart(zofia, "Zofia Malinowska"))
    qtbot.waitUntil(lambda: opened(desk, zofia), timeout=WAIT)
    form = desk.wrapup
    qtbot.keyClicks(form.reason, "Pyta o karte")
    qtbot.keyClick(form.reason, Qt.Key.Key_N, CTRL_SHIFT)
    assert desk.status.state.text().startswith("Save or discard the wrap-up first")
    assert queue.next_calls == 0
    assert form.reason.text() == "Pyta o karte" and desk.card.card.identity.id == zofia


def test_a_call_arriving_while_next_looks_wins(qtbot, desk, queue, people) -> None:
    zofia, _piotr = people
    queue.gate = threading.Event()
    desk.focus_search()
    qtbot.keyClick(desk.search.box, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: queue.next_calls == 1, timeout=WAIT)
    desk.handle_phone("+48601000001")  # Zofia calls in
    qtbot.waitUntil(lambda: opened(desk, zofia), timeout=WAIT)
    queue.gate.set()
    qtbot.waitUntil(lambda: desk.status.state.text().startswith("A call came in"), timeout=WAIT)
    assert "Piotr Lis (P1) waits in My queue (Ctrl+Shift+M)" in desk.status.state.text()
    assert desk.wrapup.contact.customer_id == zofia and desk.wrapup.contact.caller_number
    assert desk.card.card.identity.id == zofia
    assert not desk.wrapup.queue_outcome.isVisible()


def test_nothing_callable_says_when_the_next_item_is(qtbot, desk, queue) -> None:
    from app.views.common.formatting import local_datetime

    queue.mine_rows = [queue.mine_rows[1]]  # only the night-time one
    queue.pool_rows = []
    desk.focus_search()
    qtbot.keyClick(desk.search.box, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: desk.status.state.text().startswith("Nothing"), timeout=WAIT)
    when = local_datetime(later(9), desk._locale)
    assert (
        desk.status.state.text() == f"Nothing to call now; the next item is callable from {when}."
    )
    assert desk.card.card is None


def fill_by_keyboard(qtbot, form) -> None:
    qtbot.waitUntil(lambda: form.codes.count() > 0, timeout=WAIT)
    form.reason.setFocus()
    qtbot.keyClicks(form.reason, "Przelew potwierdzony")
    form.codes.setFocus()
    qtbot.keyClick(form.codes, Qt.Key.Key_Space)
    form.outcome.setFocus()
    qtbot.keyClick(form.outcome, Qt.Key.Key_Down)


def test_the_queue_outcome_is_saved_with_the_contact(qtbot, desk, queue, people) -> None:
    _zofia, piotr = people
    item = queue.mine_rows[0]
    desk.open_queue_item(item)
    qtbot.waitUntil(lambda: opened(desk, piotr), timeout=WAIT)
    form = desk.wrapup
    fill_by_keyboard(qtbot, form)
    # Tab from the contact's outcome reaches the queue outcome, then its time, then Callback.
    qtbot.keyClick(form.outcome, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.queue_outcome.choice
    qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.errors["queue_outcome"].text() == "Choose how the call on the queue item ended."
    assert desk.services.contacts.queue_outcomes == []

    row = form.queue_outcome
    row.choice.setFocus()
    while row.code() != "rescheduled":
        qtbot.keyClick(row.choice, Qt.Key.Key_Down)
    assert row.when.isEnabled()
    assert row.when.maximumDateTime().toSecsSinceEpoch() == int(item.window_end.timestamp())
    assert NOW < row.reschedule_to() <= item.window_end
    qtbot.keyClick(row.choice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.when
    row.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(later(3).timestamp())))
    with qtbot.waitSignal(form.queueSaved, timeout=WAIT):
        qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert desk.services.contacts.queue_outcomes == [(item.id, "rescheduled", later(3))]
    assert form.contact is None and not row.isVisible()
    assert desk.status.state.text() == "Contact saved; the queue item is updated."


def test_a_parked_queue_contact_comes_back_with_its_outcome_row(qtbot, desk, queue, people) -> None:
    _zofia, piotr = people
    item = queue.mine_rows[0]
    desk.open_queue_item(item)
    qtbot.waitUntil(lambda: opened(desk, piotr), timeout=WAIT)
    form = desk.wrapup
    fill_by_keyboard(qtbot, form)
    form.queue_outcome.set_value("no_answer", None)
    desk.handle_phone("+48 500 000 999")  # an unknown caller: Piotr's wrap-up is parked
    qtbot.waitUntil(lambda: len(desk.parked_drafts) == 1, timeout=WAIT)
    assert not form.queue_outcome.isVisible()
    desk.return_to_draft()
    qtbot.waitUntil(lambda: form.contact is not None and form.contact.customer_id == piotr,
                    timeout=WAIT)  # fmt: skip
    qtbot.waitUntil(lambda: form.queue_outcome.isVisible(), timeout=WAIT)
    assert form.reason.text() == "Przelew potwierdzony"
    assert form.queue_outcome.value() == (item.id, "no_answer", None)


def test_a_restarted_desk_restores_the_queue_outcome_row_of_a_draft(
    qtbot, desk, queue, people, runner, pl_locale
) -> None:
    from app.services.contacts.drafts import DraftStore
    from app.views.shell.main_window import MainWindow

    _zofia, piotr = people
    item = queue.mine_rows[0]
    desk.open_queue_item(item)
    qtbot.waitUntil(lambda: opened(desk, piotr), timeout=WAIT)
    fill_by_keyboard(qtbot, desk.wrapup)
    desk.wrapup.queue_outcome.set_value("rescheduled", later(3))
    store = DraftStore(desk.services.drafts.directory)
    qtbot.waitUntil(
        lambda: [d.queue_outcome for d in store.load_all().drafts] == ["rescheduled"],
        timeout=WAIT,
    )
    assert desk.close()

    again = MainWindow(desk.services, runner, pl_locale)  # the desk restarted: nothing in memory
    qtbot.addWidget(again)
    again.resize(1440, 900)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.wrapup.pending.isVisible(), timeout=WAIT)
    qtbot.keyClick(again, Qt.Key.Key_W, CTRL_SHIFT)
    form = again.wrapup
    qtbot.waitUntil(lambda: form.reason.text() == "Przelew potwierdzony", timeout=WAIT)
    qtbot.waitUntil(lambda: form.queue_outcome.isVisible(), timeout=WAIT)
    assert form.queue_outcome.entry == item
    assert form.queue_outcome.value() == (item.id, "rescheduled", later(3))
    assert form.queue_outcome.when.isVisible()
    with qtbot.waitSignal(form.queueSaved, timeout=WAIT):
        form.save()
    assert again.services.contacts.queue_outcomes == [(item.id, "rescheduled", later(3))]


def test_a_restored_draft_whose_queue_item_is_gone_comes_back_without_the_row(
    qtbot, desk, queue, people, runner, pl_locale
) -> None:
    from app.services.contacts.drafts import DraftStore
    from app.views.shell.main_window import MainWindow

    _zofia, piotr = people
    item = queue.mine_rows[0]
    desk.open_queue_item(item)
    qtbot.waitUntil(lambda: opened(desk, piotr), timeout=WAIT)
    fill_by_keyboard(qtbot, desk.wrapup)
    store = DraftStore(desk.services.drafts.directory)
    qtbot.waitUntil(lambda: len(store.load_all().drafts) == 1, timeout=WAIT)
    assert desk.close()
    queue.mine_rows.remove(item)  # closed from another desk meanwhile

    again = MainWindow(desk.services, runner, pl_locale)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.wrapup.pending.isVisible(), timeout=WAIT)
    qtbot.keyClick(again, Qt.Key.Key_W, CTRL_SHIFT)
    form = again.wrapup
    qtbot.waitUntil(lambda: form.reason.text() == "Przelew potwierdzony", timeout=WAIT)
    assert form.queue_outcome.entry is None and not form.queue_outcome.isVisible()


def test_the_panel_refreshes_after_a_pull(qtbot, desk, queue) -> None:
    from PySide6.QtCore import QObject, Signal

    class Feed(QObject):
        pulled = Signal(object)

    feed = Feed()
    desk.watch_pulls(feed.pulled)
    panel = open_panel(qtbot, desk)
    queue.mine_rows.append(entry(None, "Nowy Klient", "Z synchronizacji"))
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        feed.pulled.emit(lambda _customer: False)
    assert panel.model.rowCount() == 3


def test_a_callback_worked_from_the_queue_is_settled_by_its_outcome_not_closed_twice(
    qtbot, desk, queue, services, people
) -> None:
    from tests.gui.test_callbacks import promise

    _zofia, piotr = people
    mine = promise(services, piotr, "Potwierdzic przelew", later(-1))
    other = promise(services, piotr, "Druga sprawa", later(5))
    item = replace(queue.mine_rows[0], id=mine)
    queue.mine_rows[0] = item
    panel = open_panel(qtbot, desk)
    qtbot.waitUntil(lambda: panel.table.hasFocus(), timeout=WAIT)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened(desk, piotr), timeout=WAIT)
    form = desk.wrapup
    qtbot.waitUntil(lambda: other in form.closing.boxes, timeout=WAIT)
    assert mine not in form.closing.boxes  # the queue outcome settles it
    assert form.closing.chosen() == ()
    assert form.queue_outcome.isVisible() and form.queue_outcome.entry.id == mine
    # Esc from the panel gave the focus back to the wrap-up, where the call is logged.
    qtbot.keyClick(QApplication.focusWidget() or desk, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: panel.table.hasFocus(), timeout=WAIT)
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.reason, timeout=WAIT)
