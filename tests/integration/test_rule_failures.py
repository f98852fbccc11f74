"""Rule failures for rule authors, recorded by really evaluating rules on a real SQLite file."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import text

from app.rules.definition import RuleDefinition
from app.services.actions.service import AutomaticActionService
from app.services.rulebook.failures import RuleFailureInfo
from app.services.rulebook.service import RuleBookService
from tests.factories import define_attributes, make_customer
from tests.integration.action_helpers import AS_OF, BIRTHDAY, publish

# Divides by a score: an arithmetic error where a customer's score is 0, while a customer
# without one (no value, or an empty one) reads null and the rule simply does not fire.
BROKEN = RuleDefinition(
    id="vip_note",
    name="VIP note",
    condition='10 / attributes["score"] > 1',
    action="offer_vip",
    script="Offer the VIP package",
)


def customers(db, notes: dict[str, str | None]) -> list[uuid.UUID]:
    """Customers with a note (a score of 0: the rule fails on them), or without one (None)."""
    define_attributes(db, {"score": "int"})
    return [
        make_customer(db, external_id, attributes={} if note is None else {"score": 0}, phones=())
        for external_id, note in notes.items()
    ]


def test_a_batch_run_counts_each_customer_the_rule_failed_on(sqlite_db) -> None:
    customers(sqlite_db, {"T1": "vip", "T2": "gold", "T3": "vip", "N1": None, "N2": None})
    nba = publish(sqlite_db, [BIRTHDAY, BROKEN])
    report = AutomaticActionService(sqlite_db, nba).run(AS_OF)
    assert report.customers == 5

    (failure,) = RuleBookService(sqlite_db, "author").failures()
    assert isinstance(failure, RuleFailureInfo)  # plain data, not an ORM row
    assert (failure.rule_id, failure.version) == ("vip_note", 1)
    # Three customers have a note: three failed evaluations, though in one batch (one write).
    assert failure.evaluations == 3
    assert "division by zero" in failure.message
    assert failure.last_customer in {"T1", "T2", "T3"}
    assert failure.first_seen <= failure.last_seen
    assert failure.first_seen.tzinfo is not None


def test_the_desk_path_counts_every_evaluation_and_keeps_the_first_sighting(sqlite_db) -> None:
    failing, fine = customers(sqlite_db, {"T1": "vip", "N1": None})
    nba = publish(sqlite_db, [BROKEN])
    for customer_id in (failing, fine, failing):
        nba.report_failures(nba.for_customer(customer_id, AS_OF))
    book = RuleBookService(sqlite_db, "author")
    (failure,) = book.failures()
    assert failure.evaluations == 2  # the same customer opened twice counts twice
    assert failure.last_customer == "T1"
    first = failure.first_seen
    nba.report_failures(nba.for_customer(failing, AS_OF + timedelta(days=1)))
    (later,) = book.failures()
    assert (later.first_seen, later.evaluations) == (first, 3)
    assert later.last_seen >= first


def test_each_published_version_is_listed_newest_first(sqlite_db) -> None:
    (customer,) = customers(sqlite_db, {"T1": "vip"})
    nba = publish(sqlite_db, [BROKEN])
    nba.report_failures(nba.for_customer(customer, AS_OF))
    book = RuleBookService(sqlite_db, "author")
    book.publish("again")  # version 2, the same broken rule
    nba.report_failures(nba.for_customer(customer, AS_OF))
    assert [(f.rule_id, f.version) for f in book.failures()] == [
        ("vip_note", 2),
        ("vip_note", 1),
    ]


def test_a_report_for_a_version_that_is_not_published_is_left_out(sqlite_db) -> None:
    define_attributes(sqlite_db, {"score": "int"})
    publish(sqlite_db, [BROKEN])
    with sqlite_db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO rule_failures (rule_id, rule_version, message, count, first_seen,"
                " last_seen, last_customer) VALUES ('ghost', 99, 'boom', 4, :at, :at, 'X')"
            ),
            {"at": AS_OF.replace(tzinfo=None).isoformat(sep=" ")},
        )
    assert RuleBookService(sqlite_db, "author").failures() == []


def test_nothing_failed_nothing_listed(sqlite_db) -> None:
    customers(sqlite_db, {"N1": None})
    nba = publish(sqlite_db, [BROKEN])
    AutomaticActionService(sqlite_db, nba).run(AS_OF)
    assert RuleBookService(sqlite_db, "author").failures() == []
