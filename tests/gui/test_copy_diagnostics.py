"""Ctrl+Shift+D puts the support report on the clipboard (built off the GUI thread)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtGui import QGuiApplication

from app import __version__
from app.services.config import ServerSettings, Settings
from app.services.storage import migrate
from app.services.sync.credentials import CredentialStore
from app.views.shell.diagnostics_copy import DIAGNOSTICS_KEY
from tests.gui.conftest import desk_in

PASSWORD = "Keyring-Secret-77"
SERVER = ServerSettings(url="postgresql://db.bank.local:5432/acrm", login="anna.nowak",
                        sslmode="verify-full")  # fmt: skip


def press_and_wait(qtbot, window) -> str:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(window.diagnostics.copied, timeout=20_000, raising=False) as copied:
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert copied.signal_triggered, window.status.state.text()
    assert QGuiApplication.clipboard().text() == copied.args[0]
    return copied.args[0]


def test_ctrl_shift_d_copies_the_report(qtbot, window, services) -> None:
    window.search.box.setFocus()  # from a field: the key still reaches the desk
    text = press_and_wait(qtbot, window)
    assert text.startswith("aCRM Desk diagnostics (")
    assert f"version: {__version__}" in text
    assert f"Qt: {qVersion()}" in text and "PySide6: 6." in text
    assert f"schema revision: {migrate.head_revision()} (at head)" in text
    assert "state: not configured (embedded database, nothing to sync)" in text
    assert f"agent: {services.settings.agent_login}" in text
    assert window.status.state.text() == "Diagnostics copied to the clipboard (no passwords)"


def test_a_desk_whose_services_never_came_still_copies_it(qtbot, runner, tmp_path) -> None:
    """A server desk still starting (its runner holds the window's work): the report comes,
    with the server and the login, never the password in the keyring."""
    from app.views.shell.main_window import MainWindow

    assert CredentialStore().save(SERVER, PASSWORD)
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'cache.sqlite3'}", agent_login="anna.nowak",
                        server=SERVER)  # fmt: skip
    window = MainWindow(None, runner, QLocale("pl_PL"), settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.runner.holding
    text = press_and_wait(qtbot, window)
    assert "server: postgresql://db.bank.local:5432/acrm" in text
    assert "login: anna.nowak" in text and "sslmode: verify-full" in text
    assert "state: never synced (no cache yet)" in text
    assert "keyring: MemoryKeyring" in text
    assert PASSWORD not in text


MENU_TEXTS = {
    "pl_PL": ("Kopiuj diagnostykę", "Diagnostyka skopiowana do schowka (bez haseł)"),
    "ru_RU": ("Копировать диагностику", "Диагностика скопирована в буфер обмена (без паролей)"),
}


@pytest.mark.parametrize("language", sorted(MENU_TEXTS))
def test_the_status_bar_menu_offers_it_translated(qtbot, qapp, monkeypatch, runner, services,
                                                  language):  # fmt: skip
    from app.views.shell.main_window import MainWindow

    item, done = MENU_TEXTS[language]
    with desk_in(qapp, monkeypatch, language):
        window = MainWindow(services, runner, QLocale(language))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        [action] = window.status.actions()
        assert action.text() == f"{item}\t{DIAGNOSTICS_KEY}"
        assert window.status.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        with qtbot.waitSignal(window.diagnostics.copied, timeout=20_000):
            action.trigger()
        assert window.status.state.text() == done
