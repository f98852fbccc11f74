"""The difference of two independent proportions (an uplift) with its 95 % interval."""

from __future__ import annotations

from math import sqrt

from app.services.reports.wilson import Z95, wilson_interval


def newcombe_difference(
    successes_1: int, trials_1: int, successes_2: int, trials_2: int, z: float = Z95
) -> tuple[float, float, float] | None:
    """(p1 − p2, low, high): Newcombe's hybrid score interval; None when either has no trials.

    Newcombe, R. G. (1998), "Interval estimation for the difference between independent
    proportions: comparison of eleven methods", Statistics in Medicine 17:873-890, method 10:
    each proportion's Wilson score interval (l1, u1), (l2, u2) is combined as
        low  = d − √((p1 − l1)² + (u2 − p2)²)
        high = d + √((u1 − p1)² + (p2 − l2)²).
    Unlike the Wald interval d ± z·√(p1q1/n1 + p2q2/n2) it stays inside [−1, 1] and is not
    zero-width when a proportion is 0 or 1 (an arm with no acceptance yet).
    """
    first = wilson_interval(successes_1, trials_1, z)
    second = wilson_interval(successes_2, trials_2, z)
    if first is None or second is None:
        return None
    p1, p2 = successes_1 / trials_1, successes_2 / trials_2
    (l1, u1), (l2, u2) = first, second
    difference = p1 - p2
    low = difference - sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = difference + sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return difference, max(-1.0, low), min(1.0, high)
