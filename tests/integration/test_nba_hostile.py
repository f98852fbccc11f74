"""`acrm nba` and `acrm actions run` on customers whose data would make hostile rules hang."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from app.models import RuleSetVersion
from app.rules.definition import RuleDefinition, RuleKind
from app.services.rulebook.service import RuleBookError, RuleBookService
from tests.deadline import run_cli
from tests.integration.action_helpers import birthday_customer, publish

AT = "2026-11-20T12:00"  # AS_OF, without a zone: taken as UTC
PATTERNS = ["(a|a)*b", "(a|aa)*c", "(.*a){12}b", ".*" * 20 + "b"]
NESTED = "$any([$any([a == b for a in city.to_ary]) for b in city.to_ary])"


def regex_rules() -> list[RuleDefinition]:
    """The finding's rules, as prompts (none matches a city of 'a's) and one automatic rule."""
    prompts = [
        RuleDefinition(
            id=f"regex_{i}",
            name=f"Regex {i}",
            condition=f'city =~ "{pattern}"',
            action=f"offer_{i}",
            script="Hello",
        )
        for i, pattern in enumerate(PATTERNS)
    ]
    greeting = RuleDefinition(
        id="greet_a_city",
        name="Greet",
        condition='is_birthday and city =~~ "(.*a){12}"',
        kind=RuleKind.AUTOMATIC,
        action="send_birthday_email",
        channel="email",
    )
    return [*prompts, greeting]


@pytest.fixture
def hostile(sqlite_db):
    """A birthday customer with 34 'a's as the city, and one with 10 000."""
    birthday_customer(sqlite_db, "H34", city="a" * 34)
    birthday_customer(sqlite_db, "H10K", city="a" * 10_000)
    publish(sqlite_db, regex_rules())
    return sqlite_db


@pytest.mark.parametrize("customer", ["H34", "H10K"])
def test_the_panel_of_a_hostile_city_shows_at_once(hostile, customer: str) -> None:
    done = run_cli("--db", hostile.url, "nba", customer, "--at", AT, "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert [a["rule_id"] for a in shown["actions"]] == ["greet_a_city"]
    assert shown["errors"] == []


def test_nba_all_and_the_daily_job_finish(hostile) -> None:
    done = run_cli("--db", hostile.url, "nba", "--all", "--jsonl", "--at", AT)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["customer_id"] for line in done.stdout.splitlines()] == [
        "H10K",
        "H34",
    ]
    done = run_cli("--db", hostile.url, "actions", "run", "--at", AT)
    assert done.returncode == 0, done.stderr
    assert "customers evaluated: 2" in done.stdout
    assert "rule failures: 0" in done.stdout


def test_nested_loops_cannot_be_saved(sqlite_db) -> None:
    book = RuleBookService(sqlite_db, author="author")
    nested = RuleDefinition(id="loops", name="Loops", condition=NESTED, action="a", script="s")
    with pytest.raises(RuleBookError, match=r"rule 'loops', field 'condition': a loop inside"):
        book.replace_draft([nested])
    assert book.draft() == []


def test_a_version_written_behind_the_checker_skips_the_nested_loops(hostile) -> None:
    # As if someone wrote the version with psql: the checker never saw it.
    nested = RuleDefinition(id="loops", name="Loops", condition=NESTED, action="a", script="s")
    with hostile.unit_of_work() as uow:
        uow.session.add(
            RuleSetVersion(
                version=2,
                published_at=datetime.now(UTC),
                published_by="psql",
                note="behind the checker",
                rules=[nested.to_dict(), *(r.to_dict() for r in regex_rules())],
            )
        )
        uow.commit()
    done = run_cli("--db", hostile.url, "nba", "H10K", "--at", AT, "--json")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["rule_version"] == 2
    assert [a["rule_id"] for a in shown["actions"]] == ["greet_a_city"]
    assert [e["rule_id"] for e in shown["errors"]] == ["loops"]
    assert "a loop inside a loop" in shown["errors"][0]["message"]
