"""The rule editor keeps a prompt's follow-up call (follow_up_days) and edits it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.views.rule_editor import RuleEditorWindow
from tests.gui.test_rule_editor import WAIT, customer  # noqa: F401 (fixture)
from tests.rule_fixtures import AFFLUENT, MASS

CALLED_BACK = AFFLUENT.with_changes(follow_up_days=14)


@pytest.fixture
def editor(qtbot, services, runner, pl_locale, customer):  # noqa: F811
    services.rulebook.replace_draft([CALLED_BACK, MASS])
    services.rulebook.publish("first")
    win = RuleEditorWindow(services, runner, pl_locale, lambda: customer)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.form.original == CALLED_BACK, timeout=WAIT)
    return win


def saved_rule(qtbot, editor, services, check):
    editor.form.save()
    qtbot.waitUntil(lambda: check(services.rulebook.draft()[0]), timeout=WAIT)
    qtbot.waitUntil(lambda: not editor.form.is_dirty(), timeout=WAIT)
    return services.rulebook.draft()[0]


def test_an_edit_elsewhere_keeps_the_follow_up(qtbot, editor, services) -> None:
    fields = editor.form.fields
    fields.priority.setValue(77)
    saved = saved_rule(qtbot, editor, services, lambda rule: rule.priority == 77)
    assert saved == CALLED_BACK.with_changes(priority=77)  # follow_up_days=14 kept
    assert fields.follow_up_days.isVisible() and fields.follow_up_days.value() == 14


def test_the_field_edits_and_clears_the_follow_up(qtbot, editor, services) -> None:
    box = editor.form.fields.follow_up_days
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "30")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert editor.form.is_dirty()
    saved = saved_rule(qtbot, editor, services, lambda rule: rule.follow_up_days == 30)
    assert saved == CALLED_BACK.with_changes(follow_up_days=30)

    box.setValue(0)  # the lowest value reads "none": no follow-up call
    assert box.text() == "none"
    saved = saved_rule(qtbot, editor, services, lambda rule: rule.follow_up_days is None)
    assert saved == AFFLUENT
    assert box.maximum() == 365 and box.minimum() == 0


def test_only_prompts_have_the_field(qtbot, editor, services) -> None:
    fields = editor.form.fields
    fields.kind.setCurrentIndex(fields.kind.findData("automatic"))
    assert not fields.follow_up_days.isVisible()
    fields.entitlement.setText("card_fee_waiver")
    fields.entitlement_days.setValue(30)
    saved = saved_rule(qtbot, editor, services, lambda rule: rule.kind == "automatic")
    assert saved.follow_up_days is None  # hidden, so not sent: saving is not refused for it
    fields.kind.setCurrentIndex(fields.kind.findData("prompt"))
    assert fields.follow_up_days.isVisible() and fields.follow_up_days.text() == "none"
