"""The console's Rule versions, Wrap-up codes and Audit log tabs, driven from the keyboard on
real services over a real SQLite file."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from app.models import AuditLogEntry, User
from app.models.enums import Role
from app.views.admin.audit_tab import AuditTab
from app.views.admin.codes_tab import CodesTab
from app.views.admin.rule_versions_tab import RuleVersionsTab
from tests.factories import seed_wrapup_codes
from tests.gui.conftest import AGENT
from tests.rule_fixtures import AFFLUENT, MASS

WAIT = 5000
Key, Mod = Qt.Key, Qt.KeyboardModifier


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitActive(widget)  # mnemonics (Alt+letter) reach only the active window
    return widget


# --- Rule versions -----------------------------------------------------------------------


def test_versions_diff_and_a_rollback_confirmed_in_the_panel(qtbot, services, runner, pl_locale):
    book = services.rulebook
    book.replace_draft([AFFLUENT])
    book.publish("first")
    book.replace_draft([AFFLUENT.with_changes(priority=99), MASS])
    book.publish("second")
    tab = shown(qtbot, RuleVersionsTab(runner, book, pl_locale))
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    assert [tab.model.index(0, c).data() for c in (0, 2, 3, 4)] == ["2", AGENT, "2", "second"]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Key.Key_Home)  # version 2, the newest, first
    qtbot.keyClick(tab, Key.Key_P, Mod.AltModifier)  # compare with the previous
    qtbot.waitUntil(lambda: "version 2" in tab.diff.toPlainText(), timeout=WAIT)
    diff = tab.diff.toPlainText().splitlines()
    assert diff[0] == "Version 1 → version 2: 2 rule(s) differ"
    assert f"~ {AFFLUENT.id} (changed)" in diff and f"+ {MASS.id} (added)" in diff
    assert f"    priority: {AFFLUENT.priority} → 99" in diff

    qtbot.keyClick(tab.table, Key.Key_Down)  # version 1
    qtbot.keyClick(tab, Key.Key_R, Mod.AltModifier)
    assert tab.confirm.isVisible() and "version 1's rules again as version 3" in (
        tab.question.text()
    )
    qtbot.keyClick(tab.no, Key.Key_Escape)  # Esc cancels: nothing published
    assert not tab.confirm.isVisible() and book.latest_version() == 2
    qtbot.keyClick(tab, Key.Key_R, Mod.AltModifier)
    assert tab.no.hasFocus()  # a stray Enter would cancel
    tab.yes.setFocus()
    qtbot.keyClick(tab.yes, Key.Key_Space)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=WAIT)
    assert tab.status.text() == "Published version 3, a copy of version 1."
    assert [r.id for r in book.version_rules(3)[1]] == [AFFLUENT.id]
    assert tab.model.index(0, 4).data() == "rollback to version 1 (copy of version 1)"


# --- Wrap-up codes -----------------------------------------------------------------------


def test_codes_are_added_relabelled_and_deactivated_from_the_keyboard(qtbot, services, runner,
                                                                     pl_locale):  # fmt: skip
    seed_wrapup_codes(services.db)
    tab = shown(qtbot, CodesTab(runner, services.admin_codes, pl_locale))
    tab.refresh()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 6, timeout=WAIT)
    tab.code.setFocus()
    qtbot.keyClicks(tab.code, "TRANSFER")
    qtbot.keyClicks(tab.labels["pl"], "Przelew")
    qtbot.keyClick(tab.labels["pl"], Key.Key_Return)  # no Russian label: refused, named
    qtbot.waitUntil(lambda: "label_ru" in tab.status.text(), timeout=WAIT)
    assert tab.status.text() == "Not saved: label_ru: give the label in Russian (it is empty)"
    tab.labels["ru"].insert("Перевод")  # QTest types Latin keys only: Cyrillic as input

    qtbot.keyClick(tab.labels["ru"], Key.Key_Return)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 7, timeout=WAIT)
    assert [tab.table.item(6, c).text() for c in range(5)] == ["TRANSFER", "Przelew", "Перевод",
                                                               "", "yes"]  # fmt: skip
    assert tab.code.text() == "" and tab.code.hasFocus()

    # F2 on the Russian label of the new code, type, Enter: saved through the service.
    tab.table.setFocus()
    tab.table.setCurrentCell(6, 2)
    qtbot.keyClick(tab.table, Key.Key_F2)
    editor = tab.table.focusWidget()
    editor.selectAll()
    editor.insert("Перевод отправлен")
    qtbot.keyClick(editor, Key.Key_Return)
    qtbot.waitUntil(lambda: tab.status.text() == "TRANSFER: label saved.", timeout=WAIT)
    entry = next(c for c in services.admin_codes.list() if c.code == "TRANSFER")
    assert entry.label("ru") == "Перевод отправлен"

    # An emptied Polish label is refused and the table shows what is stored again.
    tab.table.setCurrentCell(6, 1)
    qtbot.keyClick(tab.table, Key.Key_F2)
    editor = tab.table.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Key.Key_Delete)
    qtbot.keyClick(editor, Key.Key_Return)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Not saved: label_pl"), timeout=WAIT)
    qtbot.waitUntil(lambda: tab.table.item(6, 1).text() == "Przelew", timeout=WAIT)

    tab.table.setFocus()
    tab.table.setCurrentCell(6, 0)
    qtbot.keyClick(tab.table, Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.table.item(6, 4).text() == "no", timeout=WAIT)
    offered = {row.code for row in services.contacts.wrapup_codes()}
    assert "TRANSFER" not in offered
    tab.table.setCurrentCell(6, 0)
    qtbot.keyClick(tab.table, Key.Key_Insert)
    qtbot.waitUntil(lambda: tab.table.item(6, 4).text() == "yes", timeout=WAIT)
    with services.db.reading() as session:
        actions = session.scalars(select(AuditLogEntry.action).where(
            AuditLogEntry.target == "TRANSFER").order_by(AuditLogEntry.id)).all()  # fmt: skip
    assert actions == ["wrapup_codes.insert"] + ["wrapup_codes.update"] * 3

    tab.focus_filter()
    qtbot.keyClicks(tab.filter, "przel")
    hidden = [tab.table.isRowHidden(row) for row in range(tab.table.rowCount())]
    assert hidden == [True] * 6 + [False]


# --- Audit log ---------------------------------------------------------------------------


def add_audit(services, *rows) -> None:
    with services.db.unit_of_work() as uow:
        uow.session.add_all(
            AuditLogEntry(at=at, actor=actor, action=action, target=target, details={})
            for at, actor, action, target in rows
        )
        uow.commit()


def test_audit_filters_sort_page_and_export(qtbot, services, runner, pl_locale, tmp_path):
    add_audit(
        services,
        (datetime(2026, 11, 2, 9, 0, tzinfo=UTC), "ola", "role.create", "jan"),
        (datetime(2026, 11, 3, 9, 0, tzinfo=UTC), "piotr", "wrapup_codes.update", "=CMD()"),
        (datetime(2026, 11, 4, 9, 0, tzinfo=UTC), "ola", "wrapup_codes.insert", "CB"),
    )
    target = tmp_path / "audit.csv"
    tab = shown(qtbot, AuditTab(runner, services.admin_audit, pl_locale,
                                ask_path=lambda _name: str(target)))  # fmt: skip
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=WAIT)
    assert tab.status.text() == "3 row(s) shown"
    column = [tab.sorted.index(r, 3).data() for r in range(3)]
    assert column == ["CB", "=CMD()", "jan"]  # newest first
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by who
    assert [tab.sorted.index(r, 1).data() for r in range(3)] == ["ola", "ola", "piotr"]

    tab.focus_filter()
    assert tab.actor.hasFocus()
    qtbot.keyClicks(tab.actor, "ola")
    qtbot.keyClick(tab.actor, Key.Key_Return)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT)
    tab.actor.clear()
    qtbot.keyClicks(tab.action, "wrapup_codes")
    qtbot.keyClick(tab.action, Key.Key_Return)
    qtbot.waitUntil(lambda: {tab.model.row(i).target for i in range(tab.model.rowCount())}
                    == {"CB", "=CMD()"}, timeout=WAIT)  # fmt: skip

    tab.export()  # what Ctrl+E in the console calls: the current filter, every matching row
    qtbot.waitUntil(lambda: tab.status.text().startswith("2 row(s) saved"), timeout=WAIT)
    text = target.read_text(encoding="utf-8-sig")
    assert "'=CMD()" in text and "role.create" not in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


@pytest.mark.filterwarnings("ignore:.*setActiveWindow.*:DeprecationWarning")
def test_the_console_has_the_three_tabs_and_ctrl_e_exports_the_audit(qtbot, services, window,
                                                                      tmp_path):  # fmt: skip
    with services.db.unit_of_work() as uow:
        uow.session.execute(update(User).where(User.login == AGENT).values(role=Role.ADMIN.value))
        uow.commit()
    window.tools.open_admin_console()
    console = window.tools.admin_console
    qtbot.waitUntil(console.tabs.isEnabled, timeout=WAIT)
    titles = [console.tabs.tabText(i) for i in range(console.tabs.count())]
    assert [t for t in titles if t in ("Rule versions", "Wrap-up codes", "Audit log")] == [
        "Rule versions", "Wrap-up codes", "Audit log"]  # fmt: skip
    audit = console.tabs.widget(titles.index("Audit log"))
    target = tmp_path / "console.csv"
    audit.ask_path = lambda _name: str(target)
    console.tabs.setCurrentWidget(audit)
    QApplication.setActiveWindow(console)  # offscreen: the main window keeps it otherwise
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=WAIT)
    qtbot.keyClick(console.tabs.currentWidget(), Key.Key_E, Mod.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=WAIT)
