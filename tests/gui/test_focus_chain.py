"""Keyboard without traps (issue 12, item 3): every window and dialog of the desk walked by Tab.

Real windows, real services on SQLite, real key presses. The walker (tests/gui/focus_walk.py)
finds the interactive widgets itself, so widgets added later are held to the same rules.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, Qt

from app.views.rule_editor import RuleEditorWindow
from tests.gui.conftest import AGENT, rich_customer
from tests.gui.focus_walk import check_focus_chain, focused, interactive
from tests.gui.test_team_queue import team  # noqa: F401  (a fixture)
from tests.gui.test_team_queue_tab import open_tab
from tests.rule_fixtures import AFFLUENT, MASS

WAIT = 10_000
FUNDS = replace(
    AFFLUENT, id="funds", name="Funds for affluent customers", action="offer_funds", priority=50
)
# Email marketing is refused by the rich customer: held back, so "Not offered (1)" shows.
NEWSLETTER = replace(
    AFFLUENT,
    id="newsletter",
    name="Newsletter",
    action="newsletter",
    channel="email",
    requires_consent="email",
)


def open_customer_with_offers(qtbot, window, services):
    services.rulebook.replace_draft([AFFLUENT, FUNDS, NEWSLETTER, MASS])
    services.rulebook.publish("offers")
    cid = rich_customer(services.db)
    from app.views.wrapup.form import ContactStart

    with qtbot.waitSignal(window.cardPainted, timeout=WAIT):
        window.open_customer(cid, ContactStart(cid, "", caller_number="+48601234567"))
    qtbot.waitUntil(lambda: window.wrapup.codes.count() == 5, timeout=WAIT)
    qtbot.waitUntil(lambda: window.history_model.rowCount() == 7, timeout=WAIT)
    qtbot.waitUntil(lambda: len(window.nba.offers()) == 2, timeout=WAIT)
    qtbot.waitUntil(
        lambda: all(o.presentation_id is not None for o in window.nba.offers()), timeout=WAIT
    )
    window.activateWindow()
    return cid


@pytest.fixture
def desk(qtbot, window, services):
    open_customer_with_offers(qtbot, window, services)
    return window


def test_the_card_tab_of_the_main_window_has_no_trap(qtbot, desk) -> None:
    problems = check_focus_chain(desk)
    assert problems == [], "\n".join(problems)


def test_the_history_tab_has_no_trap_and_its_list_selects_a_row(qtbot, desk) -> None:
    """Issue 12: Tab four times stuck in "From"; the contact list took the focus unselected."""
    desk.show_tab(1)
    qtbot.waitUntil(lambda: desk.history.table.isVisible(), timeout=WAIT)
    problems = check_focus_chain(desk)
    assert problems == [], "\n".join(problems)


def test_tab_from_the_last_offer_goes_to_the_wrapup(qtbot, desk) -> None:
    offers = desk.nba.offers()
    offers[-1].take_focus()
    qtbot.keyClick(offers[-1], Qt.Key.Key_Tab)
    target = focused()
    # Past the offers comes the "Not offered" toggle, then the wrap-up: never the search box.
    if target is desk.nba.held_toggle:
        qtbot.keyClick(target, Qt.Key.Key_Tab)
        target = focused()
    assert target is not None and desk.wrapup.isAncestorOf(target), target
    assert target is not desk.search.box


def test_space_in_the_search_box_keeps_the_search(qtbot, desk) -> None:
    box = desk.search.box
    desk.focus_search()
    qtbot.keyClicks(box, "Kowalczyk")
    qtbot.waitUntil(lambda: desk.search.model.rowCount() == 1, timeout=WAIT)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.text() == "Kowalczyk "
    qtbot.wait(300)  # past the debounce: the result list must not be emptied either
    assert desk.search.model.rowCount() == 1


@pytest.fixture
def editor(qtbot, services, runner, pl_locale):
    services.rulebook.replace_draft([AFFLUENT, MASS])
    services.rulebook.publish("first")
    customer = rich_customer(services.db)
    win = RuleEditorWindow(services, runner, pl_locale, lambda: customer)
    qtbot.addWidget(win)
    win.resize(1500, 950)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: win.form.original == AFFLUENT, timeout=WAIT)
    win.activateWindow()
    return win


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_the_rule_editor_has_no_trap(qtbot, editor, tab) -> None:
    editor.tabs.setCurrentIndex(tab)
    for check in (editor.form.fields.valid_from.check, editor.form.fields.valid_to.check):
        check.setChecked(True)  # the date edits take part in the walk
    editor.form.fields.kind.setCurrentIndex(editor.form.fields.kind.findData("automatic"))
    problems = check_focus_chain(editor)
    assert problems == [], "\n".join(problems)


def test_the_walker_finds_every_kind_of_field(qtbot, editor) -> None:
    """A walk that saw nothing would pass: make sure it meets the widgets that trapped."""
    editor.form.fields.valid_from.check.setChecked(True)
    kinds = {type(w).__name__ for w in interactive(editor)}
    assert {"QTableView", "QLineEdit", "QPlainTextEdit", "QComboBox", "QSpinBox"} <= kinds
    assert any("DateEdit" in kind for kind in kinds), kinds


@pytest.mark.usefixtures("team")  # AGENT leads a team with a promised callback in its queue
def test_the_team_queue_has_no_trap(qtbot, runner, sqlite_db) -> None:
    queue = open_tab(qtbot, runner, sqlite_db, AGENT)  # the team workspace's Queue tab
    assert queue.model.rowCount() == 1
    queue.activateWindow()
    problems = check_focus_chain(queue)
    assert problems == [], "\n".join(problems)


def test_the_unknown_caller_panel_and_new_customer_form_have_no_trap(qtbot, window) -> None:
    window.handle_phone("+48 500 000 999")
    qtbot.waitUntil(lambda: window.caller.isVisible(), timeout=WAIT)
    window.caller.create_button.click()
    qtbot.waitUntil(lambda: window.new_customer.isVisible(), timeout=WAIT)
    window.activateWindow()
    kinds = {type(w).__name__ for w in interactive(window)}
    assert "DateEdit" in kinds or "QDateEdit" in kinds  # the birth date takes part
    problems = check_focus_chain(window)
    assert problems == [], "\n".join(problems)


def test_the_automatic_messages_window_has_no_trap(qtbot, window, services) -> None:
    from tests.integration.action_helpers import AS_OF, RULES, birthday_customer

    services.rulebook.replace_draft(RULES)
    services.rulebook.publish("test")
    birthday_customer(services.db, "B1", first_name="Anna")
    services.actions.run(AS_OF)
    window.tools.open_outbox()
    outbox = window.tools.outbox
    qtbot.addWidget(outbox)
    qtbot.waitUntil(lambda: outbox.panel.model.rowCount() == 1, timeout=WAIT)
    outbox.activateWindow()
    problems = check_focus_chain(outbox)
    assert problems == [], "\n".join(problems)


def test_the_sync_problems_window_has_no_trap(qtbot, sqlite_db, runner) -> None:
    from app.services.sync import skips
    from app.services.sync.local_store import LocalStore
    from app.views.sync.problems import SyncProblemsWindow
    from tests.gui.test_sync_problems import ROWS

    with sqlite_db.engine.begin() as connection:
        skips.record(connection, ROWS)
    problems_window = SyncProblemsWindow(runner, LocalStore(sqlite_db), lambda: None)
    qtbot.addWidget(problems_window)
    with qtbot.waitSignal(problems_window.loaded, timeout=WAIT):
        problems_window.refresh()
    problems_window.show()
    qtbot.waitExposed(problems_window)
    problems_window.activateWindow()
    problems = check_focus_chain(problems_window)
    assert problems == [], "\n".join(problems)


def test_the_password_prompt_has_no_trap(qtbot) -> None:
    from app.services.config import ServerSettings
    from app.views.shell.password_prompt import PasswordPrompt

    server = ServerSettings(url="postgresql://db.bank.local/acrm", login="anna.nowak")
    prompt = PasswordPrompt(server, "no keyring backend")
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    prompt.activateWindow()
    assert len(interactive(prompt)) >= 2
    problems = check_focus_chain(prompt)
    assert problems == [], "\n".join(problems)


def test_the_first_sync_dialog_has_no_trap(qtbot) -> None:
    from app.views.sync.status import FirstSyncDialog

    dialog = FirstSyncDialog(QLocale("pl_PL"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    problems = check_focus_chain(dialog)
    assert problems == [], "\n".join(problems)


def test_my_queue_has_no_trap(qtbot, services, runner) -> None:
    from app.views.shell.main_window import MainWindow
    from tests.gui.queue_fake import FakeWorkQueue, entry

    queue = FakeWorkQueue(mine=[entry(None, "A", "x"), entry(None, "B", "y")],
                          pool=[entry(None, "C", "z", owner="")])  # fmt: skip
    window = MainWindow(replace(services, work_queue=queue), runner, QLocale("pl_PL"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dock = window.my_queue
    with qtbot.waitSignal(dock.loaded, timeout=WAIT):
        dock.open_panel()
    qtbot.waitUntil(lambda: dock.pool_model.rowCount() == 1, timeout=WAIT)
    dock.activateWindow()
    problems = check_focus_chain(dock)
    assert problems == [], "\n".join(problems)


def test_the_identity_check_takes_part_in_the_chain(qtbot, checked_services, runner) -> None:
    from app.views.shell.main_window import MainWindow

    window = MainWindow(checked_services, runner, QLocale("pl_PL"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    open_customer_with_offers_waiting(qtbot, window, checked_services)
    assert window.verification.questions in interactive(window)
    problems = check_focus_chain(window)
    assert problems == [], "\n".join(problems)


def open_customer_with_offers_waiting(qtbot, window, services) -> None:
    """As open_customer_with_offers, but the offers wait for the identity check."""
    services.rulebook.replace_draft([AFFLUENT, FUNDS, NEWSLETTER, MASS])
    services.rulebook.publish("offers")
    cid = rich_customer(services.db)
    from app.views.wrapup.form import ContactStart

    with qtbot.waitSignal(window.cardPainted, timeout=WAIT):
        window.open_customer(cid, ContactStart(cid, "", caller_number="+48601234567"))
    qtbot.waitUntil(lambda: window.wrapup.codes.count() == 5, timeout=WAIT)
    qtbot.waitUntil(lambda: window.verification.isVisible(), timeout=WAIT)
    window.activateWindow()
