"""ContactHistoryService: keyset paging with no gaps or duplicates, and every filter."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from app.services.contacts.history import ContactHistoryService
from app.services.dto import HistoryCursor, HistoryFilter
from app.services.errors import NotFound, ValidationError
from tests.factories import add_contact, add_contacts, make_customer, seed_wrapup_codes

START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def history(sqlite_db) -> ContactHistoryService:
    seed_wrapup_codes(sqlite_db)
    return ContactHistoryService(sqlite_db)


def all_pages(history, customer_id, filter=HistoryFilter(), limit=100):  # noqa: B008
    rows, cursor, pages = [], None, 0
    while True:
        page = history.page(customer_id, filter, cursor=cursor, limit=limit)
        rows.extend(page.rows)
        pages += 1
        if page.next_cursor is None:
            return rows, pages
        cursor = page.next_cursor


def test_paging_250_contacts_has_no_gaps_or_duplicates(sqlite_db, history):
    cid = make_customer(sqlite_db)
    other = make_customer(sqlite_db, external_id="C2", phones=())
    ids = add_contacts(sqlite_db, cid, 250, start=START, step=timedelta(hours=3))
    add_contacts(sqlite_db, other, 20, start=START)
    rows, pages = all_pages(history, cid, limit=100)
    assert pages == 3
    assert [row.id for row in rows] == list(reversed(ids))  # newest first, every one once
    assert all(row.customer_id == cid for row in rows)


def test_page_sizes_and_last_cursor(sqlite_db, history):
    cid = make_customer(sqlite_db)
    add_contacts(sqlite_db, cid, 250, start=START)
    first = history.page(cid, limit=100)
    assert len(first.rows) == 100
    assert first.next_cursor == HistoryCursor(first.rows[-1].started_at, first.rows[-1].id)
    second = history.page(cid, cursor=first.next_cursor, limit=100)
    third = history.page(cid, cursor=second.next_cursor, limit=100)
    assert (len(second.rows), len(third.rows)) == (100, 50)
    assert third.next_cursor is None


def test_exactly_one_full_page_has_no_next_cursor(sqlite_db, history):
    cid = make_customer(sqlite_db)
    add_contacts(sqlite_db, cid, 100, start=START)
    page = history.page(cid, limit=100)
    assert len(page.rows) == 100
    assert page.next_cursor is None


def test_contacts_at_the_same_instant_page_without_loss(sqlite_db, history):
    cid = make_customer(sqlite_db)
    # 30 contacts sharing one timestamp: the id breaks ties, so a page edge inside them is safe.
    ids = add_contacts(sqlite_db, cid, 30, start=START, step=timedelta(0))
    rows, pages = all_pages(history, cid, limit=7)
    assert pages == 5
    assert sorted(row.id for row in rows) == sorted(ids)
    assert [row.id for row in rows] == sorted(ids, reverse=True)


def test_customer_without_contacts_gets_an_empty_page(sqlite_db, history):
    page = history.page(make_customer(sqlite_db))
    assert page.rows == ()
    assert page.next_cursor is None


def test_channel_filter(sqlite_db, history):
    cid = make_customer(sqlite_db)
    add_contacts(
        sqlite_db, cid, 250, start=START, channels=("phone", "email", "chat", "sms", "branch")
    )
    rows, _ = all_pages(history, cid, HistoryFilter(channels=frozenset({"chat", "sms"})), limit=30)
    assert len(rows) == 100
    assert {row.channel for row in rows} == {"chat", "sms"}


def test_date_range_is_inclusive_in_utc(sqlite_db, history):
    cid = make_customer(sqlite_db)
    add_contact(sqlite_db, cid, datetime(2026, 2, 28, 23, 59, 59, tzinfo=UTC), reason="before")
    add_contact(sqlite_db, cid, datetime(2026, 3, 1, 0, 0, tzinfo=UTC), reason="first moment")
    add_contact(sqlite_db, cid, datetime(2026, 3, 10, 23, 59, 59, tzinfo=UTC), reason="last moment")
    add_contact(sqlite_db, cid, datetime(2026, 3, 11, 0, 0, tzinfo=UTC), reason="after")
    page = history.page(cid, HistoryFilter(date_from=date(2026, 3, 1), date_to=date(2026, 3, 10)))
    assert [row.reason for row in page.rows] == ["last moment", "first moment"]
    only_from = history.page(cid, HistoryFilter(date_from=date(2026, 3, 11)))
    assert [row.reason for row in only_from.rows] == ["after"]
    only_to = history.page(cid, HistoryFilter(date_to=date(2026, 2, 28)))
    assert [row.reason for row in only_to.rows] == ["before"]


def test_text_filter_searches_reason_outcome_notes_and_codes(sqlite_db, history):
    cid = make_customer(sqlite_db)
    add_contact(sqlite_db, cid, START, reason="Zablokowana KARTA", codes=("INFO",))
    add_contact(sqlite_db, cid, START + timedelta(hours=1), outcome="Karta wydana ponownie")
    add_contact(sqlite_db, cid, START + timedelta(hours=2), notes="Klient prosi o nową kartę")
    add_contact(sqlite_db, cid, START + timedelta(hours=3), codes=("CARD_BLOCK",))
    add_contact(sqlite_db, cid, START + timedelta(hours=4), reason="Przelew", notes="nic o tym")

    def found(text):
        return len(history.page(cid, HistoryFilter(text=text)).rows)

    assert found("karta") == 2
    assert found("kart") == 3
    assert found("card_block") == 1
    assert found("NOWĄ") == 1
    assert found("nowa") == 1  # diacritics folded like search
    assert found("przelew") == 1
    assert found("nothing like this") == 0


def test_text_filter_pages_through_many_rows(sqlite_db, history):
    cid = make_customer(sqlite_db)
    ids = add_contacts(sqlite_db, cid, 1200, start=START)
    # "Reason 1..." matches 1, 10-19, 100-199, 1000-1199: 1 + 10 + 100 + 200 = 311 rows.
    rows, pages = all_pages(history, cid, HistoryFilter(text="reason 1"), limit=100)
    assert len(rows) == 311
    assert pages == 4
    assert len({row.id for row in rows}) == 311
    expected = [cid_ for i, cid_ in enumerate(ids) if f"Reason {i}".startswith("Reason 1")]
    assert [row.id for row in rows] == list(reversed(expected))


def test_filters_combine(sqlite_db, history):
    cid = make_customer(sqlite_db)
    add_contacts(
        sqlite_db, cid, 60, start=START, step=timedelta(days=1), channels=("phone", "email")
    )
    flt = HistoryFilter(
        channels=frozenset({"email"}),
        date_from=date(2026, 1, 11),
        date_to=date(2026, 1, 20),
        text="note",
    )
    rows, _ = all_pages(history, cid, flt, limit=3)
    assert [row.reason for row in rows] == [f"Reason {i}" for i in (19, 17, 15, 13, 11)]


def test_rows_carry_codes_agent_and_times(sqlite_db, history):
    cid = make_customer(sqlite_db)
    contact_id = add_contact(
        sqlite_db, cid, START, codes=("SALE", "INFO"), agent_login="marta", notes="ok"
    )
    [row] = history.page(cid).rows
    assert row.id == contact_id
    assert row.codes == ("SALE", "INFO")  # in the order the consultant chose them
    assert row.agent == "marta"
    assert row.started_at == START
    assert row.ended_at == START + timedelta(minutes=5)
    assert history.get(contact_id) == row


def test_get_unknown_contact(history):
    with pytest.raises(NotFound):
        history.get(uuid.uuid4())


def test_limit_must_be_sensible(sqlite_db, history):
    cid = make_customer(sqlite_db)
    with pytest.raises(ValidationError) as error:
        history.page(cid, limit=0)
    assert error.value.field == "limit"
