"""The desk and the first run: the wizard when the keyring has no password, never otherwise;
signing out from the desk, with the cache deleted only as confirmed."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from app.services.config import ServerSettings, Settings
from app.services.first_run.password_store import store_password
from app.views.first_run.sign_out_dialog import SignOutDialog
from app.views.shell.desk_app import DeskLauncher, DeskOptions
from tests.factories import make_customer
from tests.integration.test_first_run_local import SERVER, _cache_with_outbox
from tests.sync_helpers import PASSWORD, add_server_user, unique_login

WAIT_MS = 30_000


def _options(**kwargs) -> DeskOptions:
    return DeskOptions(instance_name=f"acrm-test-{uuid.uuid4().hex[:10]}",
                       smoke_timeout_s=3600, **kwargs)  # fmt: skip


def _settings(server: ServerSettings) -> Settings:
    return Settings(db_url=f"sqlite:///{server.cache_file()}", agent_login=server.login,
                    server=server)  # fmt: skip


def _wizard_of(qtbot, launcher):
    """The wizard the launcher shows once the keyring has answered (off the GUI thread)."""
    qtbot.waitUntil(lambda: launcher.sign_in is not None and launcher.sign_in.wizard is not None,
                    timeout=WAIT_MS)  # fmt: skip
    return launcher.sign_in.wizard


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_without_a_server_the_desk_opens_straight_away(qtbot, qapp, sqlite_db):
    launcher = DeskLauncher(_ExitRecorder(qapp), Settings(db_url=sqlite_db.url), _options())
    try:
        launcher.start()
        assert launcher.window is not None and launcher.sign_in is None
    finally:
        launcher.shutdown()


def test_a_smoke_run_never_shows_the_wizard(qtbot, qapp):
    server = ServerSettings("postgresql://127.0.0.1:9/acrm", "anna.nowak", "prefer")
    launcher = DeskLauncher(_ExitRecorder(qapp), _settings(server), _options(smoke=True))
    try:
        launcher.start()
        qtbot.waitUntil(lambda: launcher.window is not None, timeout=WAIT_MS)
        assert launcher.sign_in.wizard is None
    finally:
        launcher.shutdown()


class _ExitRecorder:
    """The application, but exit() only recorded: outside app.exec() a real exit() would make
    every later event loop of the test process return at once (Qt's quitNow)."""

    def __init__(self, app) -> None:
        self._app = app
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)

    def __getattr__(self, name: str):
        return getattr(self._app, name)


def test_cancelling_the_wizard_does_not_start_the_desk(qtbot, qapp, capfd):
    server = ServerSettings("postgresql://127.0.0.1:9/acrm", "anna.nowak", "prefer")
    app = _ExitRecorder(qapp)
    launcher = DeskLauncher(app, _settings(server), _options())  # type: ignore[arg-type]
    try:
        launcher.start()
        wizard = _wizard_of(qtbot, launcher)
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.login_page.password)
        _key(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: app.codes == [1])
        assert launcher.window is None
        assert "not signed in to the server; not started" in capfd.readouterr().err
    finally:
        launcher.shutdown()


@pytest.mark.postgres
def test_sign_in_at_start_then_sign_out_with_the_cache(qtbot, qapp, pg_url, pg_db,
                                                       memory_keyring):  # fmt: skip
    make_customer(pg_db, external_id="D1")
    url = make_url(pg_url)
    login = unique_login("desk")
    add_server_user(pg_url, login)
    server = ServerSettings(f"postgresql://{url.host}:{url.port}/{url.database}", login, "prefer")
    app = _ExitRecorder(qapp)
    launcher = DeskLauncher(app, _settings(server), _options())
    try:
        launcher.start()
        wizard = _wizard_of(qtbot, launcher)
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.login_page.password)
        assert launcher.window is None  # nothing opens before the person is signed in
        qtbot.keyClicks(QApplication.focusWidget(), PASSWORD)
        _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.check_page.done, timeout=WAIT_MS)
        _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.store_page.done, timeout=WAIT_MS)
        _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.sync_page.done, timeout=WAIT_MS)
        _key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: launcher.services is not None, timeout=WAIT_MS)
        window = launcher.window
        assert window.sync is not None and memory_keyring.passwords
        assert server.cache_file().exists()
        # Sign out from the desk by the keyboard: the dialog, "also delete the cache", Enter.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
        session = window.tools.session
        qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible())
        dialog = session.dialog
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.waitUntil(lambda: dialog.unsynced == (0, 0), timeout=WAIT_MS)
        _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.forget.isChecked)  # a mnemonic clicks after a short animation
        assert dialog.ok.isEnabled()
        with qtbot.waitSignal(session.signedOut, timeout=WAIT_MS):
            _key(qtbot, Qt.Key.Key_Return)
        assert app.codes == [0] and memory_keyring.passwords == {}
    finally:
        launcher.shutdown()
    assert not server.cache_file().exists()


def test_unsynced_work_must_be_confirmed_before_the_cache_goes(qtbot, runner, memory_keyring):
    store_password(SERVER, "s3cret-Pass")
    _cache_with_outbox(pending=3, refused=1)
    dialog = SignOutDialog(runner, SERVER)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: dialog.unsynced == (3, 1), timeout=WAIT_MS)
    assert dialog.ok.isEnabled()  # signing out while keeping the cache loses nothing
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.forget.isChecked)  # a mnemonic clicks after a short animation
    assert not dialog.ok.isEnabled()
    assert dialog.warning.text() == (
        "3 change(s) have not reached the server yet; 1 were refused by it. Deleting the cache "
        "loses them for good."
    )
    _key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter does nothing while the loss is not confirmed
    _key(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.discard.isChecked)
    assert dialog.ok.isEnabled() and dialog.choice() == (True, True)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)


def test_the_wizard_and_the_sign_out_dialog_have_no_focus_trap(qtbot, runner) -> None:
    from app.views.first_run.wizard import FirstRunWizard
    from tests.gui.focus_walk import check_focus_chain

    wizard = FirstRunWizard(runner, QLocale("pl_PL"), None)
    dialog = SignOutDialog(runner, SERVER)
    for widget in (wizard, dialog):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda w=widget: QApplication.activeWindow() is w)
        problems = check_focus_chain(widget)
        assert problems == [], "\n".join(problems)
        widget.close()
