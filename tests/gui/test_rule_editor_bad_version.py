"""The rule editor opens, and names the problem, when the newest version is not a rule set."""

from __future__ import annotations

from sqlalchemy import text

from app.views.rule_editor import RuleEditorWindow
from tests.gui.test_rule_editor import WAIT
from tests.rule_fixtures import AFFLUENT, MASS


def test_a_version_written_with_sql_is_named_and_the_draft_still_loads(
    qtbot, services, runner, pl_locale
) -> None:
    services.rulebook.replace_draft([AFFLUENT, MASS])
    services.rulebook.publish("first")
    with services.db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO rule_set_versions (version, published_at, published_by, note, rules) "
            "VALUES (2, '2026-12-01 10:00:00.000000', 'psql', '', 'null')"
        ))  # fmt: skip
    win = RuleEditorWindow(services, runner, pl_locale, lambda: None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=WAIT)
    versions = win.versions.versions
    qtbot.waitUntil(lambda: versions.count() == 2, timeout=WAIT)
    newest = versions.item(0).text()
    assert "skipped by desks: rule set version 2 is not a rule set" in newest
    assert "its rules are null, not a list" in newest
