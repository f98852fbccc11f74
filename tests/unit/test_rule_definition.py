"""Parsing rules from JSON: every bad field is named with its rule, good ones round-trip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.rules.definition import (
    ContactPolicy,
    Repeat,
    RuleDefinition,
    RuleDefinitionError,
    RuleKind,
    parse_rule,
)
from tests.rule_fixtures import INVESTMENT, file_shape

# The investment example with every kind of field written out, as the parser must read them.
GOOD = file_shape(
    INVESTMENT,
    kind="prompt",
    channel="phone",
    business_value="250.5",
    requires_consent="phone",
    valid_from="2026-01-01",
    valid_to="2026-12-31",
)


def test_good_rule_parses_with_types() -> None:
    rule = parse_rule(GOOD)
    assert rule.kind is RuleKind.PROMPT
    assert rule.business_value == Decimal("250.5")
    assert rule.score == Decimal("20040.0")
    assert rule.valid_from == date(2026, 1, 1)
    assert rule.policy == ContactPolicy(cooldown_days=7)
    assert rule.repeat is Repeat.YEAR


def test_round_trip_through_the_flat_json_shape() -> None:
    rule = parse_rule(GOOD)
    assert parse_rule(rule.to_dict()) == rule
    assert rule.to_dict()["cooldown_days"] == 7  # policy fields are inline in the file


def test_defaults_for_an_automatic_rule() -> None:
    rule = parse_rule(
        {
            "id": "greet",
            "name": "Greet",
            "condition": "is_birthday",
            "kind": "automatic",
            "action": "send_greeting",
        }
    )
    assert rule.kind is RuleKind.AUTOMATIC and rule.script == "" and rule.enabled


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"id": "Bad Id"}, "id", "a-z"),
        ({"name": ""}, "name", "required"),
        ({"condition": None}, "condition", "required"),
        ({"kind": "sometimes"}, "kind", "not one of"),
        ({"priority": 0}, "priority", "between 1 and 100"),
        ({"priority": "high"}, "priority", "whole number"),
        ({"priority": True}, "priority", "whole number"),
        ({"business_value": "lots"}, "business_value", "number"),
        ({"business_value": -1}, "business_value", "between"),
        ({"channel": "pigeon"}, "channel", "not one of"),
        ({"requires_consent": "chat"}, "requires_consent", "not one of"),
        ({"valid_from": "01.01.2026"}, "valid_from", "ISO date"),
        ({"valid_to": "2025-12-31"}, "valid_to", "before valid_from"),
        ({"cooldown_days": -3}, "cooldown_days", "between 0"),
        ({"script": ""}, "script", "needs a script"),
        ({"action": "Offer Now!"}, "action", "code"),
        ({"colour": "red"}, "colour", "unknown field"),
        ({"enabled": "yes"}, "enabled", "true or false"),
        ({"entitlement": "card_fee_waiver"}, "entitlement_days", "validity"),
    ],
)
def test_bad_fields_are_named(changes: dict, field: str, words: str) -> None:
    with pytest.raises(RuleDefinitionError) as caught:
        parse_rule({**GOOD, **changes})
    assert caught.value.field == field
    assert words in caught.value.message
    assert f"field {field!r}" in str(caught.value)


def test_not_an_object() -> None:
    with pytest.raises(RuleDefinitionError, match="JSON object"):
        parse_rule(["id"], position=4)


def test_with_changes_keeps_the_rest() -> None:
    rule = RuleDefinition(id="a", name="A", condition="age > 1", script="s")
    assert rule.with_changes(priority=9).name == "A"


def test_follow_up_days_only_on_prompts_and_within_a_year() -> None:
    base = {"id": "call_back", "name": "Call back", "condition": "True", "action": "A",
            "script": "Hello"}  # fmt: skip
    assert parse_rule({**base, "follow_up_days": 14}).follow_up_days == 14
    assert parse_rule({**base, "follow_up_days": None}).follow_up_days is None
    cases = ((0, "between 1 and 365, got 0"), (366, "between 1 and 365"),
             ("7", "must be a whole number"), (True, "must be a whole number"))  # fmt: skip
    for value, message in cases:
        with pytest.raises(RuleDefinitionError, match=message) as raised:
            parse_rule({**base, "follow_up_days": value})
        assert raised.value.field == "follow_up_days"
    with pytest.raises(RuleDefinitionError, match="only prompts ask for an outbound"):
        parse_rule({**base, "kind": "automatic", "follow_up_days": 3})
