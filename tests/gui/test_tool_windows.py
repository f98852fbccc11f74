"""The rule editor and the outbox open from the main window and know the open customer."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from tests.gui.conftest import rich_customer


def test_top_bar_buttons_open_the_editor_and_the_outbox(qtbot, window, services) -> None:
    buttons = {b.text(): b for b in window.findChildren(QToolButton) if b.objectName() == "topTool"}
    qtbot.wait(300)  # the team-lead check runs off the GUI thread; this agent is not one
    shown = {text for text, button in buttons.items() if button.isVisible()}
    # Server: connect and sign out (the first-run wizard); team and administration: by role
    assert shown == {"Rules  Ctrl+Shift+R", "Automatic messages  Ctrl+Shift+O", "Server"}
    assert not buttons["Team  Ctrl+Shift+T"].isVisible()
    assert not buttons["Administration  Ctrl+Shift+A"].isVisible()
    buttons["Rules  Ctrl+Shift+R"].click()
    editor = window.tools.editor
    assert editor is not None and editor.isVisible()
    buttons["Rules  Ctrl+Shift+R"].click()
    assert window.tools.editor is editor  # one editor, raised again
    buttons["Automatic messages  Ctrl+Shift+O"].click()
    outbox = window.tools.outbox
    assert outbox is not None and outbox.isVisible()
    with qtbot.waitSignal(outbox.panel.loaded, timeout=5000):
        outbox.panel.refresh()
    editor.close()
    outbox.close()


def test_editor_tests_rules_on_the_customer_open_in_the_desk(qtbot, window, services) -> None:
    customer = rich_customer(services.db)
    assert window.tools.current_customer() is None
    with qtbot.waitSignal(window.cardPainted, timeout=5000):
        window.open_customer(customer)
    assert window.tools.current_customer() == customer
