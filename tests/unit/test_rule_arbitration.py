"""Evaluation, arbitration and explanations on hand-made features (no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.rules.arbitrate import (
    CustomerHistory,
    PastPresentation,
    arbitrate,
    period_key,
)
from app.rules.compiler import compile_rule_set
from app.rules.decide import decide
from app.rules.definition import ContactPolicy, Repeat, RuleDefinition, RuleKind
from app.rules.evaluate import evaluate
from app.rules.explain import PlainFormatter

# Every test here runs twice: rules lowered to closures, and rule-engine's own evaluation.
pytestmark = pytest.mark.usefixtures("rule_path")

AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def features(**changes) -> dict:
    base = {
        "as_of": AS_OF,
        "age": 40,
        "is_birthday": False,
        "days_to_birthday": 100,
        "segment": "mass",
        "city": "Warszawa",
        "attributes": {"risk": 3, "note": "vip"},
        "products": ("current_account", "credit_card"),
        "last_inflow": Decimal("52000.00"),
        "last_inflow_at": AS_OF - timedelta(days=1),
        "avg_prior_inflow": Decimal("4800.00"),
        "inflow_count_12m": 13,
        "upheld_complaints": 0,
        "open_complaints": 0,
        "complaints": (),
        "consent_email": True,
        "consent_phone": False,
        "consent_sms": False,
        "last_contact_at": None,
        "contacts_90d": 0,
    }
    base.update(changes)
    return base


def rule(rule_id: str, condition: str = "age > 18", **changes) -> RuleDefinition:
    return RuleDefinition(
        id=rule_id, name=rule_id.title(), condition=condition, action=rule_id, script="Say hi"
    ).with_changes(**changes)


NO_HISTORY = CustomerHistory()


def decide_for(rules, feats=None, history=NO_HISTORY, at=AS_OF, top=3):
    feats = feats or features()
    return decide(
        compile_rule_set(1, rules),
        feats,
        {**feats, "first_name": "Anna"},
        history,
        external_id="C1",
        as_of=at,
        top=top,
    )


def test_evaluation_separates_fired_missing_and_failing() -> None:
    rule_set = compile_rule_set(
        1,
        [
            rule("fires"),
            rule("quiet", "age > 90"),
            rule("nodata", "avg_prior_inflow > 1"),
            rule("broken", 'attributes["note"] > 1'),
            rule("no_column", 'attributes["churn"] > 0.5'),
            rule("no_complaint", 'complaints[0]["status"] == "open"'),
        ],
    )
    result = evaluate(rule_set, features(avg_prior_inflow=None))
    assert [r.id for r in result.fired] == ["fires"]
    assert [(n.rule_id, n.missing) for n in result.not_fired] == [
        ("quiet", ()),
        ("nodata", ("avg_prior_inflow",)),
        ("no_column", ('["churn"]',)),
        ("no_complaint", ("[0]",)),
    ]
    assert [f.rule_id for f in result.failures] == ["broken"]


def test_a_failing_rule_never_empties_the_panel() -> None:
    result = decide_for([rule("broken", 'attributes["note"] > 1'), rule("good")])
    assert [a.rule_id for a in result.actions] == ["good"]
    assert result.errors[0].rule_id == "broken"


def test_ranking_by_priority_times_value_with_stable_ties() -> None:
    rules = [
        rule("low", priority=10, business_value=Decimal(1)),
        rule("tie_a", priority=20, business_value=Decimal(2)),
        rule("tie_b", priority=40, business_value=Decimal(1)),
        rule("top", priority=90, business_value=Decimal(3)),
    ]
    result = decide_for(rules)
    assert [a.rule_id for a in result.actions] == ["top", "tie_a", "tie_b"]
    assert [(h.rule_id, h.code) for h in result.suppressed] == [("low", "below_top")]


def test_automatic_actions_do_not_take_prompt_slots() -> None:
    rules = [rule(f"p{i}") for i in range(3)] + [
        rule("auto", kind=RuleKind.AUTOMATIC, script="", priority=1)
    ]
    result = decide_for(rules)
    assert [a.kind for a in result.actions] == ["prompt"] * 3 + ["automatic"]
    assert result.actions[-1].period == "2026"


def test_same_action_offered_once() -> None:
    result = decide_for([rule("a", action="offer_card"), rule("b", action="offer_card")])
    assert [a.rule_id for a in result.actions] == ["a"]
    assert result.suppressed[0].code == "duplicate_action"
    assert "rule a" in result.suppressed[0].reason


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"valid_from": date(2026, 12, 1)}, "outside_dates"),
        ({"valid_to": date(2026, 11, 19)}, "outside_dates"),
        ({"requires_consent": "phone"}, "no_consent"),
    ],
)
def test_dates_and_consent_hold_rules_back(changes: dict, code: str) -> None:
    result = decide_for([rule("r", **changes)])
    assert result.actions == ()
    assert result.suppressed[0].code == code


def test_validity_dates_are_inclusive_and_consent_given_passes() -> None:
    on_the_day = {"valid_from": date(2026, 11, 20), "valid_to": date(2026, 11, 20)}
    result = decide_for([rule("r", requires_consent="email", **on_the_day)])
    assert [a.rule_id for a in result.actions] == ["r"]


def shown(days_ago: float, outcome=None, callback_due=None) -> PastPresentation:
    at = AS_OF - timedelta(days=days_ago)
    return PastPresentation("r", at, outcome, at if outcome else None, callback_due)


@pytest.mark.parametrize(
    ("past", "policy", "code"),
    [
        ((shown(10, "declined"),), ContactPolicy(cooldown_declined_days=30), "cooldown_declined"),
        ((shown(10, "not_relevant"),), ContactPolicy(), "cooldown_declined"),
        ((shown(10, "accepted"),), ContactPolicy(), "cooldown_accepted"),
        ((shown(2),), ContactPolicy(cooldown_days=7), "cooldown_shown"),
        (
            (shown(3), shown(5), shown(9)),
            ContactPolicy(max_presentations=3, presentation_window_days=10),
            "presentation_cap",
        ),
        ((shown(1, "later", AS_OF + timedelta(days=2)),), ContactPolicy(), "waiting_callback"),
    ],
)
def test_contact_policies(past, policy, code) -> None:
    result = decide_for([rule("r", policy=policy)], history=CustomerHistory(past))
    assert result.actions == ()
    assert result.suppressed[0].code == code


@pytest.mark.parametrize(
    ("past", "policy"),
    [
        ((shown(31, "declined"),), ContactPolicy(cooldown_declined_days=30)),
        ((shown(8),), ContactPolicy(cooldown_days=7)),
        (
            (shown(3), shown(5), shown(11)),
            ContactPolicy(max_presentations=3, presentation_window_days=10),
        ),
        ((shown(3, "later", AS_OF - timedelta(hours=1)),), ContactPolicy()),
    ],
)
def test_policies_expire(past, policy) -> None:
    result = decide_for([rule("r", policy=policy)], history=CustomerHistory(past))
    assert [a.rule_id for a in result.actions] == ["r"]


def test_reopening_the_card_in_the_same_contact_keeps_the_offer() -> None:
    past = (PastPresentation("r", AS_OF - timedelta(minutes=10)), shown(2))
    policy = ContactPolicy(cooldown_days=7, max_presentations=1)
    result = decide_for([rule("r", policy=policy)], history=CustomerHistory(past))
    assert [a.rule_id for a in result.actions] == ["r"]


def test_automatic_action_runs_once_per_period() -> None:
    auto = rule("greet", "is_birthday", kind=RuleKind.AUTOMATIC, script="", repeat=Repeat.YEAR)
    feats = features(is_birthday=True)
    done = CustomerHistory(executed={("greet", "2026"): AS_OF - timedelta(hours=3)})
    result = decide_for([auto], feats, done)
    assert result.actions == () and result.suppressed[0].code == "already_done"
    last_year = CustomerHistory(executed={("greet", "2025"): AS_OF - timedelta(days=365)})
    assert [a.rule_id for a in decide_for([auto], feats, last_year).actions] == ["greet"]


@pytest.mark.parametrize(
    ("repeat", "key"),
    [
        (Repeat.ONCE, "once"),
        (Repeat.YEAR, "2026"),
        (Repeat.HALF_YEAR, "2026-H2"),
        (Repeat.MONTH, "2026-11"),
        (Repeat.DAY, "2026-11-20"),
    ],
)
def test_period_keys(repeat: Repeat, key: str) -> None:
    assert period_key(repeat, AS_OF) == key


def test_explanations_and_scripts() -> None:
    why = "inflow {last_inflow} on {last_inflow_at} > 10 × average {avg_prior_inflow}"
    result = decide_for(
        [
            rule(
                "invest",
                "last_inflow > 10 * avg_prior_inflow",
                why=why,
                script="Offer {first_name} a deposit",
            ),
            rule("plain", 'segment == "mass" and age > 18'),
        ]
    )
    invest, plain = result.actions
    assert invest.explanation == "inflow 52000.00 PLN on 2026-11-19 > 10 × average 4800.00 PLN"
    assert invest.script == "Offer Anna a deposit"
    assert plain.explanation == "segment = mass; age = 40"


def test_result_json_shape() -> None:
    data = decide_for([rule("r"), rule("held", requires_consent="sms")]).to_json()
    assert set(data) >= {"customer_id", "at", "actions", "suppressed", "errors"}
    assert data["customer_id"] == "C1" and data["at"] == AS_OF.isoformat()
    assert set(data["actions"][0]) >= {
        "rule_id",
        "rule_name",
        "kind",
        "action",
        "score",
        "explanation",
    }
    assert data["suppressed"] == [
        {"rule_id": "held", "reason": "no marketing consent for sms", "code": "no_consent"}
    ]


def test_plain_formatter() -> None:
    fmt = PlainFormatter()
    assert fmt.money(Decimal("5")) == "5.00 PLN"
    assert fmt.number(Decimal("3.0")) == "3"
    assert fmt.day(AS_OF) == "2026-11-20"


def test_direct_arbitration_on_empty_evaluation() -> None:
    rule_set = compile_rule_set(1, [rule("r", "age > 90")])
    decision = arbitrate(evaluate(rule_set, features()), features(), CustomerHistory(), AS_OF)
    assert decision.prompts == () and decision.suppressed == ()


@pytest.mark.parametrize(
    "condition",
    [
        "last_inflow > 10 * avg_prior_inflow",
        'segment == "mass" and "credit_card" in products',
        'attributes["risk"] >= 3 and age < 50',
        "is_birthday or days_to_birthday < 7",
        '[c for c in complaints if c["status"] == "open"].length > 0',
        "as_of.year == 2026 and last_inflow_at > as_of - $parse_timedelta('P3D')",
        'city =~ "^War"',
    ],
)
def test_the_fast_evaluator_agrees_with_the_typed_rule(condition: str) -> None:
    compiled = compile_rule_set(1, [rule("r", condition)]).rules[0]
    cases = [
        features(),
        features(age=None, avg_prior_inflow=None, segment="private", city="Kraków"),
        features(is_birthday=True, attributes={"risk": 1}, complaints=({"status": "open"},)),
    ]
    for feats in cases:
        verdicts = []
        for engine in (compiled.rule, compiled.evaluator):
            try:
                verdicts.append(engine.matches(feats))
            except Exception as error:
                verdicts.append(type(error).__name__)
        assert verdicts[0] == verdicts[1], (condition, feats)
