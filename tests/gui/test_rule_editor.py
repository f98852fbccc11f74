"""The rule editor with real widgets and real services on SQLite: type, save, test, publish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.rules.schema import FEATURES_BY_NAME
from app.views.rule_editor import RuleEditorWindow
from app.views.rule_editor.condition_edit import DESCRIPTION_COLUMN, NAME_COLUMN
from tests.gui.conftest import rich_customer
from tests.rule_fixtures import AFFLUENT, MASS

WAIT = 5000


@pytest.fixture
def published(services):
    services.rulebook.replace_draft([AFFLUENT, MASS])
    return services.rulebook.publish("first")


@pytest.fixture
def customer(services):
    return rich_customer(services.db)


@pytest.fixture
def editor(qtbot, services, runner, pl_locale, published, customer):
    win = RuleEditorWindow(services, runner, pl_locale, lambda: customer)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: win.form.original == AFFLUENT, timeout=WAIT)
    return win


def test_a_bad_condition_shows_the_error_with_line_and_column(qtbot, editor) -> None:
    condition = editor.form.fields.condition
    condition.edit.setPlainText("segment == 'affluent'\n  and and")
    qtbot.waitUntil(lambda: "Line 2, column" in condition.message.text(), timeout=WAIT)
    assert condition.message.objectName() == "fieldError"
    assert condition.last is not None and condition.last.error.line == 2
    assert len(condition.edit.extraSelections()) == 1


def test_a_good_condition_says_which_features_it_reads(qtbot, editor) -> None:
    condition = editor.form.fields.condition
    condition.edit.setPlainText("last_inflow > 3 * avg_prior_inflow")
    qtbot.waitUntil(lambda: "avg_prior_inflow" in condition.message.text(), timeout=WAIT)
    assert "valid. It reads: last_inflow, avg_prior_inflow" in condition.message.text()
    assert condition.edit.extraSelections() == []


def test_completion_offers_last_inflow_with_its_description(qtbot, editor) -> None:
    edit = editor.form.fields.condition.edit
    edit.setPlainText("")
    edit.setFocus()
    qtbot.keyClicks(edit, "last_in")
    completer = edit.completer
    model = completer.completionModel()
    names = [model.index(row, NAME_COLUMN).data() for row in range(model.rowCount())]
    assert "last_inflow" in names
    row = names.index("last_inflow")
    described = model.index(row, DESCRIPTION_COLUMN).data()
    assert described == FEATURES_BY_NAME["last_inflow"].description
    completer.activated[str].emit("last_inflow")
    assert edit.toPlainText() == "last_inflow"


def test_ctrl_space_opens_the_completion_list(qtbot, editor) -> None:
    edit = editor.form.fields.condition.edit
    edit.setPlainText("")
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert edit.completer.completionCount() == len(FEATURES_BY_NAME)
    assert edit.toPlainText() == ""


def test_saving_a_rule_with_random_is_refused_and_nothing_is_saved(qtbot, editor, services) -> None:
    fields = editor.form.fields
    fields.condition.edit.setPlainText("$random > 0.5")
    editor.form.save()
    assert "$random is not allowed" in fields.error_text("condition")
    assert "Line 1, column 1" in fields.error_text("condition")
    assert "condition" in editor.form.message.text()
    assert services.rulebook.draft()[0].condition == AFFLUENT.condition


def test_a_field_error_is_shown_beside_the_field(qtbot, editor, services) -> None:
    editor.form.fields.script.setPlainText("")
    editor.form.save()
    assert "script" in fields_error(editor, "script")
    assert services.rulebook.draft()[0].script == AFFLUENT.script


def fields_error(editor: RuleEditorWindow, field: str) -> str:
    return field if editor.form.fields.error_text(field) else ""


def test_editing_the_priority_and_saving_updates_the_draft(qtbot, editor, services) -> None:
    editor.form.fields.priority.setValue(77)
    assert editor.form.is_dirty()
    editor.form.save()
    qtbot.waitUntil(lambda: services.rulebook.draft()[0].priority == 77, timeout=WAIT)
    qtbot.waitUntil(lambda: editor.model.status(0) == "changed", timeout=WAIT)
    assert not editor.form.is_dirty()
    assert services.rulebook.latest_version() == 1  # saved to the draft, not published


def test_test_on_the_open_customer_says_it_fires_and_why(qtbot, editor) -> None:
    panel = editor.test_panel
    assert panel.button.isEnabled()
    panel.button.click()
    qtbot.waitUntil(lambda: panel.verdict.text() == "Fires", timeout=WAIT)
    assert "affluent" in panel.details.text()
    assert "Małgorzata" in panel.script.text()
    # The verdict names whom it is about (the main window may have moved on meanwhile).
    assert "Tested on Małgorzata Kowalczyk (" in panel.hint.text()


def test_test_says_does_not_fire_for_a_condition_that_does_not_hold(qtbot, editor) -> None:
    editor.form.fields.condition.edit.setPlainText("segment == 'private'")
    editor.test_panel.run()
    qtbot.waitUntil(lambda: editor.test_panel.verdict.text() == "Does not fire", timeout=WAIT)
    assert "Tested on Małgorzata Kowalczyk (" in editor.test_panel.hint.text()


def test_without_an_open_customer_the_test_is_disabled_with_a_hint(
    qtbot, services, runner, pl_locale, published
) -> None:
    win = RuleEditorWindow(services, runner, pl_locale, lambda: None)
    qtbot.addWidget(win)
    assert not win.test_panel.button.isEnabled()
    assert "Open a customer" in win.test_panel.hint.text()


def test_publish_with_a_note_creates_the_next_version_used_by_nba(
    qtbot, editor, services, customer
) -> None:
    editor.form.fields.priority.setValue(91)
    editor.form.save()
    qtbot.waitUntil(lambda: services.rulebook.draft()[0].priority == 91, timeout=WAIT)
    editor.versions.note.setText("priority up for the spring campaign")
    editor.versions.publish_button.click()
    qtbot.waitUntil(lambda: services.rulebook.latest_version() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: "version 2" in editor.versions.message.text(), timeout=WAIT)
    assert services.rulebook.versions()[0].note == "priority up for the spring campaign"
    result = services.nba.for_customer(customer)
    assert result.rule_version == 2
    qtbot.waitUntil(lambda: editor.versions.versions.count() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: editor.model.status(0) == "", timeout=WAIT)


def test_diff_shows_the_changed_field(qtbot, editor, services) -> None:
    editor.form.fields.priority.setValue(12)
    editor.form.save()
    qtbot.waitUntil(lambda: services.rulebook.draft()[0].priority == 12, timeout=WAIT)
    versions = editor.versions
    qtbot.waitUntil(lambda: versions.versions.count() == 1, timeout=WAIT)
    versions.compare_with.setCurrentIndex(0)  # the draft
    versions.show_diff()
    qtbot.waitUntil(lambda: versions.diff.row_count() == 1, timeout=WAIT)
    assert [versions.diff.text(0, c) for c in range(5)] == [
        "affluent_offer",
        "changed",
        "priority",
        "60",
        "12",
    ]
    # Side by side: before and after share the width, neither pushed out of sight.
    header = versions.diff.horizontalHeader()
    assert header.sectionResizeMode(3) == header.sectionResizeMode(4) == header.ResizeMode.Stretch


def test_simulate_shows_reach_per_rule(qtbot, editor, services) -> None:
    panel = editor.simulation
    panel.run_button.click()
    qtbot.waitUntil(lambda: panel.last is not None, timeout=WAIT)
    assert panel.last.customers == 1
    assert panel.table.text(0, 0) == AFFLUENT.name
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_a_publish_error_is_shown_inline(qtbot, editor, services) -> None:
    services.rulebook.replace_draft([])
    editor.versions.publish()
    qtbot.waitUntil(lambda: "Not published" in editor.versions.message.text(), timeout=WAIT)
    assert services.rulebook.latest_version() == 1


def test_rule_names_are_cut_in_the_middle_with_the_whole_name_as_tip(qtbot, editor) -> None:
    """Issue 12: "Kampania…" told the author nothing; both ends of a name must stay readable."""
    from PySide6.QtWidgets import QTableView

    tables = editor.findChildren(QTableView)
    assert len(tables) >= 5  # rule list, simulation (2), versions diff, failing rules
    assert all(table.textElideMode() == Qt.TextElideMode.ElideMiddle for table in tables)
    name = editor.model.index(0, 0)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == name.data()  # the whole name on hover


def test_a_why_that_contradicts_the_condition_is_saved_with_a_warning(
    qtbot, editor, services
) -> None:
    """Issue 12: after lowering a threshold, consultants read the old number as a fact."""
    editor.form.fields.condition.edit.setPlainText("age > 30")
    editor.form.fields.why.setPlainText("wiek {age} > 40")
    editor.form.save()
    qtbot.waitUntil(lambda: services.rulebook.draft()[0].why == "wiek {age} > 40", timeout=WAIT)
    qtbot.waitUntil(lambda: "check the why" in editor.form.message.text(), timeout=WAIT)
    assert '"40"' in editor.form.message.text() and "30" in editor.form.message.text()
    # Told as fixed, not just as saved: the same save without the drift says nothing of it.
    editor.form.fields.why.setPlainText("wiek {age} > 30")
    editor.form.save()
    qtbot.waitUntil(lambda: "Saved to the draft." in editor.form.message.text(), timeout=WAIT)


def test_editing_the_why_previews_it_on_the_open_customer(qtbot, editor) -> None:
    """Issue 12: the why is previewed beside the condition as the author types, no Ctrl+T."""
    panel = editor.test_panel
    assert panel.verdict.text() == "not tested yet"
    qtbot.keyClicks(editor.form.fields.why, "klient {first_name} z segmentu {segment}")
    qtbot.waitUntil(lambda: panel.verdict.text() == "Fires", timeout=WAIT)
    assert "klient Małgorzata z segmentu affluent" in panel.details.text()
    # A half-typed condition is not tested (no "cannot test" noise while typing).
    editor.form.fields.condition.edit.setPlainText("segment ==")
    qtbot.keyClicks(editor.form.fields.why, " ")
    qtbot.wait(900)
    assert panel.verdict.text() == "Fires"


def test_ctrl_shift_p_typed_in_the_publish_note_publishes(qtbot, editor, services) -> None:
    """Issue 12: the shortcut took the author to the note, and there did nothing."""
    combo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    editor.activateWindow()
    qtbot.keyClick(editor.table, Qt.Key.Key_P, combo)
    note = editor.versions.note
    qtbot.waitUntil(note.hasFocus, timeout=WAIT)
    qtbot.keyClicks(note, "nowa wersja")
    qtbot.keyClick(note, Qt.Key.Key_P, combo)
    qtbot.waitUntil(lambda: services.rulebook.latest_version() == 2, timeout=WAIT)
