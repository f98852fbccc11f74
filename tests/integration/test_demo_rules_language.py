"""The demo rule pack in the desk's language: complete Russian texts, chosen when seeding."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.services.config import DeskSettings
from app.services.data_language import desk_language
from app.services.demo.rules import (
    TEXT_FIELDS,
    demo_rules,
    demo_rules_path,
    demo_texts,
    demo_texts_path,
)
from app.services.rulebook.service import RuleBookError

AS_OF = date(2026, 3, 1)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def test_every_rule_of_the_pack_has_russian_texts_with_the_same_placeholders() -> None:
    """Fails when a rule is added to demo_rules.json without its Russian words."""
    pack = json.loads(demo_rules_path().read_text(encoding="utf-8"))["rules"]
    texts = demo_texts(demo_texts_path("ru"))
    for rule in pack:
        russian = texts.get(rule["id"])
        assert russian is not None, f"demo_rules_ru.json has no texts for {rule['id']!r}"
        for name in TEXT_FIELDS:
            if not rule.get(name):
                continue
            assert russian.get(name), f"{rule['id']}: no Russian {name}"
            assert set(PLACEHOLDER.findall(russian[name])) == set(
                PLACEHOLDER.findall(rule[name])
            ), f"{rule['id']}.{name}: placeholders differ"
            assert re.search("[а-яё]", russian[name], re.IGNORECASE), f"{rule['id']}.{name}"


def test_the_russian_pack_differs_only_in_its_words() -> None:
    polish, russian = demo_rules(AS_OF), demo_rules(AS_OF, language="ru")
    blank = dict.fromkeys(TEXT_FIELDS, "")
    assert [replace(rule, **blank) for rule in russian] == [
        replace(rule, **blank) for rule in polish
    ]
    assert russian[0].name != polish[0].name
    # A language without texts gets the pack as written.
    assert demo_rules(AS_OF, language="en") == polish


def test_texts_for_a_rule_the_pack_lacks_are_refused(tmp_path: Path) -> None:
    pack = tmp_path / "demo_rules.json"
    pack.write_text(demo_rules_path().read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "demo_rules_ru.json").write_text(
        json.dumps({"texts": {"no_such_rule": {"name": "Нет"}}}), encoding="utf-8"
    )
    with pytest.raises(RuleBookError, match=r"demo_rules_ru\.json: texts for rules the pack"):
        demo_rules(AS_OF, pack, language="ru")
    (tmp_path / "demo_rules_ru.json").write_text(
        json.dumps({"texts": {"birthday_greeting": {"condition": "true"}}}), encoding="utf-8"
    )
    with pytest.raises(RuleBookError, match="'birthday_greeting': expected texts for name"):
        demo_rules(AS_OF, pack, language="ru")


@pytest.mark.parametrize(
    ("env", "desk", "expected"),
    [
        ({"ACRM_LOCALE": "ru_RU"}, DeskSettings(), "ru"),
        ({"LANG": "C.UTF-8"}, DeskSettings(language="ru_RU", configured=True), "ru"),
        ({"LANG": "ru_RU.UTF-8"}, DeskSettings(), "ru"),
        ({"LANG": "C"}, DeskSettings(), "pl"),
        ({"LANG": "ru_RU.UTF-8"}, DeskSettings(language="pl_PL", configured=True), "pl"),
    ],
)
def test_the_demo_follows_the_desks_language(monkeypatch, env, desk, expected) -> None:
    for name in ("ACRM_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert desk_language(desk) == expected


def test_acrm_demo_on_a_russian_desk_publishes_the_russian_pack(
    sqlite_db, monkeypatch, capsys
) -> None:
    from app.cli import main
    from app.services.rulebook.service import RuleBookService

    monkeypatch.setenv("ACRM_LOCALE", "ru_RU")
    assert main(["--db", sqlite_db.url, "demo", "--customers", "20", "--seed", "3"]) == 0
    capsys.readouterr()
    _, rules = RuleBookService(sqlite_db, author="t").version_rules()
    names = {rule.id: rule.name for rule in rules}
    assert names["birthday_greeting"] == "Поздравление с днём рождения по e-mail"
