"""The Wilson score interval against published values (Newcombe 1998, table I, method 3)."""

from __future__ import annotations

import pytest

from app.services.reports.wilson import wilson_interval


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (29, 29, 0.8830, 1.0),
        (5, 10, 0.2366, 0.7634),  # symmetric around one half
    ],
)
def test_the_interval_matches_the_published_values(successes, trials, low, high):
    got_low, got_high = wilson_interval(successes, trials)
    assert (round(got_low, 4), round(got_high, 4)) == (low, high)


def test_the_interval_contains_the_rate_and_stays_within_zero_and_one():
    for trials in range(1, 60):
        for successes in range(trials + 1):
            low, high = wilson_interval(successes, trials)
            assert 0.0 <= low <= successes / trials <= high <= 1.0


def test_the_ends_are_exact_and_nothing_presented_has_no_interval():
    assert wilson_interval(0, 7)[0] == 0.0
    assert wilson_interval(7, 7)[1] == 1.0
    assert wilson_interval(0, 0) is None


@pytest.mark.parametrize(("successes", "trials"), [(-1, 5), (6, 5), (0, -1)])
def test_impossible_counts_are_refused(successes, trials):
    with pytest.raises(ValueError, match="successes out of"):
        wilson_interval(successes, trials)
