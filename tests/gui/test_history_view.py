"""The history panel through its widgets: debounced text filter, channel filter, detail pane."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.views.history.model import COL_REASON
from tests import factories as f


def test_filters_and_detail_pane(qtbot, window, services) -> None:
    f.seed_wrapup_codes(services.db)
    cid = f.make_customer(services.db)
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    f.add_contacts(services.db, cid, 12, start=start, channels=("phone", "email"))
    f.add_contact(
        services.db,
        cid,
        start + timedelta(days=30),
        channel="chat",
        reason="Złożył reklamację",
        outcome="Escalated",
        notes="Klient prosi o kontakt",
        codes=("COMPLAINT",),
        agent_login="ewa.k",
        duration=timedelta(minutes=7, seconds=5),
    )
    window.show_tab(1)
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(cid)
    history = window.history
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 13, timeout=5000)
    qtbot.keyClicks(history.text, "zlozyl")  # folded: finds "Złożył"
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 1, timeout=5000)
    history.table.selectRow(0)
    assert history.detail.notes.toPlainText() == "Klient prosi o kontakt"
    assert history.detail.fields["duration"].text() == "07:05"
    assert history.detail.fields["agent"].text() == "ewa.k"
    history.text.clear()
    history.channel.setCurrentIndex(history.channel.findData("email"))
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 6, timeout=5000)
    reasons = {
        window.history_model.data(window.history_model.index(r, COL_REASON)) for r in range(6)
    }
    assert reasons == {f"Reason {i}" for i in range(1, 12, 2)}


def test_count_follows_a_contact_saved_just_now(qtbot, window, services) -> None:
    import uuid

    from app.services.dto import ContactRow

    cid = f.make_customer(services.db)
    f.add_contacts(services.db, cid, 3, start=datetime(2026, 3, 1, 9, tzinfo=UTC))
    window.show_tab(1)
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(cid)
    status = window.history.status
    qtbot.waitUntil(lambda: status.text().startswith("3 contact"), timeout=5000)
    now = datetime.now(UTC)
    saved = ContactRow(uuid.uuid4(), cid, now, now, "phone", "inbound", "", "R", "O", (), "")
    window.history_model.prepend(saved)
    assert status.text().startswith("4 contact")


def test_a_long_note_is_read_whole_in_a_scrolling_detail(qtbot, window, services) -> None:
    """Issue 12: a 3,900-character note showed as one line; the pane must hold all of it."""
    f.seed_wrapup_codes(services.db)
    cid = f.make_customer(services.db)
    note = " ".join(f"zdanie {i} o sprawie klienta." for i in range(140))[:3900]
    f.add_contact(services.db, cid, datetime(2026, 3, 2, 9, tzinfo=UTC), notes=note)
    window.resize(1366, 768)
    window.show_tab(1)
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(cid)
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 1, timeout=5000)
    window.history.table.selectRow(0)
    notes = window.history.detail.notes
    assert notes.toPlainText() == note  # whole, not cut to a line
    assert notes.isReadOnly() and notes.verticalScrollBar().maximum() > 0  # it scrolls
    # The box stays inside the pane instead of pushing the detail beyond the window.
    bottom = notes.mapTo(window, notes.rect().bottomLeft()).y()
    assert bottom <= window.height()
