"""Propensity-weighed scores and champion/challenger splits in arbitration (hand-computed)."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.rules.arbitrate import CustomerHistory, arbitrate
from app.rules.compiler import check_rules, compile_rule_set
from app.rules.decide import decide
from app.rules.definition import RuleDefinition, RuleKind
from app.rules.evaluate import evaluate
from app.rules.experiment import arm, in_challenger_arm, propensity_of, splits_of
from app.rules.results import NbaResult, OfferedAction, result_line
from app.rules.weighing import Weighing

pytestmark = pytest.mark.usefixtures("rule_path")

AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def features(**changes) -> dict:
    base = {
        "as_of": AS_OF,
        "age": 40,
        "segment": "mass",
        "attributes": {"propensity_card": Decimal("0.5"), "note": "x", "flag": True},
        "products": (),
        "p_alive": Decimal("0.73"),
        "churn_probability": Decimal("0.27"),
        "value_tier": "High",
        "churn_risk": "High",
        "consent_phone": True,
    }
    base.update(changes)
    return base


def rule(rule_id: str, condition: str = "age > 18", **changes) -> RuleDefinition:
    return RuleDefinition(
        id=rule_id, name=rule_id.title(), condition=condition, action=rule_id, script="Hi"
    ).with_changes(**changes)


def decide_for(rules, feats=None, customer=None):
    feats = feats or features()
    return decide(
        compile_rule_set(1, rules),
        feats,
        feats,
        CustomerHistory(),
        external_id="C1",
        as_of=AS_OF,
        customer_id=customer,
    )


# --- propensity ----------------------------------------------------------------------------


def test_score_is_priority_times_value_times_propensity() -> None:
    rules = [
        rule("retain", priority=50, business_value=Decimal("2.0"), propensity="p_alive"),
        rule(
            "card",
            priority=80,
            business_value=Decimal("1"),
            propensity="attributes.propensity_card",
        ),
        rule("plain", priority=60),
    ]
    result = decide_for(rules)
    # retain 50 x 2.0 x 0.73 = 73; plain 60; card 80 x 1 x 0.5 = 40
    assert [(a.rule_id, a.score) for a in result.actions] == [
        ("retain", Decimal("73.0000")),
        ("plain", Decimal("60")),
        ("card", Decimal("40.0000")),
    ]
    retain = result.actions[0]
    assert retain.weighing == Weighing(50, Decimal("2.0"), "p_alive", Decimal("0.7300"))
    assert retain.score_why == "50 × 2 × propensity 0.73 (p_alive) = 73"
    assert result.actions[1].weighing is None and result.actions[1].score_why == ""


def test_a_low_propensity_moves_a_rule_down_for_that_customer_only() -> None:
    rules = [rule("a", priority=90, propensity="p_alive"), rule("b", priority=50)]
    high = decide_for(rules, features(p_alive=Decimal("0.9")))
    low = decide_for(rules, features(p_alive=Decimal("0.1")))
    assert [a.rule_id for a in high.actions] == ["a", "b"]  # 81 > 50
    assert [a.rule_id for a in low.actions] == ["b", "a"]  # 9 < 50
    assert [a.score for a in low.actions] == [Decimal(50), Decimal("9.0000")]


@pytest.mark.parametrize(
    ("value", "used"),
    [
        (Decimal("1.7"), Decimal("1.0000")),  # clamped
        (Decimal("-0.2"), Decimal("0.0000")),
        (3, Decimal("1.0000")),
        (0.123456, Decimal("0.1235")),
        (Decimal("0.00004"), Decimal("0.0000")),
        (None, None),
        ("0.5", None),  # text is no number
        (True, None),  # nor a yes/no
        (float("nan"), None),
        (Decimal("NaN"), None),
        (Decimal("Infinity"), None),
    ],
)
def test_propensity_values(value, used) -> None:
    assert propensity_of(features(p_alive=value), "p_alive") == used


def test_missing_propensity_keeps_the_score_and_says_so() -> None:
    rules = [rule("retain", priority=50, business_value=Decimal("2.0"), propensity="p_alive")]
    result = decide_for(rules, features(p_alive=None))
    (action,) = result.actions
    assert action.score == Decimal("100.0")
    assert action.weighing == Weighing(50, Decimal("2.0"), "p_alive", None)
    assert action.score_why == (
        "50 × 2 = 100; propensity unknown (p_alive has no value for this customer), so not weighed"
    )
    missing_key = decide_for(
        [rule("c", propensity="attributes.gone")], features(attributes={"note": "x"})
    )
    assert missing_key.actions[0].weighing.propensity is None


def test_json_carries_each_customers_own_score() -> None:
    """results.py keeps a rule's offer JSON by the identity of its score: a weighed score is
    per customer, so each line must show its own (and match json.dumps of to_json)."""
    rules = compile_rule_set(1, [rule("retain", priority=50, propensity="p_alive")])
    lines = []
    for value in ("0.2", "0.8", "0.2", None):
        feats = features(p_alive=None if value is None else Decimal(value))
        result = decide(rules, feats, feats, CustomerHistory(), external_id="C", as_of=AS_OF)
        assert result.json_line() == json.dumps(result.to_json(), ensure_ascii=False)
        lines.append(json.loads(result.json_line())["actions"][0])
    assert [(line["score"], line["propensity"]) for line in lines] == [
        (10.0, 0.2),
        (40.0, 0.8),
        (10.0, 0.2),
        (50.0, None),
    ]
    assert lines[1]["score_why"] == "50 × 1 × propensity 0.8 (p_alive) = 40"


def test_a_plain_offer_after_a_weighed_one_keeps_its_cached_line() -> None:
    weighed = OfferedAction(
        "r", "R", 1, "prompt", "A", "phone", Decimal("7"), "s", "w", "",
        Weighing(10, Decimal(1), "p_alive", Decimal("0.7")),
    )  # fmt: skip
    plain_score = Decimal("10")
    plain = OfferedAction("r", "R", 1, "prompt", "A", "phone", plain_score, "s", "w")
    for action in (plain, weighed, plain, weighed):
        result = NbaResult("C", AS_OF, 1, (action,), (), ())
        assert result_line(result) == json.dumps(result.to_json(), ensure_ascii=False)


def test_propensity_checks_name_the_rule_and_field() -> None:
    problems = check_rules(
        [
            rule("a", propensity="p_alve"),
            rule("b", propensity="value_tier"),
            rule("c", propensity="attributes.note"),
            rule("d", propensity="attributes.nothing"),
            rule("e", propensity="attributes.score"),
            rule("f", propensity="clv_12m"),
        ],
        {"note": "text", "score": "decimal"},
    )
    assert [str(p) for p in problems] == [
        "rule 'a', field 'propensity': unknown feature 'p_alve' (a number feature such as "
        "p_alive, or attributes.NAME)",
        "rule 'b', field 'propensity': 'value_tier' is text, not a number",
        "rule 'c', field 'propensity': the imported column 'note' holds text, not numbers",
        "rule 'd', field 'propensity': there is no imported column 'nothing'",
    ]


# --- champion/challenger -------------------------------------------------------------------

PAIR = [
    rule("champ", priority=60, challenger="chall", challenger_share=20),
    rule("chall", priority=40),
    rule("other", priority=10),
]


def test_arm_is_a_stable_hash() -> None:
    # blake2b(b"<customer>\x1f<champion>", digest_size=8), big-endian, mod 100: fixed forever.
    assert arm("00000000-0000-0000-0000-000000000001", "champ") == arm(
        "00000000-0000-0000-0000-000000000001", "champ"
    )
    import hashlib

    digest = hashlib.blake2b(b"C1\x1fchamp", digest_size=8).digest()
    assert arm("C1", "champ") == int.from_bytes(digest, "big") % 100


def test_split_proportions_over_ten_thousand_customers() -> None:
    (split,) = {s for s in splits_of(PAIR).values()}
    ids = [str(uuid.UUID(int=n * 7919 + 13)) for n in range(10_000)]
    share = sum(in_challenger_arm(i, split) for i in ids) / len(ids)
    assert 0.18 <= share <= 0.22
    arms = Counter(arm(i, "champ") for i in ids)
    assert set(arms) == set(range(100)) and max(arms.values()) < 140  # ~100 each


def test_exactly_one_of_the_pair_is_offered_and_the_other_says_why() -> None:
    rules = compile_rule_set(1, PAIR)
    feats = features()
    offered = Counter()
    for n in range(2_000):
        customer = str(uuid.UUID(int=n))
        decision = arbitrate(evaluate(rules, feats), feats, CustomerHistory(), AS_OF, 3, customer)
        chosen = {c.compiled.id for c in decision.prompts}
        held = {s.compiled.id: (s.code, s.detail) for s in decision.suppressed}
        assert "other" in chosen and len(chosen & {"champ", "chall"}) == 1
        if "chall" in chosen:
            assert held == {"champ": ("split_challenger_arm", 20)}
        else:
            assert held == {"chall": ("split_champion_arm", 80)}
        offered.update(chosen)
        again = arbitrate(evaluate(rules, feats), feats, CustomerHistory(), AS_OF, 3, customer)
        assert {c.compiled.id for c in again.prompts} == chosen  # deterministic
    assert 0.16 <= offered["chall"] / 2_000 <= 0.24


def test_the_held_back_reason_reads_plainly() -> None:
    customers = [str(uuid.UUID(int=n)) for n in range(200)]
    champion_arm = next(c for c in customers if not in_challenger_arm(c, splits_of(PAIR)["champ"]))
    challenger_arm = next(c for c in customers if in_challenger_arm(c, splits_of(PAIR)["champ"]))
    held = decide_for(PAIR, customer=uuid.UUID(challenger_arm)).suppressed
    assert [(h.rule_id, h.reason) for h in held] == [
        ("champ", "held back: champion/challenger split, this customer is in the challenger's 20 %")
    ]
    held = decide_for(PAIR, customer=uuid.UUID(champion_arm)).suppressed
    assert [(h.rule_id, h.reason) for h in held] == [
        ("chall", "held back: champion/challenger split, this customer is in the champion's 80 %")
    ]


def test_each_still_needs_its_own_condition() -> None:
    rules = [
        rule("champ", "age > 18", challenger="chall", challenger_share=50),
        rule("chall", "age > 100"),
    ]
    for n in range(50):
        result = decide_for(rules, customer=uuid.UUID(int=n))
        ids = [a.rule_id for a in result.actions]
        assert ids in ([], ["champ"]) and "chall" not in ids


def test_a_pair_without_its_challenger_is_no_experiment() -> None:
    rules = [rule("champ", challenger="chall", challenger_share=50), rule("chall", enabled=False)]
    for n in range(30):
        assert [a.rule_id for a in decide_for(rules, customer=uuid.UUID(int=n)).actions] == [
            "champ"
        ]


def test_set_level_pair_checks() -> None:
    problems = check_rules(
        [
            rule("a", challenger="missing", challenger_share=10),
            rule("b", challenger="alert", challenger_share=10),
            rule("alert", kind=RuleKind.ALERT, title="T", action=""),
            rule("c", challenger="d", challenger_share=10),
            rule("d", challenger="c", challenger_share=10),  # a cycle
            rule("e", challenger="f", challenger_share=10),
            rule("g", challenger="f", challenger_share=30),  # f challenges two champions
            rule("f"),
        ]
    )
    assert [str(p) for p in problems] == [
        "rule 'a', field 'challenger': there is no rule 'missing' in the rule set",
        "rule 'b', field 'challenger': the challenger 'alert' is not a prompt",
        "rule 'c', field 'challenger': the challenger 'd' is itself a champion (of 'c'): a "
        "challenger cannot have a challenger, nor pairs go round in a cycle",
        "rule 'd', field 'challenger': the challenger 'c' is itself a champion (of 'd'): a "
        "challenger cannot have a challenger, nor pairs go round in a cycle",
        "rule 'g', field 'challenger': 'f' is already the challenger of 'e'",
    ]
    assert check_rules(PAIR) == []
