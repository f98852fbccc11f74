"""The server decides who takes, reassigns and closes queue items: plain SQL as each role.

Every attack runs as a real login (SCRAM), as `psql` would send it, and must either fail or
touch nothing; the fingerprint of the whole database proves nothing else moved.
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import timedelta

import psycopg
import pytest

from tests.security_helpers import (  # noqa: F401  (fixtures)
    NOW,
    Cast,
    Person,
    cast,
    hardened_server,
    refused_or_nothing,
    run_as,
    unchanged,
)

TAKE = (
    "UPDATE queue_items SET assigned_to = acrm_current_user_id(), updated_at = now() "
    "WHERE id = %s AND assigned_to IS NULL AND status = 'open'"
)


def add_item(on: Cast, owner: Person | None, team: str = "mine", status: str = "open") -> uuid.UUID:
    """An item of `owner` (None: the pool); team "mine" (the cast's team), "other" or "centre"."""
    item = uuid.uuid4()
    with on.superuser() as conn:
        team_id = {
            "mine": on.team_id,
            "centre": None,
            "other": conn.execute(
                "SELECT team_id FROM users WHERE login = %s", (on.outsider.login,)
            ).fetchone()[0],
        }[team]
        conn.execute(
            "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, "
            "status, note, created_at, updated_at) VALUES (%s, 'follow_up', %s, %s, %s, %s, %s, "
            "'', %s, %s)",
            (item, on.customers[0], owner.user_id if owner else None, team_id,
             NOW + timedelta(hours=1), status, NOW, NOW),
        )  # fmt: skip
    return item


def row(on: Cast, item: uuid.UUID) -> tuple:
    with on.superuser() as conn:
        return conn.execute(
            "SELECT assigned_to, status, attempts, outcome FROM queue_items WHERE id = %s", (item,)
        ).fetchone()


@pytest.mark.parametrize("group", ["agent", "team_lead"])
def test_a_member_takes_a_pool_item_of_their_team_or_the_centre_for_themselves(
    cast: Cast,  # noqa: F811
    group: str,
) -> None:
    person = cast.member(group)
    for team in ("mine", "centre"):
        item = add_item(cast, None, team)
        assert run_as(cast, person, TAKE, (item,)) == 1
        assert row(cast, item)[0] == person.user_id


def test_nobody_takes_a_taken_item_or_another_teams_pool(cast: Cast) -> None:  # noqa: F811
    taken = add_item(cast, cast.other_agent)
    theirs = add_item(cast, None, "other")
    done = add_item(cast, None, status="done")
    with unchanged(cast):
        for person in (cast.agent, cast.team_lead, cast.outsider):
            assert refused_or_nothing(cast, person, TAKE, (taken,)) == ""
        for person in (cast.agent, cast.team_lead):
            assert refused_or_nothing(cast, person, TAKE, (theirs,)) == ""
        assert refused_or_nothing(cast, cast.agent, TAKE, (done,)) == ""


def test_an_agent_never_gives_work_to_someone_else(cast: Cast) -> None:  # noqa: F811
    own = add_item(cast, cast.agent)
    pool = add_item(cast, None)
    give = "UPDATE queue_items SET assigned_to = %s, updated_at = now() WHERE id = %s"
    with unchanged(cast):
        for item in (own, pool):
            for target in (cast.other_agent, cast.outsider):
                assert refused_or_nothing(cast, cast.agent, give, (target.user_id, item)) == "42501"
        # Not back into the pool either: only a team lead moves work around.
        assert refused_or_nothing(cast, cast.agent, give, (None, own)) == "42501"


def test_an_agent_records_attempts_only_on_their_own_items(cast: Cast) -> None:  # noqa: F811
    own = add_item(cast, cast.agent)
    theirs = add_item(cast, cast.other_agent)
    outsiders = cast.outsider_item
    pool = add_item(cast, None)
    attempt = (
        "UPDATE queue_items SET attempts = attempts + 1, outcome = 'no_answer', "
        "last_attempt_at = now(), due_at = due_at + interval '2 hours', status = 'open', "
        "updated_at = now() WHERE id = %s"
    )
    close = "UPDATE queue_items SET status = 'done', outcome = 'reached' WHERE id = %s"
    with unchanged(cast):
        for item in (theirs, outsiders):
            assert refused_or_nothing(cast, cast.agent, attempt, (item,)) == ""
            assert refused_or_nothing(cast, cast.agent, close, (item,)) == ""
        # A pool item cannot be worked without taking it (the new row must be mine).
        assert refused_or_nothing(cast, cast.agent, attempt, (pool,)) == "42501"
    assert run_as(cast, cast.agent, attempt, (own,)) == 1
    assert row(cast, own)[2:] == (1, "no_answer")
    assert run_as(cast, cast.agent, close, (own,)) == 1


def test_an_agent_may_not_touch_what_only_leads_and_generators_set(cast: Cast) -> None:  # noqa: F811
    own = add_item(cast, cast.agent)
    with unchanged(cast):
        for column, value in (("priority", "9"), ("max_attempts", "99"), ("window_end", "now()"),
                              ("team_id", "NULL"), ("script", "'x'")):  # fmt: skip
            statement = f"UPDATE queue_items SET {column} = {value} WHERE id = %s"
            assert refused_or_nothing(cast, cast.agent, statement, (own,)) == "42501"


def test_a_team_lead_keeps_rebalancing_the_team_and_records_attempts(cast: Cast) -> None:  # noqa: F811
    item = add_item(cast, cast.agent)
    give = "UPDATE queue_items SET assigned_to = %s, updated_at = now() WHERE id = %s"
    assert run_as(cast, cast.team_lead, give, (cast.other_agent.user_id, item)) == 1
    attempt = "UPDATE queue_items SET attempts = 2, outcome = 'busy' WHERE id = %s"
    assert run_as(cast, cast.team_lead, attempt, (item,)) == 1
    assert row(cast, item) == (cast.other_agent.user_id, "open", 2, "busy")
    with unchanged(cast):
        assert refused_or_nothing(cast, cast.team_lead, give,
                                  (cast.outsider.user_id, item)) == "42501"  # fmt: skip
        assert refused_or_nothing(cast, cast.team_lead, attempt, (cast.outsider_item,)) == ""


def test_a_deactivated_person_takes_and_closes_nothing(cast: Cast) -> None:  # noqa: F811
    own = add_item(cast, cast.agent)
    pool = add_item(cast, None)
    with cast.superuser() as conn:
        conn.execute("UPDATE users SET active = false WHERE id = %s", (cast.agent.user_id,))
    with unchanged(cast):
        assert refused_or_nothing(cast, cast.agent, TAKE, (pool,)) != ""
        close = "UPDATE queue_items SET status = 'done' WHERE id = %s"
        assert refused_or_nothing(cast, cast.agent, close, (own,)) != ""
    assert row(cast, pool)[0] is None and row(cast, own)[1] == "open"


def take_into(conn, item: uuid.UUID, touched: list[int]) -> None:
    touched.append(conn.execute(TAKE.encode(), (item,)).rowcount)


def test_two_takers_at_once_exactly_one_wins(cast: Cast) -> None:  # noqa: F811
    """The second UPDATE waits for the first transaction, then finds the row taken."""
    for _ in range(3):
        item = add_item(cast, None)
        first = cast.connect(cast.agent, autocommit=False)
        second = cast.connect(cast.other_agent, autocommit=False)
        try:
            assert first.execute(TAKE.encode(), (item,)).rowcount == 1  # holds the row lock
            touched: list[int] = []
            waiter = threading.Thread(target=take_into, args=(second, item, touched))
            waiter.start()
            waiter.join(timeout=0.5)
            assert waiter.is_alive(), "the second taker should wait for the first"
            first.commit()
            waiter.join(timeout=30)
            second.commit()
            assert touched == [0]
        finally:
            first.close()
            second.close()
        assert row(cast, item)[0] == cast.agent.user_id


def test_many_takers_racing_leave_one_owner(cast: Cast) -> None:  # noqa: F811
    people = [cast.agent, cast.other_agent, cast.team_lead]
    for _ in range(5):
        item = add_item(cast, None)
        barrier = threading.Barrier(len(people))
        wins: list[str] = []

        def press(person: Person, item=item, barrier=barrier, wins=wins) -> None:
            with cast.connect(person) as conn:
                barrier.wait()
                if conn.execute(TAKE.encode(), (item,)).rowcount == 1:
                    wins.append(person.login)

        threads = [threading.Thread(target=press, args=(p,)) for p in people]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert len(wins) == 1
        owner = row(cast, item)[0]
        assert owner == next(p.user_id for p in people if p.login == wins[0])


def test_the_feed_announces_a_take_and_the_audit_log_names_the_taker(cast: Cast) -> None:  # noqa: F811
    item = add_item(cast, None)
    with cast.superuser() as conn:
        before = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    assert run_as(cast, cast.agent, TAKE, (item,)) == 1
    with cast.superuser() as conn:
        feed = conn.execute(
            "SELECT entity, entity_key FROM change_log WHERE seq > %s", (before,)
        ).fetchall()
        audit = conn.execute(
            "SELECT actor FROM audit_log WHERE target = %s AND action = 'queue_items.update'",
            (str(item),),
        ).fetchall()
    assert ("queue_item", str(item)) in feed
    assert audit == [(cast.agent.login,)]


FOLLOW_UP = (
    "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, status, note, "
    "rule_id, created_at, updated_at) VALUES (%s, 'follow_up', %s, NULL, NULL, now(), 'open', "
    "'', %s, now(), now())"
)


def test_only_administrators_queue_rule_follow_ups_in_the_centre_pool(cast: Cast) -> None:  # noqa: F811
    with unchanged(cast):
        for person in (cast.agent, cast.team_lead, cast.rule_author):
            params = (uuid.uuid4(), cast.customers[0], "call_back")
            assert refused_or_nothing(cast, person, FOLLOW_UP, params) == "42501"
        # Not even an administrator puts a pool item there that no rule asked for.
        assert refused_or_nothing(cast, cast.admin, FOLLOW_UP,
                                  (uuid.uuid4(), cast.customers[0], "")) == "42501"  # fmt: skip
    item = uuid.uuid4()
    assert run_as(cast, cast.admin, FOLLOW_UP, (item, cast.customers[0], "call_back")) == 1
    assert row(cast, item)[:2] == (None, "open")


PUBLISH = (
    "INSERT INTO rule_set_versions (version, published_at, published_by, note, rules) "
    "VALUES ((SELECT coalesce(max(version), 0) + 1 FROM rule_set_versions), now(), "
    "current_user, 'probe', %s::json)"
)


def test_the_servers_rule_check_takes_follow_up_days_as_a_number(cast: Cast) -> None:  # noqa: F811
    rule = {"id": "r1", "name": "Rule", "condition": "age > 30", "script": "Hello"}
    good = json.dumps([{**rule, "follow_up_days": 7}])
    assert run_as(cast, cast.rule_author, PUBLISH, (good,)) == 1
    with pytest.raises(psycopg.errors.CheckViolation, match="field follow_up_days: must be a"):
        run_as(cast, cast.rule_author, PUBLISH, (json.dumps([{**rule, "follow_up_days": "7"}]),))
