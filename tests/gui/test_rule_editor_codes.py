"""The rule editor saves the bank's own action codes as typed and names a refused one."""

from __future__ import annotations

import pytest

from app.views.rule_editor import RuleEditorWindow
from tests.rule_fixtures import AFFLUENT, MASS

WAIT = 5000


@pytest.fixture
def editor(qtbot, services, runner, pl_locale):
    services.rulebook.replace_draft([AFFLUENT, MASS])
    services.rulebook.publish("first")
    win = RuleEditorWindow(services, runner, pl_locale, lambda: None)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.form.original == AFFLUENT, timeout=WAIT)
    return win


def test_a_capitalised_code_is_saved_as_typed(qtbot, editor, services) -> None:
    editor.form.fields.action.setText("OFFER_INVESTMENT")
    editor.form.save()
    qtbot.waitUntil(lambda: services.rulebook.draft()[0].action == "OFFER_INVESTMENT", timeout=WAIT)
    assert editor.form.fields.error_text("action") == ""


def test_a_code_with_a_slash_is_refused_beside_the_field(qtbot, editor, services) -> None:
    editor.form.fields.action.setText("offer/investment")
    editor.form.save()
    assert "1-64 characters of letters A-Z or a-z" in editor.form.fields.error_text("action")
    assert services.rulebook.draft()[0].action == AFFLUENT.action
