"""The read paths stay a fixed handful of indexed queries: no N+1, no full-table scans.

Counts statements and reads SQLite's EXPLAIN QUERY PLAN instead of timing anything, so the
performance design is checked on every run without flaky clocks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from app.services.contacts.history import ContactHistoryService
from app.services.customers.card import CustomerCardService
from app.services.customers.search import SearchService
from app.services.dto import HistoryFilter
from tests.factories import (
    add_complaint,
    add_consent,
    add_contacts,
    add_product,
    add_transactions,
    make_customer,
    seed_wrapup_codes,
)

START = datetime(2025, 6, 1, tzinfo=UTC)


@contextmanager
def captured(db) -> Iterator[list[tuple[str, tuple]]]:
    statements: list[tuple[str, tuple]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, tuple(parameters)))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)


def plan_lines(db, statements) -> list[str]:
    connection = sqlite3.connect(db.engine.url.database)
    try:
        return [
            row[3]
            for statement, parameters in statements
            for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]
    finally:
        connection.close()


def full_scans(db, statements) -> list[str]:
    # "SCAN x USING COVERING INDEX" walks an index, not the table; anything else is a scan.
    return [
        line
        for line in plan_lines(db, statements)
        if line.startswith("SCAN ") and "USING COVERING INDEX" not in line
    ]


@pytest.fixture
def busy_and_quiet(sqlite_db):
    """One customer with a lot of everything, one with one of each."""
    seed_wrapup_codes(sqlite_db)
    busy = make_customer(sqlite_db, external_id="BUSY", emails=("busy@example.pl",))
    quiet = make_customer(sqlite_db, external_id="QUIET", phones=("602 000 000",))
    for customer, n in ((busy, 40), (quiet, 1)):
        step = timedelta(days=3)
        add_transactions(
            sqlite_db,
            customer,
            [(START + i * step, Decimal("10.00") * (-1) ** i, "tx") for i in range(n)],
        )
        add_contacts(sqlite_db, customer, n, start=START, codes=("INFO", "SALE"))
        for i in range(min(n, 5)):
            add_product(sqlite_db, customer, f"product_{i}", START)
            add_complaint(sqlite_db, customer, START + timedelta(days=i))
            add_consent(sqlite_db, customer, "sms", f"purpose_{i}", True, START)
    return busy, quiet


def statements_for(db, work: Callable[[], object]) -> list[tuple[str, tuple]]:
    with captured(db) as statements:
        work()
    return statements


def test_card_is_the_same_dozen_queries_however_much_data(sqlite_db, busy_and_quiet):
    busy, quiet = busy_and_quiet
    cards = CustomerCardService(sqlite_db)
    as_of = START + timedelta(days=200)
    for_busy = statements_for(sqlite_db, lambda: cards.load(busy, as_of=as_of))
    for_quiet = statements_for(sqlite_db, lambda: cards.load(quiet, as_of=as_of))
    # 14: the analytics scores and their model version, read by primary keys, joined the card.
    assert len(for_busy) == len(for_quiet) <= 14
    # The card lists the whole attribute catalogue (empty ones too, as rules see them): one
    # row per custom column, however many customers and events there are. Nothing else scans.
    scans = full_scans(sqlite_db, for_busy)
    assert [line for line in scans if not line.startswith("SCAN attribute_definitions")] == []


def test_history_page_is_two_queries_without_scans(sqlite_db, busy_and_quiet):
    busy, _ = busy_and_quiet
    history = ContactHistoryService(sqlite_db)
    first = history.page(busy, limit=10)
    filtered = HistoryFilter(channels=frozenset({"phone"}), date_from=START.date())
    statements = statements_for(
        sqlite_db, lambda: history.page(busy, filtered, cursor=first.next_cursor, limit=10)
    )
    assert len(statements) == 2  # the page, then the codes of its rows
    assert full_scans(sqlite_db, statements) == []


@pytest.mark.parametrize(
    "query", ["601 234 567", "601 23", "lukasz", "woj luk", "busy@", "busy.ex", "BUSY"]
)
def test_search_uses_indexes_only(sqlite_db, busy_and_quiet, query):
    search = SearchService(sqlite_db)
    statements = statements_for(sqlite_db, lambda: search.search(query))
    assert 2 <= len(statements) <= 3  # external id probe + one or two index ranges
    assert full_scans(sqlite_db, statements) == []


def test_screen_pop_uses_the_national_number_index(sqlite_db, busy_and_quiet):
    search = SearchService(sqlite_db)
    statements = statements_for(sqlite_db, lambda: search.find_by_phone("+48601234567"))
    lines = plan_lines(sqlite_db, statements)
    assert any("ix_customer_phones_national" in line for line in lines)
    assert full_scans(sqlite_db, statements) == []


def test_the_scan_detector_does_catch_a_table_scan(sqlite_db, busy_and_quiet):
    unindexed = [("SELECT id FROM contacts WHERE notes = ?", ("Note 1",))]
    assert full_scans(sqlite_db, unindexed) == ["SCAN contacts"]
