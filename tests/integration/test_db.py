"""Database, unit of work and the portable column types on real SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import StatementError

from app.models import Customer, Transaction
from app.services.storage.db import Database, normalise_url
from tests.factories import make_customer

WARSAW_SUMMER = timezone(timedelta(hours=2))
NEW_YORK_WINTER = timezone(timedelta(hours=-5))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The same test on a migrated SQLite file and a migrated PostgreSQL database."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def add_movements(db: Database, *rows: tuple[datetime, Decimal]) -> uuid.UUID:
    customer_id = make_customer(db, external_id=f"C-{uuid.uuid4().hex[:8]}")
    with db.unit_of_work() as uow:
        uow.session.add_all(
            Transaction(customer_id=customer_id, booked_at=at, amount=amount) for at, amount in rows
        )
        uow.commit()
    return customer_id


def test_aware_times_come_back_as_the_same_instant_in_utc(db: Database) -> None:
    local = datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=WARSAW_SUMMER)
    customer_id = add_movements(db, (local, Decimal("1.00")))
    with db.reading() as session:
        booked = session.scalars(
            select(Transaction.booked_at).where(Transaction.customer_id == customer_id)
        ).one()
    assert booked == local
    assert booked.tzinfo is UTC
    assert booked.hour == 7 and booked.microsecond == 123456


def test_times_order_by_instant_not_by_local_clock(db: Database) -> None:
    # 10:00 in New York is later than 12:00 in Warsaw on the same day.
    warsaw = datetime(2026, 1, 10, 12, 0, tzinfo=timezone(timedelta(hours=1)))
    new_york = datetime(2026, 1, 10, 10, 0, tzinfo=NEW_YORK_WINTER)
    customer_id = add_movements(db, (new_york, Decimal(2)), (warsaw, Decimal(1)))
    with db.reading() as session:
        amounts = session.scalars(
            select(Transaction.amount)
            .where(Transaction.customer_id == customer_id)
            .order_by(Transaction.booked_at)
        ).all()
        later = session.scalars(
            select(Transaction.amount).where(
                Transaction.booked_at > datetime(2026, 1, 10, 14, 0, tzinfo=UTC)
            )
        ).all()
    assert amounts == [Decimal("1.00"), Decimal("2.00")]
    assert later == [Decimal("2.00")]


def test_naive_time_is_refused_and_nothing_is_written(db: Database) -> None:
    customer_id = make_customer(db, external_id="C-NAIVE")
    with pytest.raises(StatementError, match="naive datetime"), db.unit_of_work() as uow:
        uow.session.add(
            Transaction(customer_id=customer_id, booked_at=datetime(2026, 1, 1), amount=1)
        )
        uow.commit()
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Transaction)) == 0


@pytest.mark.parametrize(
    "amount",
    [
        Decimal("0.01"),
        Decimal("-1234.50"),
        Decimal("0.00"),
        Decimal("99999999999999.99"),  # a hundred trillion less a grosz: far beyond any balance
        Decimal("-99999999999999.99"),
    ],
)
def test_money_round_trips_exactly(db: Database, amount: Decimal) -> None:
    customer_id = add_movements(db, (datetime(2026, 1, 1, tzinfo=UTC), amount))
    with db.reading() as session:
        stored = session.scalars(
            select(Transaction.amount).where(Transaction.customer_id == customer_id)
        ).one()
    assert stored == amount
    assert isinstance(stored, Decimal) and stored.as_tuple().exponent == -2


def test_sum_of_money_is_exact(db: Database) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    # 0.1 has no exact binary form: a float sum of a thousand of them is not 100.
    rows = [(start + timedelta(minutes=i), Decimal("0.10")) for i in range(1000)]
    rows += [(start, Decimal("-0.03")), (start, Decimal("50000000000000.00"))]
    customer_id = add_movements(db, *rows)
    with db.reading() as session:
        total = session.scalar(
            select(func.sum(Transaction.amount)).where(Transaction.customer_id == customer_id)
        )
    assert total == Decimal("50000000000099.97")
    assert isinstance(total, Decimal)


def test_uuid_keys_round_trip_and_filter(db: Database) -> None:
    customer_id = make_customer(db, external_id="C-UUID")
    with db.reading() as session:
        found = session.get(Customer, customer_id)
        assert found is not None and found.external_id == "C-UUID"
        by_key = session.scalars(select(Customer.id).where(Customer.id == customer_id)).one()
    assert isinstance(by_key, uuid.UUID) and by_key == customer_id


@pytest.mark.postgres
def test_postgres_stores_native_types(pg_db: Database) -> None:
    with pg_db.engine.connect() as conn:
        types = dict(
            conn.execute(
                text(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_name = 'transactions'"
                )
            ).all()
        )
    assert types["id"] == "uuid"
    assert types["booked_at"] == "timestamp with time zone"
    assert types["amount"] == "bigint"


def test_unit_of_work_rolls_back_unless_committed(db: Database) -> None:
    with db.unit_of_work() as uow:
        uow.session.add(_customer("C-FORGOTTEN"))
        uow.session.flush()
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:
        uow.session.add(_customer("C-FAILED"))
        uow.commit()
        uow.session.add(_customer("C-AFTER-COMMIT"))
        uow.session.flush()
        raise RuntimeError("boom")
    with db.reading() as session:
        assert session.scalars(select(Customer.external_id)).all() == ["C-FAILED"]


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign key"), db.unit_of_work() as uow:
        uow.session.add(
            Transaction(
                customer_id=uuid.uuid4(), booked_at=datetime(2026, 1, 1, tzinfo=UTC), amount=1
            )
        )
        uow.commit()


def test_sqlite_connections_use_wal_and_a_busy_timeout(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert sqlite_db.is_sqlite


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgres://h/db", "postgresql+psycopg://h/db"),
        ("postgresql+psycopg://h/db", "postgresql+psycopg://h/db"),
        ("sqlite:///x.sqlite3", "sqlite:///x.sqlite3"),
    ],
)
def test_plain_postgres_urls_use_psycopg_3(given: str, expected: str) -> None:
    assert normalise_url(given) == expected


def _customer(external_id: str) -> Customer:
    return Customer(
        external_id=external_id, first_name="A", last_name="B", first_key="a", last_key="b"
    )
