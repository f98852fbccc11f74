"""Column type conversions without a database: UTC timestamps and money in grosze."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from app.models.types import Money, UTCDateTime, from_cents, to_cents

SQLITE = sqlite.dialect()
POSTGRES = postgresql.dialect()
WARSAW = timezone(timedelta(hours=1))


def test_aware_time_is_bound_as_utc() -> None:
    local = datetime(2026, 3, 1, 10, 0, tzinfo=WARSAW)
    for_pg = UTCDateTime().process_bind_param(local, POSTGRES)
    assert for_pg == local and for_pg.tzinfo is UTC and for_pg.hour == 9
    # SQLite stores text: naive UTC, so that text order is time order.
    assert UTCDateTime().process_bind_param(local, SQLITE) == datetime(2026, 3, 1, 9, 0)


def test_naive_time_is_refused_with_the_value_in_the_message() -> None:
    with pytest.raises(ValueError, match=r"naive datetime .*2026, 3, 1"):
        UTCDateTime().process_bind_param(datetime(2026, 3, 1), SQLITE)
    with pytest.raises(ValueError, match="time zone"):
        UTCDateTime().process_bind_param(datetime(2026, 3, 1), POSTGRES)


def test_results_are_aware_utc() -> None:
    from_sqlite = UTCDateTime().process_result_value(datetime(2026, 3, 1, 9, 0), SQLITE)
    assert from_sqlite == datetime(2026, 3, 1, 9, 0, tzinfo=UTC) and from_sqlite.tzinfo is UTC
    from_pg = UTCDateTime().process_result_value(
        datetime(2026, 3, 1, 10, 0, tzinfo=WARSAW), POSTGRES
    )
    assert from_pg.tzinfo is UTC and from_pg.hour == 9


def test_null_passes_through() -> None:
    assert UTCDateTime().process_bind_param(None, SQLITE) is None
    assert UTCDateTime().process_result_value(None, SQLITE) is None
    assert Money().process_bind_param(None, SQLITE) is None
    assert Money().process_result_value(None, SQLITE) is None


@pytest.mark.parametrize(
    ("amount", "cents"),
    [
        (Decimal("1234.50"), 123450),
        (Decimal("-1234.50"), -123450),
        (Decimal("0.01"), 1),
        (Decimal("0"), 0),
        (Decimal("9999999999999999.99"), 999_999_999_999_999_999),  # NUMERIC(18,2)'s largest
        (Decimal("-9999999999999999.99"), -999_999_999_999_999_999),
        # Sub-grosz amounts round half to even (banker's rounding), never via float.
        (Decimal("0.005"), 0),
        (Decimal("0.015"), 2),
        (Decimal("-0.025"), -2),
    ],
)
def test_money_is_stored_as_whole_grosze(amount: Decimal, cents: int) -> None:
    assert to_cents(amount) == cents
    assert Money().process_bind_param(amount, SQLITE) == cents


@pytest.mark.parametrize(
    "amount", [Decimal("92233720368547758.07"), Decimal("10000000000000000"), Decimal("NaN")]
)
def test_money_beyond_numeric_18_2_is_refused_on_every_dialect(amount: Decimal) -> None:
    # Issue 10: the largest BIGINT once fitted, but what NUMERIC(18,2) cannot hold is refused.
    for dialect in (SQLITE, POSTGRES):
        with pytest.raises(ValueError, match="NUMERIC"):
            Money().process_bind_param(amount, dialect)


def test_integers_are_whole_zloty() -> None:
    assert Money().process_bind_param(7, POSTGRES) == 700


@pytest.mark.parametrize(
    ("cents", "amount"),
    [(123450, "1234.50"), (-1, "-0.01"), (0, "0.00"), (2**63 - 1, "92233720368547758.07")],
)
def test_grosze_come_back_as_exact_two_place_decimals(cents: int, amount: str) -> None:
    value = from_cents(cents)
    assert value == Decimal(amount) and str(value) == amount
    # PostgreSQL's SUM over BIGINT returns NUMERIC: a Decimal of whole grosze.
    assert Money().process_result_value(Decimal(cents), POSTGRES) == Decimal(amount)
