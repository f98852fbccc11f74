"""The why-template drift check: numbers and comparison sides the condition does not have."""

from __future__ import annotations

import pytest

from app.rules.why_check import why_mismatches

INFLOW = "inflow_last > 10 * avg_inflow_12m"


def test_the_issue_case_a_lowered_threshold_with_the_old_template_is_flagged() -> None:
    why = "{inflow_last} > 10 × średnia {avg_inflow_12m}"
    assert why_mismatches("inflow_last > 0.9 * avg_inflow_12m", why) == [
        'the why says "10" but the condition has no such number (it uses 0.9, 12)'
    ]


@pytest.mark.parametrize(
    "why",
    [
        "{inflow_last} > 10 × średnia {avg_inflow_12m}",
        "wpływ {inflow_last} ponad 10-krotność średniej",
        "",  # the default why cannot drift
        "duży wpływ: {inflow_last}",
    ],
)
def test_a_template_that_agrees_is_not_flagged(why: str) -> None:
    assert why_mismatches(INFLOW, why) == []


def test_polish_decimal_and_grouped_numbers_match_the_condition() -> None:
    condition = "balance >= 1000 and score > 0.75"
    assert why_mismatches(condition, "saldo ≥ 1 000 zł i ocena > 0,75") == []
    assert why_mismatches(condition, "saldo ≥ 1 000,50 zł") == [
        'the why says "1 000,50" but the condition has no such number (it uses 0.75, 1000)'
    ]


def test_numbers_inside_placeholders_and_strings_are_not_claims() -> None:
    assert why_mismatches('segment == "vip 2"', "segment {segment}") == []
    assert why_mismatches('segment == "vip 2"', "segment vip 2") == [
        'the why says "2" but the condition has no such number'
    ]


def test_an_opposite_comparison_is_flagged() -> None:
    assert why_mismatches("age < 30", "wiek {age} > 30") == [
        'the why compares with ">" but the condition only with "<"'
    ]
    assert why_mismatches("age <= 30", "wiek ≤ 30") == []


def test_numbers_in_feature_names_and_durations_count_as_stated() -> None:
    condition = "inflow_count_12m >= 3 and last_inflow_at < as_of - t'P30D'"
    assert why_mismatches(condition, "3 wpływy w 12 miesięcy, ostatni ponad 30 dni temu") == []
    assert why_mismatches(condition, "ostatni ponad 45 dni temu") == [
        'the why says "45" but the condition has no such number (it uses 3, 12, 30)'
    ]


def test_numbers_in_a_custom_columns_name_count_as_stated() -> None:
    condition = 'attributes["inflows_6m"] >= 3 and segment == "mass 9"'
    assert why_mismatches(condition, "co najmniej 3 wpływy w 6 miesięcy") == []
    assert why_mismatches(condition, "segment 9") == [
        'the why says "9" but the condition has no such number (it uses 3, 6)'
    ]
