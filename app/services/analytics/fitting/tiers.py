"""Value tiers: High / Medium / Low by configurable quantiles of the customers' 12-month value."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from app.services.analytics.errors import AnalyticsInputError

QUANTILES_KEY = "analytics.value_tier_quantiles"
DEFAULT_QUANTILES = (0.5, 0.8)


def check_quantiles(quantiles: Sequence[float]) -> tuple[float, float]:
    """The two quantiles as floats; AnalyticsInputError naming the configuration key if bad."""
    try:
        q1, q2 = (float(q) for q in quantiles)
    except (TypeError, ValueError):
        raise AnalyticsInputError(
            f"{QUANTILES_KEY} must be two numbers between 0 and 1, e.g. [0.5, 0.8]; "
            f"got {quantiles!r}"
        ) from None
    if not (math.isfinite(q1) and math.isfinite(q2) and 0.0 < q1 < q2 < 1.0):
        raise AnalyticsInputError(
            f"{QUANTILES_KEY} must be two numbers with 0 < first < second < 1 "
            f"(the Medium and High cuts), e.g. [0.5, 0.8]; got [{q1:g}, {q2:g}]"
        )
    return q1, q2


def value_tiers(
    clv: np.ndarray, quantiles: Sequence[float] = DEFAULT_QUANTILES
) -> tuple[np.ndarray, float, float]:
    """Each customer's tier and the two cuts (medium_from, high_from).

    The cuts are the quantiles of `clv` with linear interpolation (NumPy's default): on the
    values 1..10 and (0.5, 0.8) they are 5.5 and 8.2, so 5 customers are Low, 3 Medium and
    2 High. A value equal to a cut goes to the higher tier (value >= high_from is High,
    value >= medium_from is Medium). When every value is the same there is nothing to rank:
    everyone is Medium.
    """
    q1, q2 = check_quantiles(quantiles)
    values = np.asarray(clv, dtype=float)
    if values.ndim != 1:
        raise AnalyticsInputError("customer values for the value tiers must be one column")
    if values.size == 0:
        raise AnalyticsInputError("there are no customers to place in value tiers")
    if not np.all(np.isfinite(values)):
        bad = int(np.count_nonzero(~np.isfinite(values)))
        raise AnalyticsInputError(
            f"{bad} customer value(s) for the value tiers are missing or not finite"
        )
    medium_from, high_from = (float(x) for x in np.quantile(values, [q1, q2]))
    if values.min() == values.max():
        return np.full(values.size, "Medium", dtype=object), medium_from, high_from
    labels = np.where(
        values >= high_from, "High", np.where(values >= medium_from, "Medium", "Low")
    ).astype(object)
    return labels, medium_from, high_from
