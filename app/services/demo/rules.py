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


def demo_rules_path() -> Path:
    """Next to the package in a checkout, inside the bundle in a PyInstaller build."""
    return resources_dir() / "rules" / "demo_rules.json"


def demo_rules(as_of: date, path: Path | None = None) -> list[RuleDefinition]:
    """The pack's rules with their campaign dates moved to the demo's `as_of`.

    The file's dates are written for its "reference_date"; moving them by as many days as the
    demo's today differs keeps one campaign running and the next one not yet started.
    """
    path = path or demo_rules_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        reference = date.fromisoformat(data["reference_date"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise RuleBookError(f"{path}: the demo rule pack cannot be read: {error}") from None
    shift = as_of - reference
    return [_shifted(rule, shift) for rule in parse_rules_document(data, str(path))]


def _shifted(rule: RuleDefinition, shift: timedelta) -> RuleDefinition:
    return rule.with_changes(
        valid_from=rule.valid_from + shift if rule.valid_from else None,
        valid_to=rule.valid_to + shift if rule.valid_to else None,
    )


def install_demo_rules(db: Database, as_of: date, author: str = DEMO_AUTHOR) -> int | None:
    """Import and publish the pack when nothing is published and the draft is empty.

    Returns the published version, or None when the database already has rules of its own.
    """
    book = RuleBookService(db, author=author)
    if book.latest_version() is not None or book.draft():
        return None
    book.replace_draft(demo_rules(as_of))
    version = book.publish(DEMO_NOTE)
    log.info("demo rule pack published as rule set version %s", version)
    return version
