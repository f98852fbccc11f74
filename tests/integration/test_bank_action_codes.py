"""The bank's own action codes end to end: rules file -> draft -> published -> ledger -> outbox."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services.config import WEBHOOK_URL_ENV
from app.services.rulebook.service import RuleBookService
from tests.integration.action_helpers import BIRTHDAY, birthday_customer
from tests.rule_fixtures import file_shape

AT = "2026-11-20T12:00"


@pytest.fixture(autouse=True)
def no_webhook_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WEBHOOK_URL_ENV, raising=False)


def write(path: Path, rules: list[dict]) -> Path:
    path.write_text(json.dumps({"rules": rules}), encoding="utf-8")
    return path


def test_import_publish_and_run_keep_the_banks_codes(sqlite_db, tmp_path, capsys) -> None:
    greeting = file_shape(BIRTHDAY, action="SEND:Birthday.Email")
    offer = {
        "id": "offer_investment",
        "name": "Investment",
        "condition": "age > 18",
        "action": "OFFER_INVESTMENT",
        "script": "Offer it",
    }
    path = write(tmp_path / "rules.json", [greeting, offer])
    assert main(["--db", sqlite_db.url, "rules", "import", str(path)]) == 0
    assert main(["--db", sqlite_db.url, "rules", "publish"]) == 0
    draft = RuleBookService(sqlite_db, "t").draft()
    assert [rule.action for rule in draft] == ["SEND:Birthday.Email", "OFFER_INVESTMENT"]

    birthday_customer(sqlite_db, "B1", first_name="Anna")
    capsys.readouterr()
    assert main(["--db", sqlite_db.url, "nba", "B1", "--at", AT, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert "OFFER_INVESTMENT" in json.dumps(shown)
    assert main(["--db", sqlite_db.url, "actions", "run", "--at", AT]) == 0
    assert main(["--db", sqlite_db.url, "actions", "outbox", "--json"]) == 0
    out = capsys.readouterr().out
    (row,) = json.loads(out[out.index("[") :])
    assert row["action"] == "SEND:Birthday.Email"


def test_a_code_with_a_space_imports_nothing_naming_rule_and_field(
    sqlite_db, tmp_path, capsys
) -> None:
    bad = {"id": "r1", "name": "R", "condition": "age > 1", "script": "s", "action": "OFFER X"}
    good = {**bad, "id": "r2", "action": "OFFER_X"}
    path = write(tmp_path / "rules.json", [good, bad])
    assert main(["--db", sqlite_db.url, "rules", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "rule 'r1', field 'action': code 'OFFER X' must be 1-64 characters" in err
    assert RuleBookService(sqlite_db, "t").draft() == []
