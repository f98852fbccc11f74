"""Completing attribute names inside attributes["…"] in the rule editor, from the catalogue,
each with its type in the author's language; picked with the keyboard."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from app.views.rule_editor import RuleEditorWindow
from app.views.rule_editor.attribute_completion import attribute_context
from tests import factories as f
from tests.gui.conftest import desk_in

WAIT = 5000
ATTRIBUTES = {
    "tenure": 2,
    "total_charges": Decimal("70.70"),
    "contract": "Month-to-month",
    "churn": True,
    "kyc_review_date": date(2026, 3, 1),
}
TYPE_WORDS = {
    "pl_PL": {
        "tenure": "liczba całkowita",
        "total_charges": "liczba dziesiętna",
        "contract": "tekst",
        "churn": "tak/nie",
        "kyc_review_date": "data",
    },
    "ru_RU": {
        "tenure": "целое число",
        "total_charges": "десятичное число",
        "contract": "текст",
        "churn": "да/нет",
        "kyc_review_date": "дата",
    },
}


@pytest.fixture
def editor(qtbot, qapp, monkeypatch, services, runner, request):
    language = getattr(request, "param", "pl_PL")
    f.make_customer(services.db, external_id="T1", attributes=ATTRIBUTES, phones=())
    with desk_in(qapp, monkeypatch, language):
        win = RuleEditorWindow(services, runner, QLocale(language), lambda: None)
        qtbot.addWidget(win)
        win.resize(1500, 950)
        win.show()
        qtbot.waitExposed(win)
        edit = win.form.fields.condition.edit
        model = edit.attributes.completer.model()
        qtbot.waitUntil(lambda: model.rowCount() == len(ATTRIBUTES), timeout=WAIT)
        edit.setPlainText("")
        edit.setFocus()
        yield win, language


def offered(edit) -> dict[str, str]:
    model = edit.attributes.completer.completionModel()
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


@pytest.mark.parametrize("editor", ["pl_PL", "ru_RU"], indirect=True)
def test_attributes_bracket_offers_every_name_quoted_with_its_type(qtbot, editor) -> None:
    win, language = editor
    edit = win.form.fields.condition.edit
    qtbot.keyClicks(edit, "attributes[")
    assert edit.attributes.visible()
    assert not edit.completer.popup().isVisible()  # no feature names inside the brackets
    assert offered(edit) == {f'"{name}"': word for name, word in TYPE_WORDS[language].items()}


def test_typing_a_prefix_and_enter_inserts_the_name_and_closes_the_key(qtbot, editor) -> None:
    win, _ = editor
    edit = win.form.fields.condition.edit
    qtbot.keyClicks(edit, 'attributes["ten')
    assert list(offered(edit)) == ['"tenure"']
    qtbot.keyClick(edit.attributes.completer.popup(), Qt.Key.Key_Return)
    assert edit.toPlainText() == 'attributes["tenure"]'
    assert edit.textCursor().position() == len('attributes["tenure"]')
    assert not edit.attributes.visible()
    qtbot.keyClicks(edit, " < 12")
    assert edit.toPlainText() == 'attributes["tenure"] < 12'


def test_tab_picks_the_highlighted_name_after_a_bare_bracket(qtbot, editor) -> None:
    win, _ = editor
    edit = win.form.fields.condition.edit
    qtbot.keyClicks(edit, "attributes[to")
    qtbot.keyClick(edit.attributes.completer.popup(), Qt.Key.Key_Tab)
    assert edit.toPlainText() == 'attributes["total_charges"]'


def test_a_closing_quote_and_bracket_already_typed_are_not_doubled(qtbot, editor) -> None:
    win, _ = editor
    edit = win.form.fields.condition.edit
    edit.setPlainText("attributes['co'] == 'x'")
    cursor = edit.textCursor()
    cursor.setPosition(len("attributes['co"))
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert list(offered(edit)) == ['"contract"']
    qtbot.keyClick(edit.attributes.completer.popup(), Qt.Key.Key_Return)
    assert edit.toPlainText() == "attributes['contract'] == 'x'"


def test_features_are_still_completed_outside_the_brackets(qtbot, editor) -> None:
    win, _ = editor
    edit = win.form.fields.condition.edit
    qtbot.keyClicks(edit, 'attributes["tenure"] < 2 and last_in')
    assert not edit.attributes.visible()
    assert edit.completer.popup().isVisible()


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ('attributes["ten', (11, '"', "ten")),
        ("x and attributes [ 'a b", (19, "'", "a b")),
        ("attributes[", (11, "", "")),
        ("attributes[te", (11, "", "te")),
        ('attributes["tenure"]', None),
        ('segment == "ten', None),
        ("my_attributes[", None),
        ("x.attributes[", None),
    ],
)
def test_the_context_is_found_from_the_text_before_the_cursor(before, expected) -> None:
    found = attribute_context(before)
    assert (found and (found.start, found.quote, found.prefix)) == expected
