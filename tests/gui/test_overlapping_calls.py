"""A call that arrives mid-wrap-up: the typed wrap-up stays with its customer, on disk too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select, text

from app.models import Contact
from app.services.contacts.drafts import DraftStore
from tests import factories as f
from tests.gui.conftest import desk_in

ZANETA_PHONE = "+48 601 000 001"
PIOTR_PHONE = "+48 601 000 002"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def two_customers(services):
    f.seed_wrapup_codes(services.db)
    zaneta = f.make_customer(
        services.db, "Z1", "Żaneta", "Kowalczyk", phones=(ZANETA_PHONE.replace(" ", ""),)
    )
    piotr = f.make_customer(
        services.db, "P1", "Piotr", "Lis", phones=(PIOTR_PHONE.replace(" ", ""),)
    )
    return zaneta, piotr


def take_call(qtbot, window, number: str, customer_id) -> None:
    window.handle_phone(number)
    qtbot.waitUntil(
        lambda: (
            window.card.card is not None
            and window.card.card.identity.id == customer_id
            and window.wrapup.contact is not None
            and window.wrapup.contact.customer_id == customer_id
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: window.wrapup.codes.count() == 5, timeout=5000)


def type_wrapup(qtbot, form, reason: str, code: str = "INFO") -> None:
    # setText: QTest cannot type Polish letters (it asserts on non-ASCII keys).
    form.reason.setText(reason)
    form.codes.set_checked([code])
    form.notes.setPlainText("Karta zastrzeżona, nowa pocztą.")
    form.outcome.setCurrentIndex(form.outcome.findData("resolved"))


def drafts_dir(services) -> Path:
    return services.drafts.directory


def on_disk(services):
    return DraftStore(drafts_dir(services)).load_all().drafts


def test_a_pop_mid_wrapup_parks_the_draft_and_ctrl_shift_w_brings_it_back(
    qtbot, qapp, monkeypatch, window, services, isolated_data_dir
) -> None:
    with desk_in(qapp, monkeypatch, "en_GB"):  # the plural forms come from acrm_en
        pop_and_come_back(qtbot, window, services, isolated_data_dir)


def pop_and_come_back(qtbot, window, services, isolated_data_dir) -> None:
    zaneta, piotr = two_customers(services)
    take_call(qtbot, window, ZANETA_PHONE, zaneta)
    form = window.wrapup
    type_wrapup(qtbot, form, "Zastrzeżenie karty")

    take_call(qtbot, window, PIOTR_PHONE, piotr)
    # The new caller: a fresh, enabled form of his own, never Żaneta's text beside his card.
    assert form.contact.customer_id == piotr
    assert form.reason.text() == "" and form.codes.checked() == ()
    assert form.reason.isEnabled() and form.clock.running
    assert form.pending.isVisible()
    assert form.pending.text() == "1 unsaved wrap-up: Żaneta Kowalczyk (Ctrl+Shift+W)"
    # The left list shows the caller, not the previous search.
    assert window.left.currentWidget() is window.search
    assert [window.search.model.hit(r).id for r in range(window.search.model.rowCount())] == [piotr]
    # Kept on disk (0600), so a crash now loses nothing.
    qtbot.waitUntil(lambda: len(on_disk(services)) == 1, timeout=5000)
    (first,) = on_disk(services)
    assert form.snapshot().contact_id != first.contact_id
    assert (first.reason, first.codes, first.customer_id) == (
        "Zastrzeżenie karty",
        ("INFO",),
        str(zaneta),
    )
    (path,) = drafts_dir(services).glob("*.draft.json")
    assert path.is_relative_to(isolated_data_dir)  # the desk's private data directory
    assert path.stat().st_mode & 0o777 == 0o600

    qtbot.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: (
            window.card.card.identity.id == zaneta
            and form.contact is not None
            and form.contact.customer_id == zaneta
        ),
        timeout=5000,
    )
    assert form.reason.text() == "Zastrzeżenie karty"
    assert form.codes.checked() == ("INFO",)
    assert form.notes.toPlainText() == "Karta zastrzeżona, nowa pocztą."
    back = form.snapshot()
    # The same contact, its real start time, and the clock carrying on from where it was.
    assert (back.contact_id, back.started_at) == (first.contact_id, first.started_at)
    assert form.clock.running and form.clock.seconds() >= first.elapsed_s
    # Piotr's form was untouched: closed, not parked.
    assert not form.pending.isVisible()

    assert form.reason.hasFocus()  # back to typing where the consultant left off
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with services.db.reading() as session:
        row = session.get(Contact, saved.args[0].contact.id)
        assert (row.customer_id, row.reason) == (zaneta, "Zastrzeżenie karty")
        assert str(row.id) == first.contact_id
    qtbot.waitUntil(lambda: on_disk(services) == [], timeout=5000)


def test_a_draft_that_failed_validation_keeps_its_errors(
    qtbot, window, services, isolated_data_dir
) -> None:
    zaneta, piotr = two_customers(services)
    take_call(qtbot, window, ZANETA_PHONE, zaneta)
    form = window.wrapup
    type_wrapup(qtbot, form, "Reklamacja opłaty", code="COMPLAINT")
    with services.db.unit_of_work() as uow:  # the code is retired while the consultant types
        uow.session.execute(text("UPDATE wrapup_codes SET active = 0 WHERE code = 'COMPLAINT'"))
        uow.commit()
    form.save()
    qtbot.waitUntil(lambda: form.errors["codes"].isVisible(), timeout=5000)
    take_call(qtbot, window, PIOTR_PHONE, piotr)
    qtbot.waitUntil(lambda: len(on_disk(services)) == 1, timeout=5000)
    assert "no longer in use" in on_disk(services)[0].errors["codes"]
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: form.reason.text() == "Reklamacja opłaty", timeout=5000)
    assert "no longer in use" in form.errors["codes"].text()
    assert form.errors["codes"].isVisible()
    assert form.codes.checked() == ("COMPLAINT",)


def test_a_restarted_desk_restores_the_draft(
    qtbot, window, services, runner, pl_locale, isolated_data_dir
) -> None:
    from app.views.shell.main_window import MainWindow

    zaneta, _piotr = two_customers(services)
    take_call(qtbot, window, ZANETA_PHONE, zaneta)
    type_wrapup(qtbot, window.wrapup, "Zmiana adresu")
    # Typing alone reaches the disk (a crash after this keeps it); closing needs no second try.
    qtbot.waitUntil(lambda: len(on_disk(services)) == 1, timeout=5000)
    assert window.close()

    again = MainWindow(services, runner, pl_locale)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.wrapup.pending.isVisible(), timeout=5000)
    assert again.wrapup.pending.text().startswith("1 unsaved wrap-up")
    assert again.wrapup.pending.text().endswith(": Żaneta Kowalczyk (Ctrl+Shift+W)")
    qtbot.keyClick(again, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: again.wrapup.reason.text() == "Zmiana adresu", timeout=5000)
    assert again.card.card.identity.id == zaneta
    qtbot.waitUntil(lambda: again.wrapup.codes.count() == 5, timeout=5000)
    assert again.wrapup.codes.checked() == ("INFO",)
    with qtbot.waitSignal(again.wrapup.saved, timeout=5000):
        again.wrapup.save()
    with services.db.reading() as session:
        reasons = session.scalars(select(Contact.reason).where(Contact.customer_id == zaneta))
        assert list(reasons) == ["Zmiana adresu"]
    qtbot.waitUntil(lambda: on_disk(services) == [], timeout=5000)


def test_a_corrupt_draft_is_named_and_set_aside(
    qtbot, services, runner, pl_locale, isolated_data_dir
) -> None:
    from app.views.shell.main_window import MainWindow

    zaneta, _piotr = two_customers(services)
    folder = drafts_dir(services)
    folder.mkdir(mode=0o700, parents=True)
    bad = folder / "0b7c6f1e-3c1d-4a43-9d59-2f7e6f0e9a11.draft.json"
    bad.write_text('{"version": 1, "draft": {"reason": "Ucięty', encoding="utf-8")
    window = MainWindow(services, runner, pl_locale)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bad.name in window.status.state.text(), timeout=5000)
    assert "line 1, column" in window.status.state.text()
    assert not bad.exists() and bad.with_name(bad.name + ".corrupt").exists()
    assert not window.wrapup.pending.isVisible()
    # The desk works: a call is taken and logged.
    take_call(qtbot, window, ZANETA_PHONE, zaneta)
    type_wrapup(qtbot, window.wrapup, "Pytanie o kartę")
    with qtbot.waitSignal(window.wrapup.saved, timeout=5000):
        window.wrapup.save()


def test_saved_confirmation_belongs_to_its_customer(qtbot, window, services) -> None:
    zaneta, piotr = two_customers(services)
    take_call(qtbot, window, ZANETA_PHONE, zaneta)
    form = window.wrapup
    type_wrapup(qtbot, form, "Blokada karty")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    assert form.last_saved.text() == "Saved: Blokada karty"
    take_call(qtbot, window, PIOTR_PHONE, piotr)
    assert form.last_saved.text() == ""
    # An unidentified caller does not inherit it either.
    take_call(qtbot, window, ZANETA_PHONE, zaneta)
    type_wrapup(qtbot, form, "Druga sprawa")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save()
    window.handle_phone("+48 500 600 799")
    qtbot.waitUntil(lambda: window.caller.pages.currentIndex() == 1, timeout=5000)
    assert form.last_saved.text() == ""


def test_two_typed_wrapups_trade_places_and_an_unknown_caller_keeps_no_card(
    qtbot, window, services, isolated_data_dir
) -> None:
    zaneta, _piotr = two_customers(services)
    take_call(qtbot, window, ZANETA_PHONE, zaneta)
    form = window.wrapup
    type_wrapup(qtbot, form, "Zastrzeżenie karty")
    window.handle_phone("+48 500 600 703")  # nobody has this number
    qtbot.waitUntil(lambda: window.caller.pages.currentIndex() == 1, timeout=5000)
    assert form.contact is None and form.reason.text() == ""
    qtbot.mouseClick(window.caller.log_button, Qt.MouseButton.LeftButton)
    form.reason.setText("Pomyłka")
    assert form.contact.customer_id is None
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: form.reason.text() == "Zastrzeżenie karty", timeout=5000)
    assert window.card.card.identity.id == zaneta
    assert "+48 500 600 703" in form.pending.text()
    qtbot.waitUntil(lambda: len(on_disk(services)) == 2, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL_SHIFT)
    qtbot.waitUntil(lambda: form.reason.text() == "Pomyłka", timeout=5000)
    # The unknown caller's wrap-up comes back with no one's card beside it.
    assert window.card.card is None
    assert form.contact.customer_id is None and form.contact.caller_number == "+48 500 600 703"
    assert "Żaneta Kowalczyk" in form.pending.text()
