"""The demo rule pack (resources/rules/demo_rules.json), published with the demo data."""

from __future__ import annotations

import json
import logging
from datetime import date, timedelta
from pathlib import Path

from app.paths import resources_dir
from app.rules.definition import RuleDefinition
from app.services.rulebook.service import RuleBookError, RuleBookService, parse_rules_document
from app.services.storage.db import Database

log = logging.getLogger(__name__)

DEMO_NOTE = "demo rule pack"
DEMO_AUTHOR = "demo"


# The pack is written in Polish. A bank writes its rules in its own language (they are its
# business content, not the desk's strings), so the rule book holds one language and offers
# are shown as written. The demo stands in for banks of both kinds: on a Russian desk it
# publishes the same pack with the Russian texts of demo_rules_ru.json laid over it (names,
# descriptions, scripts, whys by rule id), so what fires for whom is identical by
# construction and only the words differ. Nothing language-dependent enters the rule model.
PACK_LANGUAGE = "pl"
TEXT_FIELDS = ("name", "description", "script", "why", "title")  # title: an alert's banner


def demo_rules_path() -> Path:
    """Next to the package in a checkout, inside the bundle in a PyInstaller build."""
    return resources_dir() / "rules" / "demo_rules.json"


def demo_texts_path(language: str, pack: Path | None = None) -> Path:
    """The pack's texts in `language` (e.g. demo_rules_ru.json beside demo_rules.json)."""
    pack = pack or demo_rules_path()
    return pack.with_name(f"{pack.stem}_{language}{pack.suffix}")


def demo_rules(
    as_of: date, path: Path | None = None, language: str = PACK_LANGUAGE
) -> list[RuleDefinition]:
    """The pack's rules in `language` with their campaign dates moved to the demo's `as_of`.

    The file's dates are written for its "reference_date"; moving them by as many days as the
    demo's today differs keeps one campaign running and the next one not yet started.
    """
    path = path or demo_rules_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        reference = date.fromisoformat(data["reference_date"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise RuleBookError(f"{path}: the demo rule pack cannot be read: {error}") from None
    if language != PACK_LANGUAGE and demo_texts_path(language, path).exists():
        data["rules"] = _in_language(data["rules"], demo_texts_path(language, path))
    shift = as_of - reference
    return [_shifted(rule, shift) for rule in parse_rules_document(data, str(path))]


def demo_texts(path: Path) -> dict[str, dict[str, str]]:
    """A texts file's {rule id: {field: text}}; RuleBookError names what is wrong."""
    try:
        texts = json.loads(path.read_text(encoding="utf-8"))["texts"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise RuleBookError(f"{path}: the demo rule texts cannot be read: {error}") from None
    if not isinstance(texts, dict):
        raise RuleBookError(f'{path}: "texts" must map rule ids to their texts')
    for rule_id, fields in texts.items():
        if not isinstance(fields, dict) or not all(
            key in TEXT_FIELDS and isinstance(value, str) for key, value in fields.items()
        ):
            allowed = ", ".join(TEXT_FIELDS)
            raise RuleBookError(f"{path}: rule {rule_id!r}: expected texts for {allowed} only")
    return texts


def _in_language(rules: list, texts_path: Path) -> list:
    texts = demo_texts(texts_path)
    if not isinstance(rules, list):
        return rules  # parse_rules_document names the problem
    known = {rule.get("id") for rule in rules if isinstance(rule, dict)}
    if stale := sorted(set(texts) - known):
        raise RuleBookError(f"{texts_path}: texts for rules the pack does not have: {stale}")
    for rule_id in sorted(known - set(texts), key=str):
        # A rule added to the pack without its translation still works, in the pack's words.
        log.warning("%s: no texts for rule %r; it keeps the pack's own", texts_path, rule_id)
    return [
        {**rule, **texts.get(rule.get("id"), {})} if isinstance(rule, dict) else rule
        for rule in rules
    ]


def _shifted(rule: RuleDefinition, shift: timedelta) -> RuleDefinition:
    return rule.with_changes(
        valid_from=rule.valid_from + shift if rule.valid_from else None,
        valid_to=rule.valid_to + shift if rule.valid_to else None,
    )


def install_demo_rules(
    db: Database, as_of: date, author: str = DEMO_AUTHOR, language: str = PACK_LANGUAGE
) -> int | None:
    """Import and publish the pack (in the desk's `language`, see above) when nothing is
    published and the draft is empty.

    Returns the published version, or None when the database already has rules of its own.
    """
    book = RuleBookService(db, author=author)
    if book.latest_version() is not None or book.draft():
        return None
    book.replace_draft(demo_rules(as_of, language=language))
    version = book.publish(DEMO_NOTE)
    log.info("demo rule pack published as rule set version %s", version)
    return version
