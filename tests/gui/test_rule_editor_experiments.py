"""The rule editor's propensity and champion/challenger fields: choices, messages, saving."""

from __future__ import annotations

import pytest

from app.views.rule_editor import RuleEditorWindow
from tests.gui.test_rule_editor import WAIT, customer  # noqa: F401 (fixture)
from tests.rule_fixtures import AFFLUENT, MASS


@pytest.fixture
def editor(qtbot, services, runner, pl_locale, customer):  # noqa: F811
    services.rulebook.replace_draft([AFFLUENT, MASS])
    win = RuleEditorWindow(services, runner, pl_locale, lambda: customer)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.form.original == AFFLUENT, timeout=WAIT)
    return win


def refused(editor, field: str) -> str:
    """Validate as Save does on the GUI thread; the message under `field`."""
    assert editor.form.current_rule() is None
    return editor.form.fields.error_text(field)


def test_propensity_offers_the_number_features(editor) -> None:
    box = editor.form.fields.propensity
    choices = [box.itemText(i) for i in range(box.count())]
    assert choices[0] == "" and {"p_alive", "churn_probability", "clv_12m"} <= set(choices)
    assert "value_tier" not in choices and "products" not in choices
    assert box.isEditable() and box.currentText() == ""


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "p_alve",
            "unknown feature 'p_alve' (a number feature such as p_alive, or attributes.NAME)",
        ),
        ("value_tier", "'value_tier' is text, not a number"),
        (
            "attributes.bad name",
            "must name a number feature (e.g. p_alive) or an imported column (attributes.NAME)",
        ),
    ],
)
def test_a_bad_propensity_is_refused_under_its_field(editor, typed: str, message: str) -> None:
    editor.form.fields.propensity.setEditText(typed)
    assert refused(editor, "propensity") == message
    assert "propensity" in editor.form.message.text()


def test_challenger_and_share_messages(editor) -> None:
    fields = editor.form.fields
    fields.challenger.setText("mass_offer")
    assert refused(editor, "challenger_share") == (
        "the percentage of customers offered the challenger must be 1-99"
    )
    fields.challenger.setText("affluent_offer")
    fields.challenger_share.setValue(20)
    assert refused(editor, "challenger") == "must be the id of another rule"
    fields.challenger.setText("")
    assert refused(editor, "challenger_share") == "only a rule that names a challenger has one"


def test_a_challenger_not_in_the_draft_is_refused_at_save(qtbot, editor, services) -> None:
    fields = editor.form.fields
    fields.challenger.setText("retention_b")
    fields.challenger_share.setValue(20)
    editor.form.save()
    qtbot.waitUntil(lambda: fields.error_text("challenger") != "", timeout=WAIT)
    assert fields.error_text("challenger") == "there is no rule 'retention_b' in the rule set"
    assert services.rulebook.draft()[0] == AFFLUENT  # nothing written
    assert fields.challenger.text() == "retention_b"  # the typed text is kept


def test_saving_and_reopening_keeps_the_fields(qtbot, editor, services) -> None:
    fields = editor.form.fields
    fields.propensity.setEditText("p_alive")
    fields.challenger.setText("mass_offer")
    fields.challenger_share.setValue(20)
    assert editor.form.is_dirty()
    editor.form.save()
    expected = AFFLUENT.with_changes(
        propensity="p_alive", challenger="mass_offer", challenger_share=20
    )
    qtbot.waitUntil(lambda: services.rulebook.draft()[0] == expected, timeout=WAIT)
    qtbot.waitUntil(lambda: not editor.form.is_dirty(), timeout=WAIT)
    editor.form.load(MASS)
    assert fields.propensity.currentText() == "" and fields.challenger.text() == ""
    assert fields.challenger_share.text() == "none"
    editor.form.load(expected)
    assert fields.propensity.currentText() == "p_alive"
    assert (fields.challenger.text(), fields.challenger_share.value()) == ("mass_offer", 20)
    services.rulebook.publish("with a challenger")  # the set-level checks agree


def test_only_prompts_show_the_fields(editor) -> None:
    fields = editor.form.fields
    for name in ("propensity", "challenger", "challenger_share"):
        assert getattr(fields, name).isVisible()
    fields.kind.setCurrentIndex(fields.kind.findData("automatic"))
    for name in ("propensity", "challenger", "challenger_share"):
        assert not getattr(fields, name).isVisible()
