"""The contact history table model, tested without a window on a real SQLite file."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QModelIndex, Qt

from app.services.contacts.history import ContactHistoryService
from app.services.dto import ContactRow, HistoryFilter
from app.views.common.workers import SyncRunner, ThreadedRunner
from app.views.history.model import (
    COL_AGENT,
    COL_CHANNEL,
    COL_CODES,
    COL_REASON,
    COLUMN_COUNT,
    PAGE_SIZE,
    HistoryModel,
)
from tests import factories as f

PL = QLocale("pl_PL")


def model_for(db, runner=None) -> HistoryModel:
    return HistoryModel(runner or SyncRunner(), ContactHistoryService(db).page, PL)


def texts(model: HistoryModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_columns_and_headers(qapp, sqlite_db) -> None:
    model = model_for(sqlite_db)
    assert model.columnCount() == COLUMN_COUNT == 7
    header = model.headerData(COL_REASON, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Reason"
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_pages_load_lazily_newest_first(qapp, sqlite_db) -> None:
    f.seed_wrapup_codes(sqlite_db)
    cid = f.make_customer(sqlite_db)
    f.add_contacts(sqlite_db, cid, 250, codes=("INFO", "SALE"), agent_login="jan.k")
    model = model_for(sqlite_db)
    model.show_customer(cid, HistoryFilter())
    assert model.rowCount() == PAGE_SIZE
    assert texts(model, COL_REASON)[:2] == ["Reason 249", "Reason 248"]
    assert model.data(model.index(0, COL_CODES)) == "Information given, Product sold"
    assert model.data(model.index(0, COL_AGENT)) == "jan.k"
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())
    assert texts(model, COL_REASON)[-1] == "Reason 0"
    assert len(set(texts(model, COL_REASON))) == 250  # no row twice across page borders


def test_filter_starts_over_with_matching_rows_only(qapp, sqlite_db) -> None:
    cid = f.make_customer(sqlite_db)
    f.add_contacts(sqlite_db, cid, 30, channels=("phone", "email", "chat"))
    model = model_for(sqlite_db)
    model.show_customer(cid, HistoryFilter())
    model.set_filter(HistoryFilter(channels=frozenset({"email"})))
    assert model.rowCount() == 10
    assert set(texts(model, COL_CHANNEL)) == {"E-mail"}
    model.set_filter(HistoryFilter(text="Note 7"))
    assert texts(model, COL_REASON) == ["Reason 7"]
    model.set_filter(HistoryFilter())
    assert model.rowCount() == 30


def test_saved_contact_goes_on_top_once(qapp, sqlite_db) -> None:
    cid = f.make_customer(sqlite_db)
    f.add_contacts(sqlite_db, cid, 3)
    model = model_for(sqlite_db)
    model.show_customer(cid, HistoryFilter())
    now = datetime.now(UTC)
    row = ContactRow(uuid.uuid4(), cid, now, now, "phone", "inbound", "a", "Just now", "Ok", (), "")
    model.prepend(row)
    model.prepend(row)
    other = ContactRow(
        uuid.uuid4(), uuid.uuid4(), now, now, "phone", "inbound", "", "X", "", (), ""
    )
    model.prepend(other)  # another customer's contact never shows here
    assert texts(model, COL_REASON) == ["Just now", "Reason 2", "Reason 1", "Reason 0"]
    model.set_filter(HistoryFilter(channels=frozenset({"email"})))
    email_rows = model.rowCount()
    model.prepend(ContactRow(uuid.uuid4(), cid, now, now, "phone", "inbound", "", "P", "", (), ""))
    assert model.rowCount() == email_rows  # a phone contact stays out of an e-mail-only view


def test_switching_customer_ignores_the_page_still_loading(qtbot, sqlite_db) -> None:
    first = f.make_customer(sqlite_db, external_id="A")
    second = f.make_customer(sqlite_db, external_id="B", phones=())
    f.add_contacts(sqlite_db, first, 5, start=datetime(2026, 1, 1, tzinfo=UTC))
    f.add_contact(sqlite_db, second, datetime(2026, 2, 1, tzinfo=UTC), reason="Only B")
    gate = threading.Event()
    service = ContactHistoryService(sqlite_db)

    def slow_page(customer_id, filt, cursor, limit):
        if customer_id == first:
            gate.wait(5)
        return service.page(customer_id, filt, cursor, limit)

    runner = ThreadedRunner()
    try:
        model = HistoryModel(runner, slow_page, PL)
        model.show_customer(first, HistoryFilter())
        model.show_customer(second, HistoryFilter())
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
        gate.set()
        assert runner.wait_idle(5000)
        qtbot.wait(50)
        assert texts(model, COL_REASON) == ["Only B"]
    finally:
        gate.set()
        assert runner.shutdown(5000)
