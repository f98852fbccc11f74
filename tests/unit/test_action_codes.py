"""The bank's own action and entitlement codes: kept as written, compared exactly (issue 13)."""

from __future__ import annotations

import pytest

from app.rules.definition import RuleDefinition, RuleDefinitionError, parse_rule
from tests.unit.test_rule_arbitration import decide_for, rule

GOOD = {
    "id": "offer_investment",
    "name": "Investment",
    "condition": "age > 18",
    "script": "Offer it",
}


@pytest.mark.parametrize(
    "code", ["OFFER_INVESTMENT", "Card.Fee:Waiver", "offer-investment", "A", "X" * 64, "2026:Q4"]
)
def test_a_bank_code_is_kept_as_written(code: str) -> None:
    rule_ = parse_rule({**GOOD, "action": code})
    assert rule_.action == code
    assert rule_.to_dict()["action"] == code
    assert parse_rule(rule_.to_dict()) == rule_  # export and import again: still the same


def test_an_entitlement_code_follows_the_same_rule() -> None:
    data = {**GOOD, "kind": "automatic", "action": "WAIVE_FEE", "script": ""}
    rule_ = parse_rule({**data, "entitlement": "Card.Fee:Waiver", "entitlement_days": 30})
    assert rule_.entitlement == "Card.Fee:Waiver"
    with pytest.raises(RuleDefinitionError) as caught:
        parse_rule({**data, "entitlement": "card fee", "entitlement_days": 30})
    assert caught.value.field == "entitlement"


@pytest.mark.parametrize(
    "code",
    ["OFFER INVESTMENT", "offer/investment", "offer\\investment", "X" * 65, "oferta_ą", "a\tb"],
)
def test_other_codes_are_refused_naming_rule_field_and_rule(code: str) -> None:
    with pytest.raises(RuleDefinitionError) as caught:
        parse_rule({**GOOD, "id": "bad_code", "action": code})
    error = caught.value
    assert (error.rule_id, error.field) == ("bad_code", "action")
    assert "rule 'bad_code', field 'action'" in str(error)
    if len(code) > 64:
        assert "at most 64 characters" in error.message
    else:
        assert "1-64 characters of letters A-Z or a-z, digits, '_', '-', '.', ':'" in error.message
        assert repr(code) in error.message


def test_a_trailing_newline_is_not_part_of_a_code() -> None:
    # `$` in a regular expression also matches before a final newline: the check must not.
    with pytest.raises(RuleDefinitionError):
        parse_rule({**GOOD, "action": "OFFER\nX"})


def test_codes_differing_in_case_are_two_actions() -> None:
    result = decide_for(
        [rule("a", action="offer_investment"), rule("b", action="OFFER_INVESTMENT")]
    )
    assert [(a.rule_id, a.action) for a in result.actions] == [
        ("a", "offer_investment"),
        ("b", "OFFER_INVESTMENT"),
    ]
    assert result.suppressed == ()


def test_the_same_bank_code_is_offered_once() -> None:
    result = decide_for([rule("a", action="Card.Fee:Waiver"), rule("b", action="Card.Fee:Waiver")])
    assert [a.rule_id for a in result.actions] == ["a"]
    assert result.suppressed[0].code == "duplicate_action"


def test_a_definition_keeps_its_code_through_with_changes() -> None:
    base = RuleDefinition(id="a", name="A", condition="age > 1", script="s")
    assert base.with_changes(action="OFFER_INVESTMENT").action == "OFFER_INVESTMENT"
