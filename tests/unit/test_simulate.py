"""The simulation tally: reach per rule, customers without action, top-action transitions."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.rules.decide import NbaResult, OfferedAction
from app.rules.simulate import (
    TOP_TRANSITIONS,
    SimulationTally,
    TopChange,
    summarize,
    top_action,
)

AT = datetime(2026, 5, 1, tzinfo=UTC)


def _action(rule_id: str, action: str = "", kind: str = "prompt") -> OfferedAction:
    return OfferedAction(
        rule_id, rule_id.title(), 1, kind, action or f"do_{rule_id}", "phone", Decimal(1), "", ""
    )


def _result(*actions: OfferedAction, customer: str = "C1") -> NbaResult:
    return NbaResult(customer, AT, 1, tuple(actions), (), ())


def test_counts_reach_per_rule_in_each_set() -> None:
    tally = SimulationTally(published_version=4)
    tally.know_rules([("a", "Rule A"), ("b", "Rule B"), ("z", "Never fires")])
    tally.add(_result(_action("a")), _result(_action("a"), _action("b")))
    tally.add(_result(_action("a")), _result(_action("b")))
    tally.add(_result(), _result())
    report = tally.report()
    reach = {r.rule_id: r for r in report.rules}
    assert [r.rule_id for r in report.rules] == ["a", "b", "z"]
    assert (reach["a"].published, reach["a"].draft, reach["a"].change) == (2, 1, -1)
    assert (reach["b"].published, reach["b"].draft, reach["b"].change) == (0, 2, 2)
    assert (reach["z"].published, reach["z"].draft) == (0, 0)
    assert reach["a"].rule_name == "Rule A"
    assert report.customers == 3
    assert report.published_version == 4
    assert not report.cancelled


def test_customers_without_action_in_each_set() -> None:
    tally = SimulationTally()
    tally.add(_result(), _result(_action("a")))
    tally.add(_result(), _result())
    tally.add(_result(_action("a", kind="automatic")), _result())
    report = tally.report()
    assert report.no_action_published == 2
    assert report.no_action_draft == 2


def test_top_action_is_the_first_prompt_automatic_actions_do_not_count() -> None:
    assert top_action(_result(_action("x", kind="automatic"), _action("p", "call"))) == "call"
    result = _result(_action("p", "call"), _action("q", "mail"))
    assert top_action(result) == "call"
    assert top_action(_result(_action("x", "fee_waiver", kind="automatic"))) is None


def test_top_action_changes_and_most_common_transitions() -> None:
    tally = SimulationTally()
    for _ in range(3):
        tally.add(_result(_action("a", "call")), _result(_action("b", "invest")))
    tally.add(_result(), _result(_action("b", "invest")))
    tally.add(_result(_action("a", "call")), _result(_action("a", "call")))  # unchanged
    report = tally.report()
    assert report.top_changed == 4
    assert report.transitions == (TopChange("call", "invest", 3), TopChange(None, "invest", 1))


def test_transitions_keep_the_top_ten_and_rules_seen_but_not_seeded_come_last() -> None:
    tally = SimulationTally()
    tally.know_rules([("seeded", "Seeded")])
    for i in range(TOP_TRANSITIONS + 5):
        for _ in range(i + 1):
            tally.add(_result(_action(f"r{i:02d}", f"from{i}")), _result())
    report = tally.report(cancelled=True)
    assert len(report.transitions) == TOP_TRANSITIONS
    assert report.transitions[0] == TopChange(
        f"from{TOP_TRANSITIONS + 4}", None, TOP_TRANSITIONS + 5
    )
    assert report.top_changed == sum(range(1, TOP_TRANSITIONS + 6))
    assert report.rules[0].rule_id == "seeded"
    assert [r.rule_id for r in report.rules[1:]] == sorted(r.rule_id for r in report.rules[1:])
    assert report.cancelled


def test_a_rule_listed_twice_in_one_result_counts_one_customer() -> None:
    tally = SimulationTally()
    tally.add(_result(_action("a"), _action("a", kind="automatic")), _result())
    assert tally.report().rules[0].published == 1


def test_summarize_keeps_each_rule_once_and_the_top_prompt() -> None:
    result = _result(_action("x", "fee", kind="automatic"), _action("p", "call"), _action("p"))
    assert summarize(result) == (("x", "p"), "call")
    assert summarize(_result()) == ((), None)


def test_add_summary_counts_like_add_and_names_unknown_rules_by_id() -> None:
    pairs = [
        (_result(_action("a", "call")), _result(_action("b", "invest"))),
        (_result(), _result(_action("a", "call"))),
        (_result(_action("a", "call")), _result()),
    ]
    from_results, from_summaries = SimulationTally(2), SimulationTally(2)
    for tally in (from_results, from_summaries):
        tally.know_rules([("a", "A"), ("b", "B")])
    for published, draft in pairs:
        from_results.add(published, draft)
        from_summaries.add_summary(summarize(published), summarize(draft))
    assert from_results.report() == from_summaries.report()
    unnamed = SimulationTally()
    unnamed.add_summary((("q",), "mail"), ((), None))
    assert [(r.rule_id, r.rule_name, r.published) for r in unnamed.report().rules] == [
        ("q", "q", 1)
    ]
