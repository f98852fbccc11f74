"""The sync state in the status bar, the problems table, the password prompt, the controller."""

from __future__ import annotations

import threading
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale, Qt

from app.services.config import ServerSettings
from app.services.sync.credentials import backend_problem
from app.services.sync.service import SyncService
from app.services.sync.status import RejectedRow, SyncProgress, SyncStatus
from app.views.shell.password_prompt import PasswordPrompt
from app.views.sync.problems import RejectedModel
from app.views.sync.status import FirstSyncDialog, SyncStatusWidget, sync_time
from tests.gui.conftest import desk_in

SERVER = ServerSettings(url="postgresql://db.bank.local/acrm", login="anna.nowak")
LAST = datetime.now(UTC).replace(microsecond=0)


def status_widget(qtbot, locale: str = "en_GB") -> SyncStatusWidget:
    widget = SyncStatusWidget(QLocale(locale))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def polish(qapp, monkeypatch):
    with desk_in(qapp, monkeypatch, "pl_PL"):
        yield


def test_each_state_says_in_words_what_its_colour_says(qtbot) -> None:
    widget = status_widget(qtbot)
    assert widget.text() == "Sync: connecting…"
    at = sync_time(LAST, QLocale("en_GB"))
    widget.show_status(SyncStatus(True, online=True, last_sync_at=LAST))
    assert (widget.text(), widget.state) == (f"Synced · last {at}", "synced")
    widget.show_status(SyncStatus(True, online=False, unsynced=3, last_sync_at=LAST,
                                  last_error="server unreachable: timeout"))  # fmt: skip
    assert widget.text() == f"Offline — 3 unsynced · last sync {at}"
    assert widget.state == "offline" and "server unreachable: timeout" in widget.toolTip()
    widget.show_status(SyncStatus(True, online=True, unsynced=2))
    assert (widget.text(), widget.state) == ("Syncing… 2 unsynced", "syncing")
    widget.show_progress(SyncProgress("push", 1, 5))
    assert widget.text() == "Syncing… 4 unsynced"
    widget.show_status(SyncStatus(True, online=False, unsynced=1, rejected=2))
    assert widget.text() == "Offline — 1 unsynced · never synced · 2 refused"
    assert widget.state == "refused"


def test_polish_plural_forms(qtbot, polish) -> None:
    widget = status_widget(qtbot, "pl_PL")
    at = sync_time(LAST, QLocale("pl_PL"))
    for count, word in (
        (1, "niewysłana zmiana"),
        (3, "niewysłane zmiany"),
        (5, "niewysłanych zmian"),
    ):
        widget.show_status(SyncStatus(True, online=False, unsynced=count, last_sync_at=LAST))
        assert widget.text() == f"Offline — {count} {word} · ostatnia synchronizacja {at}"
    widget.show_status(SyncStatus(True, online=True, rejected=22, last_sync_at=LAST))
    assert widget.text() == f"Zsynchronizowano · ostatnio {at} · 22 odrzucone"


def test_first_sync_counts_rows_the_polish_way(qtbot, polish) -> None:
    dialog = FirstSyncDialog(QLocale("pl_PL"))
    qtbot.addWidget(dialog)
    dialog.show_progress(SyncProgress("snapshot", 12_345, 250_000, "customers"))
    assert dialog.detail.text() == (
        "Pierwsza synchronizacja z serwerem: 12\u00a0345 z 250\u00a0000 wierszy (klienci)"
    )
    assert dialog.bar.value() == 49
    dialog.show_offline("server unreachable: timeout")
    assert "Brak połączenia z serwerem (server unreachable: timeout)" in dialog.detail.text()


def test_refused_rows_table_model(qapp) -> None:
    model = RejectedModel()
    entity_id = uuid.uuid4()
    model.set_rows([RejectedRow(uuid.uuid4(), "contact", entity_id, "customer was deleted")])
    assert (model.rowCount(), model.columnCount()) == (1, 3)
    texts = [model.data(model.index(0, column)) for column in range(3)]
    assert texts == ["Contact", str(entity_id), "customer was deleted"]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Server's message"
    model.set_rows([])
    assert model.rowCount() == 0


def test_without_a_keyring_the_prompt_says_why_and_cannot_remember(qtbot) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        problem = backend_problem()
        prompt = PasswordPrompt(SERVER, problem)
        qtbot.addWidget(prompt)
        assert problem and problem in prompt.problem.text()
        assert "asked each session" in prompt.problem.text()
        assert not prompt.remember.isEnabled() and not prompt.wants_remembering()
        assert prompt.field.echoMode() == prompt.field.EchoMode.Password
        prompt.field.setText("s3cret")
        assert prompt.password() == "s3cret"
    finally:
        keyring.set_keyring(previous)


def _offline_window(qtbot, services, runner, locale):
    from app.views.shell.main_window import MainWindow

    def unreachable():
        raise OSError("connection refused")

    server = replace(SERVER, url="postgresql://127.0.0.1:9/acrm", sync_interval=30.0)
    sync = SyncService(services.db, server, unreachable)
    window = MainWindow(replace(services, sync=sync), runner, locale)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    return window


def test_a_status_from_another_thread_reaches_the_widget(qtbot, services, runner) -> None:
    window = _offline_window(qtbot, services, runner, QLocale("en_GB"))
    controller = window.sync
    assert controller is not None
    status = SyncStatus(True, online=False, unsynced=3, last_sync_at=LAST)
    with qtbot.waitSignal(controller.bridge.statusChanged, timeout=5000):
        threading.Thread(target=controller.bridge.statusChanged.emit, args=(status,)).start()
    assert controller.widget.text().startswith("Offline — 3 unsynced · last sync ")
    from app.views.shell.desk_app import STYLE_PATH

    window.setStyleSheet(STYLE_PATH.read_text(encoding="utf-8"))  # as the desk looks
    window.show()
    qtbot.waitExposed(window)
    window.grab().save("/tmp/sync_status.png")
    controller.stop()


def test_the_loop_finds_the_server_unreachable_and_says_so(qtbot, services, runner) -> None:
    window = _offline_window(qtbot, services, runner, QLocale("en_GB"))
    controller = window.sync
    assert controller is not None
    window.show()
    try:
        with qtbot.waitSignal(controller.bridge.statusChanged, timeout=10_000):
            controller.start()
        assert controller.widget.state == "offline"
        assert "connection refused" in controller.widget.toolTip()
        dialog = controller.first_sync
        assert dialog is not None and dialog.isVisible()  # no first sync yet: it keeps trying
        assert "cannot be reached" in dialog.detail.text()
    finally:
        controller.stop()


def test_embedded_database_shows_nothing_about_sync(window) -> None:
    assert window.sync is None
    assert window.status.findChildren(SyncStatusWidget) == []
