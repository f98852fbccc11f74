"""The rule editor saves the bank's own action codes as typed and names a refused one."""

from __future__ import annotations

import pytest

from tests.gui.conftest import published_pair_editor
from tests.rule_fixtures import AFFLUENT

WAIT = 5000


@pytest.fixture
def editor(qtbot, services, runner, pl_locale):
    return published_pair_editor(qtbot, services, runner, pl_locale)


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
