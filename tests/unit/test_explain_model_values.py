"""Model outputs in a why read as a person reads them: probabilities as percentages, estimates to
one decimal, money as money (not 0.547602413206361)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.rules.explain import PlainFormatter, format_value, render_template


@pytest.mark.parametrize(
    ("name", "value", "shown"),
    [
        ("churn_probability", Decimal("0.547602413206361"), "54.8 %"),
        ("p_alive", 0.99996, "> 99.9 %"),
        ("p_alive", Decimal("0.0004"), "< 0.1 %"),
        ("p_alive", Decimal(1), "100 %"),
        ("p_alive", Decimal(0), "0 %"),
        ("p_alive", Decimal("0.5"), "50 %"),
        ("expected_events_12m", Decimal("2.375958254881467"), "2.4"),
        ("expected_events_12m", 12.25, "12.3"),
        ("clv_12m", Decimal("118039.36"), "118039.36 PLN"),
        ("contacts_90d", 3, "3"),
        ("p_alive", None, "none"),
    ],
)
def test_model_values_are_rounded_for_reading(name: str, value: object, shown: str) -> None:
    assert format_value(name, value, PlainFormatter()) == shown


def test_a_why_template_reads_the_rounded_values() -> None:
    values = {"churn_risk": "High", "churn_probability": Decimal("0.547602413206361")}
    text = render_template("risk {churn_risk} ({churn_probability})", values, PlainFormatter())
    assert text == "risk High (54.8 %)"
