"""Simulation on a real SQLite file: draft vs published reach, progress, cancel, bad drafts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.rules.definition import RuleDefinition
from app.services.nba import simulation
from app.services.nba.features import FeatureLoader
from app.services.nba.service import NbaService
from app.services.nba.simulation import SimulationService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookError, RuleBookService
from tests import factories as f
from tests.rule_fixtures import AFFLUENT, MASS

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


GDANSK = _rule("gdansk_call", "city == 'Gdańsk' and segment != 'private'", "call_branch", 70)
SEGMENTS = ("affluent", "mass", "private", "young")
CITIES = ("Kraków", "Gdańsk", "Łódź", "Poznań", "Wrocław")


@pytest.fixture
def crowd(sqlite_db):
    """60 customers over 4 segments x 5 cities; published: affluent, mass, Kraków."""
    rulebook = RuleBookService(sqlite_db, author="tester")
    nba = NbaService(sqlite_db, RuleCache(rulebook), FeatureLoader(sqlite_db))
    for i in range(60):
        f.make_customer(
            sqlite_db,
            external_id=f"M{i:02d}",
            segment=SEGMENTS[i % len(SEGMENTS)],
            city=CITIES[i % len(CITIES)],
        )
    rulebook.replace_draft([AFFLUENT, MASS, KRAKOW])
    rulebook.publish("three rules")
    return nba


# Drops the mass offer, lowers the Kraków event below the affluent offer, adds Gdańsk calls.
CHANGED_DRAFT = [AFFLUENT, KRAKOW.with_changes(priority=10), GDANSK]


def test_one_and_two_workers_give_the_same_report(crowd, sqlite_db, monkeypatch) -> None:
    pools: list[int] = []
    real_pool = simulation.ordered_in_pool

    def spy(chunks, workers, *args):
        pools.append(workers)
        return real_pool(chunks, workers, *args)

    monkeypatch.setattr(simulation, "ordered_in_pool", spy)

    def simulate(workers: int):
        service = SimulationService(crowd, batch=7, db_url=sqlite_db.url, workers=workers)
        return service.run(CHANGED_DRAFT, AS_OF)

    one, two = simulate(1), simulate(2)
    assert one == two
    assert pools == [2]  # only the second run went to worker processes
    assert one.customers == 60 and not one.cancelled
    reach = {r.rule_id: (r.published, r.draft) for r in one.rules}
    assert reach == {
        "affluent_offer": (15, 15),
        "gdansk_call": (0, 9),
        "krakow_event": (12, 12),
        "mass_offer": (15, 0),
    }
    assert one.top_changed > 0 and len(one.transitions) > 1


def test_two_workers_report_progress_up_to_the_total(crowd, sqlite_db) -> None:
    calls: list[tuple[int, int]] = []
    SimulationService(crowd, batch=7, db_url=sqlite_db.url, workers=2).run(
        CHANGED_DRAFT, AS_OF, progress=lambda done, total: calls.append((done, total))
    )
    done = [d for d, _total in calls]
    assert len(calls) == 9  # 8 chunks of 7 and one of 4
    assert done == sorted(set(done))
    assert done[-1] == 60
    assert {total for _done, total in calls} == {60}


def test_two_workers_stop_after_a_cancel_with_partial_counts(crowd, sqlite_db) -> None:
    calls: list[tuple[int, int]] = []
    report = SimulationService(crowd, batch=7, db_url=sqlite_db.url, workers=2).run(
        CHANGED_DRAFT,
        AS_OF,
        progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: len(calls) >= 1,
    )
    assert report.cancelled
    assert report.customers == 7
    assert calls == [(7, 60)]


def test_several_workers_need_the_url_and_memory_databases_stay_in_process(crowd) -> None:
    with pytest.raises(ValueError, match="URL"):
        SimulationService(crowd, workers=2)
    report = SimulationService(crowd, db_url="sqlite://", workers=2).run(CHANGED_DRAFT, AS_OF)
    assert report.customers == 60  # the in-memory URL is never opened: evaluated in-process
