"""The rule editor makes alert rules: kind Alert, severity and banner title, test on a customer."""

from __future__ import annotations

from tests.gui.test_rule_editor import WAIT, customer, editor, published  # noqa: F401 (fixtures)


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_an_alert_is_made_tested_and_saved_in_the_editor(qtbot, editor, services) -> None:  # noqa: F811
    fields = editor.form.fields
    assert fields.kind.findData("alert") >= 0
    assert not fields.severity.isVisible() and fields.script.isVisible()
    choose(fields.kind, "alert")
    # Offer-only fields go; severity and the banner's title come.
    assert fields.severity.isVisible() and fields.title.isVisible()
    for offer_only in (fields.script, fields.action, fields.channel, fields.business_value):
        assert not offer_only.isVisible()
    assert not fields.policy_section.isVisible() and not fields.requires_consent.isVisible()
    assert fields.severity.currentText() == "amber: take care"  # the default
    choose(fields.severity, "red")
    fields.condition.edit.setPlainText("open_complaints > 0")
    fields.why.setPlainText("open complaints: {open_complaints}")
    fields.title.setText("Open complaint")

    panel = editor.test_panel
    panel.run()
    qtbot.waitUntil(lambda: panel.verdict.text() == "Fires", timeout=WAIT)
    assert panel.details.text() == "Why: open complaints: 1"
    assert panel.script.text() == "Banner: Open complaint"

    editor.form.save()
    qtbot.waitUntil(lambda: services.rulebook.draft()[0].kind == "alert", timeout=WAIT)
    saved = services.rulebook.draft()[0]
    assert (saved.severity, saved.title) == ("red", "Open complaint")
    editor.form.fields.fill(saved)  # what the editor shows when the rule is opened again
    assert fields.kind.currentData() == "alert" and fields.severity.currentData() == "red"
    assert fields.title.text() == "Open complaint" and not fields.script.isVisible()

    choose(fields.kind, "prompt")
    assert fields.script.isVisible() and not fields.severity.isVisible()
    assert "severity" not in fields.to_dict() and "title" not in fields.to_dict()


def test_an_alert_without_a_title_is_refused_beside_the_field(qtbot, editor, services) -> None:  # noqa: F811
    fields = editor.form.fields
    choose(fields.kind, "alert")
    fields.title.setText("  ")
    editor.form.save()
    assert "an alert needs a title" in fields.error_text("title")
    assert services.rulebook.draft()[0].kind == "prompt"  # nothing saved
