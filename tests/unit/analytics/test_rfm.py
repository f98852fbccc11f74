"""RFM quintile scores and segments against hand-computed fixtures."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.fitting.rfm import (
    SEGMENTS,
    assign_segments,
    rfm_scores,
    rfm_text,
    segment_parameters,
)

# Ten customers with events. By hand, ascending days since the last event:
# 1 (c3), 3 (c0) -> R 5; 5 (c9), 7 (c6) -> 4; 12 (c2), 18 (c8) -> 3; 25 (c5), 40 (c1) -> 2;
# 60 (c7), 90 (c4) -> 1.
DAYS = [3.0, 40.0, 12.0, 1.0, 90.0, 25.0, 7.0, 60.0, 18.0, 5.0]
R_EXPECTED = [5, 2, 3, 5, 1, 2, 4, 1, 3, 4]
# Frequency (event days) with ties, split by monetary (MONEY below): the four 1s take
# positions 0-3 as c0 (35), c2 (55), c1 (70), c3 (120): scores 1, 1, 2, 2; the three 2s
# positions 4-6 as c4 (10), c5 (95), c6 (400): 3, 3, 4; the 3s c7 (50), c8 (80): 4, 5; c9 5.
FREQ = [1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 6.0]
F_EXPECTED = [1, 2, 1, 2, 3, 3, 4, 4, 5, 5]
# Monetary, distinct: ascending 10 (c4), 20 (c9), 35 (c0), 50 (c7), 55 (c2), 70 (c1),
# 80 (c8), 95 (c5), 120 (c3), 400 (c6).
MONEY = [35.0, 70.0, 55.0, 120.0, 10.0, 95.0, 400.0, 50.0, 80.0, 20.0]
M_EXPECTED = [2, 3, 3, 5, 1, 4, 5, 2, 4, 1]


def test_quintiles_on_ten_customers_by_hand() -> None:
    r, f, m, cuts = rfm_scores(np.array(DAYS), np.array(FREQ), np.array(MONEY))
    assert r.tolist() == R_EXPECTED
    assert f.tolist() == F_EXPECTED
    assert m.tolist() == M_EXPECTED
    assert cuts == {
        "customers": 10,
        # R >= 2 from 40 days or fewer, >= 3 from 18, >= 4 from 7, 5 from 3.
        "recency_days": [40.0, 18.0, 7.0, 3.0],
        # F >= 2 from 1 (a tie split at the cut), >= 3 from 2, >= 4 from 2, 5 from 3.
        "frequency": [1.0, 2.0, 2.0, 3.0],
        "monetary": [35.0, 55.0, 80.0, 120.0],
    }


def test_ties_are_split_by_the_other_measures_then_input_order() -> None:
    # Five customers with one event day each. F: money 1 (c3) lowest; money 5 for c0, c1,
    # c4, of whom c1 is the most recent (3 days) and c0 before c4 by input order; money 9
    # (c2) highest: order c3, c0, c4, c1, c2 -> F 2, 4, 5, 1, 3.
    days = np.array([10.0, 3.0, 10.0, 10.0, 10.0])
    freq = np.ones(5)
    money = np.array([5.0, 5.0, 9.0, 1.0, 5.0])
    r, f, m, _ = rfm_scores(days, freq, money)
    assert f.tolist() == [2, 4, 5, 1, 3]
    # R: c1 most recent (5); the four at 10 days tie on frequency, so monetary orders them:
    # c3 (1), then c0 and c4 (5, input order), then c2 (9).
    assert r.tolist() == [2, 5, 4, 1, 3]
    # M: c3 lowest, c2 highest; c0, c1, c4 tie on money and frequency: c1 is more recent.
    assert m.tolist() == [2, 4, 5, 1, 3]


def test_each_score_holds_a_fifth_even_with_ties() -> None:
    frequency = np.array([1.0] * 500 + [2.0] * 300 + [3.0] * 200)
    days = np.linspace(1.0, 300.0, 1000)
    _, f, _, _ = rfm_scores(days, frequency, frequency)
    assert np.bincount(f, minlength=6)[1:].tolist() == [200] * 5


def test_customers_without_events_score_one_and_do_not_move_the_cuts() -> None:
    # Marked by no events (frequency 0, whatever the days say) or by unknown recency.
    days = np.array([np.nan, *DAYS[:5], 3650.0, *DAYS[5:], np.nan])
    freq = np.array([0.0, *FREQ[:5], 0.0, *FREQ[5:], 4.0])
    money = np.array([np.nan, *MONEY[:5], 0.0, *MONEY[5:], 999.0])
    r, f, m, cuts = rfm_scores(days, freq, money)
    without = [0, 6, 12]
    assert r[without].tolist() == f[without].tolist() == m[without].tolist() == [1, 1, 1]
    keep = [i for i in range(13) if i not in without]
    assert r[keep].tolist() == R_EXPECTED
    assert f[keep].tolist() == F_EXPECTED
    assert m[keep].tolist() == M_EXPECTED
    assert cuts["customers"] == 10
    assert cuts["monetary"] == [35.0, 55.0, 80.0, 120.0]


def test_no_customer_with_events() -> None:
    r, f, m, cuts = rfm_scores(np.full(3, 3650.0), np.zeros(3), np.zeros(3))
    assert r.tolist() == f.tolist() == m.tolist() == [1, 1, 1]
    assert cuts["customers"] == 0
    assert cuts["recency_days"] == [None] * 4


def test_fewer_than_five_customers_skip_scores() -> None:
    # Three customers: positions 0, 1, 2 score 1 + 5*pos//3 = 1, 2, 4.
    r, f, m, cuts = rfm_scores(np.array([9.0, 5.0, 1.0]), np.array([1.0, 2.0, 3.0]), np.ones(3))
    assert r.tolist() == [1, 2, 4]
    assert f.tolist() == [1, 2, 4]
    assert m.tolist() == [1, 2, 4]  # all equal: split by frequency
    assert cuts["frequency"] == [2.0, 3.0, 3.0, None]


def test_rfm_text() -> None:
    assert rfm_text(np.array([5, 1]), np.array([4, 1]), np.array([5, 2])).tolist() == ["545", "112"]
    with pytest.raises(AnalyticsInputError, match="1 to 5"):
        rfm_text(np.array([6]), np.array([1]), np.array([1]))


def test_bad_rfm_input_is_named() -> None:
    with pytest.raises(AnalyticsInputError, match="differ in length: 2 recency, 3 frequency"):
        rfm_scores(np.ones(2), np.ones(3), np.ones(3))
    with pytest.raises(AnalyticsInputError, match="monetary is missing for 1 customer"):
        rfm_scores(np.ones(3), np.ones(3), np.array([1.0, np.nan, 2.0]))
    with pytest.raises(AnalyticsInputError, match="frequency is missing for 1 customer"):
        rfm_scores(np.ones(3), np.array([1.0, np.inf, 2.0]), np.ones(3))


# One customer per segment, in SEGMENTS order, and the ages that route them.
CASES = [
    ("no_events", 1, 1, 1, np.nan),
    ("no_events", 1, 1, 1, 0.0),
    ("new", 5, 5, 5, 13.0),
    ("new", 1, 1, 1, 2.0),
    ("loyal_high_value", 4, 4, 4, 13.01),
    ("loyal_high_value", 5, 5, 5, 100.0),
    ("promising", 5, 2, 5, 40.0),
    ("promising", 4, 1, 1, 40.0),
    ("at_risk", 2, 3, 1, 40.0),
    ("at_risk", 1, 1, 4, 40.0),
    ("at_risk", 2, 5, 5, 40.0),
    ("dormant", 1, 2, 3, 40.0),
    ("dormant", 2, 1, 1, 40.0),
    ("needs_attention", 3, 5, 5, 40.0),
    ("needs_attention", 3, 1, 1, 40.0),
    ("needs_attention", 5, 3, 5, 40.0),
    ("needs_attention", 4, 4, 3, 40.0),
]


def test_each_segment_rule_assigns_its_customers() -> None:
    codes, r, f, m, age = zip(*CASES, strict=True)
    assigned = assign_segments(np.array(r), np.array(f), np.array(m), np.array(age))
    assert assigned.tolist() == list(codes)
    assert {s.code for s in SEGMENTS} == set(codes)


def test_rfm_rules_do_not_overlap_and_cover_every_score() -> None:
    # The rules as their text reads: each of the 125 score triples of an older customer
    # meets exactly one, the one assigned.
    reads = {
        "loyal_high_value": lambda r, f, m: r >= 4 and f >= 4 and m >= 4,
        "promising": lambda r, f, m: r >= 4 and f <= 2,
        "at_risk": lambda r, f, m: r <= 2 and (f >= 3 or m >= 4),
        "dormant": lambda r, f, m: r <= 2 and f <= 2 and m <= 3,
        "needs_attention": lambda r, f, m: (
            r == 3 or (r >= 4 and f == 3) or (r >= 4 and f >= 4 and m <= 3)
        ),
    }
    triples = list(itertools.product(range(1, 6), repeat=3))
    r, f, m = (np.array(t) for t in zip(*triples, strict=True))
    assigned = assign_segments(r, f, m, np.full(len(triples), 52.0))
    for triple, code in zip(triples, assigned, strict=True):
        matching = [name for name, read in reads.items() if read(*triple)]
        assert matching == [code], triple


def test_segment_parameters_carry_the_readable_rules_in_order() -> None:
    parameters = segment_parameters()
    assert [p["code"] for p in parameters] == [
        "no_events",
        "new",
        "loyal_high_value",
        "promising",
        "at_risk",
        "dormant",
        "needs_attention",
    ]
    assert parameters[2] == {"code": "loyal_high_value", "rule": "R ≥ 4 and F ≥ 4 and M ≥ 4"}


def test_segment_inputs_of_different_lengths_are_refused() -> None:
    with pytest.raises(AnalyticsInputError, match="differ in length"):
        assign_segments(np.ones(2), np.ones(2), np.ones(2), np.ones(3))
    with pytest.raises(AnalyticsInputError, match="1 to 5"):
        assign_segments(np.array([0]), np.ones(1), np.ones(1), np.ones(1))
