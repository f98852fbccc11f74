"""Batch paths on real SQLite files: `acrm nba --all`'s JSON lines and the simulation's
summaries are what the full per-customer evaluation gives, whatever the chunking."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.cli import main
from app.rules.arbitrate import CustomerHistory
from app.rules.compiler import compile_rule_set
from app.rules.features import build_features
from app.rules.simulate import SimulationTally, decide_summary, summarize
from app.services.nba.features import FeatureLoader
from app.services.nba.parallel import evaluate_all, evaluate_all_lines
from app.services.nba.service import NbaService
from app.services.nba.simulation import DRAFT_VERSION, SimulationService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookService
from tests.factories import add_complaint, add_consent, add_transactions, make_customer
from tests.integration import test_unreadable_data as unreadable
from tests.rule_fixtures import AFFLUENT, EXAMPLES, MASS, VIP_CHECK, publish

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
AT = "2026-11-20T12:00:00+00:00"
ALERT = VIP_CHECK.with_changes(
    id="vip_alert", kind="alert", severity="red", title="VIP: {first_name}", why="vip"
)
RULES = [*EXAMPLES, VIP_CHECK, ALERT, AFFLUENT, MASS]
# The draft drops the mass offer, lowers the affluent offer below the rest, adds nothing new.
DRAFT = [*EXAMPLES, VIP_CHECK, ALERT, AFFLUENT.with_changes(priority=1)]


@pytest.fixture
def crowd(sqlite_db):
    """Eleven customers: names with Polish letters, birthdays with and without consent,
    unusual inflows, upheld complaints, VIPs; every rule fires for someone."""
    for number in range(11):
        customer = make_customer(
            sqlite_db,
            f"K{number:02d}",
            first_name=("Łukasz", "Zoë", "Anna")[number % 3],
            phones=(f"+4860200{number:04d}",),
            segment=("affluent", "mass", "private")[number % 3],
            birth_date=date(1980 + number, 11, 20) if number % 2 else None,
            attributes={"vip": True} if number % 4 == 0 else {},
        )
        if number % 3 == 0:
            add_transactions(
                sqlite_db,
                customer,
                [
                    (AS_OF - timedelta(days=40), Decimal("1000.00"), "salary"),
                    (AS_OF - timedelta(days=2), Decimal("30000.00"), "gift"),
                ],
            )
        if number % 5 == 0:
            add_consent(sqlite_db, customer, "email", "marketing", True, AS_OF - timedelta(9))
        if number == 7:
            for days in (300, 200, 100):
                add_complaint(
                    sqlite_db,
                    customer,
                    AS_OF - timedelta(days=days),
                    status="closed",
                    closed_at=AS_OF - timedelta(days=days - 5),
                    resolution="upheld",
                )
    publish(sqlite_db, RULES)
    return sqlite_db


def service_for(db) -> NbaService:
    """The desk's service over what is published."""
    return NbaService(db, RuleCache(RuleBookService(db, author="t")), FeatureLoader(db))


def written(items) -> str:
    """The lines `acrm nba --all` writes for these result dicts (skipped ones go to stderr)."""
    return "".join(
        json.dumps(item, ensure_ascii=False) + "\n" for item in items if not item.get("skipped")
    )


def test_nba_all_writes_one_compact_utf8_json_line_per_customer(crowd, capsys) -> None:
    assert main(["--db", crowd.url, "nba", "--all", "--at", AT, "--workers", "2"]) == 0
    out = capsys.readouterr().out
    assert out == written(evaluate_all(crowd, AS_OF))
    lines = out.splitlines()
    assert len(lines) == 11
    assert lines[0].startswith(
        '{"customer_id": "K00", "at": "2026-11-20T12:00:00+00:00", "rule_version": 1, '
        '"actions": [{"rule_id": '
    )
    assert "Łukasz" in out and "\\u0141" not in out  # UTF-8 as written, not escaped
    assert list(json.loads(lines[0])) == [
        "customer_id",
        "at",
        "rule_version",
        "actions",
        "suppressed",
        "errors",
        "alerts",
    ]


@pytest.mark.parametrize(("workers", "chunk"), [(1, 1), (1, 4), (2, 2), (2, 3), (2, 100)])
def test_json_lines_are_the_same_whatever_the_workers_and_chunks(crowd, workers, chunk) -> None:
    expected = written(evaluate_all(crowd, AS_OF, chunk=1000))
    chunks = list(evaluate_all_lines(crowd, AS_OF, workers=workers, chunk=chunk))
    assert "".join(part.text for part in chunks) == expected
    assert sum(part.count for part in chunks) == 11
    assert not any(part.skipped for part in chunks)
    if chunk < 11:
        assert len(chunks) > 1  # the boundaries were really crossed


def test_forked_and_spawned_workers_write_the_same_lines(crowd) -> None:
    expected = written(evaluate_all(crowd, AS_OF, chunk=1000))
    forked = "".join(part.text for part in evaluate_all_lines(crowd, AS_OF, workers=2, chunk=3))
    release, busy = threading.Event(), threading.Event()
    other = threading.Thread(target=lambda: (busy.set(), release.wait()))
    other.start()
    try:
        busy.wait()  # another thread alive: the workers are spawned
        spawned = "".join(
            part.text for part in evaluate_all_lines(crowd, AS_OF, workers=2, chunk=3)
        )
    finally:
        release.set()
        other.join()
    assert forked == spawned == expected


def test_json_lines_from_workers_still_name_the_skipped(sqlite_db) -> None:
    spoiled = unreadable.spoil(sqlite_db, "sqlite")
    chunks = list(evaluate_all_lines(spoiled, AS_OF, workers=2, chunk=3))
    skipped = sorted(item["customer_id"] for part in chunks for item in part.skipped)
    assert skipped == ["X1", "X2", "X3"]
    shown = [json.loads(line)["customer_id"] for part in chunks for line in part.text.splitlines()]
    assert shown == ["B1", "B2", "B3", "B4"]
    assert sum(part.count for part in chunks) == 7


@pytest.mark.parametrize("top", [1, 3])
def test_a_decision_summary_is_the_summary_of_the_full_decision(crowd, top) -> None:
    nba = service_for(crowd)
    nba.top = top
    rules = nba.rule_set()
    ids = nba.customer_ids()

    def both(fact, history: CustomerHistory):
        features = build_features(fact, AS_OF)
        return decide_summary(rules, features, history, AS_OF, top)

    quick = nba.map_batch(ids, AS_OF, both)
    full = [summarize(result) for result in nba.for_batch(ids, AS_OF, rule_set=rules)]
    assert quick == full
    assert any("birthday_greeting" in rule_ids for rule_ids, _first in full)  # automatic
    assert {first for _ids, first in full} > {None}


@pytest.mark.parametrize("workers", [1, 2])
def test_simulation_counts_what_two_full_evaluations_count(crowd, workers) -> None:
    nba = service_for(crowd)
    published, draft = nba.rule_set(), compile_rule_set(DRAFT_VERSION, DRAFT)
    tally = SimulationTally(published.version)
    tally.know_rules((rule.id, rule.name) for rule in DRAFT)
    tally.know_rules((c.id, c.definition.name) for c in published.rules)
    ids = nba.customer_ids()
    for before, after in zip(
        nba.for_batch(ids, AS_OF, rule_set=published),
        nba.for_batch(ids, AS_OF, rule_set=draft),
        strict=True,
    ):
        tally.add(before, after)
    service = SimulationService(nba, batch=4, db_url=crowd.url, workers=workers)
    assert service.run(DRAFT, AS_OF) == tally.report()
    assert tally.report().top_changed > 0


def test_simulation_leaves_out_customers_whose_data_cannot_be_read(sqlite_db) -> None:
    spoiled = unreadable.spoil(sqlite_db, "sqlite")
    nba = service_for(spoiled)
    for workers in (1, 2):
        report = SimulationService(nba, batch=3, db_url=spoiled.url, workers=workers).run(
            EXAMPLES, AS_OF
        )
        assert report.customers == 4  # B1..B4; X1..X3 skipped as `nba --all` skips them
