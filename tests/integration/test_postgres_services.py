"""The services on the shared back end: the same calls the desktop makes, on real PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Contact, Customer, OutboxEntry, Transaction
from app.services.contacts.history import ContactHistoryService
from app.services.contacts.service import ContactService
from app.services.customers.card import CustomerCardService
from app.services.customers.search import SearchService
from app.services.demo.data import write_demo_csvs
from app.services.dto import HistoryFilter, WrapUpInput
from app.services.importer import import_directory
from app.services.storage.db import Database
from tests.factories import add_contacts, add_transactions, make_customer, seed_wrapup_codes

pytestmark = pytest.mark.postgres

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def test_search_card_and_history_on_postgres(pg_db: Database) -> None:
    seed_wrapup_codes(pg_db)
    customer_id = make_customer(
        pg_db, external_id="C-PG", first_name="Łukasz", last_name="Wójcik",
        phones=("+48 601 234 567",), emails=("lukasz.w@example.pl",),
    )  # fmt: skip
    add_transactions(pg_db, customer_id, [(START, Decimal("-120.50"), "Biedronka")])
    add_contacts(pg_db, customer_id, 30, codes=("INFO",))

    search = SearchService(pg_db)
    assert [hit.id for hit in search.search("601 23")] == [customer_id]
    assert [hit.id for hit in search.search("wojc")] == [customer_id]
    assert [hit.id for hit in search.search("lukasz.w")] == [customer_id]
    assert [hit.id for hit in search.find_by_phone("+48601234567")] == [customer_id]

    card = CustomerCardService(pg_db).load(customer_id, as_of=START + timedelta(days=1))
    assert card.identity.full_name == "Łukasz Wójcik"

    history = ContactHistoryService(pg_db)
    first = history.page(customer_id, limit=20)
    assert len(first.rows) == 20
    second = history.page(customer_id, cursor=first.next_cursor, limit=20)
    assert len(second.rows) == 10
    assert {row.id for row in first.rows}.isdisjoint(row.id for row in second.rows)
    found = history.page(customer_id, HistoryFilter(text="reason 7"))
    assert [row.reason for row in found.rows] == ["Reason 7"]


def test_wrapup_is_recorded_with_its_outbox_row(pg_db: Database) -> None:
    seed_wrapup_codes(pg_db)
    customer_id = make_customer(pg_db, external_id="C-WRAP")
    saved = ContactService(pg_db, agent_login="anna").record(
        WrapUpInput(
            customer_id=customer_id, channel="phone", direction="inbound",
            started_at=START, ended_at=START + timedelta(minutes=3), reason="Card lost",
            codes=("CARD_BLOCK",), notes="Zastrzeżono kartę", outcome="resolved",
        )
    )  # fmt: skip
    with pg_db.reading() as session:
        assert session.get(Contact, saved.contact.id) is not None
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) >= 1


def test_demo_csvs_import_into_postgres_and_again_changes_nothing(
    pg_db: Database, tmp_path: Path
) -> None:
    write_demo_csvs(tmp_path, customers=40, seed=3, as_of=date(2026, 3, 1))
    first = import_directory(pg_db, tmp_path)
    with pg_db.reading() as session:
        customers = session.scalar(select(func.count()).select_from(Customer))
        total = session.scalar(select(func.sum(Transaction.amount)))
    assert customers == 40
    assert first.rows_read > 40

    import_directory(pg_db, tmp_path)
    with pg_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 40
        assert session.scalar(select(func.sum(Transaction.amount))) == total
