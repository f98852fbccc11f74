"""`acrm rules check | import | publish` refuse custom-attribute mistakes (issue 13)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from app.cli import main
from app.services.rulebook.service import RuleBookService
from tests.factories import define_attributes
from tests.rule_fixtures import INVESTMENT, file_shape

RETENTION = {
    "id": "retention",
    "name": "Retention call",
    "condition": 'segment == "mass"\n  and attributes["tenur"] < 12',
    "action": "retention_call",
    "script": "Call",
}


def write(path: Path, rules: list[dict]) -> Path:
    path.write_text(json.dumps({"rules": rules}), encoding="utf-8")
    return path


def rules_cli(db, *args: str) -> int:
    return main(["--db", db.url, "rules", *args])


def test_check_and_import_name_rule_field_position_and_attribute(
    sqlite_db, tmp_path, capsys
) -> None:
    define_attributes(sqlite_db, {"tenure": "int", "contract": "text"})
    path = write(tmp_path / "rules.json", [file_shape(INVESTMENT), RETENTION])
    assert rules_cli(sqlite_db, "check", str(path)) == 2
    err = capsys.readouterr().err
    assert (
        "rule 'retention', field 'condition': unknown attribute 'tenur'; "
        "did you mean 'tenure'? (line 2, column 18)"
    ) in err
    assert rules_cli(sqlite_db, "import", str(path)) == 2
    err = capsys.readouterr().err
    assert "unknown attribute 'tenur'" in err and "nothing was imported" in err
    assert "Traceback" not in err
    assert RuleBookService(sqlite_db, "t").draft() == []

    typed = {**RETENTION, "condition": 'attributes["contract"] > 12'}
    assert rules_cli(sqlite_db, "check", str(write(path, [typed]))) == 2
    err = capsys.readouterr().err
    assert "rule 'retention', field 'condition': type error: " in err
    assert 'attributes["contract"] is text' in err and "(line 1, column 1)" in err

    good = {**RETENTION, "condition": 'attributes["tenure"] < 12'}
    assert rules_cli(sqlite_db, "check", str(write(path, [good]))) == 0


def test_publish_refuses_a_draft_whose_column_changed_since_it_was_saved(
    sqlite_db, tmp_path, capsys
) -> None:
    define_attributes(sqlite_db, {"tenure": "int"})
    good = {**RETENTION, "condition": 'segment == "mass"\n  and attributes["tenure"] < 12'}
    assert rules_cli(sqlite_db, "import", str(write(tmp_path / "r.json", [good]))) == 0
    capsys.readouterr()
    with sqlite_db.engine.begin() as connection:  # an import on another desk, synced here
        connection.execute(text("UPDATE attribute_definitions SET type = 'text'"))
    assert rules_cli(sqlite_db, "publish") == 2
    err = capsys.readouterr().err
    assert "not published: rule 'retention', field 'condition': type error: " in err
    assert 'attributes["tenure"] is text' in err and "(line 2, column 7)" in err
    assert RuleBookService(sqlite_db, "t").latest_version() is None
