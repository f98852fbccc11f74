"""README's data dictionary lists exactly the features rules can read, each with its type."""

from __future__ import annotations

import re
from pathlib import Path

from app.rules.schema import FEATURES

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_lists_every_feature_and_no_other() -> None:
    text = README.read_text(encoding="utf-8")
    table = text.split("| feature | type | meaning |", 1)[1].split("\n\n", 1)[0]
    documented = re.findall(r"^\| `(\w+)` \|", table, flags=re.MULTILINE)
    assert documented == [feature.name for feature in FEATURES]


def test_nullable_features_say_so_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    for feature in FEATURES:
        row = re.search(rf"^\| `{feature.name}` \| ([^|]+) \|", text, flags=re.MULTILINE)
        assert row is not None, feature.name
        assert ("or null" in row.group(1)) == feature.nullable, feature.name
