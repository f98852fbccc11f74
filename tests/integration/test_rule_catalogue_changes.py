"""A desk's compiled rules follow its attribute catalogue (issue 13): a column retyped or
dropped under a published rule (by sync from the server) fails that rule for its authors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from app.rules.definition import RuleDefinition
from app.services.rulebook.service import RuleBookError, RuleBookService
from tests.factories import make_customer
from tests.rule_fixtures import nba_for

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SHORT_TENURE = RuleDefinition(
    id="short_tenure",
    name="Short tenure",
    condition='attributes["tenure"] < 12',
    action="retention_call",
    script="Call",
)
MASS = RuleDefinition(
    id="mass", name="Mass", condition='segment == "mass"', action="hello", script="Hi"
)


def as_sync_writes(db, *statements: str) -> None:
    # The sync pull makes a desk's rows equal to the server's, in SQL like this.
    with db.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def test_a_retyped_column_recompiles_the_rules_and_lists_the_broken_one(sqlite_db) -> None:
    customer = make_customer(sqlite_db, attributes={"tenure": 2})
    nba = nba_for(sqlite_db, [SHORT_TENURE, MASS])
    first = nba.for_customer(customer, AS_OF)
    assert [a.rule_id for a in first.actions] == ["short_tenure", "mass"]
    assert first.errors == ()
    assert nba.rule_set() is nba.rule_set()  # nothing changed: compiled once

    as_sync_writes(sqlite_db, "UPDATE attribute_definitions SET type = 'text'")
    later = nba.for_customer(customer, AS_OF)
    assert [a.rule_id for a in later.actions] == ["mass"]
    (error,) = later.errors
    assert error.rule_id == "short_tenure"
    assert 'attributes["tenure"] is text' in error.message
    nba.report_failures(later)
    (failure,) = RuleBookService(sqlite_db, "author").failures()
    assert (failure.rule_id, failure.version) == ("short_tenure", 1)
    assert "(line 1, column 1)" in failure.message


def test_a_dropped_column_is_reported_not_silently_dead(sqlite_db) -> None:
    customer = make_customer(sqlite_db, attributes={"tenure": 2})
    nba = nba_for(sqlite_db, [SHORT_TENURE, MASS])
    assert nba.for_customer(customer, AS_OF).errors == ()
    as_sync_writes(
        sqlite_db, "DELETE FROM customer_attributes", "DELETE FROM attribute_definitions"
    )
    (error,) = nba.for_customer(customer, AS_OF).errors
    assert error.rule_id == "short_tenure"
    assert "unknown attribute 'tenure'" in error.message


def test_a_rollback_to_rules_the_columns_no_longer_fit_is_refused(sqlite_db) -> None:
    make_customer(sqlite_db, attributes={"tenure": 2})
    nba_for(sqlite_db, [SHORT_TENURE])
    book = RuleBookService(sqlite_db, "author")
    book.replace_draft([MASS])
    book.publish("without it")
    as_sync_writes(sqlite_db, "UPDATE attribute_definitions SET type = 'text'")
    with pytest.raises(RuleBookError) as caught:
        book.rollback(1)
    assert str(caught.value).startswith("not rolled back: rule 'short_tenure', field 'condition'")
    assert book.latest_version() == 2
    assert [rule.id for rule in book.draft()] == ["mass"]
