"""Batch facts on SQLite: plain SQL on the driver's connection, stored text converted by hand.

The generic loader (features.py) pays SQLAlchemy's per-row result processing and an IN list
of bound ids per query; for `nba --all` that was most of a customer's cost. Here the batch's
ids go to SQLite once per query as one JSON array, and the stored values are converted with
C fast paths that accept only the exact forms our column types write (UTCDateTime: naive UTC
'YYYY-MM-DD HH:MM:SS.ffffff'; Date: 'YYYY-MM-DD'; Money: integer cents; Uuid: 32 hex digits).
Anything else raises Slow, and the caller loads that batch through the generic path, so
unusual or spoiled stored values give exactly the generic loader's facts, errors and warnings.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Callable
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from app.rules.fast_facts import customer_facts
from app.rules.features import NO_SCORES, YEAR, ComplaintFact, CustomerFacts, ScoreFacts
from app.services.nba.score_facts import affinity_products

_FROM_ISO = datetime.fromisoformat
_DATE_FROM_ISO = date.fromisoformat
_UUID = uuid.UUID
_UNKNOWN = uuid.SafeUUID.unknown
_DECIMAL = Decimal
# The batch's ids, sorted: joined in this order, each query meets customers in customer_id
# order (as an IN list would) without building and sorting a temporary table of the ids
# first, ~1-6 us per customer and query less (consents most: the sort of their rows goes too).
_IDS = "json_each(?) j"


class Slow(Exception):
    """A stored value in a form the fast path does not read exactly as the column types do."""


def _stamp(text: object) -> datetime | None:
    """What UTCDateTime reads from SQLite, for the form it writes (naive UTC, microseconds)."""
    if text is None:
        return None
    if (
        text.__class__ is not str
        or len(text) != 26
        or text[10] != " "
        or text[19] != "."
        or not text[20:].isdigit()
    ):
        raise Slow(text)
    # ValueError for an impossible date/time: the generic path then reports it its own way.
    return _FROM_ISO(text + "+00:00")


def _day(text: object) -> date | None:
    if text is None:
        return None
    if text.__class__ is not str or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise Slow(text)
    return _DATE_FROM_ISO(text)


def _money(cents: object) -> Decimal:
    """from_cents(): the amount with exactly two decimals (Decimal('12.30'), Decimal('0.00'))."""
    if cents.__class__ is not int or not -(10**18) <= cents <= 10**18:
        raise Slow(cents)
    return _DECIMAL(cents).scaleb(-2)


def _customer_id(key: object) -> uuid.UUID:
    """What Uuid reads from SQLite (CHAR(32) hex)."""
    if key.__class__ is not str:
        raise Slow(key)
    return _UUID(key)


def _bound(moment: datetime) -> str:
    """as_of as UTCDateTime binds it on SQLite: naive UTC text, so text order is time order."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


# Per customer, two index seeks into contacts instead of a scan of all their contacts: the
# latest one by as_of, and a count over the last 90 days only (half the time of a grouped
# query on the bench base). A customer without contacts gets (NULL, 0), as the generic path's
# default. Asked with the customer's own row: a query and a Python row less per customer.
_CUSTOMERS = (
    "SELECT c.id, external_id, first_name, last_name, birth_date, segment, city, "
    "(SELECT max(started_at) FROM contacts WHERE customer_id = j.value AND started_at <= ?), "
    "(SELECT count(*) FROM contacts "
    "WHERE customer_id = j.value AND started_at > ? AND started_at <= ?), "
    # The analytics in force, joined by primary key: columns 9-18, all NULL when unscored.
    "s.customer_id, s.p_alive, s.expected_events_12m, s.clv_12m, s.value_tier, s.churn_risk, "
    "s.churn_probability, s.rfm, s.segment_rfm, s.affinity "
    f"FROM {_IDS} JOIN customers c ON c.id = j.value "
    "LEFT JOIN customer_scores s ON s.customer_id = j.value"
)
# The generic query joins each row to its definition; here the few definitions are read once.
_ATTRIBUTES = (
    f"SELECT customer_id, name, a.value FROM {_IDS} "
    "JOIN customer_attributes a ON a.customer_id = j.value ORDER BY customer_id, name"
)
_TYPES = "SELECT name, type FROM attribute_definitions"
_PRODUCTS = (
    f"SELECT DISTINCT customer_id, product FROM {_IDS} JOIN products p ON p.customer_id = j.value "
    "WHERE opened_at <= ? AND (closed_at IS NULL OR closed_at > ?) "
    "ORDER BY customer_id, product"
)
_INFLOWS = (
    f"SELECT customer_id, booked_at, amount FROM {_IDS} "
    "JOIN transactions t ON t.customer_id = j.value WHERE booked_at <= ? AND amount > 0 "
    "ORDER BY customer_id, booked_at DESC, t.id DESC"
)
_COMPLAINTS = (
    f"SELECT customer_id, opened_at, closed_at, status, resolution, subject FROM {_IDS} "
    "JOIN complaints c ON c.customer_id = j.value WHERE opened_at <= ? "
    "ORDER BY customer_id, opened_at DESC, c.id DESC"
)
# Same-instant events: granted=False sorts last and wins (as the generic loader does).
_CONSENTS = (
    f"SELECT customer_id, channel, granted FROM {_IDS} "
    "JOIN consents c ON c.customer_id = j.value WHERE purpose = 'marketing' AND at <= ? "
    "ORDER BY customer_id, channel, at, granted DESC"
)


def sqlite_batch(
    session: Session,
    ids: list[uuid.UUID],
    as_of: datetime,
    window: timedelta,
    attributes: Callable[[list], tuple[dict, dict]],
) -> dict[uuid.UUID, CustomerFacts]:
    """The generic _batch's facts; raises Slow (or the conversion's error) to hand it back.

    `attributes(rows)` types the attribute rows as the generic path does (with its warnings):
    it runs last, once everything that can hand the batch back has been read.
    """
    cursor = session.connection().connection.dbapi_connection.cursor()
    try:
        # Unique and sorted (an IN list's order); a UUID of the batch stands for its own row.
        known = {i.hex: i for i in ids if i.__class__ is _UUID and i.is_safe is _UNKNOWN}
        keys = json.dumps(sorted({i.hex for i in ids}))
        at = _bound(as_of)
        since = _bound(as_of - window)
        customers = cursor.execute(_CUSTOMERS, (at, since, at, keys)).fetchall()
        if not customers:
            return {}
        products: dict = {}
        for key, product in cursor.execute(_PRODUCTS, (keys, at, at)):
            products.setdefault(key, []).append(product)
        inflows = _inflows(cursor.execute(_INFLOWS, (keys, at)))
        complaints = _complaints(cursor.execute(_COMPLAINTS, (keys, at)), as_of)
        consents: dict = {}
        for key, channel, granted in cursor.execute(_CONSENTS, (keys, at)):
            if granted.__class__ is not int:
                raise Slow(granted)
            consents.setdefault(key, {})[channel] = bool(granted)
        people = [
            (known.get(row[0]) or _customer_id(row[0]), _day(row[4]), _stamp(row[7]), row)
            for row in customers
        ]
        types = dict(cursor.execute(_TYPES).fetchall())
        attribute_rows = [
            (key, name, types[name], value)
            for key, name, value in cursor.execute(_ATTRIBUTES, (keys,))
            if name in types
        ]
    finally:
        cursor.close()
    no_values, typed = attributes(attribute_rows)
    facts: dict[uuid.UUID, CustomerFacts] = {}
    for customer_id, birth_date, last_contact_at, row in people:
        key = row[0]
        facts[customer_id] = customer_facts(
            customer_id,
            row[1],
            row[2],
            row[3],
            birth_date,
            row[5] or "",
            row[6] or "",
            typed.get(key, no_values),
            tuple(products.get(key, ())),
            tuple(inflows.get(key, ())),
            tuple(complaints.get(key, ())),
            consents.get(key, {}),
            last_contact_at,
            int(row[8] or 0),
            NO_SCORES if row[9] is None else _scores(row),
        )
    return facts


_REAL_OR_NULL = (float, type(None))
(_P_ALIVE, _EXPECTED, _CLV, _TIER, _RISK, _CHURN, _RFM, _SEGMENT, _AFFINITY) = (
    getattr(ScoreFacts, field.name).__set__ for field in fields(ScoreFacts)
)  # fails at import if ScoreFacts gains or loses a field
_NEW = object.__new__
_ISFINITE = math.isfinite


def _decimal(value: float | None) -> Decimal | None:
    """score_facts.number() for a REAL or NULL."""
    if value is None or not _ISFINITE(value):
        return None
    return _DECIMAL(repr(value))


def _scores(row: tuple) -> ScoreFacts:
    """score_facts() of the joined columns, for the forms our column types write (REAL or
    NULL, integer cents, text); anything else hands the batch back (Slow). Built by slot, as
    customer_facts() is (a frozen dataclass's __init__ was half of this)."""
    p_alive, expected, cents, tier, risk, churn, rfm, segment, affinity = row[10:19]
    if (
        p_alive.__class__ not in _REAL_OR_NULL
        or expected.__class__ not in _REAL_OR_NULL
        or churn.__class__ not in _REAL_OR_NULL
    ):
        raise Slow(row[10:19])
    for value in (tier, risk, rfm, segment, affinity):
        if value.__class__ is not str:
            raise Slow(value)
    scores = _NEW(ScoreFacts)
    _P_ALIVE(scores, _decimal(p_alive))
    _EXPECTED(scores, _decimal(expected))
    _CLV(scores, None if cents is None else _money(cents))
    _TIER(scores, tier)
    _RISK(scores, risk)
    _CHURN(scores, _decimal(churn))
    _RFM(scores, rfm)
    _SEGMENT(scores, segment)
    _AFFINITY(scores, affinity_products(affinity))
    return scores


def _inflows(rows) -> dict:
    """Per customer, newest first, the inflows in [latest - 365 days, latest] (as features.py).

    Every row is converted, the dropped ones too: a bad stored value must hand the batch back
    exactly when the generic path would fail on it.
    """
    result: dict = {}
    low = None
    previous = None
    kept: list = []
    for key, booked_at, amount in rows:
        moment = _stamp(booked_at)
        money = _money(amount)
        if key != previous:
            previous = key
            kept = result[key] = [(moment, money)]
            low = moment - YEAR
        elif moment >= low:
            kept.append((moment, money))
    return result


def _complaints(rows, as_of: datetime) -> dict:
    """A complaint closed after as_of was still open then, with no resolution yet."""
    result: dict = {}
    for key, opened_at, closed_at, status, resolution, subject in rows:
        opened, closed = _stamp(opened_at), _stamp(closed_at)
        if status == "closed" and closed is not None and closed > as_of:
            fact = ComplaintFact(opened, "open", None, subject)
        else:
            fact = ComplaintFact(opened, status, resolution, subject)
        result.setdefault(key, []).append(fact)
    return result
