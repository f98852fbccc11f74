"""Validation messages never overlap other widgets, in any language (issue 12, item 4).

Every error of a form shown at once, at 1024×700, under the desk's style, in Polish, Russian
and English: each message is whole (wrapped, not clipped) and drawn over nothing else.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QLabel

from app.services.dto import MAX_NOTES
from app.services.errors import ValidationError
from tests.gui.conftest import desk_in, rich_customer
from tests.gui.message_geometry import cut_sideways, message_problems, overlapping_fields

LANGUAGES = ["pl_PL", "ru_RU", "en"]
WAIT = 10_000


@pytest.fixture
def desk_style(qapp):
    from app.views.shell.desk_app import apply_style

    apply_style(qapp)
    try:
        yield
    finally:
        qapp.setStyleSheet("")


def small_desk(qtbot, services, runner, language: str):
    from app.views.shell.main_window import MainWindow

    window = MainWindow(services, runner, QLocale(language))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_errors(widget) -> list[QLabel]:
    return [
        label
        for label in widget.findChildren(QLabel)
        if label.objectName() == "fieldError" and label.isVisible() and label.text()
    ]


@pytest.mark.usefixtures("desk_style")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wrapup_error_at_once_overlaps_nothing(
    qtbot, qapp, monkeypatch, services, runner, language
) -> None:
    with desk_in(qapp, monkeypatch, language):
        window = small_desk(qtbot, services, runner, language)
        cid = rich_customer(services.db)
        from app.views.wrapup.form import ContactStart

        with qtbot.waitSignal(window.cardPainted, timeout=WAIT):
            window.open_customer(cid, ContactStart(cid, "", caller_number="+48601234567"))
        form = window.wrapup
        qtbot.waitUntil(lambda: form.codes.count() == 5, timeout=WAIT)
        form.notes.setPlainText("Klient prosi o kontakt. " * (MAX_NOTES // 20))
        form.callback.setChecked(True)
        form.callback_at.setDateTime(QDateTime.currentDateTime().addDays(-1))
        window.activateWindow()
        form.notes.setFocus()
        qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(100)  # the layouts settle
        errors = shown_errors(form)
        fields = {f for f, label in form.errors.items() if label in errors}
        assert fields == {"reason", "codes", "notes", "outcome", "callback_at"}, fields
        problems = message_problems(window, errors) + overlapping_fields(form)
        problems += cut_sideways(form)
        assert problems == [], "\n".join(problems)


@pytest.mark.usefixtures("desk_style")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_new_customer_error_at_once_overlaps_nothing(
    qtbot, qapp, monkeypatch, services, runner, language
) -> None:
    with desk_in(qapp, monkeypatch, language):
        window = small_desk(qtbot, services, runner, language)
        window.handle_phone("+48 500 000 999")
        qtbot.waitUntil(lambda: window.caller.isVisible(), timeout=WAIT)
        window.caller.create_button.click()
        form = window.new_customer
        qtbot.waitUntil(form.isVisible, timeout=WAIT)
        form.phone.setText("12")
        form.save_button.click()  # both names missing: both said at once
        for values in ({"phone": "12"}, {"email": "kowalczyk@"}):
            try:  # the service's own words for what only it checks
                services.customers.create(first_name="A", last_name="B", **values)
            except ValidationError as error:
                form._failed(error)
        qtbot.wait(100)
        errors = shown_errors(form)
        named = {f for f, label in form.errors.items() if label in errors}
        assert named == {"first_name", "last_name", "phone", "email"}, named
        problems = message_problems(window, errors) + overlapping_fields(form)
        problems += cut_sideways(form)
        assert problems == [], "\n".join(problems)


RULE_LANGUAGES = [
    "pl_PL",
    "ru_RU",
    "en",
]


@pytest.mark.usefixtures("desk_style")
@pytest.mark.parametrize("language", RULE_LANGUAGES)
def test_every_rule_field_error_at_once_overlaps_nothing(
    qtbot, qapp, monkeypatch, services, runner, language
) -> None:
    from app.views.rule_editor import RuleEditorWindow
    from tests.rule_fixtures import AFFLUENT

    services.rulebook.replace_draft([AFFLUENT])
    with desk_in(qapp, monkeypatch, language):
        editor = RuleEditorWindow(services, runner, QLocale(language), lambda: None)
        qtbot.addWidget(editor)
        editor.resize(1024, 700)
        editor.show()
        qtbot.waitExposed(editor)
        qtbot.waitUntil(lambda: editor.form.original == AFFLUENT, timeout=WAIT)
        fields = editor.form.fields
        fields.valid_from.check.setChecked(True)
        fields.kind.setCurrentIndex(fields.kind.findData("automatic"))  # its section counts
        fields.id.setText("Not A Valid Id!")
        editor.form.save()  # refused at once: the id's error and the form's notice line
        message = fields.error_text("id")
        assert message
        for field in fields._errors:
            fields.show_error(field, message)
        qtbot.wait(100)
        errors = shown_errors(fields)
        assert len(errors) >= 20, len(errors)
        problems = message_problems(editor, errors) + overlapping_fields(fields)
        problems += cut_sideways(editor.form)
        assert problems == [], "\n".join(problems)
