"""`acrm rules check | import | export | publish | versions | rollback | diff` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services.rulebook.service import RuleBookService
from tests.factories import define_attributes
from tests.rule_fixtures import FEE_WAIVER, INVESTMENT, file_shape

# The two examples as an author writes them; the waiver with a validity and a one-off repeat.
GOOD = [
    file_shape(INVESTMENT),
    file_shape(FEE_WAIVER, repeat="once", valid_from="2026-01-01", valid_to="2026-12-31"),
]


def write(path: Path, rules: list[dict] | str) -> Path:
    text = rules if isinstance(rules, str) else json.dumps({"rules": rules}, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def with_condition(condition: str) -> list[dict]:
    return [GOOD[0], {**GOOD[1], "condition": condition}]


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write(tmp_path / "rules.json", GOOD)


def rules_cli(db, *args: str) -> int:
    return main(["--db", db.url, "rules", *args])


def test_check_a_good_file(good_file, capsys) -> None:
    assert main(["rules", "check", str(good_file)]) == 0
    assert capsys.readouterr().out == f"{good_file}: 2 rules OK\n"


def test_check_warns_about_a_why_that_contradicts_the_condition(tmp_path, capsys) -> None:
    drifted = {**GOOD[1], "condition": "upheld_complaints >= 5", "why": "reklamacje ≥ 3"}
    path = write(tmp_path / "r.json", [GOOD[0], drifted])
    assert main(["rules", "check", str(path)]) == 0  # a warning, not a refusal
    captured = capsys.readouterr()
    assert captured.out == f"{path}: 2 rules OK\n"
    assert captured.err == (
        f"{path}: warning: rule 'card_fee_waiver': the why says \"3\" but the condition has "
        "no such number (it uses 5)\n"
    )


def test_check_bad_json_names_line_and_column(tmp_path, capsys) -> None:
    path = write(
        tmp_path / "bad.json", '{"rules": [\n  {"id": "x",\n   "name" "missing colon"}\n]}'
    )
    assert main(["rules", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 3, column 11: not valid JSON" in err


def test_check_syntax_error_names_rule_and_position(tmp_path, capsys) -> None:
    path = write(tmp_path / "r.json", with_condition("upheld_complaints >=\n  and open_complaints"))
    assert main(["rules", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "rule 'card_fee_waiver', field 'condition': syntax error at 'and'" in err
    assert "(line 2, column 3)" in err


def test_check_unknown_feature_suggests_one(tmp_path, capsys) -> None:
    path = write(tmp_path / "r.json", with_condition("upheld_complaint >= 3"))
    assert main(["rules", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "rule 'card_fee_waiver', field 'condition': unknown feature 'upheld_complaint'" in err
    assert "did you mean 'upheld_complaints'?" in err
    assert "(line 1, column 1)" in err


@pytest.mark.parametrize(
    ("condition", "says"),
    [
        ('__import__("os")', "names starting with '_' are not features (line 1, column 1)"),
        ("segment.__class__", "names starting with '_' are not features (line 1, column 9)"),
        ("$random > 0.5", "$random is not allowed"),
        ("$now > as_of", "use the as_of feature instead of $now"),
        ('segment =~ "(a+)+$"', "repeats a repetition"),
        ("$any([$any([a == b for a in city.to_ary]) for b in city.to_ary])", "loop inside a loop"),
        ('city =~~ "(a)\\\\1"', "no backreferences like \\1, no lookaround"),
        ('city =~~ "(a)\\\\1"', "(line 1, column 10)"),
        ('age > 1 and\n city =~ "(?<!a)b"', "is not supported: invalid perl operator: (?<"),
        ('age > 1 and\n city =~ "(?<!a)b"', "(line 2, column 10)"),
    ],
)
def test_check_refuses_hostile_conditions(tmp_path, capsys, condition, says) -> None:
    path = write(tmp_path / "r.json", with_condition(condition))
    assert main(["rules", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "rule 'card_fee_waiver', field 'condition'" in err
    assert says in err


@pytest.mark.parametrize("pattern", ["(a|a)*b", "(a|aa)*c", "(.*a){12}b", ".*" * 20 + "b"])
def test_check_accepts_patterns_that_only_backtracking_engines_choke_on(
    tmp_path, capsys, pattern
) -> None:
    # Matched by RE2 in linear time (tests/integration/test_nba_hostile.py runs them).
    path = write(tmp_path / "r.json", with_condition(f'city =~ "{pattern}"'))
    assert main(["rules", "check", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: 2 rules OK\n"


def test_check_lists_every_rule_that_does_not_compile(tmp_path, capsys) -> None:
    rules = [{**GOOD[0], "condition": "segment =="}, {**GOOD[1], "condition": "nope"}]
    path = write(tmp_path / "r.json", rules)
    assert main(["rules", "check", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"acrm: error: {path}: 2 rules do not compile:"
    assert err[1].startswith("  rule 'offer_investment', field 'condition'")
    assert err[2].startswith("  rule 'card_fee_waiver', field 'condition': unknown feature")


def test_check_names_a_bad_field(tmp_path, capsys) -> None:
    path = write(tmp_path / "r.json", [GOOD[0], {**GOOD[1], "priority": 500}])
    assert main(["rules", "check", str(path)]) == 2
    assert "rule 'card_fee_waiver', field 'priority': must be between 1 and 100, got 500" in (
        capsys.readouterr().err
    )


def test_import_with_one_bad_rule_imports_nothing(sqlite_db, good_file, tmp_path, capsys):
    assert rules_cli(sqlite_db, "import", str(good_file)) == 0
    bad = [{**GOOD[0], "id": "new_rule"}, {**GOOD[1], "script": "Hi {nickname}"}]
    path = write(tmp_path / "bad.json", bad)
    assert rules_cli(sqlite_db, "import", str(path)) == 2
    err = capsys.readouterr().err
    assert "rule 'card_fee_waiver', field 'script': unknown placeholder {nickname}" in err
    assert "nothing was imported" in err
    draft = RuleBookService(sqlite_db, "t").draft()
    assert [rule.id for rule in draft] == ["offer_investment", "card_fee_waiver"]
    assert draft[1].script == ""


def test_import_publish_export_round_trip(sqlite_db, good_file, tmp_path, capsys) -> None:
    assert rules_cli(sqlite_db, "import", str(good_file)) == 0
    out = capsys.readouterr().out
    assert f"{good_file}: 2 rules imported into the draft" in out
    assert "not published yet: run acrm rules publish" in out
    assert RuleBookService(sqlite_db, "t").latest_version() is None

    assert rules_cli(sqlite_db, "publish", "--note", "first set") == 0
    assert capsys.readouterr().out == "published version 1 (2 rules)\n"

    exported = tmp_path / "exported.json"
    assert rules_cli(sqlite_db, "export", "--out", str(exported)) == 0
    assert capsys.readouterr().out == f"{exported}: 2 rules written\n"
    text = exported.read_text(encoding="utf-8")
    assert "10 × average" in text  # UTF-8, not \\u escapes
    document = json.loads(text)
    assert [rule["id"] for rule in document["rules"]] == ["offer_investment", "card_fee_waiver"]
    assert document["rules"][0]["cooldown_days"] == 7
    assert document["rules"][1]["valid_to"] == "2026-12-31"

    # The exported file imports again and publishes the very same rules.
    assert rules_cli(sqlite_db, "import", str(exported)) == 0
    assert rules_cli(sqlite_db, "publish") == 0
    capsys.readouterr()
    assert rules_cli(sqlite_db, "export", "--version", "2") == 0
    assert json.loads(capsys.readouterr().out) == document
    assert rules_cli(sqlite_db, "export", "--draft") == 0
    assert json.loads(capsys.readouterr().out) == document


def test_versions_and_rollback(sqlite_db, good_file, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ACRM_AGENT", "anna.nowak")
    rules_cli(sqlite_db, "import", str(good_file))
    rules_cli(sqlite_db, "publish", "--note", "two rules")
    rules_cli(sqlite_db, "import", str(write(tmp_path / "one.json", GOOD[:1])))
    rules_cli(sqlite_db, "publish", "--note", "one rule")
    capsys.readouterr()

    assert rules_cli(sqlite_db, "rollback", "1") == 0
    assert capsys.readouterr().out == "published version 3 (2 rules), a copy of version 1\n"
    book = RuleBookService(sqlite_db, "t")
    assert book.export(3) == book.export(1)
    assert [rule.id for rule in book.draft()] == ["offer_investment", "card_fee_waiver"]

    assert rules_cli(sqlite_db, "versions") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["version", "published", "(UTC)", "by", "rules", "note"]
    assert lines[1].split()[0] == "3" and "rollback to version 1 (copy of 1)" in lines[1]
    assert "anna.nowak" in lines[1] and lines[1].split()[4] == "2"
    assert lines[2].split()[0] == "2" and lines[2].endswith("one rule")
    assert lines[3].split()[0] == "1" and lines[3].endswith("two rules")


def test_rollback_to_a_missing_version(sqlite_db, capsys) -> None:
    assert rules_cli(sqlite_db, "rollback", "7") == 2
    assert "rule set version 7 does not exist" in capsys.readouterr().err


def test_publish_without_a_draft_is_refused(sqlite_db, capsys) -> None:
    assert rules_cli(sqlite_db, "publish") == 2
    assert "there are no draft rules to publish" in capsys.readouterr().err


def test_diff_latest_against_draft_and_two_versions(sqlite_db, good_file, tmp_path, capsys):
    rules_cli(sqlite_db, "import", str(good_file))
    rules_cli(sqlite_db, "publish")
    changed = [
        {**GOOD[0], "priority": 90},
        {
            "id": "consent_refresh",
            "name": "Ask for consent",
            "condition": "not consent_email",
            "action": "ask_consent",
            "script": "May we write to you?",
        },
    ]
    rules_cli(sqlite_db, "import", str(write(tmp_path / "changed.json", changed)))
    capsys.readouterr()

    assert rules_cli(sqlite_db, "diff") == 0
    expected = [
        "version 1 -> draft: 3 rule(s) differ",
        "~ offer_investment (changed)",
        "    priority: 80 -> 90",
        "+ consent_refresh (added)",
        "- card_fee_waiver (removed)",
    ]
    assert capsys.readouterr().out.splitlines() == expected

    rules_cli(sqlite_db, "publish")
    capsys.readouterr()
    assert rules_cli(sqlite_db, "diff", "2", "1") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "version 2 -> version 1: 3 rule(s) differ"
    assert "    priority: 90 -> 80" in out
    assert rules_cli(sqlite_db, "diff", "2", "draft") == 0
    assert capsys.readouterr().out == "version 2 -> draft: 0 rule(s) differ\n"


def test_diff_with_nothing_published(sqlite_db, capsys) -> None:
    assert rules_cli(sqlite_db, "diff") == 2
    assert "no rule set has been published yet" in capsys.readouterr().err


ALERT = {
    "id": "fraud_alert",
    "name": "Fraud flag",
    "kind": "alert",
    "severity": "red",
    "title": "Fraud suspicion",
    "condition": 'attributes["fraud_flag"]',
}


def test_check_and_import_accept_an_alert_and_name_a_bad_severity(
    sqlite_db, tmp_path, capsys
) -> None:
    define_attributes(sqlite_db, {"fraud_flag": "bool"})
    path = write(tmp_path / "alerts.json", [*GOOD, ALERT])
    assert rules_cli(sqlite_db, "check", str(path)) == 0
    assert capsys.readouterr().out == f"{path}: 3 rules OK\n"
    assert rules_cli(sqlite_db, "import", str(path)) == 0
    assert RuleBookService(sqlite_db, "t").draft()[2].severity == "red"
    bad = write(tmp_path / "bad.json", [*GOOD, {**ALERT, "severity": "crimson"}])
    assert rules_cli(sqlite_db, "check", str(bad)) == 2
    assert rules_cli(sqlite_db, "import", str(bad)) == 2
    err = capsys.readouterr().err
    assert "rule 'fraud_alert', field 'severity': 'crimson' is not one of red, amber" in err
    assert "Traceback" not in err
