"""A Russian desk shows texts from the data in Russian: wrap-up codes, history codes, consents
and the demo's offers (the demo seeded the way `acrm demo` seeds it on that desk)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from app.bootstrap import build_services
from app.models import Customer, QueueItem
from app.services.config import DeskSettings, Settings
from app.services.data_language import desk_language
from app.services.demo.data import generate_demo
from app.services.verification_settings import VerificationSettings
from app.views.history.model import COL_CODES, COL_OUTCOME
from tests.gui.conftest import AGENT, desk_in
from tests.gui.test_formatting import plain


@pytest.fixture
def russian_window(qtbot, qapp, monkeypatch, sqlite_db, runner):
    from app.views.shell.main_window import MainWindow

    with desk_in(qapp, monkeypatch, "ru_RU"):
        # As `acrm demo` does on this desk: the seeding follows the desk's language.
        generate_demo(sqlite_db, customers=30, seed=7, language=desk_language(DeskSettings()))
        # The identity check is another test's subject: here offers show at once.
        off = VerificationSettings(enabled=False)
        settings = Settings(db_url=sqlite_db.url, agent_login=AGENT, verification=off)
        services = build_services(settings)
        try:
            window = MainWindow(services, runner, QLocale("ru_RU"))
            qtbot.addWidget(window)
            window.resize(1440, 900)
            window.show()
            qtbot.waitExposed(window)
            yield window
        finally:
            services.db.dispose()


def customer_id(window, external_id: str):
    with window.services.db.reading() as session:
        return session.scalar(select(Customer.id).where(Customer.external_id == external_id))


def test_the_codes_list_reads_in_russian(qtbot, russian_window) -> None:
    codes = russian_window.wrapup.codes
    qtbot.waitUntil(lambda: codes.count() > 0, timeout=10_000)
    names = [codes.item(i).text() for i in range(codes.count())]
    assert names[:3] == ["Предоставлена информация", "Блокировка карты", "Принята жалоба"]
    assert codes.item(0).toolTip() == "Предоставлена информация (INFO)"


def open_story_customer(qtbot, window):
    """C0000002's story: a large inflow yesterday, so the investment offer comes first."""
    cid = customer_id(window, "C0000002")
    with qtbot.waitSignal(window.cardPainted, timeout=10_000):
        window.open_customer(cid)
    # (open_and_wait's "still checking" text is English: wait for this customer's offers.)
    qtbot.waitUntil(
        lambda: (
            window.nba_controller.customer_id == cid
            and bool(window.nba.offers())
            and all(o.presentation_id is not None for o in window.nba.offers())
        ),
        timeout=10_000,
    )
    return cid


def test_the_demo_offer_reads_in_russian(qtbot, russian_window) -> None:
    window = russian_window
    open_story_customer(qtbot, window)
    offer = window.nba.offers()[0]
    assert offer.name.text() == "Инвестиционное предложение после необычного поступления"
    assert offer.script.text().startswith("Я вижу, что ")
    assert plain(offer.why.text()).startswith("Почему: поступление ")


def test_segment_consents_and_history_read_in_russian(qtbot, russian_window) -> None:
    window = russian_window
    open_story_customer(qtbot, window)
    assert window.header.segment.text() == "Сегмент: массовый"  # the code "mass"
    consents = window.card.consents.texts()
    assert any(text.endswith("· обслуживание") for text in consents), consents
    assert any(text.endswith("· маркетинг") for text in consents), consents
    assert not any(text.endswith(("marketing", "service")) for text in consents), consents
    window.show_tab(1)
    model = window.history_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    outcomes = {model.data(model.index(r, COL_OUTCOME)) for r in range(model.rowCount())}
    assert outcomes and all(any("а" <= c.lower() <= "я" for c in text) for text in outcomes)
    shown = [model.data(model.index(r, COL_CODES)) for r in range(model.rowCount())]
    coded = [text for text in shown if text]
    assert coded, shown
    # Every code of the demo catalogue has a Russian label: nothing Polish, no raw code.
    assert all(not any(ch in text for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ") for text in coded), coded
    assert all(not any(c.isascii() and c.isupper() for c in text) for text in coded), coded
    assert all(any("а" <= c.lower() <= "я" for c in text) for text in coded), coded


def test_a_callback_from_a_russian_offer_is_noted_in_russian(qtbot, russian_window) -> None:
    window = russian_window
    cid = customer_id(window, "C0000002")
    window.open_customer(cid)
    qtbot.waitUntil(
        lambda: (
            window.nba_controller.customer_id == cid
            and bool(window.nba.offers())
            and all(o.presentation_id is not None for o in window.nba.offers())
        ),
        timeout=10_000,
    )
    window.nba.focus_first()
    offer = window.nba.offers()[0]
    qtbot.keyClick(offer, Qt.Key.Key_L)
    qtbot.keyClick(offer.controls.callback, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: offer.done, timeout=10_000)
    with window.services.db.reading() as session:
        note = session.scalar(select(QueueItem.note).where(QueueItem.customer_id == cid))
    # What a team queue or a callbacks list shows: the offer's name, not "offer: <code>".
    assert note == "Инвестиционное предложение после необычного поступления"
