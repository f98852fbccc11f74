"""The sync indicator's texts and states, the password dialog, and the thread hand-over."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from types import SimpleNamespace

import keyring
from keyring.backends import fail
from PySide6.QtCore import QLocale, QThread

from app.config import ServerSettings
from app.services.credentials import backend_problem
from app.services.sync.status import SyncProgress, SyncStatus
from app.views.i18n import install_locale
from app.views.password_dialog import PasswordDialog
from app.views.sync_indicator import SyncIndicator
from app.views.sync_runner import SyncRunner

LAST = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
SERVER = ServerSettings(url="postgresql://db.bank.local/acrm", login="ewa")


def indicator(qtbot, locale: str = "en_GB") -> SyncIndicator:
    widget = SyncIndicator(QLocale(locale))
    qtbot.addWidget(widget)
    return widget


def test_states_say_in_words_what_the_colour_says(qtbot) -> None:
    widget = indicator(qtbot)
    widget.show_status(SyncStatus(True, online=True, last_sync_at=LAST))
    assert widget.text().startswith("Synced · ") and widget.state == "ok"
    widget.show_status(SyncStatus(True, online=False, unsynced=3, last_sync_at=LAST,
                                  last_error="server unreachable"))  # fmt: skip
    assert widget.text().startswith("Offline — 3 unsynced · last sync ")
    assert widget.state == "offline" and widget.toolTip() == "server unreachable"
    widget.show_status(SyncStatus(True, online=True, unsynced=2))
    assert widget.text() == "Syncing… 2 unsynced"
    widget.show_status(SyncStatus(True, online=True, rejected=1))
    assert widget.state == "refused" and "refused by the server" in widget.text()
    widget.show_status(SyncStatus(True, online=False, unsynced=1, last_sync_at=None))
    assert widget.text().endswith("last sync never")


def test_polish_texts_and_first_sync_progress(qtbot, qapp, monkeypatch) -> None:
    previous = QLocale()
    monkeypatch.setenv("ACRM_LOCALE", "pl_PL")
    translator = install_locale(qapp)
    try:
        widget = indicator(qtbot, "pl_PL")
        widget.show_status(SyncStatus(True, online=False, unsynced=5, last_sync_at=LAST))
        assert widget.text().startswith("Offline — 5 niezsynchronizowanych · ostatnia")
        widget.show_progress(SyncProgress("snapshot", 12345, 250000, "customers"))
        assert widget.text() == "Pierwsza synchronizacja: 12\u00a0345 z 250\u00a0000 wierszy"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_without_a_keyring_the_dialog_says_why_and_cannot_remember(qtbot) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        problem = backend_problem()
        dialog = PasswordDialog(SERVER, problem)
        qtbot.addWidget(dialog)
        assert problem
        assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
        assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    finally:
        keyring.set_keyring(previous)


def test_status_from_the_sync_thread_arrives_on_the_gui_thread(qtbot) -> None:
    seen_on: list[object] = []
    ran = threading.Event()

    class OneRunSync:
        server = SimpleNamespace(sync_interval=60.0)

        def run_once(self, progress, cancelled):
            ran.set()
            return SimpleNamespace(pulled=0)

        def status(self):
            return SyncStatus(True, online=True, last_sync_at=LAST)

    runner = SyncRunner(OneRunSync())  # type: ignore[arg-type]
    widget = indicator(qtbot)
    runner.statusChanged.connect(lambda status: seen_on.append(QThread.currentThread()))
    runner.statusChanged.connect(widget.show_status)
    try:
        with qtbot.waitSignal(runner.statusChanged, timeout=5000):
            runner.start()
    finally:
        runner.stop()
    assert ran.is_set()
    assert seen_on == [widget.thread()]
    assert widget.state == "ok"
