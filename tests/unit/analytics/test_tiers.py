"""Value tiers: quantile cuts and labels against hand-computed fixtures, and bad quantiles."""

from __future__ import annotations

import numpy as np
import pytest

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.fitting.tiers import value_tiers


def test_ten_values_cut_at_the_interpolated_quantiles() -> None:
    # Linear interpolation on 1..10: q=0.5 sits at position 4.5 -> 5.5; q=0.8 at 7.2 -> 8.2.
    labels, medium_from, high_from = value_tiers(np.arange(1.0, 11.0))
    assert medium_from == pytest.approx(5.5)
    assert high_from == pytest.approx(8.2)
    assert list(labels) == ["Low"] * 5 + ["Medium"] * 3 + ["High"] * 2


def test_other_quantiles_and_input_order() -> None:
    # 0.2 -> position 1.8 -> 2.8; 0.9 -> position 8.1 -> 9.1 (on the values 1..10, shuffled).
    values = np.array([7.0, 1.0, 10.0, 3.0, 2.0, 9.0, 4.0, 8.0, 6.0, 5.0])
    labels, medium_from, high_from = value_tiers(values, quantiles=[0.2, 0.9])
    assert (medium_from, high_from) == pytest.approx((2.8, 9.1))
    expected = {1.0: "Low", 2.0: "Low", 10.0: "High"}
    assert [str(x) for x in labels] == [expected.get(v, "Medium") for v in values]


def test_a_value_equal_to_a_cut_goes_to_the_higher_tier() -> None:
    # [0, 0, 0, 10, 10]: q=0.5 at position 2 -> 0, q=0.8 at 3.2 -> 10. The zeros sit on the
    # Medium cut and the tens on the High cut, so nobody is Low.
    labels, medium_from, high_from = value_tiers(np.array([0.0, 0.0, 0.0, 10.0, 10.0]))
    assert (medium_from, high_from) == (0.0, 10.0)
    assert list(labels) == ["Medium"] * 3 + ["High"] * 2
    # [1, 2, 2, 2, 3]: cuts 2 (position 2) and 2.2; the 2s are Medium, 3 High.
    labels, medium_from, high_from = value_tiers(np.array([1.0, 2.0, 2.0, 2.0, 3.0]))
    assert (medium_from, high_from) == pytest.approx((2.0, 2.2))
    assert list(labels) == ["Low", "Medium", "Medium", "Medium", "High"]


def test_all_equal_values_make_everyone_medium() -> None:
    labels, medium_from, high_from = value_tiers(np.full(7, 42.0))
    assert list(labels) == ["Medium"] * 7
    assert medium_from == high_from == 42.0


def test_one_customer_is_medium() -> None:
    labels, _, _ = value_tiers(np.array([3.0]))
    assert list(labels) == ["Medium"]


@pytest.mark.parametrize(
    "quantiles",
    [(0.8, 0.5), (0.5, 0.5), (0.0, 0.5), (0.5, 1.0), (-0.1, 0.5), (0.5, float("nan"))],
)
def test_quantiles_out_of_order_or_range_name_the_key(quantiles: tuple[float, float]) -> None:
    with pytest.raises(AnalyticsInputError) as caught:
        value_tiers(np.arange(10.0), quantiles=quantiles)
    message = str(caught.value)
    assert "analytics.value_tier_quantiles" in message
    assert "0 < first < second < 1" in message


@pytest.mark.parametrize("quantiles", [(0.5,), (0.2, 0.5, 0.8), ("low", "high"), 0.5, None])
def test_quantiles_that_are_not_two_numbers_name_the_key(quantiles: object) -> None:
    with pytest.raises(AnalyticsInputError, match=r"analytics\.value_tier_quantiles must be two"):
        value_tiers(np.arange(10.0), quantiles=quantiles)  # type: ignore[arg-type]


def test_missing_values_and_no_customers_are_refused() -> None:
    with pytest.raises(AnalyticsInputError, match="2 customer value"):
        value_tiers(np.array([1.0, np.nan, 3.0, np.inf]))
    with pytest.raises(AnalyticsInputError, match="no customers"):
        value_tiers(np.array([]))
