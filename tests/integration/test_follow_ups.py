"""Prompts that ask for a follow-up call: `acrm actions run` queues one per rule and period."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.models import OutboxEntry, QueueItem
from app.rules.definition import parse_rule
from app.services.actions.service import AutomaticActionService
from app.services.rulebook.service import RuleBookService
from tests import rule_fixtures as examples
from tests.factories import add_consent, make_customer
from tests.integration.action_helpers import AS_OF

# A prompt for affluent customers that also asks for a call within 7 days, with consent.
CALL_BACK = examples.AFFLUENT.with_changes(follow_up_days=7, requires_consent="phone")


def floor(db):
    nba = examples.nba_for(db, [CALL_BACK, examples.MASS])
    anna = make_customer(db, "A1", first_name="Anna", segment="affluent")
    add_consent(db, anna, "phone", "marketing", True, AS_OF - timedelta(days=30))
    make_customer(db, "A2", first_name="Bez", segment="affluent")  # no consent: no call
    make_customer(db, "M1", segment="mass")  # a prompt without a follow-up
    return AutomaticActionService(db, nba), anna


def follow_ups(db) -> list[QueueItem]:
    with db.reading() as session:
        items = list(session.scalars(select(QueueItem).where(QueueItem.kind == "follow_up")))
        for item in items:
            session.expunge(item)
        return items


def test_an_offered_prompt_queues_one_call_in_the_centre_pool(sqlite_db) -> None:
    runner, anna = floor(sqlite_db)

    report = runner.run(AS_OF)

    assert report.follow_ups == 1
    [item] = follow_ups(sqlite_db)
    assert (item.customer_id, item.assigned_to, item.team_id) == (anna, None, None)
    assert (item.due_at, item.window_end) == (AS_OF, AS_OF + timedelta(days=7))
    assert (item.reason, item.rule_id, item.action) == (
        CALL_BACK.name, CALL_BACK.id, CALL_BACK.action)  # fmt: skip
    assert item.script == "Good morning Anna, may I tell you about our funds?"
    assert item.priority == CALL_BACK.priority and item.status == "open"
    with sqlite_db.reading() as session:
        sent = session.scalars(
            select(OutboxEntry.operation).where(OutboxEntry.entity_id == item.id)
        ).all()
    assert sent == ["insert"]  # it travels to the server


def test_re_runs_add_nothing_until_the_next_period(sqlite_db) -> None:
    runner, _ = floor(sqlite_db)
    runner.run(AS_OF)
    assert runner.run(AS_OF).follow_ups == 0
    assert runner.run(AS_OF + timedelta(days=1)).follow_ups == 0  # still pending
    with sqlite_db.unit_of_work() as uow:
        uow.session.scalars(select(QueueItem)).one().status = "done"
        uow.commit()
    # Done, but the same day is the same 7-day period: not again.
    assert runner.run(AS_OF + timedelta(hours=2)).follow_ups == 0
    assert runner.run(AS_OF + timedelta(days=7)).follow_ups == 1
    assert len(follow_ups(sqlite_db)) == 2


def test_follow_up_days_survive_export_and_import(sqlite_db) -> None:
    book = RuleBookService(sqlite_db, author="author")
    book.replace_draft([CALL_BACK, examples.MASS])
    exported = book.export(draft=True)["rules"]
    assert exported[0]["follow_up_days"] == 7
    assert "follow_up_days" not in exported[1]  # rules without one keep their old shape
    assert [parse_rule(data) for data in exported] == [CALL_BACK, examples.MASS]
