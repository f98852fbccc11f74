"""Codes stored, labels shown: the history reads outcome codes and wrap-up codes as names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale

from app.services.contacts.history import ContactHistoryService
from app.services.dto import HistoryFilter
from app.views.common.workers import SyncRunner
from app.views.customer.card_sections import contact_summary_rows
from app.views.history.model import COL_CODES, COL_OUTCOME, HistoryModel
from tests import factories as f
from tests.gui.conftest import desk_in

START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def test_history_shows_the_polish_label_of_a_stored_code(qapp, monkeypatch, sqlite_db) -> None:
    catalogue = (("INFO", "Udzielono informacji", True, 10), ("SALE", "Sprzedaż", True, 20))
    f.seed_wrapup_codes(sqlite_db, catalogue)
    cid = f.make_customer(sqlite_db)
    f.add_contact(sqlite_db, cid, START, outcome="follow_up_needed", codes=("INFO", "SALE"))
    # An outcome typed before outcomes were codes (or imported) is shown as it was written.
    f.add_contact(sqlite_db, cid, START + timedelta(hours=1), outcome="Karta wydana ponownie")
    with desk_in(qapp, monkeypatch, "pl_PL"):
        model = HistoryModel(SyncRunner(), ContactHistoryService(sqlite_db).page, QLocale())
        model.show_customer(cid, HistoryFilter())
        outcomes = [model.data(model.index(r, COL_OUTCOME)) for r in range(model.rowCount())]
        assert outcomes == ["Karta wydana ponownie", "Wymaga dalszych działań"]
        # The catalogue's labels, never the raw codes.
        assert model.data(model.index(1, COL_CODES)) == "Udzielono informacji, Sprzedaż"
        card_rows = contact_summary_rows(model.rows(), QLocale())
        assert [row[3] for row in card_rows] == outcomes


def test_history_rows_keep_the_codes_beside_their_labels(sqlite_db) -> None:
    f.seed_wrapup_codes(sqlite_db)
    cid = f.make_customer(sqlite_db)
    f.add_contact(sqlite_db, cid, START, outcome="resolved", codes=("SALE", "INFO"))
    (row,) = ContactHistoryService(sqlite_db).page(cid).rows
    assert (row.outcome, row.codes) == ("resolved", ("SALE", "INFO"))
    assert row.code_labels == ("Product sold", "Information given")


def test_the_text_filter_finds_what_the_history_shows(qapp, monkeypatch, sqlite_db) -> None:
    from app.views.history.view import outcomes_named

    f.seed_wrapup_codes(sqlite_db)
    cid = f.make_customer(sqlite_db)
    coded = f.add_contact(sqlite_db, cid, START, outcome="follow_up_needed", codes=("SALE",))
    typed = f.add_contact(sqlite_db, cid, START, outcome="Wymaga zgody", codes=("INFO",))
    service = ContactHistoryService(sqlite_db)

    def found(text: str) -> set:
        wanted = HistoryFilter(text=text, outcomes=outcomes_named(text))
        return {row.id for row in service.page(cid, wanted).rows}

    with desk_in(qapp, monkeypatch, "pl_PL"):
        assert outcomes_named("wymaga") == {"follow_up_needed"}
        assert found("wymaga") == {coded, typed}  # the Polish label and a typed text
    assert outcomes_named("follow-up") == {"follow_up_needed"}
    assert found("FOLLOW-UP") == {coded}
    assert found("product sold") == {coded}  # the SALE code's catalogue label
    assert outcomes_named("") == frozenset()


def test_history_detail_shows_labels(qtbot, window, services) -> None:
    f.seed_wrapup_codes(services.db)
    cid = f.make_customer(services.db)
    f.add_contact(services.db, cid, START, outcome="escalated", codes=("COMPLAINT", "CALLBACK"))
    window.show_tab(1)
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(cid)
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 1, timeout=5000)
    window.history.table.selectRow(0)
    fields = window.history.detail.fields
    assert fields["outcome"].text() == "Escalated"
    assert fields["codes"].text() == "Complaint registered, Callback arranged"
