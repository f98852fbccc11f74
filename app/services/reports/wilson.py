"""The Wilson score interval of a proportion (a conversion rate and its 95 % interval)."""

from __future__ import annotations

from math import sqrt

# The two-sided 95 % quantile of the standard normal distribution.
Z95 = 1.959963984540054


def wilson_interval(successes: int, trials: int, z: float = Z95) -> tuple[float, float] | None:
    """(low, high) of the Wilson score interval for `successes` out of `trials`; None for none.

    Unlike the textbook p ± z·√(p(1−p)/n) it stays inside [0, 1] and is not zero-width at
    0 or n successes, which matters for the small counts a shift produces (Newcombe 1998,
    method 3, no continuity correction).
    """
    if trials < 0 or not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes out of {trials} trials")
    if trials == 0:
        return None
    p = successes / trials
    z2 = z * z
    centre = p + z2 / (2 * trials)
    spread = z * sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials))
    denominator = 1 + z2 / trials
    low = (centre - spread) / denominator
    high = (centre + spread) / denominator
    # Exact at the ends: 0 successes give low 0, all successes high 1 (no rounding residue).
    return (0.0 if successes == 0 else low, 1.0 if successes == trials else high)
