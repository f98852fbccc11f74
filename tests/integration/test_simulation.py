"""Simulation on a real SQLite file: draft vs published reach, progress, cancel, bad drafts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.rules.definition import RuleDefinition
from app.services.nba import NbaService
from app.services.rule_cache import RuleCache
from app.services.rule_features import FeatureLoader
from app.services.rulebook import RuleBookError, RuleBookService
from app.services.simulation import SimulationService
from tests import factories as f

AS_OF = datetime(2026, 5, 4, 12, tzinfo=UTC)


def _rule(rule_id: str, condition: str, action: str, priority: int = 50) -> RuleDefinition:
    return RuleDefinition(
        id=rule_id,
        name=rule_id.replace("_", " ").title(),
        condition=condition,
        action=action,
        script="Hello {first_name}",
        priority=priority,
    )


AFFLUENT = _rule("affluent_offer", "segment == 'affluent'", "offer_investment", 60)
MASS = _rule("mass_offer", "segment == 'mass'", "offer_savings", 40)
KRAKOW = _rule("krakow_event", "city == 'Kraków'", "invite_event", 90)


@pytest.fixture
def world(sqlite_db):
    rulebook = RuleBookService(sqlite_db, author="tester")
    nba = NbaService(sqlite_db, RuleCache(rulebook), FeatureLoader(sqlite_db))
    for i, (segment, city) in enumerate(
        [
            ("affluent", "Kraków"),
            ("affluent", "Gdańsk"),
            ("mass", "Kraków"),
            ("mass", "Łódź"),
            ("private", "Gdańsk"),
        ]
    ):
        f.make_customer(sqlite_db, external_id=f"C{i}", segment=segment, city=city)
    rulebook.replace_draft([AFFLUENT, MASS])
    rulebook.publish("first")
    return rulebook, nba


def test_draft_against_published_counts_reach_no_action_and_top_changes(world) -> None:
    rulebook, nba = world
    calls: list[tuple[int, int]] = []
    report = SimulationService(nba, batch=2).run(
        [AFFLUENT, KRAKOW], AS_OF, progress=lambda done, total: calls.append((done, total))
    )
    reach = {r.rule_id: (r.published, r.draft) for r in report.rules}
    assert reach == {"affluent_offer": (2, 2), "krakow_event": (0, 2), "mass_offer": (2, 0)}
    assert report.customers == 5
    assert report.published_version == 1
    assert report.no_action_published == 1  # the private customer
    assert report.no_action_draft == 2  # C3 (mass, Łódź) and C4 (private, Gdańsk)
    # C0: invest -> event (higher priority); C2: savings -> event; C3: savings -> none.
    assert report.top_changed == 3
    transitions = {(t.before, t.after): t.count for t in report.transitions}
    assert transitions == {
        ("offer_investment", "invite_event"): 1,
        ("offer_savings", "invite_event"): 1,
        ("offer_savings", None): 1,
    }
    assert calls == [(2, 5), (4, 5), (5, 5)]
    assert not report.cancelled
    assert rulebook.latest_version() == 1  # nothing published or recorded


def test_cancel_stops_between_batches_with_partial_counts(world) -> None:
    _rulebook, nba = world
    calls: list[tuple[int, int]] = []
    report = SimulationService(nba, batch=2).run(
        [AFFLUENT],
        AS_OF,
        progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: len(calls) >= 1,
    )
    assert report.cancelled
    assert report.customers == 2
    assert calls == [(2, 5)]


def test_a_draft_that_does_not_compile_is_refused_naming_the_rule(world) -> None:
    _rulebook, nba = world
    broken = _rule("broken", "segment == ", "x")
    with pytest.raises(RuleBookError) as caught:
        SimulationService(nba).run([AFFLUENT, broken], AS_OF)
    assert "broken" in str(caught.value)
    assert caught.value.problems and caught.value.problems[0].rule_id == "broken"


def test_with_nothing_published_every_customer_starts_without_action(sqlite_db) -> None:
    rulebook = RuleBookService(sqlite_db, author="tester")
    nba = NbaService(sqlite_db, RuleCache(rulebook), FeatureLoader(sqlite_db))
    f.make_customer(sqlite_db, external_id="C1", segment="affluent")
    report = SimulationService(nba).run([AFFLUENT], AS_OF)
    assert report.published_version == 0
    assert (report.no_action_published, report.no_action_draft) == (1, 0)
    assert report.transitions[0].before is None
    assert report.transitions[0].after == "offer_investment"


def test_naive_as_of_is_refused(world) -> None:
    _rulebook, nba = world
    with pytest.raises(ValueError, match="time zone"):
        SimulationService(nba).run([AFFLUENT], datetime(2026, 5, 4))
