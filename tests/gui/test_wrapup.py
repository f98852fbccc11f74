"""The wrap-up form through the real widget: validation, Ctrl+Enter, never losing typed text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select, text

from app.models import Contact
from tests import factories as f
from tests.gui.conftest import rich_customer


def open_with_contact(qtbot, window, services):
    cid = rich_customer(services.db)
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(cid, _start(cid))
    qtbot.waitUntil(lambda: window.wrapup.codes.count() == 5, timeout=5000)
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 7, timeout=5000)
    return cid


def _start(cid):
    from app.views.wrapup.form import ContactStart

    return ContactStart(cid, "", caller_number="+48601234567")


def tick(form, code: str) -> None:
    for i in range(form.codes.count()):
        item = form.codes.item(i)
        if item.toolTip().endswith(f"({code})"):
            form.codes.setCurrentRow(i)
            qtbot_space(form.codes)


def qtbot_space(widget) -> None:
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(widget, Qt.Key.Key_Space)


def test_opening_from_a_call_starts_the_clock(qtbot, window, services) -> None:
    open_with_contact(qtbot, window, services)
    form = window.wrapup
    assert form.clock.running
    assert form.clock.text() == "00:00"
    assert "+48 601 234 567" in form.context.text()
    assert form.channel.currentData() == "phone" and form.direction.currentData() == "inbound"


def test_validation_messages_appear_next_to_the_fields(qtbot, window, services) -> None:
    open_with_contact(qtbot, window, services)
    form = window.wrapup
    qtbot.keyClick(window, Qt.Key.Key_F9)  # F9 jumps to the wrap-up form
    assert form.reason.hasFocus()
    qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.errors["reason"].isVisible()
    assert form.errors["reason"].text() == "Enter the reason for the contact."
    assert form.errors["codes"].text() == "Tick at least one wrap-up code."
    assert form.reason.hasFocus()  # the first problem gets the cursor
    qtbot.keyClicks(form.reason, "Card question")
    tick(form, "INFO")
    form.outcome.setCurrentIndex(form.outcome.findData("resolved"))
    qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not form.errors["reason"].isVisible()
    assert not form.errors["codes"].isVisible()
    qtbot.waitUntil(lambda: not form.clock.running, timeout=5000)


def test_ctrl_enter_saves_to_the_database_and_the_top_of_history(qtbot, window, services) -> None:
    cid = open_with_contact(qtbot, window, services)
    form = window.wrapup
    form.reason.setFocus()
    qtbot.keyClicks(form.reason, "Lost card")
    tick(form, "CARD_BLOCK")
    tick(form, "INFO")
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "Blocked the Gold card, new one by post.")
    form.outcome.setCurrentIndex(form.outcome.findData("resolved"))
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.notes, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    contact = saved.args[0].contact
    assert window.history_model.contact(0).id == contact.id
    assert window.history_model.rowCount() == 8
    assert window.card.card.recent_contacts[0].reason == "Lost card"
    with services.db.reading() as session:
        row = session.scalar(select(Contact).where(Contact.id == contact.id))
        assert (row.customer_id, row.reason, row.caller_number) == (
            cid,
            "Lost card",
            "+48601234567",
        )
    assert set(contact.codes) == {"CARD_BLOCK", "INFO"}
    assert form.reason.text() == "" and form.codes.checked() == ()
    assert not form.clock.running


def test_a_failing_save_keeps_everything_typed(qtbot, window, services) -> None:
    open_with_contact(qtbot, window, services)
    form = window.wrapup
    qtbot.keyClicks(form.reason, "Complaint about fee")
    tick(form, "COMPLAINT")
    qtbot.keyClicks(form.notes, "Customer very upset, wants a refund.")
    form.outcome.setCurrentIndex(form.outcome.findData("escalated"))
    with services.db.unit_of_work() as uow:  # the code is retired while the consultant types
        uow.session.execute(text("UPDATE wrapup_codes SET active = 0 WHERE code = 'COMPLAINT'"))
        uow.commit()
    form.save()
    qtbot.waitUntil(lambda: form.errors["codes"].isVisible(), timeout=5000)
    assert "no longer in use" in form.errors["codes"].text()
    assert form.reason.text() == "Complaint about fee"
    assert form.notes.toPlainText() == "Customer very upset, wants a refund."
    assert form.codes.checked() == ("COMPLAINT",)
    assert form.clock.running
    assert window.history_model.rowCount() == 7


def test_a_database_failure_keeps_the_text_and_says_so(qtbot, window, services) -> None:
    open_with_contact(qtbot, window, services)
    form = window.wrapup
    qtbot.keyClicks(form.reason, "Address change")
    tick(form, "INFO")
    form.outcome.setCurrentIndex(form.outcome.findData("resolved"))
    with services.db.unit_of_work() as uow:
        uow.session.execute(text("ALTER TABLE contacts RENAME TO contacts_gone"))
        uow.commit()
    form.save()
    qtbot.waitUntil(lambda: "Not saved" in form.general_error.text(), timeout=5000)
    assert form.reason.text() == "Address change"
    assert form.save_button.isEnabled()


def test_unsaved_wrapup_survives_opening_another_customer(qtbot, window, services) -> None:
    open_with_contact(qtbot, window, services)
    form = window.wrapup
    qtbot.keyClicks(form.reason, "Half-typed")
    other = f.make_customer(services.db, external_id="Z9", first_name="Zofia", last_name="Zając")
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(other, _start(other))
    # Parked with its customer (tests/gui/test_overlapping_calls.py brings it back).
    qtbot.waitUntil(lambda: form.contact is not None and form.contact.customer_id == other)
    assert form.reason.text() == ""
    assert [d.reason for d in window.parked_drafts] == ["Half-typed"]
    assert "1 unsaved wrap-up" in form.pending.text()


def test_notes_count_their_characters_against_the_limit(qtbot, qapp, monkeypatch, runner) -> None:
    """Issue 12: the 4,000-character limit appeared only on save; now it is counted as typed."""
    from app.views.wrapup.form import WrapUpForm
    from tests.gui.conftest import desk_in
    from tests.gui.test_formatting import plain

    with desk_in(qapp, monkeypatch, "pl_PL"):
        form = WrapUpForm(runner, lambda _data: None)
        qtbot.addWidget(form)
        form.resize(380, 640)
        form.show()
        assert plain(form.notes_count.text()) == "0 / 4 000"
        form.notes.setPlainText("x" * 3900)
        assert plain(form.notes_count.text()) == "3 900 / 4 000"
        assert form.notes_count.objectName() == "muted"
        form.notes.setPlainText("x" * 4001)
        assert plain(form.notes_count.text()) == "4 001 / 4 000"
        assert form.notes_count.objectName() == "fieldError"  # red past the limit
        # The save's message and the counter each keep their own line: nothing drawn over.
        form.show_error("notes", "co najwyżej 4000 znaków, wpisano 4001 — skróć notatkę")
        qtbot.waitUntil(lambda: form.errors["notes"].isVisible(), timeout=2000)
        error, count = form.errors["notes"].geometry(), form.notes_count.geometry()
        assert not error.intersects(count)
        assert not error.intersects(form.notes.geometry())
        assert not count.intersects(form.outcome.geometry())
