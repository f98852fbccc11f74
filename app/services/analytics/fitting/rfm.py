"""RFM scores (quintiles, 1-5 each) and the named segments a business user can read."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from app.services.analytics.errors import AnalyticsInputError

NEW_WEEKS = 13  # a customer whose first inflow is this recent is "new", whatever the scores


class RfmScores(NamedTuple):
    """Scores 1-5 per customer and the cut points (`r, f, m, cuts = rfm_scores(...)`)."""

    r: np.ndarray
    f: np.ndarray
    m: np.ndarray
    cuts: dict[str, object]


class SegmentRule(NamedTuple):
    """A segment code (the desk translates it) and the rule assigning it, shown as written."""

    code: str
    rule_text: str


# In priority order: the first rule a customer meets assigns the segment. "no_events" and
# "new" come first; the RFM rules after them do not overlap and together cover every score.
SEGMENTS: tuple[SegmentRule, ...] = (
    SegmentRule("no_events", "no inflow before the as-of date"),
    SegmentRule("new", f"first inflow {NEW_WEEKS} weeks or less before the as-of date"),
    SegmentRule("loyal_high_value", "R ≥ 4 and F ≥ 4 and M ≥ 4"),
    SegmentRule("promising", "R ≥ 4 and F ≤ 2"),
    SegmentRule("at_risk", "R ≤ 2 and (F ≥ 3 or M ≥ 4)"),
    SegmentRule("dormant", "R ≤ 2 and F ≤ 2 and M ≤ 3"),
    SegmentRule("needs_attention", "R = 3, or R ≥ 4 and F = 3, or R ≥ 4 and F ≥ 4 and M ≤ 3"),
)


_CODE_TEXT = np.array([str(code) for code in range(556)], dtype=object)  # "111" .. "555"


def segment_parameters() -> list[dict[str, str]]:
    """SEGMENTS as the model version's parameters["segments"]: [{"code", "rule"}, ...]."""
    return [{"code": s.code, "rule": s.rule_text} for s in SEGMENTS]


def rfm_scores(recency_days: np.ndarray, frequency: np.ndarray, monetary: np.ndarray) -> RfmScores:
    """Quintile scores among customers with events: recency_days (days from the last event to
    the as-of time) scores 5 for the most recent fifth; frequency (events, e.g. event days:
    not repeat events) and monetary (e.g. their total value) score 5 for the highest fifth.
    A customer without events has frequency 0 (or recency_days NaN); whatever the other
    values say, such a customer scores 1, 1, 1 and does not count towards the cut points.
    Equal values are split so that each score holds a fifth of the customers: by the other two
    measures first (equal frequency: the higher monetary, then the more recent, scores
    higher; equal monetary: frequency, then recency; equal recency: frequency, then
    monetary), and then by the input order (the earlier customer scores lower), so pass
    customers in a fixed order (e.g. by id) for repeatable scores.

    cuts[name] holds four values: where scores of at least 2, 3, 4 and 5 begin (recency: at
    most that many days; frequency and monetary: at least that value; a customer tied with
    the cut may still score lower, see above), None when no customer reaches that score."""
    days = _column(recency_days, "recency_days")
    freq = _column(frequency, "frequency")
    money = _column(monetary, "monetary")
    if not days.size == freq.size == money.size:
        raise AnalyticsInputError(
            f"RFM inputs differ in length: {days.size} recency, {freq.size} frequency, "
            f"{money.size} monetary"
        )
    active = ~np.isnan(days) & ~(freq <= 0.0)
    for name, values in (("frequency", freq), ("monetary", money)):
        bad = active & ~np.isfinite(values)
        if bad.any():
            raise AnalyticsInputError(
                f"RFM {name} is missing for {int(bad.sum())} customer(s) with events"
            )
    if np.isinf(days[active]).any():
        raise AnalyticsInputError("RFM recency_days is not finite for some customers")
    r, r_cuts = _quintiles(active, -days, freq, money)
    f, f_cuts = _quintiles(active, freq, money, -days)
    m, m_cuts = _quintiles(active, money, freq, -days)
    cuts = {
        "customers": int(active.sum()),
        "recency_days": [None if c is None else -c for c in r_cuts],
        "frequency": f_cuts,
        "monetary": m_cuts,
    }
    return RfmScores(r, f, m, cuts)


def rfm_text(r: np.ndarray, f: np.ndarray, m: np.ndarray) -> np.ndarray:
    """The three scores as one code per customer, e.g. "545"."""
    r, f, m = _scores(r, f, m)
    return _CODE_TEXT[r * 100 + f * 10 + m]


def assign_segments(
    r: np.ndarray, f: np.ndarray, m: np.ndarray, age_weeks: np.ndarray
) -> np.ndarray:
    """Each customer's segment code under SEGMENTS. age_weeks: weeks from the first event to
    the as-of time, NaN or 0 for a customer without events (events are strictly before the
    as-of day, so a customer with events is older than 0)."""
    r, f, m = _scores(r, f, m)
    age = np.asarray(age_weeks, dtype=float)
    if not r.shape == f.shape == m.shape == age.shape:
        raise AnalyticsInputError("segment inputs (R, F, M scores and ages) differ in length")
    conditions = {
        "no_events": np.isnan(age) | (age <= 0.0),
        "new": age <= NEW_WEEKS,
        "loyal_high_value": (r >= 4) & (f >= 4) & (m >= 4),
        "promising": (r >= 4) & (f <= 2),
        "at_risk": (r <= 2) & ((f >= 3) | (m >= 4)),
        "dormant": (r <= 2) & (f <= 2) & (m <= 3),
        "needs_attention": (r == 3) | ((r >= 4) & (f == 3)) | ((r >= 4) & (f >= 4) & (m <= 3)),
    }
    codes = [s.code for s in SEGMENTS]
    chosen = np.select([conditions[c] for c in codes], codes, default="needs_attention")
    return chosen.astype(object)


def _scores(*scores: np.ndarray) -> list[np.ndarray]:
    arrays = [np.asarray(x, dtype=np.int64) for x in scores]
    if any(x.size and (x.min() < 1 or x.max() > 5) for x in arrays):
        raise AnalyticsInputError("RFM scores must be 1 to 5")
    return arrays


def _column(values: np.ndarray, name: str) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    if array.ndim != 1:
        raise AnalyticsInputError(f"RFM {name} must be one value per customer")
    return array


def _quintiles(
    active: np.ndarray, values: np.ndarray, *ties: np.ndarray
) -> tuple[np.ndarray, list[float | None]]:
    # Score = 1 + 5 * position // n over the active customers in ascending order of
    # `values`, equal values ordered by `ties` in turn, then by input order (lexsort is stable).
    scores = np.ones(values.size, dtype=np.int64)
    index = np.flatnonzero(active)
    n = index.size
    if n == 0:
        return scores, [None, None, None, None]
    keys = [key[index] for key in reversed(ties)]  # lexsort: the last key sorts first
    order = index[np.lexsort([*keys, values[index]])]
    position_scores = 1 + (5 * np.arange(n)) // n
    scores[order] = position_scores
    cuts: list[float | None] = []
    for score in range(2, 6):
        first = -(-(score - 1) * n // 5)  # the first position with this score
        cuts.append(float(values[order[first]]) if first < n else None)
    return scores, cuts
