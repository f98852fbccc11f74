"""Newcombe's hybrid score interval for a difference of proportions, against published numbers."""

from __future__ import annotations

import pytest

from app.services.reports.newcombe import newcombe_difference


def rounded(result: tuple[float, float, float] | None) -> tuple[float, ...]:
    assert result is not None
    return tuple(round(value, 4) for value in result)


@pytest.mark.parametrize(
    ("counts", "published"),
    [
        # Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method 10:
        # (a) 56/70 − 48/80 and (b) 9/10 − 3/10.
        ((56, 70, 48, 80), (0.2, 0.0524, 0.3339)),
        ((9, 10, 3, 10), (0.6, 0.1705, 0.8090)),
    ],
)
def test_the_published_examples(counts, published) -> None:
    assert rounded(newcombe_difference(*counts)) == published


def test_nothing_accepted_in_either_arm_is_the_wilson_upper_bound_both_ways() -> None:
    # 0/10: Wilson's interval is (0, 0.2775) (Newcombe 1998, Table I), so the difference of
    # two such arms runs from −0.2775 to +0.2775, not the Wald interval's zero width.
    assert rounded(newcombe_difference(0, 10, 0, 10)) == (0.0, -0.2775, 0.2775)


def test_swapping_the_arms_mirrors_the_interval() -> None:
    difference, low, high = newcombe_difference(48, 80, 56, 70)
    assert (round(difference, 4), round(low, 4), round(high, 4)) == (-0.2, -0.3339, -0.0524)


def test_the_interval_stays_within_minus_one_and_one() -> None:
    difference, low, high = newcombe_difference(10, 10, 0, 20)
    assert difference == 1.0 and high == 1.0 and 0 < low < 1


def test_an_arm_with_nothing_presented_has_no_difference() -> None:
    assert newcombe_difference(0, 0, 3, 10) is None
    assert newcombe_difference(3, 10, 0, 0) is None
    with pytest.raises(ValueError):
        newcombe_difference(11, 10, 3, 10)
