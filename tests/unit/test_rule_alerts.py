"""Rules of kind alert: parsed and checked like any rule, raised whatever the contact policy."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.rules.arbitrate import CustomerHistory, PastPresentation
from app.rules.compiler import RuleCompileError, check_rules, compile_rule, compile_rule_set
from app.rules.decide import decide
from app.rules.definition import (
    ContactPolicy,
    RuleDefinitionError,
    RuleKind,
    Severity,
    parse_rule,
)
from tests.unit.test_rule_arbitration import AS_OF, features, rule

# Every test here runs twice: rules lowered to closures, and rule-engine's own evaluation.
pytestmark = pytest.mark.usefixtures("rule_path")

NO_HISTORY = CustomerHistory()
FRAUD = {
    "id": "fraud",
    "name": "Fraud flag",
    "kind": "alert",
    "severity": "red",
    "title": "Fraud suspicion",
    "condition": 'attributes["fraud_flag"]',
    "why": "flagged by the security team",
}


def alert(rule_id: str, condition: str = "age > 18", **changes):
    return rule(rule_id, condition, kind=RuleKind.ALERT, title=f"{rule_id} title", **changes)


def decide_for(rules, history=NO_HISTORY, top=3, **feature_changes):
    return decide(
        compile_rule_set(1, rules),
        features(**feature_changes),
        {**features(**feature_changes), "first_name": "Anna"},
        history,
        external_id="C1",
        as_of=AS_OF,
        top=top,
    )


def test_an_alert_parses_with_severity_and_title_and_needs_no_action_or_script() -> None:
    parsed = parse_rule(FRAUD)
    assert (parsed.kind, parsed.severity, parsed.title) == (
        RuleKind.ALERT,
        Severity.RED,
        "Fraud suspicion",
    )
    assert parsed.action == "" and parsed.script == ""
    assert parse_rule(parsed.to_dict()) == parsed  # the export round-trips
    amber = parse_rule({**FRAUD, "severity": None})
    assert amber.severity is Severity.AMBER  # the default
    prompt = {**FRAUD, "kind": "prompt", "severity": None, "title": None, "script": "Hi"}
    assert "severity" not in parse_rule({**prompt, "action": "a"}).to_dict()


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"severity": "purple"}, "severity", "'purple' is not one of red, amber"),
        ({"severity": 3}, "severity", "is not one of red, amber"),
        ({"title": "  "}, "title", "an alert needs a title"),
        ({"title": "t" * 121}, "title", "at most 120 characters"),
        ({"kind": "prompt", "script": "Hi", "action": "a"}, "title", "only alerts have one"),
        ({"kind": "prompt", "script": "Hi", "action": "a", "title": ""}, "severity", "only alerts"),
    ],
)
def test_a_malformed_alert_names_the_rule_and_the_field(changes, field, words) -> None:
    with pytest.raises(RuleDefinitionError) as caught:
        parse_rule({**FRAUD, **changes})
    assert (caught.value.rule_id, caught.value.field) == ("fraud", field)
    assert words in str(caught.value) and "rule 'fraud'" in str(caught.value)


def test_an_alert_title_may_only_name_features() -> None:
    bad = parse_rule({**FRAUD, "title": "Suspicion {password}"})
    with pytest.raises(RuleCompileError) as caught:
        compile_rule(bad)
    assert caught.value.field == "title" and "{password}" in str(caught.value)
    assert [e.field for e in check_rules([bad])] == ["title"]
    compile_rule(parse_rule({**FRAUD, "title": "Open complaints: {open_complaints}"}))


def test_the_custom_attribute_and_complaint_examples_raise_alerts() -> None:
    rules = [
        parse_rule(FRAUD),
        alert(
            "complaints", "open_complaints > 0 and segment != 'youth'", why="{open_complaints} open"
        ),
    ]
    result = decide_for(rules, attributes={"fraud_flag": True}, open_complaints=2)
    assert [(a.rule_id, a.severity, a.title) for a in result.alerts] == [
        ("fraud", "red", "Fraud suspicion"),
        ("complaints", "amber", "complaints title"),
    ]
    assert [a.explanation for a in result.alerts] == ["flagged by the security team", "2 open"]
    quiet = decide_for(rules, attributes={"fraud_flag": False})
    assert quiet.alerts == () and quiet.errors == ()
    no_column = decide_for(rules, attributes={})  # a customer without the column: no alert
    assert no_column.alerts == () and no_column.errors == ()


def test_red_alerts_come_first_then_by_priority() -> None:
    rules = [
        alert("amber_low", priority=10),
        alert("amber_high", priority=90),
        alert("red_low", severity=Severity.RED, priority=5),
    ]
    assert [a.rule_id for a in decide_for(rules).alerts] == ["red_low", "amber_high", "amber_low"]


def test_no_contact_policy_holds_an_alert_back_nor_is_it_an_offer() -> None:
    strict = ContactPolicy(cooldown_days=30, max_presentations=1, presentation_window_days=30)
    shown = AS_OF - timedelta(days=2)
    history = CustomerHistory(
        presentations=tuple(
            PastPresentation(rule_id, shown, outcome, shown, AS_OF + timedelta(days=1))
            for rule_id in ("warn", "offer")
            for outcome in ("declined", "later", "accepted")
        )
    )
    rules = [
        alert("warn", requires_consent="sms", policy=strict),
        rule("offer", requires_consent="sms", policy=strict),
    ]
    result = decide_for(rules, history=history, top=0, consent_sms=False)
    assert [a.rule_id for a in result.alerts] == ["warn"]
    assert result.actions == () and [h.rule_id for h in result.suppressed] == ["offer"]


def test_alerts_do_not_count_against_the_offer_limit() -> None:
    rules = [alert("warn_a"), alert("warn_b"), rule("first"), rule("second")]
    result = decide_for(rules, top=2)
    assert [a.rule_id for a in result.actions] == ["first", "second"]
    assert [a.rule_id for a in result.alerts] == ["warn_a", "warn_b"]
    assert result.suppressed == () and result.prompts == result.actions
    data = result.to_json()
    assert [a["rule_id"] for a in data["alerts"]] == ["warn_a", "warn_b"]
    assert all(a["rule_id"] not in ("warn_a", "warn_b") for a in data["actions"])


def test_an_alert_outside_its_dates_is_not_in_force() -> None:
    ended = alert("ended", valid_to=AS_OF.date() - timedelta(days=1))
    result = decide_for([ended])
    assert result.alerts == ()
    assert [(h.rule_id, h.code) for h in result.suppressed] == [("ended", "outside_dates")]


def test_a_failing_alert_is_reported_and_the_rest_still_shows() -> None:
    rules = [alert("broken", 'attributes["note"] > 1'), alert("fine"), rule("offer")]
    result = decide_for(rules)
    assert [e.rule_id for e in result.errors] == ["broken"]
    assert [a.rule_id for a in result.alerts] == ["fine"]
    assert [a.rule_id for a in result.actions] == ["offer"]
