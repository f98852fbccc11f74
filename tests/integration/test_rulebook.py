"""The rule book on a real SQLite file: drafts, publishing, versions, rollback, diff, cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.rules.definition import RuleDefinition
from app.services.errors import NotFound
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import (
    RuleBookError,
    RuleBookService,
    diff_rules,
    read_rules_file,
)


def rule(rule_id: str, condition: str = "age > 18", **changes) -> RuleDefinition:
    return RuleDefinition(
        id=rule_id, name=rule_id.title(), condition=condition, action=rule_id, script="Hello"
    ).with_changes(**changes)


@pytest.fixture
def book(sqlite_db) -> RuleBookService:
    return RuleBookService(sqlite_db, author="anna.author")


def test_publish_snapshots_the_draft_as_numbered_versions(book: RuleBookService) -> None:
    book.replace_draft([rule("a"), rule("b")])
    assert book.publish("first") == 1
    book.save_rule(rule("a", priority=90))
    assert book.publish("raise a") == 2
    assert [v.version for v in book.versions()] == [2, 1]
    assert book.versions()[1].note == "first" and book.versions()[0].published_by == "anna.author"
    _v, first = book.version_rules(1)
    assert first[0].priority == 50  # version 1 is immutable
    _v, latest = book.version_rules()
    assert latest[0].priority == 90


def test_a_rule_that_does_not_compile_is_never_saved_or_published(book: RuleBookService) -> None:
    book.replace_draft([rule("a")])
    with pytest.raises(RuleBookError, match="rule 'bad', field 'condition'"):
        book.save_rule(rule("bad", "age >"))
    with pytest.raises(RuleBookError, match="nope"):
        book.replace_draft([rule("a"), rule("b", "nope > 1")])
    assert [r.id for r in book.draft()] == ["a"]  # the failed import kept nothing
    assert book.latest_version() is None


def test_publish_with_nothing_drafted_is_refused(book: RuleBookService) -> None:
    with pytest.raises(RuleBookError, match="no draft rules"):
        book.publish()


def test_rollback_republishes_an_older_version(book: RuleBookService) -> None:
    book.replace_draft([rule("a")])
    book.publish()
    book.replace_draft([rule("b")])
    book.publish()
    assert book.rollback(1) == 3
    _v, rules = book.version_rules()
    assert [r.id for r in rules] == ["a"]
    assert book.versions()[0].copied_from == 1
    assert [r.id for r in book.draft()] == ["a"]
    with pytest.raises(NotFound):
        book.rollback(42)


def test_rename_and_delete_in_the_draft(book: RuleBookService) -> None:
    book.replace_draft([rule("a"), rule("b")])
    book.save_rule(rule("a2"), replaces="a")
    assert [r.id for r in book.draft()] == ["a2", "b"]  # keeps its place
    with pytest.raises(RuleBookError, match="already used"):
        book.save_rule(rule("b"), replaces="a2")
    book.delete_rule("b")
    assert [r.id for r in book.draft()] == ["a2"]
    with pytest.raises(NotFound):
        book.delete_rule("b")


def test_diff_between_versions() -> None:
    old = [rule("a"), rule("b")]
    new = [rule("a", priority=70), rule("c")]
    changes = diff_rules(old, new)
    assert [(c.rule_id, c.change) for c in changes] == [
        ("a", "changed"),
        ("c", "added"),
        ("b", "removed"),
    ]
    assert changes[0].fields == (("priority", 50, 70),)


def test_rules_file_errors_name_line_rule_and_field(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text('{"rules": [\n  {"id": "a",}\n]}', encoding="utf-8")
    with pytest.raises(RuleBookError, match=r"line 2, column \d+: not valid JSON"):
        read_rules_file(path)
    path.write_text(json.dumps({"rules": [rule("a").to_dict(), {"id": "b", "name": "B"}]}))
    with pytest.raises(RuleBookError, match="rule 'b', field 'condition': is required"):
        read_rules_file(path)
    bad = rule("c", "age > 3 and\n  segmnt == 'x'").to_dict()
    path.write_text(json.dumps({"rules": [bad]}))
    with pytest.raises(RuleBookError, match=r"rule 'c', field 'condition'.*line 2, column 3"):
        read_rules_file(path)
    path.write_text(json.dumps({"rules": [rule("a").to_dict()]}))
    assert [r.id for r in read_rules_file(path)] == ["a"]


def test_cache_compiles_once_per_version_and_follows_publishing(book: RuleBookService) -> None:
    cache = RuleCache(book)
    assert cache.current().version == 0 and cache.current().rules == ()
    book.replace_draft([rule("a")])
    book.publish()
    first = cache.current()
    assert first.version == 1 and [r.id for r in first.rules] == ["a"]
    assert cache.current() is first  # not recompiled
    book.replace_draft([rule("a"), rule("b", enabled=False), rule("c")])
    book.publish()
    assert [r.id for r in cache.current().rules] == ["a", "c"]
