"""A published version whose document is not a rule set is skipped; the desk keeps the last good.

Such versions are written with SQL (as `psql` or an old server allowed), into a real SQLite
file and into PostgreSQL whence the feed brings them to a desk.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from app.cli import main
from app.rules.compiler import SkippedVersion
from app.services.nba.features import FeatureLoader
from app.services.nba.service import NbaService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookError, RuleBookService, publish_on_server
from app.services.storage.db import Database
from tests.factories import make_customer, seed_wrapup_codes
from tests.rule_fixtures import SAVINGS
from tests.sync_helpers import (
    BOTH_ROUTES,
    add_server_user,
    as_superuser,
    open_desktop,
    unique_login,
)

AT = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
# version -> the stored JSON text of its rules; each is not a rule set.
BAD = {
    2: "null",
    3: '"garbage"',
    4: '[{"id": "no_name", "condition": "true"}]',  # a rule missing fields
    5: '[{"id": "x", "name": "X", "condition": "true", "colour": "red"}]',  # an unknown field
}
REASONS = {
    2: "its rules are null, not a list",
    3: "its rules are text, not a list",
    4: "'name'",
    5: "'colour'",
}
# A fixed server refuses such documents (issue 10); the superuser takes its checks away first.
OLD_SERVER = """
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE contype = 'c' AND conrelid = 'rule_set_versions'::regclass
    LOOP
        EXECUTE format('ALTER TABLE rule_set_versions DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;
"""
INSERT = (
    "INSERT INTO rule_set_versions (version, published_at, published_by, note, rules) "
    "VALUES (:v, :at, 'psql', 'bad', {rules})"
)


def nba(db: Database, author: str = "agent", server=None) -> NbaService:
    return NbaService(db, RuleCache(RuleBookService(db, author, server)), FeatureLoader(db))


def assert_keeps_version_1(service: NbaService, customer) -> None:
    result = service.for_customer(customer, AT)
    assert result.rule_version == 1
    assert [action.rule_id for action in result.prompts] == ["offer_savings"]
    skipped = {error.rule_id: error.message for error in result.errors}
    for version, reason in REASONS.items():
        message = skipped[f"(version {version})"]
        assert f"rule set version {version} is not a rule set" in message and reason in message


def test_sqlite_bad_versions_are_skipped_by_nba_and_named_by_rules_versions(sqlite_db, capsys):
    customer = make_customer(sqlite_db, external_id="C1", segment="mass")
    book = RuleBookService(sqlite_db, "author")
    book.replace_draft([SAVINGS])
    assert book.publish("good") == 1
    with sqlite_db.engine.begin() as connection:
        for version, rules in {**BAD, 6: "garbage"}.items():  # 6: not even JSON
            connection.execute(text(INSERT.format(rules=":rules")),
                               {"v": version, "at": AT, "rules": rules})  # fmt: skip

    service = nba(sqlite_db)
    assert_keeps_version_1(service, customer)
    result = service.for_customer(customer, AT)
    assert "(version 6)" in {error.rule_id for error in result.errors}
    service.report_failures(result)  # rule authors hear of it like any failing rule
    reported = {(failure.rule_id, failure.message) for failure in book.failures()}
    assert any(rule_id == "(version 3)" and "text, not a list" in m for rule_id, m in reported)

    assert main(["--db", sqlite_db.url, "nba", "C1", "--at", AT.isoformat(), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["rule_version"] == 1
    assert main(["--db", sqlite_db.url, "nba", "--all", "--jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["rule_version"] for line in lines] == [1]
    assert main(["--db", sqlite_db.url, "rules", "versions"]) == 0
    listed = capsys.readouterr().out
    assert (
        "skipped by desks: rule set version 6 is not a rule set: its rules are not valid JSON"
        in listed
    )
    assert "skipped by desks: rule set version 2 is not a rule set" in listed
    assert main(["--db", sqlite_db.url, "rules", "export"]) == 2  # the latest: not a rule set
    assert "rule set version 6 is not a rule set" in capsys.readouterr().err
    assert main(["--db", sqlite_db.url, "rules", "rollback", "3"]) == 2
    assert "rule set version 3 is not a rule set" in capsys.readouterr().err


@pytest.fixture
def desks(pg_url, desk_url, tmp_path, _sqlite_template):
    server = Database(pg_url)
    seed_wrapup_codes(server)
    make_customer(server, external_id="C1", segment="mass")
    author, agent = unique_login("author"), unique_login("a")
    add_server_user(pg_url, author, role="rule_author")
    add_server_user(pg_url, agent)
    opened = [open_desktop(desk_url, login, tmp_path / f"{login}.sqlite3", _sqlite_template)
              for login in (author, agent)]  # fmt: skip
    for desk in opened:
        desk.sync.run_once()
    yield pg_url, *opened
    for desk in opened:
        desk.close()
    server.dispose()


@BOTH_ROUTES
def test_postgres_bad_versions_reach_a_desk_by_sync_and_are_skipped(desks):
    pg_url, author, agent = desks
    book = RuleBookService(author.db, author.login, server=author.sync.server_database)
    book.replace_draft([SAVINGS])
    assert book.publish("good") == 1
    # Written past the server's checks (as an old server allowed), announced as the feed would.
    feed = ("INSERT INTO change_log (txid, entity, entity_key, op, changed_at) "
            "VALUES (txid_current(), 'rule_set_version', :key, 'insert', now())")  # fmt: skip
    statements = [(OLD_SERVER, {})]
    for version, rules in BAD.items():
        insert = INSERT.format(rules="CAST(:rules AS json)")
        statements += [(insert, {"v": version, "at": AT, "rules": rules}),
                       (feed, {"key": str(version)})]  # fmt: skip
    as_superuser(pg_url, *statements)
    report = agent.sync.run_once()
    assert report.skipped == () and report.pulled == 1 + len(BAD)  # stored as they are, and ...
    with agent.db.reading() as session:
        from app.models import Customer

        customer = session.query(Customer.id).scalar()
    service = nba(agent.db, agent.login, agent.sync.server_database)
    assert_keeps_version_1(service, customer)  # ... skipped when the rules are read
    assert isinstance(service.rule_set().errors[0], SkippedVersion)


def test_a_document_the_server_refuses_is_said_at_once_not_retried(pg_url, tmp_path):
    author = unique_login("author")
    add_server_user(pg_url, author, role="rule_author")
    desk = open_desktop(pg_url, author, tmp_path / "author.sqlite3")
    try:
        server = desk.sync.server_database()
        values = {"published_at": AT, "published_by": author, "note": "", "rules": "garbage"}
        with pytest.raises(RuleBookError, match="not published: the server refused it"):
            publish_on_server(server, values)
        with server.reading() as session:
            assert session.execute(text("SELECT count(*) FROM rule_set_versions")).scalar() == 0
    finally:
        desk.close()
