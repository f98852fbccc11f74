"""Customers whose stored data cannot be evaluated: isolated without slowing the rest, and named.

The import refuses dates and amounts that do not fit, but a row can still arrive by another
path (written with psql on the server and synced, or typed into the SQLite file). Such a row
must cost its own customer's evaluation, never a whole batch or the daily job.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DataError, DBAPIError

from app.models import Customer
from app.services.storage.db import Database

log = logging.getLogger(__name__)

# What bad stored data raises while it is read or computed with: a date at the edge of the
# calendar (OverflowError), a value Python cannot hold or parse (ValueError, e.g. year 0 or
# garbage text in SQLite), a value the driver cannot convert (DataError, e.g. year 10000 or
# a BC date on PostgreSQL), decimal trouble (InvalidOperation, an ArithmeticError).
UNREADABLE: tuple[type[BaseException], ...] = (ArithmeticError, ValueError, DataError)

T = TypeVar("T")
SKIPPED_HINT = "fix their data (a re-import refuses what does not fit) and run again"


@dataclass(frozen=True, slots=True)
class SkippedCustomer:
    """A customer left out of an evaluation because their stored data cannot be evaluated."""

    customer_id: uuid.UUID
    external_id: str
    reason: str

    def message(self) -> str:
        return skipped_message(self.to_json())

    def to_json(self) -> dict[str, Any]:
        return {
            "skipped": True,
            "customer_id": self.external_id,
            "id": str(self.customer_id),
            "reason": self.reason,
        }


def skipped_message(item: dict[str, Any]) -> str:
    """The line a user reads, from SkippedCustomer.to_json() (which crosses processes)."""
    return (
        f"customer {item['customer_id']} skipped: their stored data cannot be evaluated "
        f"({item['reason']})"
    )


def reason_of(error: BaseException) -> str:
    """One short line: the driver's own words for a database error, else the Python error."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        error = error.orig
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}".rstrip(": ")


def external_id(db: Database, customer_id: uuid.UUID) -> str:
    """The customer's external id for a message (their UUID when even that cannot be read)."""
    try:
        with db.reading() as session:
            found = session.execute(
                select(Customer.external_id).where(Customer.id == customer_id)
            ).scalar()
    except UNREADABLE:
        found = None
    return found or str(customer_id)


def load_isolating(
    load: Callable[[list[uuid.UUID]], dict[uuid.UUID, T]],
    ids: Sequence[uuid.UUID],
    on_unreadable: Callable[[uuid.UUID, BaseException], None],
) -> dict[uuid.UUID, T]:
    """load(ids) in one go; when bad data makes it fail, the batch is halved until each bad
    customer is alone (k bad customers among n cost about 2·k·log2(n) extra loads), and
    on_unreadable is told of each. The normal path is exactly one call of `load`."""
    ids = list(ids)
    try:
        return load(ids)
    except UNREADABLE as error:
        if len(ids) <= 1:
            for customer_id in ids:
                log.warning("customer %s: stored data unreadable: %s", customer_id, error)
                on_unreadable(customer_id, error)
            return {}
    middle = len(ids) // 2
    found = load_isolating(load, ids[:middle], on_unreadable)
    found.update(load_isolating(load, ids[middle:], on_unreadable))
    return found
