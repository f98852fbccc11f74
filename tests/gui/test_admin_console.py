"""The administration console opens with Ctrl+Shift+A; only administrators may use its tabs."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from sqlalchemy import update

from app.models import User
from app.models.enums import Role
from tests.gui.conftest import AGENT

WAIT = 5000


def _set_role(services, role: str) -> None:
    with services.db.unit_of_work() as uow:
        changed = uow.session.execute(update(User).where(User.login == AGENT).values(role=role))
        if changed.rowcount == 0:
            uow.session.add(User(id=uuid.uuid4(), login=AGENT, role=role))
        uow.commit()


def test_an_agent_is_told_the_console_needs_the_administrator_role(qtbot, services, window) -> None:
    _set_role(services, Role.AGENT.value)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    console = window.tools.admin_console
    assert console is not None
    qtbot.waitUntil(lambda: not console.notice.isHidden(), timeout=WAIT)
    assert "administrator role" in console.notice.text()
    assert not console.tabs.isEnabled()


def test_an_administrator_gets_the_tabs(qtbot, services, window) -> None:
    _set_role(services, Role.ADMIN.value)
    window.tools.open_admin_console()
    console = window.tools.admin_console
    qtbot.waitUntil(console.tabs.isEnabled, timeout=WAIT)
    assert console.notice.isHidden()
    assert console.windowTitle() == "Administration — aCRM Desk"
