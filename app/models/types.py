"""Portable column types: UTC timestamps and exact money on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")
# The largest amount NUMERIC(18,2) holds; in cents it fits a 64-bit integer on every back end.
# Beyond it SQLite would silently store a float (inexact) and PostgreSQL refuse the bigint.
MAX_MONEY = Decimal("9999999999999999.99")
MAX_CENTS = 999_999_999_999_999_999


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC; always returns aware UTC datetimes.

    SQLite has no time-zone type, so naive values read back are taken as UTC.
    Naive values written are refused: a naive time is a bug waiting to happen.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must carry a time zone")
        value = value.astimezone(UTC)
        # SQLite stores text: keep it naive UTC so string order equals time order.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def to_cents(amount: Decimal) -> int:
    """Integer cents (half-even); ValueError for NaN, infinities and |amount| > MAX_MONEY."""
    if not amount.is_finite() or abs(amount) > MAX_MONEY:
        raise ValueError(f"amount {amount} is beyond ±{MAX_MONEY} (NUMERIC(18,2))")
    return int((amount / CENT).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) * CENT).quantize(CENT)


class Money(TypeDecorator[Decimal]):
    """Exact money stored as integer minor units (grosze) so SUM stays exact on SQLite."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        # Refused here too, not only at import: no path may store a float or overflow.
        return to_cents(Decimal(value))

    def process_result_value(self, value: int | None, dialect):  # type: ignore[override]
        return None if value is None else from_cents(int(value))
