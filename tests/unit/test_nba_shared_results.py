"""Results shared between customers (per-rule facts, texts, held-back results, JSON parts)
read exactly as results made afresh for each customer would."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.rules.arbitrate import CustomerHistory, PastPresentation, arbitrate
from app.rules.arbitrate_facts import facts_of
from app.rules.compiler import compile_rule, compile_rule_set
from app.rules.decide import HeldAction, NbaResult, OfferedAction, decide
from app.rules.definition import ContactPolicy, Repeat, RuleDefinition, RuleKind
from app.rules.evaluate import RuleFailure, evaluate
from app.rules.explain import PlainFormatter, format_value
from app.rules.results import RaisedAlert, new_offer, new_result

AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
FEATURES = {
    "as_of": AS_OF,
    "age": 40,
    "segment": "mass",
    "inflow_count_12m": 13,
    "consent_email": True,
    "consent_sms": False,
    "products": ("current_account",),
}


def rule(rule_id: str, condition: str = "age > 18", **changes) -> RuleDefinition:
    return RuleDefinition(
        id=rule_id, name=rule_id.title(), condition=condition, action=rule_id, script="Hi"
    ).with_changes(**changes)


NO_HISTORY = CustomerHistory()


def decide_with(rules, feats=None, history=NO_HISTORY, at=AS_OF, top=3, formatter=None):
    feats = {**FEATURES, **(feats or {})}
    return decide(
        rules,
        feats,
        {**feats, "first_name": "Anna"},
        history,
        external_id="C1",
        as_of=at,
        top=top,
        formatter=formatter,
    )


def test_each_compiled_rule_has_its_own_facts() -> None:
    first = compile_rule_set(1, [rule("r")])
    second = compile_rule_set(2, [rule("r", requires_consent="sms")])
    assert [a.rule_id for a in decide_with(first).actions] == ["r"]
    assert [h.code for h in decide_with(second).suppressed] == ["no_consent"]
    assert [a.rule_id for a in decide_with(first).actions] == ["r"]
    compiled = first.rules[0]
    assert facts_of(compiled) is facts_of(compiled)
    assert facts_of(compiled) is not facts_of(compile_rule(rule("r")))


def test_below_top_reads_the_top_asked_each_time() -> None:
    rules = compile_rule_set(1, [rule(f"r{i}", priority=90 - i) for i in range(4)])
    for top in (1, 2, 1, 3):
        held = decide_with(rules, top=top).suppressed
        assert [(h.code, h.detail, h.reason) for h in held] == [
            ("below_top", top, f"ranked below the top {top}")
        ] * (4 - top)
    big = 10**20 + 1  # not one of the ints Python keeps one object of
    facts = facts_of(rules.rules[0])
    assert facts.ranked_below(big).detail == big
    assert facts.ranked_below(int(str(big))).detail == big


def test_duplicate_names_the_rule_offering_it_for_this_customer() -> None:
    rules = compile_rule_set(
        1,
        [
            rule("a", "age > 30", action="card", priority=90),
            rule("b", action="card", priority=80),
            rule("c", action="card", priority=70),
        ],
    )
    for age, offering in ((40, "a"), (20, "b"), (40, "a")):
        result = decide_with(rules, {"age": age})
        assert [a.rule_id for a in result.actions] == [offering]
        assert {h.detail for h in result.suppressed} == {offering}
        assert all(h.reason.endswith(f"rule {offering}") for h in result.suppressed)


def test_automatic_period_follows_each_as_of() -> None:
    auto = rule("auto", kind=RuleKind.AUTOMATIC, script="", repeat=Repeat.YEAR)
    rules = compile_rule_set(1, [auto])
    new_year_eve = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    # The same instant, already the new year where it is given: the period is that day's.
    same_instant = new_year_eve.astimezone(timezone(timedelta(hours=1)))
    assert same_instant == new_year_eve
    periods = [decide_with(rules, at=at).actions[0].period for at in (AS_OF, same_instant)]
    assert periods == ["2026", "2027"]
    assert decide_with(rules, at=new_year_eve).actions[0].period == "2026"
    done = CustomerHistory(executed={("auto", "2027"): same_instant})
    assert decide_with(rules, history=done, at=same_instant).suppressed[0].code == "already_done"
    assert decide_with(rules, history=done, at=new_year_eve).actions[0].rule_id == "auto"


def test_shared_candidates_and_reasons_equal_fresh_ones() -> None:
    rules = compile_rule_set(1, [rule("a", priority=60), rule("b", requires_consent="sms")])
    decisions = [arbitrate(evaluate(rules, FEATURES), FEATURES, CustomerHistory(), AS_OF, 3)]
    decisions.append(arbitrate(evaluate(rules, FEATURES), FEATURES, CustomerHistory(), AS_OF, 3))
    assert decisions[0] == decisions[1]
    candidate, held = decisions[0].prompts[0], decisions[0].suppressed[0]
    assert (candidate.score, candidate.period) == (Decimal(60), "")
    assert (held.code, held.detail) == ("no_consent", "sms")
    with pytest.raises(dataclasses.FrozenInstanceError):
        held.detail = "email"  # type: ignore[misc]


class CountingFormatter(PlainFormatter):
    """Not the plain formatter: every value it writes is numbered, so reuse would show."""

    def __init__(self) -> None:
        self.calls = 0

    def number(self, value: int | float | Decimal) -> str:
        self.calls += 1
        return f"{value}#{self.calls}"

    def day(self, value: date | datetime) -> str:
        self.calls += 1
        return f"{value:%Y-%m-%d}#{self.calls}"


def test_other_formatters_are_asked_every_time() -> None:
    rules = compile_rule_set(
        1, [rule("a", "inflow_count_12m > 1", priority=60), rule("b", "inflow_count_12m > 2")]
    )
    fmt = CountingFormatter()
    first, second = decide_with(rules, formatter=fmt).actions
    assert (first.explanation, second.explanation) == (
        "inflow_count_12m = 13#1",
        "inflow_count_12m = 13#2",
    )
    past = (PastPresentation("a", AS_OF - timedelta(days=2), "declined", AS_OF - timedelta(2)),)
    reasons = [
        decide_with(rules, history=CustomerHistory(past), formatter=fmt).suppressed[0].reason
        for _ in range(2)
    ]
    assert reasons == [
        "declined recently; again from 2026-12-18#4",
        "declined recently; again from 2026-12-18#6",
    ]


def test_plain_whys_and_scripts_shared_within_a_customer_read_as_written() -> None:
    rules = compile_rule_set(
        1,
        [
            rule("a", "inflow_count_12m > 1", script="Hi {first_name}", priority=70),
            rule("b", "inflow_count_12m > 2", script="Hi {first_name}", why="{segment}"),
            rule("c", "segment == 'mass'", script="{segment}", why="Hi {first_name}"),
        ],
    )
    for name in ("Anna", "Ola"):
        feats = {**FEATURES, "first_name": name}
        result = decide(rules, feats, feats, CustomerHistory(), external_id="C", as_of=AS_OF)
        assert [(a.script, a.explanation) for a in result.actions] == [
            (f"Hi {name}", "inflow_count_12m = 13"),
            (f"Hi {name}", "mass"),
            ("mass", f"Hi {name}"),
        ]


def test_results_made_by_slot_equal_constructed_ones() -> None:
    values = ("r", "R", 3, "prompt", "A", "phone", Decimal("2.5"), "s", "w", "2026")
    offer = new_offer(*values)
    assert offer == OfferedAction(*values) and repr(offer) == repr(OfferedAction(*values))
    parts = ("C1", AS_OF, 3, (offer,), (), (RuleFailure("x", "m"),), ())
    result = new_result(*parts)
    assert result == NbaResult(*parts) and hash(result) == hash(NbaResult(*parts))
    with pytest.raises(dataclasses.FrozenInstanceError):
        offer.script = "other"  # type: ignore[misc]


def offer(score: Decimal, script: str = "s") -> OfferedAction:
    return OfferedAction("r1", "Rule", 1, "prompt", "A", "phone", score, script, "why")


def test_json_lines_of_results_sharing_rules_and_reasons() -> None:
    held = HeldAction("r2", "Two", "below_top", 3, "ranked below the top 3")
    other_at = AS_OF + timedelta(days=1)
    results = [
        NbaResult("C1", AS_OF, 1, (offer(Decimal("0")),), (held,), ()),
        NbaResult("C2", AS_OF, 1, (offer(Decimal("-0"), "t"),), (held,), ()),
        NbaResult("C3", other_at, 1, (offer(Decimal("1.5")),), (), ()),
        NbaResult("C4", other_at, 2, (offer(Decimal("1.5")),), (), ()),
        NbaResult(
            "C5",
            AS_OF,
            2,
            (offer(Decimal("0")),),
            (dataclasses.replace(held, reason="other"),),
            (),
            (RaisedAlert("a", "A", "red", "t", "w"),),
        ),
    ]
    for result in results + results:
        assert result.json_line() == json.dumps(result.to_json(), ensure_ascii=False)
    assert '"score": -0.0' in results[1].json_line()


@pytest.mark.parametrize(
    ("name", "value", "written"),
    [
        ("inflow_count_12m", 13, "13"),
        ("last_inflow", 5, "5.00 PLN"),
        ("age", True, "yes"),
        ("products", ("a", "b"), "a, b"),
        ("products", (), "none"),
        ("products", ["a", 1], "a, 1"),
        ("complaints", ({"status": "open"},), "1"),
        ("", Decimal("2.0"), "2"),
    ],
)
def test_format_value_short_ways_read_as_before(name: str, value: object, written: str) -> None:
    assert format_value(name, value, PlainFormatter()) == written


def test_policy_held_results_are_made_per_customer() -> None:
    policy = ContactPolicy(cooldown_days=7)
    rules = compile_rule_set(1, [rule("r", policy=policy)])
    for days in (1, 2):
        past = (PastPresentation("r", AS_OF - timedelta(days=days)),)
        held = decide_with(rules, history=CustomerHistory(past)).suppressed[0]
        until = (AS_OF - timedelta(days=days) + timedelta(days=7)).date()
        assert (held.code, held.detail) == ("cooldown_shown", until)
        assert held.reason == f"shown recently; again from {until.isoformat()}"
