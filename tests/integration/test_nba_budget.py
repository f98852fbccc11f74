"""A rule over its time budget, through NbaService on a real SQLite file: skipped, reported."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from app.models import RuleFailureReport
from app.rules.budget import RuleBudget
from tests.integration.action_helpers import AS_OF, birthday_customer, publish


def test_a_rule_over_its_budget_is_reported_per_rule_and_version(sqlite_db) -> None:
    first = birthday_customer(sqlite_db, "B1")
    second = birthday_customer(sqlite_db, "B2")
    nba = publish(sqlite_db)
    rule_set = dataclasses.replace(nba.rule_set(), budget=RuleBudget(0.0))
    result = nba.for_customer(first, AS_OF, rule_set=rule_set)
    assert result.actions == ()
    assert {e.rule_id for e in result.errors} == {"birthday_greeting", "card_fee_waiver"}
    assert all("time budget" in e.message for e in result.errors)
    nba.report_failures(result)
    later = nba.for_customer(second, AS_OF, rule_set=rule_set)
    assert all("on an earlier customer" in e.message for e in later.errors)
    nba.report_failures(later)
    with sqlite_db.reading() as session:
        rows = session.execute(
            select(
                RuleFailureReport.rule_id,
                RuleFailureReport.rule_version,
                RuleFailureReport.count,
                RuleFailureReport.last_customer,
            ).order_by(RuleFailureReport.rule_id)
        ).all()
    assert [tuple(row) for row in rows] == [
        ("birthday_greeting", 1, 2, "B2"),
        ("card_fee_waiver", 1, 2, "B2"),
    ]
    # The same customer with the set the desk really uses: within budget, as usual.
    assert [a.rule_id for a in nba.for_customer(first, AS_OF).actions] == ["birthday_greeting"]
