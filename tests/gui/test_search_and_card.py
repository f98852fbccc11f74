"""Search as you type, keyboard into the results, Enter opens the card with everything on it."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt

from tests import factories as f
from tests.gui.conftest import rich_customer
from tests.gui.test_formatting import plain


def test_typing_searches_down_and_enter_opens_the_card(qtbot, window, services) -> None:
    rich_customer(services.db)
    window.focus_search()
    qtbot.keyClicks(window.search.box, "Kowalcz")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=5000)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    assert window.search.results.hasFocus()
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    identity = window.card.card.identity
    assert identity.full_name == "Małgorzata Kowalczyk"
    assert window.header.name.text() == "Małgorzata Kowalczyk"
    assert "41" in window.header.facts.text()
    assert "Birthday today" in window.header.birthday.text()
    assert window.header.birthday.isVisible()


def test_card_sections_show_consents_money_and_open_complaints(qtbot, window, services) -> None:
    cid = rich_customer(services.db)
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(cid)
    card = window.card
    consent_texts = card.consents.texts()
    assert "E-mail · marketing" in consent_texts
    assert "Denied" in consent_texts and "Granted" in consent_texts
    amounts = [plain(card.transactions.text(r, 2)) for r in range(card.transactions.row_count())]
    assert "-1 234,50 zł" in amounts
    assert "8 450,00 zł" in amounts
    assert card.complaints.text(0, 2) == "OPEN"
    assert card.complaints.text(0, 1) == "Podwójne obciążenie kartą"
    assert card.contacts_title.title.text() == "Recent contacts (7 in total)"
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 7, timeout=5000)


def test_enter_right_after_typing_opens_the_first_hit(qtbot, window, services) -> None:
    rich_customer(services.db)
    window.focus_search()
    qtbot.keyClicks(window.search.box, "PL-000123")
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)  # before the debounce fires
    assert window.card.card.identity.external_id == "PL-000123"


def test_opening_b_while_a_loads_never_shows_a(qtbot, window, services) -> None:
    from tests import factories as f

    a = f.make_customer(services.db, external_id="A1", first_name="Adam", last_name="Abacki")
    b = f.make_customer(services.db, external_id="B1", first_name="Beata", last_name="Babacka")
    window.open_customer(a)
    with qtbot.waitSignal(window.cardPainted, timeout=5000) as blocker:
        window.open_customer(b)
    assert blocker.args[0] == b
    window.runner.wait_idle(5000)
    qtbot.wait(50)
    assert window.header.name.text() == "Beata Babacka"


def test_panel_shortcuts_switch_tabs_and_focus(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.search.box.hasFocus()


def test_namesakes_are_told_apart_by_number_birth_year_and_city(qtbot, window, services) -> None:
    f.make_customer(
        services.db, "PL-000201", "Alicja", "Kowalczyk", phones=(), birth_date=date(1979, 3, 1)
    )
    f.make_customer(
        services.db,
        "PL-000202",
        "Alicja",
        "Kowalczyk",
        phones=(),
        birth_date=date(1992, 11, 20),
        city="Konstancin-Jeziorna",
    )
    f.make_customer(services.db, "PL-000203", "Jan", "Kowalczyk", phones=())
    window.focus_search()
    qtbot.keyClicks(window.search.box, "Kowalczyk")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 3, timeout=5000)
    model = window.search.model
    rows = {model.hit(r).external_id: model.index(r) for r in range(3)}
    first = model.data(rows["PL-000201"]).split("\n")
    second = model.data(rows["PL-000202"]).split("\n")
    assert first[0] == second[0] == "Alicja Kowalczyk"
    assert first[1].startswith("no. PL-000201  ·  born 1979  ·  Kraków")
    assert second[1].startswith("no. PL-000202  ·  born 1992  ·  Konstancin-Jeziorna")
    # The list elides a long line; the tooltip keeps every detail.
    tip = model.data(rows["PL-000202"], Qt.ItemDataRole.ToolTipRole)
    assert "Konstancin-Jeziorna" in tip and "born 1992" in tip
    assert window.search.results.textElideMode() == Qt.TextElideMode.ElideRight


def test_the_start_of_an_e_mail_address_finds_the_customer(qtbot, window, services) -> None:
    anna = f.make_customer(
        services.db, "PL-000301", "Anna", "Nowak", phones=(), emails=("anna.nowak@example.pl",)
    )
    window.focus_search()
    qtbot.keyClicks(window.search.box, "anna.now")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=5000)
    assert window.search.model.hit(0).id == anna
    assert "anna.nowak@example.pl" in window.search.model.data(window.search.model.index(0))


def test_hit_details_and_ledger_states_read_in_polish(qapp, monkeypatch) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale

    from app.services.dto import AutomaticState, CustomerHit
    from app.views.customer.search_panel import HitListModel
    from app.views.nba.texts import automatic_state
    from tests.gui.conftest import desk_in

    hit = CustomerHit(
        uuid.uuid4(), "PL-1", "Alicja Kowalczyk", date(1979, 3, 1), "Łódź", "mass", "", "", "name"
    )
    with desk_in(qapp, monkeypatch, "pl_PL"):
        model = HitListModel()
        model.set_hits([hit])
        assert model.data(model.index(0)).split("\n")[1].startswith("nr PL-1  ·  ur. 1979  ·  Łódź")
        locale = QLocale("pl_PL")
        due = automatic_state(AutomaticState("pending"), locale)
        assert due == "zaplanowane: wyśle je dzisiejszy nocny przebieg"
        sent = AutomaticState("delivered", delivered_at=datetime(2026, 12, 1, 12, tzinfo=UTC))
        assert automatic_state(sent, locale).startswith("wysłano ")
