"""The default why in the consultant's locale: attribute values through QLocaleFormatter."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from app.rules.attributes import AttributeKind as K
from app.rules.compiler import compile_rule
from app.rules.definition import RuleDefinition
from app.rules.explain import default_why
from app.views.common.value_format import QLocaleFormatter
from tests.gui.test_formatting import plain

CATALOGUE = {"monthly_charges": K.DECIMAL, "tenure": K.INT, "kyc_review_date": K.DATE}
CONDITION = (
    'attributes["monthly_charges"] > 70 and attributes["tenure"] > 1000\n'
    'and attributes["kyc_review_date"] < as_of'
)


@pytest.fixture
def west_of_utc(monkeypatch):
    """A desk in New York: local midnight is not UTC midnight."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_polish_numbers_and_the_attribute_day_wherever_the_desk_is(west_of_utc) -> None:
    compiled = compile_rule(
        RuleDefinition(id="r", name="r", condition=CONDITION, action="a", script="s"), CATALOGUE
    )
    values = {
        "as_of": datetime(2026, 12, 1, tzinfo=UTC),
        "attributes": {
            "monthly_charges": Decimal("1070.70"),
            "tenure": 1200,
            "kyc_review_date": datetime(2026, 3, 31, tzinfo=UTC),
            "contract": "Two year",
        },
    }
    said = default_why(compiled.reads, values, QLocaleFormatter(QLocale("pl_PL")))
    assert plain(said) == (
        'attributes["monthly_charges"] = 1 070,7; attributes["tenure"] = 1 200; '
        'attributes["kyc_review_date"] = 31.03.2026'
    )
