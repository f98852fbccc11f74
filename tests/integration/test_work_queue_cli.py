"""`acrm queue mine | pool | next | take | close` on the embedded database (real SQLite)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.cli_runner import acrm
from tests.integration.queue_helpers import ME, OTHER, floor

REAL_NOW = datetime.now(UTC).replace(microsecond=0)
CALLBACK_KEYS = {"id", "customer_id", "customer_name", "customer_number", "kind", "due_at",
                 "note", "assignee", "assignee_name", "mine"}  # fmt: skip


@pytest.fixture
def team(sqlite_db, tmp_path, monkeypatch):
    # Calls allowed all day, every day: these tests must not depend on when they run.
    config = tmp_path / "config.toml"
    config.write_text('[calling_hours]\nweekdays = "00:00-24:00"\nsaturday = "00:00-24:00"\n'
                      'sunday = "00:00-24:00"\nretry_minutes = 90\n', "utf-8")  # fmt: skip
    monkeypatch.setenv("ACRM_CONFIG", str(config))
    return floor(sqlite_db)


def run(team, *args: str, login: str = ME) -> int:
    return acrm(["--db", str(team.db.engine.url), "queue", *args, "--login", login])


def test_mine_json_keeps_the_callback_keys_and_adds_the_queue_ones(team, capsys) -> None:
    first = team.item(due_at=REAL_NOW - timedelta(hours=2), note="Limit karty")
    second = team.item(due_at=REAL_NOW + timedelta(hours=2), kind="follow_up", priority=3)
    assert run(team, "mine", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in listed] == [str(first), str(second)]
    assert set(listed[0]) >= CALLBACK_KEYS
    assert (listed[0]["assignee"], listed[0]["mine"]) == (ME, True)
    assert listed[0]["note"] == "Limit karty"
    assert listed[0]["callable_now"] is True and listed[0]["overdue"] is True
    assert listed[1]["blocked"] == "before_window" and listed[1]["priority"] == 3
    assert listed[1]["callable_from"] == (REAL_NOW + timedelta(hours=2)).isoformat()
    assert {"status", "attempts", "max_attempts", "window_end", "short_id"} <= set(listed[1])


def test_mine_text_flags_overdue_and_when_callable(team, capsys) -> None:
    team.item(due_at=REAL_NOW - timedelta(hours=2))
    team.item(due_at=REAL_NOW + timedelta(hours=2), kind="campaign", reason="Kredyt")
    assert run(team, "mine") == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert "overdue" in lines[1] and "now" in lines[1] and "C1 Anna Nowak" in lines[1]
    assert "overdue" not in lines[2] and "from " in lines[2] and "Kredyt" in lines[2]
    assert "2 item(s) in your queue: 1 open callback(s)" in out.err


def test_take_by_prefix_one_winner_and_the_loser_told_who(team, capsys) -> None:
    item = team.item(None, due_at=REAL_NOW - timedelta(minutes=5))
    assert run(team, "pool", "--json") == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == [str(item)]
    assert run(team, "take", item.hex[:8]) == 0
    assert f"{item.hex[:8]}: taken" in capsys.readouterr().out
    assert run(team, "take", item.hex[:8], login=OTHER) == 2
    assert f"was taken by {ME}" in capsys.readouterr().err


def test_next_prints_the_customer_reason_and_script(team, capsys) -> None:
    item = team.item(due_at=REAL_NOW - timedelta(minutes=5), reason="Oferta karty",
                     script="Dzień dobry, dzwonię z banku.")  # fmt: skip
    assert run(team, "next") == 0
    out = capsys.readouterr().out
    assert item.hex[:8] in out and "C1 Anna Nowak" in out
    assert "reason: Oferta karty" in out and "Dzień dobry, dzwonię z banku." in out
    assert team.get(item).status == "in_progress"


def test_next_with_nothing_callable_exits_1_and_says_when(team, capsys) -> None:
    assert run(team, "next") == 1
    assert "your queue and your team's pool are empty" in capsys.readouterr().err
    team.item(due_at=REAL_NOW + timedelta(hours=3))
    assert run(team, "next") == 1
    assert "the next item may be called from" in capsys.readouterr().err


def test_close_outcomes_and_refusals(team, capsys) -> None:
    item = team.item(due_at=REAL_NOW - timedelta(minutes=5))
    assert run(team, "close", item.hex[:8], "--outcome", "no_answer", "--note", "Poczta") == 0
    assert "no_answer -> open, next try from" in capsys.readouterr().out
    assert team.get(item).attempts == 1 and team.get(item).note == "Poczta"
    at = (REAL_NOW + timedelta(days=2)).isoformat()
    assert run(team, "close", item.hex[:8], "--outcome", "rescheduled", "--at", at) == 0
    assert team.get(item).due_at == REAL_NOW + timedelta(days=2)
    capsys.readouterr()
    assert run(team, "close", item.hex[:8], "--outcome", "rescheduled", "--at", "jutro") == 2
    assert "--at: 'jutro' is not a date and time" in capsys.readouterr().err
    assert run(team, "close", item.hex[:8], "--outcome", "reached", login=OTHER) == 2
    assert "belongs to someone else" in capsys.readouterr().err
    assert run(team, "close", item.hex[:8], "--outcome", "answered") == 2
    assert "outcome: 'answered' is not one of reached, no_answer" in capsys.readouterr().err
    assert run(team, "close", item.hex[:8], "--outcome", "reached") == 0
    assert "reached -> done" in capsys.readouterr().out
