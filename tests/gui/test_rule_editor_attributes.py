"""The rule editor checks custom attributes against the catalogue: live and at save."""

from __future__ import annotations

import pytest

from tests.factories import define_attributes
from tests.gui.conftest import published_pair_editor, rich_customer
from tests.rule_fixtures import AFFLUENT

WAIT = 5000


@pytest.fixture
def editor(qtbot, services, runner, pl_locale):
    customer = rich_customer(services.db)  # nps (int), risk_class (text), ...
    return published_pair_editor(qtbot, services, runner, pl_locale, customer)


def test_a_typo_in_an_attribute_is_shown_while_typing_with_its_position(qtbot, editor) -> None:
    condition = editor.form.fields.condition
    condition.edit.setPlainText('segment == "affluent"\n  and attributes["npz"] > 8')
    qtbot.waitUntil(lambda: "npz" in condition.message.text(), timeout=WAIT)
    assert "unknown attribute 'npz'; did you mean 'nps'?" in condition.message.text()
    assert condition.last.error.line == 2 and condition.last.error.column == 18
    assert len(condition.edit.extraSelections()) == 1


def test_a_good_condition_names_the_attributes_it_reads(qtbot, editor) -> None:
    condition = editor.form.fields.condition
    condition.edit.setPlainText('attributes["nps"] > 8 and segment == "affluent"')
    qtbot.waitUntil(lambda: "nps" in condition.message.text(), timeout=WAIT)
    assert 'valid. It reads: attributes["nps"], segment' in condition.message.text()


def test_saving_text_compared_with_a_number_is_refused_beside_the_condition(
    qtbot, editor, services
) -> None:
    fields = editor.form.fields
    fields.condition.edit.setPlainText('segment == "affluent" and\nattributes["risk_class"] > 2')
    editor.form.save()
    qtbot.waitUntil(lambda: bool(fields.error_text("condition")), timeout=WAIT)
    error = fields.error_text("condition")
    assert 'attributes["risk_class"] is text' in error
    assert "Line 2, column 1" in error
    assert "condition" in editor.form.message.text()
    assert services.rulebook.draft()[0].condition == AFFLUENT.condition  # nothing saved


def test_a_column_imported_while_the_editor_is_open_counts_at_the_next_check(
    qtbot, editor, services
) -> None:
    condition = editor.form.fields.condition
    condition.edit.setPlainText('attributes["churn_score"] > 0.5')
    qtbot.waitUntil(lambda: "churn_score" in condition.message.text(), timeout=WAIT)
    assert "unknown attribute" in condition.message.text()
    define_attributes(services.db, {"churn_score": "decimal"})
    condition.edit.setPlainText('attributes["churn_score"] > 0.6')
    qtbot.waitUntil(lambda: "valid" in condition.message.text(), timeout=WAIT)
