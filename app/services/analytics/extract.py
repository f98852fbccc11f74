"""What the models read, aggregated in SQL (SQLite and PostgreSQL): one row per customer.

Events are the centre-zone DAYS with at least one inflow (amount > 0) booked strictly before
as_of (days.py says why the centre's zone). The as-of day is the centre-zone day holding
as_of: `--at 2026-12-01` means midnight opening 1 December in the centre's zone, so the
events are the days up to 30 November and T counts the days from the first event day to
1 December. Per customer (time unit: weeks, as in Fader, Hardie and Lee 2005):
  frequency = event days - 1 (repeat event days); recency = (last - first event day) / 7;
  T = (as-of day - first event day) / 7; mean_value = mean of the repeat event days' values
  (a day's value = the sum of its inflows; the first event day is left out, as Gamma-Gamma
  wants); recency_days = as-of day - last event day; total_value = all event days' value.
Also the products open at as_of (the affinity baskets), complaints opened and contacts
started before as_of, and the configured churn label (a custom attribute column).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import Connection, text

from app.services.analytics.days import day_number, day_sql, sqlite_time
from app.services.analytics.errors import AnalyticsInputError, RefreshCancelled

# Yes/no as imported: a bool column holds "true"/"false", an int column "1"/"0", a text
# column the words themselves (the importer's yes/no words, importer/values.py BOOL_WORDS).
LABEL_WORDS = {"true": True, "false": False, "yes": True, "no": False, "tak": True,
               "nie": False, "1": True, "0": False}  # fmt: skip
FEATURES = ("frequency", "recency_weeks", "age_weeks", "mean_value", "days_since_last_event",
            "event_days", "total_value", "products", "complaints", "contacts")  # fmt: skip
NO_EVENT_DAYS = 3650.0  # days_since_last_event of a customer without any inflow (ten years)

_EVENTS = """
WITH days AS (
  SELECT customer_id, {day} AS day, SUM(amount) AS value
  FROM transactions WHERE amount > 0 AND booked_at < :as_of GROUP BY 1, 2
), ranked AS (
  SELECT customer_id, day, value,
         ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY day) AS n
  FROM days
)
SELECT c.id, e.days, e.first_day, e.last_day, e.total, e.first_value
FROM customers c LEFT JOIN (
  SELECT customer_id, COUNT(*) AS days, MIN(day) AS first_day, MAX(day) AS last_day,
         SUM(value) AS total, SUM(CASE WHEN n = 1 THEN value ELSE 0 END) AS first_value
  FROM ranked GROUP BY customer_id
) e ON e.customer_id = c.id
ORDER BY c.id
"""
_PRODUCTS = ("SELECT customer_id, product FROM products WHERE opened_at < :as_of "
             "AND (closed_at IS NULL OR closed_at >= :as_of)")  # fmt: skip
_COMPLAINTS = ("SELECT customer_id, COUNT(*) FROM complaints WHERE opened_at < :as_of "
               "GROUP BY customer_id")  # fmt: skip
_CONTACTS = ("SELECT customer_id, COUNT(*) FROM contacts WHERE started_at < :as_of "
             "AND customer_id IS NOT NULL GROUP BY customer_id")  # fmt: skip


@dataclass
class Extract:
    """Per-customer arrays in one order (`ids`: the database's own id values)."""

    as_of: datetime
    as_of_day: int
    ids: list
    event_days: np.ndarray  # int; 0 = no inflow before as_of
    frequency: np.ndarray  # int, repeat event days
    recency_weeks: np.ndarray
    age_weeks: np.ndarray  # T
    mean_value: np.ndarray  # PLN, 0 where frequency is 0
    recency_days: np.ndarray  # days since the last event day; NO_EVENT_DAYS without one
    total_value: np.ndarray  # PLN
    products: np.ndarray  # int, products open at as_of
    complaints: np.ndarray
    contacts: np.ndarray
    baskets: list[frozenset[str]]
    labels: np.ndarray | None  # 1.0 churned, 0.0 stayed, nan unlabelled; None: no label set
    unreadable_labels: int = 0

    @property
    def has_events(self) -> np.ndarray:
        return self.event_days > 0

    def features(self) -> np.ndarray:
        """The logistic churn model's inputs (FEATURES, in order), one row per customer."""
        return np.column_stack([getattr(self, name).astype(float) for name in FEATURES])

    @property
    def days_since_last_event(self) -> np.ndarray:
        return self.recency_days


def extract(
    connection: Connection,
    as_of: datetime,
    zone: str,
    label: str = "",
    cancelled: Callable[[], bool] = lambda: False,
) -> Extract:
    """Read everything the models need at `as_of`; AnalyticsInputError for a missing label."""
    dialect = connection.dialect.name
    bound = sqlite_time(as_of) if dialect == "sqlite" else as_of
    if label:
        _check_label(connection, label)
    oldest = connection.execute(
        text("SELECT MIN(booked_at) FROM transactions WHERE amount > 0")
    ).scalar()
    oldest = _moment(oldest) if oldest is not None else as_of
    day = day_sql(dialect, "booked_at", zone, min(oldest, as_of), as_of)
    rows = connection.execute(text(_EVENTS.format(day=day)), {"as_of": bound}).all()
    if cancelled():
        raise RefreshCancelled
    result = _customers(rows, as_of, day_number(as_of, zone))
    index = {key: position for position, key in enumerate(result.ids)}
    _baskets(connection, bound, index, result)
    result.complaints = _counts(connection, _COMPLAINTS, bound, index)
    result.contacts = _counts(connection, _CONTACTS, bound, index)
    if label:
        result.labels, result.unreadable_labels = _labels(connection, label, index)
    return result


def _customers(rows: list, as_of: datetime, as_of_day: int) -> Extract:
    n = len(rows)
    days = np.fromiter((row[1] or 0 for row in rows), dtype=np.int64, count=n)
    first = np.fromiter((row[2] if row[2] is not None else 0 for row in rows), np.int64, n)
    last = np.fromiter((row[3] if row[3] is not None else 0 for row in rows), np.int64, n)
    total = np.fromiter((row[4] or 0 for row in rows), dtype=np.float64, count=n) / 100.0
    first_value = np.fromiter((row[5] or 0 for row in rows), np.float64, n) / 100.0
    has = days > 0
    frequency = np.where(has, days - 1, 0)
    repeat = np.maximum(frequency, 1)
    return Extract(
        as_of=as_of,
        as_of_day=as_of_day,
        ids=[row[0] for row in rows],
        event_days=days,
        frequency=frequency,
        recency_weeks=np.where(has, (last - first) / 7.0, 0.0),
        age_weeks=np.where(has, (as_of_day - first) / 7.0, 0.0),
        mean_value=np.where(frequency > 0, (total - first_value) / repeat, 0.0),
        recency_days=np.where(has, (as_of_day - last).astype(float), NO_EVENT_DAYS),
        total_value=total,
        products=np.zeros(n, dtype=np.int64),
        complaints=np.zeros(n, dtype=np.int64),
        contacts=np.zeros(n, dtype=np.int64),
        baskets=[frozenset()] * n,
        labels=None,
    )


def _baskets(connection: Connection, bound: object, index: dict, into: Extract) -> None:
    held: dict[int, set[str]] = {}
    for customer, product in connection.execute(text(_PRODUCTS), {"as_of": bound}):
        position = index.get(customer)
        if position is not None:
            held.setdefault(position, set()).add(product)
    interned: dict[frozenset[str], frozenset[str]] = {}  # few distinct baskets: share them
    for position, products in held.items():
        basket = frozenset(products)
        into.baskets[position] = interned.setdefault(basket, basket)
        into.products[position] = len(basket)


def _counts(connection: Connection, sql: str, bound: object, index: dict) -> np.ndarray:
    counts = np.zeros(len(index), dtype=np.int64)
    for customer, count in connection.execute(text(sql), {"as_of": bound}):
        position = index.get(customer)
        if position is not None:
            counts[position] = count
    return counts


def _check_label(connection: Connection, label: str) -> None:
    known = list(
        connection.execute(text("SELECT name FROM attribute_definitions ORDER BY name")).scalars()
    )
    if label not in known:
        raise AnalyticsInputError(
            f"the churn label column {label!r} named in analytics.churn_label does not exist "
            f"(known columns: {', '.join(known) or 'none'})"
        )


def _labels(connection: Connection, label: str, index: dict) -> tuple[np.ndarray, int]:
    labels = np.full(len(index), np.nan)
    unreadable = 0
    rows = connection.execute(
        text("SELECT customer_id, value FROM customer_attributes WHERE name = :name"),
        {"name": label},
    )
    for customer, value in rows:
        position = index.get(customer)
        word = LABEL_WORDS.get((value or "").strip().lower())
        if position is None or value is None or not value.strip():
            continue
        if word is None:
            unreadable += 1
            continue
        labels[position] = 1.0 if word else 0.0
    return labels, unreadable


def _moment(value: object) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
