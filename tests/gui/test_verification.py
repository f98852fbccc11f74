"""The caller's identity check in the real desk: balances and offers wait for it, the keyboard
works it, the saved contact and the history record it, a new call starts it afresh."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from sqlalchemy import select

from app.models import Contact, OfferPresentation
from tests import factories as f
from tests.gui.conftest import desk_in
from tests.gui.test_nba_panel import big_inflow_customer, count, publish
from tests.gui.test_wrapup import tick
from tests.rule_fixtures import INVESTMENT

WAIT = 10_000


HIDDEN = "\u2022\u2022\u2022\u2022 hidden"


def make_window(qtbot, services, runner, size=(1440, 900)):
    from app.views.shell.main_window import MainWindow

    win = MainWindow(services, runner, QLocale("pl_PL"))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def customer_with_offer(services) -> object:
    f.seed_wrapup_codes(services.db)
    publish(services, INVESTMENT)
    cid = big_inflow_customer(services.db)
    now = datetime.now(UTC)
    f.add_product(services.db, cid, "credit_card", now - timedelta(days=400),
                  number_last4="4821", balance=Decimal("12345.67"))  # fmt: skip
    return cid


def open_call(qtbot, window, cid, channel: str = "phone") -> None:
    from app.views.wrapup.form import ContactStart

    with qtbot.waitSignal(window.cardPainted, timeout=WAIT):
        window.open_customer(cid, ContactStart(cid, "", channel=channel))
    qtbot.waitUntil(lambda: window.wrapup.contact is not None, timeout=WAIT)
    waiting = ("", "Checking offers…", "Sprawdzanie ofert…")
    qtbot.waitUntil(lambda: bool(window.nba.offers()) or window.nba.status_text() not in waiting,
                    timeout=WAIT)  # fmt: skip


def balance_cell(window) -> str:
    table = window.card.products
    row = next(r for r in range(table.row_count()) if "4821" in table.text(r, 1))
    return table.text(row, 2)


def space(qtbot, window, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window.verification.questions, Qt.Key.Key_Space)


def verify_by_keyboard(qtbot, window) -> None:
    """Ctrl+Shift+V, Space (first question passed), Down, Space (second passed)."""
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    questions = window.verification.questions
    assert questions.hasFocus() and questions.currentRow() == 0  # the first item is current
    space(qtbot, window)
    qtbot.keyClick(questions, Qt.Key.Key_Down)
    space(qtbot, window)


def test_balances_and_offers_wait_for_the_keyboard_check(qtbot, checked_services, runner) -> None:
    services = checked_services
    cid = customer_with_offer(services)
    window = make_window(qtbot, services, runner)
    open_call(qtbot, window, cid)

    assert window.verification.isVisible()
    assert balance_cell(window) == HIDDEN  # said in words, never an empty cell
    assert "4821" in window.card.products.text(0, 1)  # the masked number may stay
    assert window.nba.offers() == []
    assert window.nba.status_text() == (
        "Offers wait for the caller's identity check (Ctrl+Shift+V)."
    )
    # Not shown, so not logged as shown.
    assert count(services.db, OfferPresentation) == 0
    card_before = window.card.card

    verify_by_keyboard(qtbot, window)

    assert window.verification.checklist.passed == ("date_of_birth", "postcode")
    assert window.verification.status.text() == "Verified: Date of birth, Postcode"
    assert balance_cell(window).replace("\u202f", " ").replace("\u00a0", " ") == "12 345,67 zł"
    assert window.card.card is card_before  # no reload from disk
    [offer] = window.nba.offers()
    assert offer.action.rule_id == "offer_investment"
    qtbot.waitUntil(lambda: offer.presentation_id is not None, timeout=WAIT)
    assert count(services.db, OfferPresentation) == 1

    # A mistaken tick put right: the second question failed after all. Everything hides again.
    space(qtbot, window)
    assert window.verification.checklist.status.value == "failed"
    assert balance_cell(window) == HIDDEN and window.nba.offers() == []
    assert "Do not discuss the accounts" in window.verification.status.text()
    space(qtbot, window, 2)  # failed → not asked → passed: verified again, same presentation
    [again] = window.nba.offers()
    assert again.presentation_id == offer.presentation_id
    assert count(services.db, OfferPresentation) == 1


def test_the_saved_contact_records_the_check_and_the_history_names_it(
    qtbot, checked_services, runner
) -> None:
    services = checked_services
    cid = customer_with_offer(services)
    window = make_window(qtbot, services, runner)
    open_call(qtbot, window, cid)
    verify_by_keyboard(qtbot, window)
    form = window.wrapup
    qtbot.waitUntil(lambda: form.codes.count() == 5, timeout=WAIT)
    form.reason.setFocus()
    qtbot.keyClicks(form.reason, "Card question")
    tick(form, "INFO")
    form.outcome.setCurrentIndex(form.outcome.findData("resolved"))
    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        qtbot.keyClick(form.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    contact = saved.args[0].contact
    with services.db.reading() as session:
        row = session.scalar(select(Contact).where(Contact.id == contact.id))
        assert (row.verification, row.verified_with) == ("verified", ["date_of_birth", "postcode"])

    window.show_tab(1)
    history = window.history
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 1, timeout=WAIT)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.detail.fields["verification"].text() != "—", timeout=WAIT)
    assert history.detail.fields["verification"].text() == "Verified (Date of birth, Postcode)"


def test_a_new_call_or_another_customer_starts_the_check_afresh(
    qtbot, checked_services, runner
) -> None:
    services = checked_services
    cid = customer_with_offer(services)
    other = big_inflow_customer(services.db, "C2")
    window = make_window(qtbot, services, runner)
    open_call(qtbot, window, cid)
    verify_by_keyboard(qtbot, window)
    assert window.verification.unlocked

    open_call(qtbot, window, other)  # another customer: nothing carries over
    assert not window.verification.unlocked
    assert window.verification.checklist.passed == ()
    assert window.nba.offers() == []

    window.wrapup.discard()
    open_call(qtbot, window, cid)  # the same customer on a new call: asked again
    assert not window.verification.unlocked and balance_cell(window) == HIDDEN

    verify_by_keyboard(qtbot, window)
    window.wrapup.discard()
    window.handle_phone("+48 500 000 999")  # an unknown number: nobody's check is shown
    qtbot.waitUntil(lambda: not window.verification.isVisible(), timeout=WAIT)
    assert not window.verification.unlocked


def test_an_email_needs_no_check_and_a_call_does(qtbot, checked_services, runner) -> None:
    services = checked_services
    cid = customer_with_offer(services)
    window = make_window(qtbot, services, runner)
    open_call(qtbot, window, cid, channel="email")
    assert window.verification.checklist.status.value == "not_needed"
    assert window.verification.status.text() == "Not needed for this channel."
    assert not window.verification.questions.isVisible()  # folded to its status line
    assert balance_cell(window) != HIDDEN and len(window.nba.offers()) == 1
    # The consultant corrects the channel to a call: the check is needed after all.
    form = window.wrapup
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    assert balance_cell(window) == HIDDEN and window.nba.offers() == []
    assert window.verification.questions.isVisible()


LANGUAGES = {
    "pl_PL": ("Weryfikacja tożsamości  Ctrl+Shift+V", "\u00b7  Data urodzenia — nie pytano",
              "\u2022\u2022\u2022\u2022 ukryte", "Zweryfikowano: Data urodzenia, Kod pocztowy"),
    "ru_RU": ("Проверка личности  Ctrl+Shift+V", "\u00b7  Дата рождения — не спрашивали",
              "\u2022\u2022\u2022\u2022 скрыто",
              "Личность подтверждена: Дата рождения, Почтовый индекс"),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_checklist_fits_a_1024_by_700_desk_and_speaks_the_language(
    qtbot, qapp, monkeypatch, checked_services, runner, language
) -> None:
    title, first, hidden, verified = LANGUAGES[language]
    services = checked_services
    cid = customer_with_offer(services)
    with desk_in(qapp, monkeypatch, language):
        window = make_window(qtbot, services, runner, size=(1024, 700))
        open_call(qtbot, window, cid)
        panel = window.verification
        # The window keeps the screen's width (Russian once pushed it to 1076 px) ...
        assert window.minimumSizeHint().width() <= 1024
        assert window.width() == 1024
        # ... the hint beside the list steps aside rather than widen it, and still tells.
        assert panel.hint.isVisible() or panel.questions.toolTip() == panel.hint.text()
        frame = QRect(0, 0, window.width(), window.height())
        for widget in (panel.title, panel.status, panel.questions, panel.hint):
            top_left = widget.mapTo(window, widget.rect().topLeft())
            assert frame.contains(QRect(top_left, widget.size())), widget.objectName()
        questions = panel.questions
        last = questions.visualItemRect(questions.item(questions.count() - 1))
        assert questions.viewport().rect().contains(last)  # every question without scrolling
        assert questions.item(0).text() == first
        assert panel.title.text() == title
        assert balance_cell(window) == hidden
        # Keyboard only: Tab from the search box reaches the checklist, first question current.
        window.focus_search()
        for _ in range(5):
            if questions.hasFocus():
                break
            qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert questions.hasFocus() and questions.currentRow() == 0
        verify_by_keyboard(qtbot, window)
        assert panel.status.text() == verified
        assert not questions.hasFocus() or questions.isVisible()


def test_a_parked_wrapup_comes_back_with_its_check(qtbot, checked_services, runner) -> None:
    """A second call pops mid-wrap-up: the first caller's check goes with their draft and
    returns with it (the wrap-up finished after the call still records how they were verified)."""
    services = checked_services
    cid = customer_with_offer(services)
    other = big_inflow_customer(services.db, "C2")
    window = make_window(qtbot, services, runner)
    open_call(qtbot, window, cid)
    verify_by_keyboard(qtbot, window)
    window.wrapup.reason.setText("Card question")  # typed: the wrap-up is parked, not dropped
    open_call(qtbot, window, other)
    assert not window.verification.unlocked
    window.wrapup.discard()
    open_call(qtbot, window, cid)
    qtbot.waitUntil(lambda: window.wrapup.reason.text() == "Card question", timeout=WAIT)
    assert window.verification.checklist.passed == ("date_of_birth", "postcode")
    assert window.verification.unlocked and balance_cell(window) != HIDDEN


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_default_checklist_keeps_the_desk_within_1024_pixels(
    qtbot, qapp, monkeypatch, sqlite_db, runner, language
) -> None:
    """The default four questions, the longest in Russian ("Последние 4 цифры PESEL — не
    спрашивали"), once made the window 1076 px wide at 1024×700: the hint now steps aside."""
    from app.bootstrap import build_services
    from app.services.config import Settings
    from app.services.verification_settings import VerificationSettings
    from app.views.shell.desk_app import apply_style

    settings = Settings(db_url=sqlite_db.url, agent_login="anna.nowak",
                        verification=VerificationSettings())  # fmt: skip
    services = build_services(settings)
    try:
        cid = customer_with_offer(services)
        with desk_in(qapp, monkeypatch, language):
            apply_style(qapp)  # the desk's own style sheet: its fonts and paddings count
            window = make_window(qtbot, services, runner, size=(1024, 700))
            open_call(qtbot, window, cid)
            panel = window.verification
            assert panel.questions.count() == 4 and panel.questions.isVisible()
            assert window.minimumSizeHint().width() <= 1024
            assert window.width() == 1024
            assert panel.hint.isVisible() or panel.questions.toolTip() == panel.hint.text()
            window.close()
    finally:
        services.db.dispose()
