"""The rule editor's Failures tab with real widgets: failures recorded by evaluating real rules."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from app.rules.definition import RuleDefinition
from app.views.common.formatting import day, local_datetime
from app.views.common.workers import Operation, ThreadedRunner
from app.views.rule_editor import RuleEditorWindow
from app.views.rule_editor.failures_panel import (
    COL_EVALUATIONS,
    COL_FIRST,
    COL_LAST,
    COL_RULE,
    COL_VERSION,
    KEY,
)
from app.views.shell.desk_app import apply_style
from tests import factories as f
from tests.gui.conftest import desk_in

WAIT = 5000
SHIFT = Qt.KeyboardModifier.ShiftModifier
AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
# Divides by a score: an arithmetic error on every customer whose score is 0 (a type error
# would be refused at save since issue 13).
BROKEN = RuleDefinition(
    id="vip_note",
    name="VIP note",
    condition='10 / attributes["score"] > 1',
    action="offer_vip",
    script="Offer the VIP package",
)
FINE = RuleDefinition(
    id="mass_offer",
    name="Savings for mass customers",
    condition="segment == 'mass'",
    action="offer_savings",
    script="Hello {first_name}",
)


class WatchedRunner(ThreadedRunner):
    """The desk's real runner, noting on which thread each piece of work ran."""

    def __init__(self) -> None:
        super().__init__(reads=2)
        self.threads: dict[str, set[int]] = {}

    def submit(self, op: Operation) -> None:
        work, key = op.work, op.key or ""

        def noted():
            self.threads.setdefault(key, set()).add(threading.get_ident())
            return work()

        op.work = noted
        super().submit(op)


@pytest.fixture
def watched(qapp):
    runner = WatchedRunner()
    try:
        yield runner
    finally:
        assert runner.shutdown(10_000), "background work did not drain"


def fail_on(services, *external_ids: str) -> None:
    """Really evaluate the published rules on customers with a score of 0, and report what
    failed."""
    for external_id in external_ids:
        customer = f.make_customer(services.db, external_id, attributes={"score": 0})
        result = services.nba.for_customer(customer, AS_OF)
        assert [e.rule_id for e in result.errors] == ["vip_note"]
        services.nba.report_failures(result)


def open_editor(qtbot, services, runner, locale) -> RuleEditorWindow:
    editor = RuleEditorWindow(services, runner, locale, lambda: None)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


@pytest.fixture
def published(services) -> int:
    f.define_attributes(services.db, {"score": "int"})
    services.rulebook.replace_draft([BROKEN, FINE])
    return services.rulebook.publish("first")


def test_the_panel_shows_rule_count_message_and_dates(
    qtbot, services, watched, pl_locale, published
):
    fail_on(services, "T1", "T2")
    (recorded,) = services.rulebook.failures()
    editor = open_editor(qtbot, services, watched, pl_locale)
    panel = editor.failures
    qtbot.waitUntil(lambda: panel.table.row_count() == 1, timeout=WAIT)
    table = panel.table
    assert table.isVisibleTo(editor)  # beside the draft rules: seen without a click
    assert table.text(0, COL_RULE) == "vip_note"
    assert table.text(0, COL_VERSION) == "1"
    assert table.text(0, COL_EVALUATIONS) == "2"
    first_day = recorded.first_seen.astimezone().date()
    assert table.text(0, COL_FIRST) == day(first_day, pl_locale)
    assert table.text(0, COL_LAST) == day(recorded.last_seen.astimezone().date(), pl_locale)
    assert "." in table.text(0, COL_FIRST)  # Polish dates: 6.12.2026
    message = panel.message.text()
    assert "vip_note, version 1: first " in message
    assert local_datetime(recorded.first_seen, pl_locale) in message
    assert local_datetime(recorded.last_seen, pl_locale) in message
    assert "(customer T2)" in message
    assert message.endswith("ArithmeticError: arithmetic error: division by zero")
    assert panel.message.isVisibleTo(panel)
    # No translator in tests: English plurals come from acrm_en.qm at run time.
    assert panel.summary.text() == "1 rule failure(s) in published versions."
    # Loaded by a reader thread, never on the GUI thread.
    assert watched.threads[KEY]
    assert threading.get_ident() not in watched.threads[KEY]


def test_the_keyboard_reaches_every_part_and_enter_opens_the_rule(
    qtbot, qapp, services, runner, pl_locale, published
):
    fail_on(services, "T1")
    editor = open_editor(qtbot, services, runner, pl_locale)
    panel = editor.failures
    qtbot.waitUntil(lambda: panel.table.row_count() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: editor.form.original is not None, timeout=WAIT)
    editor.table.selectRow(1)  # another rule is open in the form
    qtbot.waitUntil(lambda: editor.form.original.id == "mass_offer", timeout=WAIT)
    editor.activateWindow()
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | SHIFT)
    qtbot.waitUntil(panel.table.hasFocus, timeout=WAIT)
    # Tab moves on to the message (selectable), then Shift+Tab back and Enter opens the rule.
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.message.hasFocus, timeout=WAIT)
    qtbot.keyClick(panel.message, Qt.Key.Key_Backtab, SHIFT)
    qtbot.waitUntil(panel.table.hasFocus, timeout=WAIT)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.form.original.id == "vip_note", timeout=WAIT)
    condition = editor.form.fields.condition.edit
    qtbot.waitUntil(condition.hasFocus, timeout=WAIT)
    assert panel.refresh_button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_ctrl_shift_f_with_nothing_failed_lands_on_refresh(
    qtbot, services, runner, pl_locale, published
):
    editor = open_editor(qtbot, services, runner, pl_locale)
    qtbot.waitUntil(lambda: "No rule" in editor.failures.summary.text(), timeout=WAIT)
    editor.activateWindow()
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | SHIFT)
    qtbot.waitUntil(editor.failures.refresh_button.hasFocus, timeout=WAIT)


def test_the_polish_editor_fits_a_1366_pixel_screen(qtbot, qapp, monkeypatch, services, runner):
    # It needed 1402 pixels: the draft list's minimum width was 420 (now 380).
    previous = qapp.styleSheet()
    apply_style(qapp)  # the desk's real style: its padding decides the widths
    try:
        with desk_in(qapp, monkeypatch, "pl_PL"):
            editor = open_editor(qtbot, services, runner, QLocale("pl_PL"))
            assert editor.minimumSizeHint().width() <= 1366
            assert editor.width() == 1366
    finally:
        qapp.setStyleSheet(previous)


def test_a_publish_refreshes_the_panel(qtbot, services, runner, pl_locale, published):
    editor = open_editor(qtbot, services, runner, pl_locale)
    panel = editor.failures
    qtbot.waitUntil(lambda: "No rule" in panel.summary.text(), timeout=WAIT)
    assert panel.table.row_count() == 0
    assert not panel.table.isVisibleTo(panel)  # one calm line when nothing failed
    fail_on(services, "T1")  # meanwhile, on the desk; the panel does not know yet
    editor.versions.note.setText("again")
    editor.versions.publish()
    qtbot.waitUntil(lambda: panel.table.row_count() == 1, timeout=WAIT)
    assert panel.table.text(0, COL_RULE) == "vip_note"
    assert panel.table.isVisibleTo(panel)


@pytest.mark.parametrize(
    ("locale", "header", "summary"),
    [
        ("pl_PL", "Ostatnio", "1 błąd reguły w opublikowanych wersjach."),
        ("ru_RU", "Последний", "1 сбой правила в опубликованных версиях."),
    ],
)
def test_polish_and_russian(
    qtbot, qapp, monkeypatch, services, runner, published, locale, header, summary
):
    fail_on(services, "T1")
    with desk_in(qapp, monkeypatch, locale):
        editor = open_editor(qtbot, services, runner, QLocale(locale))
        panel = editor.failures
        qtbot.waitUntil(lambda: panel.table.row_count() == 1, timeout=WAIT)
        assert panel.table.model().headerData(COL_LAST, Qt.Orientation.Horizontal) == header
        assert panel.summary.text() == summary
        assert "(Ctrl+Shift+F)" in panel.title.text()
        assert panel.title.text() != "Failing rules  (Ctrl+Shift+F)"


def test_every_text_of_the_panel_has_a_russian_translation(tmp_path) -> None:
    """lupdate on a copy of acrm_ru_RU.ts: a new text in the panel without Russian fails."""
    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / "acrm_ru_RU.ts"
    shutil.copyfile(root / "resources/translations/acrm_ru_RU.ts", copy)
    source = root / "app/views/rule_editor/failures_panel.py"
    subprocess.run([str(lupdate), str(source), "-ts", str(copy)], check=True, capture_output=True)
    messages = [
        (context.findtext("name"), message)
        for context in ET.parse(copy).getroot().iter("context")
        for message in context.iter("message")
    ]
    missing = [
        message.findtext("source")
        for name, message in messages
        if name == "RuleFailuresPanel" and message.find("translation").get("type") is not None
    ]
    assert messages and missing == []


def test_a_rule_whose_column_changed_on_this_desk_is_listed_for_its_author(
    qtbot, services, watched, pl_locale
):
    tenure = RuleDefinition(
        id="short_tenure",
        name="Short tenure",
        condition='segment == "mass" and attributes["tenure"] < 12',
        action="retention_call",
        script="Call",
    )
    customer = f.make_customer(services.db, "T1", attributes={"tenure": 2})
    services.rulebook.replace_draft([tenure, FINE])
    services.rulebook.publish("first")
    assert services.nba.for_customer(customer, AS_OF).errors == ()
    with services.db.engine.begin() as connection:  # as a sync pull from the server writes it
        connection.exec_driver_sql("UPDATE attribute_definitions SET type = 'text'")
    services.nba.report_failures(services.nba.for_customer(customer, AS_OF))
    editor = open_editor(qtbot, services, watched, pl_locale)
    panel = editor.failures
    qtbot.waitUntil(lambda: panel.table.row_count() == 1, timeout=WAIT)
    assert panel.table.text(0, COL_RULE) == "short_tenure"
    message = panel.message.text()
    assert "field 'condition': type error: " in message
    assert 'attributes["tenure"] is text' in message and "(line 1, column 23)" in message
