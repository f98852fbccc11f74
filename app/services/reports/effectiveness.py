"""Offer effectiveness: conversion per rule with its interval, by group, and champion/challenger.

presented = distinct presentations shown within the days (the scope's agents, as for the
offer figures); accepted = those whose latest outcome is "accepted" (latest_outcome.py: a
"later" that became "accepted" counts once, as accepted); conversion = accepted ÷ presented
with its Wilson 95 % interval. One GROUP BY (rule, group) reads it all; a rule's overall
figures are the sum of its groups. A pair's uplift is conversion(challenger) −
conversion(champion) with Newcombe's hybrid score interval (newcombe.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import OfferPresentation
from app.models.enums import OfferOutcome
from app.rules.definition import RuleDefinition
from app.services.reports.breakdown import grouped
from app.services.reports.effectiveness_values import ChallengerPair, Conversion
from app.services.reports.latest_outcome import O, latest, shown_within
from app.services.reports.newcombe import newcombe_difference
from app.services.reports.scope import Scope
from app.services.reports.wilson import wilson_interval

P = OfferPresentation
ACCEPTED = OfferOutcome.ACCEPTED.value


def conversion_counts(
    session: Session, scope: Scope, start: datetime, end: datetime, by: str | None
) -> dict[tuple[str, str], tuple[int, int]]:
    """(rule id, group) -> (presented, accepted) for presentations within [start, end)."""
    inner, group = grouped(select(P.rule_id), by)
    rows = (
        inner.add_columns(group.label("grp"), latest(O.outcome))
        .where(*shown_within(scope, start, end))
        .subquery("grouped")
    )
    accepted = func.sum(case((rows.c.outcome == ACCEPTED, 1), else_=0))
    stmt = select(rows.c.rule_id, rows.c.grp, func.count(), accepted).group_by(
        rows.c.rule_id, rows.c.grp
    )
    return {(rule, grp): (n, int(yes or 0)) for rule, grp, n, yes in session.execute(stmt)}


def conversion(rule_id: str, group: str, presented: int, accepted: int) -> Conversion:
    interval = wilson_interval(accepted, presented)
    low, high = interval if interval else (None, None)
    rate = accepted / presented if presented else None
    return Conversion(rule_id, group, presented, accepted, rate, low, high)


def per_rule(counts: dict[tuple[str, str], tuple[int, int]]) -> list[Conversion]:
    """Each rule's figures over all its groups, by rule id."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (rule, _group), (presented, accepted) in counts.items():
        totals[rule][0] += presented
        totals[rule][1] += accepted
    return [conversion(rule, "", *totals[rule]) for rule in sorted(totals)]


def per_group(counts: dict[tuple[str, str], tuple[int, int]]) -> list[Conversion]:
    return [conversion(rule, group, *counts[rule, group]) for rule, group in sorted(counts)]


def challenger_pairs(
    rules: Sequence[RuleDefinition], overall: Sequence[Conversion]
) -> list[ChallengerPair]:
    """One pair per rule naming a challenger (enabled or not: its past still counts)."""
    by_id = {row.rule_id: row for row in overall}
    pairs = []
    for rule in sorted(rules, key=lambda r: r.id):
        if not rule.challenger:
            continue
        champion = by_id.get(rule.id) or conversion(rule.id, "", 0, 0)
        challenger = by_id.get(rule.challenger) or conversion(rule.challenger, "", 0, 0)
        pairs.append(_pair(champion, challenger, rule.challenger_share))
    return pairs


def _pair(champion: Conversion, challenger: Conversion, share: int) -> ChallengerPair:
    both = champion.presented + challenger.presented
    observed = challenger.presented / both if both else None
    uplift = newcombe_difference(
        challenger.accepted, challenger.presented, champion.accepted, champion.presented
    )
    difference, low, high = uplift if uplift else (None, None, None)
    return ChallengerPair(champion, challenger, share, observed, difference, low, high)
