"""Offer effectiveness against the hand-computed fixture, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import pytest

from app.services.errors import ValidationError
from app.services.reports.effectiveness_values import ChallengerPair, Conversion
from app.services.reports.newcombe import newcombe_difference
from app.services.reports.service import ReportService
from app.services.reports.wilson import wilson_interval
from tests.integration import effectiveness_fixture as fx
from tests.integration.test_query_plans import captured, plan_lines
from tests.integration.test_reports_plans import BIG_TABLES


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest):
    database = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    fx.build(database)
    return database


def row(rule_id: str, group: str, presented: int, accepted: int) -> Conversion:
    low, high = wilson_interval(accepted, presented)
    return Conversion(rule_id, group, presented, accepted, accepted / presented, low, high)


def counts(rows: list[Conversion]) -> list[tuple[str, str, int, int]]:
    return [(r.rule_id, r.group, r.presented, r.accepted) for r in rows]


def test_each_rule_counts_distinct_presentations_by_their_latest_outcome(db):
    figures = fx.reports(db, "lead").effectiveness(fx.PERIOD)
    # card: p2's later "accepted" supersedes "later", p3's later "declined" its "accepted".
    assert figures.rules == [row("card", "", 5, 2), row("card_b", "", 2, 2),
                             row("loan", "", 2, 1)]  # fmt: skip
    assert figures.by is None and figures.groups == []
    assert figures.rule_set_version == 1
    # Wilson 95 % for 2 of 5, worked by hand: (0.1176, 0.7693).
    card = figures.rules[0]
    assert (round(card.conversion_low, 4), round(card.conversion_high, 4)) == (0.1176, 0.7693)


def test_the_whole_centre_adds_the_other_team(db):
    rules = fx.reports(db, "xawery").effectiveness(fx.PERIOD).rules
    assert counts(rules) == [("card", "", 6, 3), ("card_b", "", 2, 2), ("loan", "", 2, 1)]
    team = fx.reports(db, "xawery").effectiveness(fx.PERIOD, team="T2").rules
    assert counts(team) == [("card", "", 1, 1)]


def test_by_value_tier_of_the_version_in_force(db):
    figures = fx.reports(db, "lead").effectiveness(fx.PERIOD, "value_tier")
    assert figures.by == "value_tier"
    assert figures.groups == [
        row("card", "High", 2, 1), row("card", "Low", 1, 1),
        row("card", "not_scored", 2, 0),  # C3 has no scores, C4 only an old version's
        row("card_b", "Low", 1, 1), row("card_b", "not_scored", 1, 1),
        row("loan", "High", 1, 0), row("loan", "Low", 1, 1),
    ]  # fmt: skip
    assert counts(figures.rules) == [("card", "", 5, 2), ("card_b", "", 2, 2),
                                     ("loan", "", 2, 1)]  # fmt: skip


def test_by_rfm_segment_an_empty_one_is_unspecified(db):
    groups = fx.reports(db, "lead").effectiveness(fx.PERIOD, "rfm_segment").groups
    assert counts(groups) == [
        ("card", "loyal_high_value", 2, 1), ("card", "not_scored", 2, 0),
        ("card", "unspecified", 1, 1),
        ("card_b", "not_scored", 1, 1), ("card_b", "unspecified", 1, 1),
        ("loan", "loyal_high_value", 1, 0), ("loan", "unspecified", 1, 1),
    ]  # fmt: skip


def test_by_the_customers_segment(db):
    groups = fx.reports(db, "lead").effectiveness(fx.PERIOD, "segment").groups
    assert counts(groups) == [
        ("card", "mass", 2, 1), ("card", "premium", 2, 1), ("card", "unspecified", 1, 0),
        ("card_b", "mass", 1, 1), ("card_b", "unspecified", 1, 1),
        ("loan", "mass", 1, 1), ("loan", "premium", 1, 0),
    ]  # fmt: skip


def test_by_the_channel_of_the_contact_in_the_hour_before(db):
    groups = fx.reports(db, "lead").effectiveness(fx.PERIOD, "channel").groups
    assert counts(groups) == [
        ("card", "branch", 1, 0),  # exactly an hour after the contact began
        ("card", "chat", 1, 1), ("card", "phone", 1, 1),
        ("card", "unknown", 2, 0),  # 90 minutes after a contact; no contact that day
        ("card_b", "chat", 1, 1),  # the email contact began after the presentation
        ("card_b", "unknown", 1, 1),
        ("loan", "phone", 1, 0), ("loan", "unknown", 1, 1),
    ]  # fmt: skip


def test_champion_and_challenger_with_uplift_and_share(db):
    pairs = fx.reports(db, "lead").effectiveness(fx.PERIOD).pairs
    card, deposit = pairs
    difference, low, high = newcombe_difference(2, 2, 2, 5)
    assert card == ChallengerPair(
        champion=row("card", "", 5, 2), challenger=row("card_b", "", 2, 2),
        configured_share=20, observed_share=2 / 7, uplift=difference, uplift_low=low,
        uplift_high=high,
    )  # fmt: skip
    assert round(difference, 4) == 0.6  # 2/2 − 2/5
    # By hand: Wilson 2/2 = (0.3424, 1), 2/5 = (0.1176, 0.7693); low = 0.6 −
    # √((1 − 0.3424)² + (0.7693 − 0.4)²) = −0.1542, high = 0.6 + √(0² + (0.4 − 0.1176)²) = 0.8824.
    assert (round(low, 4), round(high, 4)) == (-0.1542, 0.8824)
    # Neither arm presented: figures of zero, no conversion, no uplift.
    assert (deposit.champion.rule_id, deposit.challenger.rule_id) == ("deposit", "deposit_b")
    assert (deposit.champion.presented, deposit.challenger.presented) == (0, 0)
    assert deposit.configured_share == 50
    assert (deposit.observed_share, deposit.uplift, deposit.uplift_low) == (None, None, None)


def test_no_published_rule_set_no_pairs(sqlite_db):
    fx.build(sqlite_db, publish=False)
    figures = fx.reports(sqlite_db, "lead").effectiveness(fx.PERIOD)
    assert figures.rule_set_version is None and figures.pairs == []
    assert counts(figures.rules)[0] == ("card", "", 5, 2)
    # Without a rule-set reader (as the report service alone): the same rules, no pairs.
    assert ReportService(sqlite_db, "lead").effectiveness(fx.PERIOD).pairs == []


def test_an_unknown_breakdown_and_an_agent_are_refused_by_name(sqlite_db):
    fx.build(sqlite_db, publish=False)
    with pytest.raises(ValidationError) as refused:
        fx.reports(sqlite_db, "lead").effectiveness(fx.PERIOD, "colour")
    assert refused.value.field == "by" and "value_tier" in refused.value.message
    with pytest.raises(ValidationError) as agent:
        fx.reports(sqlite_db, "anna").effectiveness(fx.PERIOD)
    assert agent.value.field == "role"


def test_every_breakdown_reads_through_indexes_on_sqlite(sqlite_db):
    """EXPLAIN QUERY PLAN of each breakdown: no scan of presentations, outcomes, contacts,
    customers or scores (each group is an index probe per presentation)."""
    fx.build(sqlite_db)
    reports = fx.reports(sqlite_db, "lead")
    big = (*BIG_TABLES, "customers", "customer_scores")
    for by in (None, "segment", "rfm_segment", "value_tier", "channel"):
        with captured(sqlite_db) as statements:
            reports.effectiveness(fx.PERIOD, by)
        lines = plan_lines(sqlite_db, statements)
        scans = [line for line in lines if line.startswith("SCAN ")
                 and "USING COVERING INDEX" not in line and line.split()[1] in big]  # fmt: skip
        assert scans == [], (by, "\n".join(lines))
        assert any("ix_offer_presentations_agent_shown" in line for line in lines), by
