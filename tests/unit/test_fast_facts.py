"""customer_facts() builds exactly what CustomerFacts(...) builds, field by field."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.rules.fast_facts import customer_facts
from app.rules.features import NO_SCORES, ComplaintFact, CustomerFacts, ScoreFacts


def test_every_field_lands_in_its_own_slot() -> None:
    at = datetime(2026, 6, 1, tzinfo=UTC)
    # A distinct value per field: a setter wired to the wrong slot shows as a difference.
    values = [
        uuid.uuid4(),
        "C1",
        "Anna",
        "Nowak",
        date(1990, 1, 2),
        "affluent",
        "Kraków",
        {"risk": 3},
        ("savings",),
        ((at, Decimal("1.00")),),
        (ComplaintFact(at, "open", None, "Fee"),),
        {"email": True},
        at,
        4,
        ScoreFacts(
            Decimal("0.5"), None, Decimal("10.00"), "High", "Low", None, "545", "new", ("x",)
        ),
    ]
    assert len(values) == len(dataclasses.fields(CustomerFacts))
    built = customer_facts(*values)
    expected = CustomerFacts(*values)
    assert type(built) is CustomerFacts and built == expected and repr(built) == repr(expected)
    assert [getattr(built, f.name) for f in dataclasses.fields(built)] == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.city = "Łódź"  # type: ignore[misc]


def test_scores_default_to_none_scored() -> None:
    at = datetime(2026, 6, 1, tzinfo=UTC)
    values = [uuid.uuid4(), "C1", "A", "N", None, "", "", {}, (), (), (), {}, at, 0]
    assert customer_facts(*values).scores is NO_SCORES
    assert CustomerFacts(*values).scores is NO_SCORES
