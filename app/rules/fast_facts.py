"""CustomerFacts built by position, for loaders that build one per customer of a batch."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal

from app.rules.features import NO_SCORES, AttributeValue, ComplaintFact, CustomerFacts, ScoreFacts


def _slot_setters() -> tuple:
    return tuple(getattr(CustomerFacts, field.name).__set__ for field in fields(CustomerFacts))


(
    _SET_ID,
    _SET_EXTERNAL_ID,
    _SET_FIRST_NAME,
    _SET_LAST_NAME,
    _SET_BIRTH_DATE,
    _SET_SEGMENT,
    _SET_CITY,
    _SET_ATTRIBUTES,
    _SET_PRODUCTS,
    _SET_INFLOWS,
    _SET_COMPLAINTS,
    _SET_CONSENTS,
    _SET_LAST_CONTACT_AT,
    _SET_CONTACTS_90D,
    _SET_SCORES,
) = _slot_setters()  # fails at import if CustomerFacts gains or loses a field


def customer_facts(
    customer_id: uuid.UUID,
    external_id: str,
    first_name: str,
    last_name: str,
    birth_date: date | None,
    segment: str,
    city: str,
    attributes: Mapping[str, AttributeValue],
    products: tuple[str, ...],
    inflows: tuple[tuple[datetime, Decimal], ...],
    complaints: tuple[ComplaintFact, ...],
    marketing_consents: Mapping[str, bool],
    last_contact_at: datetime | None,
    contacts_90d: int,
    scores: ScoreFacts = NO_SCORES,
) -> CustomerFacts:
    """CustomerFacts(...) by position, setting its slots directly.

    A frozen dataclass's __init__ goes through object.__setattr__ for each of the 15 fields;
    batch loaders build one per customer and this saves ~2 us of each (measured on the bench).
    """
    facts = object.__new__(CustomerFacts)
    _SET_ID(facts, customer_id)
    _SET_EXTERNAL_ID(facts, external_id)
    _SET_FIRST_NAME(facts, first_name)
    _SET_LAST_NAME(facts, last_name)
    _SET_BIRTH_DATE(facts, birth_date)
    _SET_SEGMENT(facts, segment)
    _SET_CITY(facts, city)
    _SET_ATTRIBUTES(facts, attributes)
    _SET_PRODUCTS(facts, products)
    _SET_INFLOWS(facts, inflows)
    _SET_COMPLAINTS(facts, complaints)
    _SET_CONSENTS(facts, marketing_consents)
    _SET_LAST_CONTACT_AT(facts, last_contact_at)
    _SET_CONTACTS_90D(facts, contacts_90d)
    _SET_SCORES(facts, scores)
    return facts
