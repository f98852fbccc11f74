"""The feature builder: raw customer facts as of a moment -> the flat, typed rule dictionary.

Every value a rule can iterate or match is short, so that no rule can take long on hostile
data (an agent can type a 10 000-character city): text features, text attributes and
complaint texts are cut at MAX_TEXT characters, products at MAX_PRODUCTS codes (each cut
like text), complaints at MAX_COMPLAINTS records. See app/rules/budget.py for the rest.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from app.rules import calendar_math

YEAR = timedelta(days=365)
CENT = Decimal("0.01")
MAX_COMPLAINTS = 10
MAX_TEXT = 256  # characters of a text value rules see (real cities and segments are far shorter)
MAX_PRODUCTS = 50  # product codes rules see (a customer holds a handful)
CONSENT_CHANNELS = ("email", "phone", "sms")

AttributeValue = int | Decimal | bool | date | str | None


@dataclass(frozen=True, slots=True)
class ComplaintFact:
    """One complaint as it stood on as_of (closed after as_of means still open then)."""

    opened_at: datetime
    status: str  # "open" / "closed" as it stood on as_of
    resolution: str | None
    subject: str


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """Raw facts about one customer as of a moment, loaded by app/services/nba/features.py.

    `inflows` (amount > 0, booked_at <= as_of) holds the latest inflow first, then, newest
    first, every other inflow booked in the 365 days up to as_of and every inflow booked in
    the 365 days before the latest one; since the latest inflow is on or before as_of, the
    loader keeps exactly the inflows booked in [latest - 365 days, latest]. Older ones are
    not needed by any feature and are left out.
    """

    customer_id: uuid.UUID
    external_id: str
    first_name: str
    last_name: str
    birth_date: date | None
    segment: str
    city: str
    attributes: Mapping[str, AttributeValue]
    products: tuple[str, ...]  # product codes open on as_of, sorted, no duplicates
    inflows: tuple[tuple[datetime, Decimal], ...]  # (booked_at, amount), see above
    complaints: tuple[ComplaintFact, ...]  # all complaints opened by as_of, newest first
    marketing_consents: Mapping[str, bool]  # channel -> latest marketing consent on as_of
    last_contact_at: datetime | None
    contacts_90d: int


def build_features(facts: CustomerFacts, as_of: datetime) -> dict[str, object]:
    """A new dict with exactly the keys of schema.FEATURES, typed for rule-engine."""
    if as_of.tzinfo is None:
        raise ValueError(f"naive as_of {as_of!r}: rules need an aware moment")
    as_of = as_of.astimezone(UTC)
    features: dict[str, object] = {"as_of": as_of}
    features.update(_birthday_features(facts.birth_date, as_of.date()))
    features["segment"] = _text(facts.segment)
    features["city"] = _text(facts.city)
    features["attributes"] = _attributes(facts.attributes)
    features["products"] = tuple(_text(code) for code in facts.products[:MAX_PRODUCTS])
    features.update(_inflow_features(facts.inflows, as_of))
    features.update(_complaint_features(facts.complaints))
    consents = facts.marketing_consents
    for channel in CONSENT_CHANNELS:
        features[f"consent_{channel}"] = bool(consents.get(channel, False))
    features["last_contact_at"] = facts.last_contact_at
    features["contacts_90d"] = facts.contacts_90d
    return features


def placeholder_values(facts: CustomerFacts, features: Mapping[str, object]) -> dict[str, object]:
    """The features plus the identity strings scripts may name in `{placeholders}`."""
    values = dict(features)
    values["first_name"] = facts.first_name
    values["last_name"] = facts.last_name
    values["external_id"] = facts.external_id
    return values


def _text(value: str | None) -> str:
    return value[:MAX_TEXT] if value else ""


def _birthday_features(birth: date | None, today: date) -> dict[str, object]:
    if birth is None:
        return {"age": None, "is_birthday": False, "days_to_birthday": None}
    return {
        "age": calendar_math.age_on(birth, today),
        "is_birthday": calendar_math.is_birthday(birth, today),
        "days_to_birthday": calendar_math.days_to_birthday(birth, today),
    }


def _attributes(attributes: Mapping[str, AttributeValue]) -> dict[str, object]:
    """Dates become aware UTC midnights (rule-engine has no date type), text is cut at
    MAX_TEXT characters; the rest as is."""
    result: dict[str, object] = {}
    for name, value in attributes.items():
        if isinstance(value, date) and not isinstance(value, datetime):
            value = datetime.combine(value, time(), UTC)
        elif isinstance(value, str):
            value = value[:MAX_TEXT]
        result[name] = value
    return result


def _inflow_features(
    inflows: tuple[tuple[datetime, Decimal], ...], as_of: datetime
) -> dict[str, object]:
    if not inflows:
        return {
            "last_inflow": None,
            "last_inflow_at": None,
            "avg_prior_inflow": None,
            "inflow_count_12m": 0,
        }
    last_at, last_amount = inflows[0]
    return {
        "last_inflow": last_amount,
        "last_inflow_at": last_at,
        "avg_prior_inflow": _average_prior(inflows, last_at),
        "inflow_count_12m": _count_since(inflows, as_of - YEAR, as_of),
    }


def _average_prior(inflows: tuple[tuple[datetime, Decimal], ...], last_at: datetime):
    """Mean of the inflows in [last_at - 365 days, last_at], the latest one excluded."""
    low = last_at - YEAR
    total, count = Decimal(0), 0
    for booked_at, amount in inflows[1:]:
        if low <= booked_at <= last_at:
            total += amount
            count += 1
    if count == 0:
        return None
    return (total / count).quantize(CENT, rounding=ROUND_HALF_EVEN)


def _count_since(inflows, low: datetime, high: datetime) -> int:
    """Inflows booked in (low, high]."""
    return sum(1 for booked_at, _ in inflows if low < booked_at <= high)


def _complaint_features(complaints: tuple[ComplaintFact, ...]) -> dict[str, object]:
    upheld = open_ = 0
    for complaint in complaints:
        upheld += complaint.resolution == "upheld"
        open_ += complaint.status == "open"
    records = tuple(
        {
            "opened_at": c.opened_at,
            "status": _text(c.status),
            "resolution": c.resolution[:MAX_TEXT] if c.resolution is not None else None,
            "subject": _text(c.subject),
        }
        for c in complaints[:MAX_COMPLAINTS]
    )
    return {"upheld_complaints": upheld, "open_complaints": open_, "complaints": records}
