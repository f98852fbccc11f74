"""How a prompt's score was weighed by its propensity, and that as words."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Weighing:
    """priority x business value x propensity (None: unknown for this customer, so the score
    is priority x business value) read from `feature` (a feature or attributes.NAME)."""

    priority: int
    business_value: Decimal
    feature: str
    propensity: Decimal | None


def plain(value: Decimal) -> str:
    """A Decimal without trailing zeros or exponent: 73.000 -> 73, 0.7300 -> 0.73."""
    return f"{value.normalize():f}"


def weighing_text(weighing: Weighing, score: Decimal) -> str:
    """English, for the command line and JSON: "50 × 2.0 × propensity 0.73 (p_alive) = 73"."""
    start = f"{weighing.priority} × {plain(weighing.business_value)}"
    if weighing.propensity is None:
        return (
            f"{start} = {plain(score)}; propensity unknown ({weighing.feature} has no value "
            "for this customer), so not weighed"
        )
    propensity = plain(weighing.propensity)
    return f"{start} × propensity {propensity} ({weighing.feature}) = {plain(score)}"
