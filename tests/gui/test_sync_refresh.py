"""After a pull the open card reloads only when the pull brought news for that customer."""

from __future__ import annotations

from tests.gui.conftest import rich_customer
from tests.sync_helpers import wrapup


def test_the_open_card_reloads_for_its_own_news_only(qtbot, window, services, monkeypatch):
    shown = rich_customer(services.db)
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(shown)
    loads = []
    real_load = services.cards.load
    monkeypatch.setattr(services.cards, "load", lambda cid: loads.append(cid) or real_load(cid))
    services.contacts.record(wrapup(shown))  # as a pull from another desk would bring it

    window.refresh_open_customer(lambda customer_id: customer_id != shown)
    qtbot.wait(300)
    assert loads == []
    assert window.card.contacts_title.title.text() == "Recent contacts (7 in total)"

    window.refresh_open_customer(lambda customer_id: customer_id == shown)
    qtbot.waitUntil(
        lambda: window.card.contacts_title.title.text() == "Recent contacts (8 in total)",
        timeout=5000,
    )
    assert loads == [shown]
