"""The connect wizard driven by the keyboard alone, its check run against the real server."""

from __future__ import annotations

import tomllib

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from app.services.config import ServerSettings, config_file
from app.services.sync.credentials import SERVICE
from app.views.first_run import wizard as pages
from app.views.first_run.wizard import FirstRunWizard
from tests.factories import make_customer
from tests.sync_helpers import PASSWORD, add_server_user, unique_login

WAIT_MS = 20_000


def _open(qtbot, runner, preset=None, problem="", first_sync=True) -> FirstRunWizard:
    wizard = FirstRunWizard(runner, QLocale("en_GB"), preset, problem, first_sync=first_sync)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return wizard


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _server(pg_url: str) -> tuple[str, str]:
    url = make_url(pg_url)
    login = unique_login("wizard")
    add_server_user(pg_url, login)
    return f"postgresql://{url.host}:{url.port}/{url.database}", login


def _sign_in(qtbot, wizard, login: str, password: str) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == pages.LOGIN)
    if not wizard.login_page.login.text():
        _type(qtbot, login)
        _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.login_page.password
    _type(qtbot, password)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == pages.CHECK)


@pytest.mark.postgres
def test_a_new_desk_is_connected_with_the_keyboard_alone(qtbot, runner, pg_url, pg_db,
                                                         memory_keyring):  # fmt: skip
    make_customer(pg_db, external_id="W1")
    url, login = _server(pg_url)
    wizard = _open(qtbot, runner)
    assert QApplication.focusWidget() is wizard.server_page.url
    _type(qtbot, url)
    _key(qtbot, Qt.Key.Key_Tab)
    for _ in range(3):  # verify-full -> verify-ca -> require -> prefer (the test server: no TLS)
        _key(qtbot, Qt.Key.Key_Down)
    assert wizard.server_page.sslmode() == "prefer"
    _key(qtbot, Qt.Key.Key_Return)
    _sign_in(qtbot, wizard, login, PASSWORD)
    qtbot.waitUntil(lambda: wizard.check_page.done, timeout=WAIT_MS)
    assert wizard.check_page.state.text().startswith(f"Connected to {url[13:]} · PostgreSQL")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.store_page.done, timeout=WAIT_MS)
    assert "The password is kept in the system keyring." in wizard.store_page.state.text()
    assert memory_keyring.passwords == {(SERVICE, f"{login}@{url}"): PASSWORD}
    written = tomllib.loads(config_file().read_text(encoding="utf-8"))["server"]
    assert written == {"url": url, "login": login, "sslmode": "prefer"}
    _key(qtbot, Qt.Key.Key_Return)  # "Start the first sync"
    qtbot.waitUntil(lambda: wizard.sync_page.done, timeout=WAIT_MS)
    assert wizard.sync_page.state.text().startswith("Done: ")
    assert ServerSettings(url, login).cache_file().exists()
    with qtbot.waitSignal(wizard.accepted, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Return)
    assert wizard.server() == ServerSettings(url, login, "prefer") and wizard.password() == PASSWORD


@pytest.mark.postgres
def test_a_wrong_password_is_said_and_enter_does_not_go_on(qtbot, runner, pg_url, memory_keyring):
    url, login = _server(pg_url)
    preset = ServerSettings(url, login, "prefer")
    wizard = _open(qtbot, runner, preset)
    assert wizard.currentId() == pages.LOGIN  # the server page is skipped when preset
    assert "set by the configuration" in wizard.login_page.where.text()
    _sign_in(qtbot, wizard, login, "not-" + PASSWORD)
    qtbot.waitUntil(lambda: wizard.check_page.again.isVisible(), timeout=WAIT_MS)
    assert wizard.check_page.state.text() == "Wrong password, or the server has no such login."
    assert not wizard.check_page.isComplete()
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == pages.CHECK
    # Back, type the right password, and the check passes.
    _key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentId() == pages.LOGIN)
    wizard.login_page.password.setFocus()
    wizard.login_page.password.selectAll()
    _sign_in(qtbot, wizard, login, PASSWORD)
    qtbot.waitUntil(lambda: wizard.check_page.done, timeout=WAIT_MS)
    assert memory_keyring.passwords == {}  # nothing is kept before the check passed
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.store_page.done, timeout=WAIT_MS)
    assert not config_file().exists()  # a preset server is not copied into the user's file


@pytest.mark.postgres
def test_an_unreachable_server_is_said(qtbot, runner, pg_url):
    from tests.pg import free_port

    preset = ServerSettings(f"postgresql://127.0.0.1:{free_port()}/acrm", "anna", "prefer")
    wizard = _open(qtbot, runner, preset)
    _sign_in(qtbot, wizard, "anna", PASSWORD)
    qtbot.waitUntil(lambda: wizard.check_page.again.isVisible(), timeout=WAIT_MS)
    assert wizard.check_page.state.text().startswith("The server cannot be reached")


def test_a_bad_address_is_refused_on_the_server_page(qtbot, runner, tmp_path):
    wizard = _open(qtbot, runner)
    _type(qtbot, "https://acrm.bank.local/acrm")
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == pages.SERVER
    assert wizard.server_page.problem.text().startswith("The server address is not a PostgreSQL")
    wizard.server_page.url.setText("postgresql://acrm.bank.local/acrm")
    wizard.server_page.ca.setText(str(tmp_path / "missing.pem"))
    _key(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == pages.SERVER
    assert "CA file" in wizard.server_page.problem.text()


def test_escape_cancels_before_anything_is_written(qtbot, runner, memory_keyring):
    wizard = _open(qtbot, runner)
    with qtbot.waitSignal(wizard.rejected, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Escape)
    assert not config_file().exists() and memory_keyring.passwords == {}


def test_without_a_keyring_the_box_is_off_and_says_why(qtbot, runner):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        from app.services.sync.credentials import backend_problem

        preset = ServerSettings("postgresql://db.bank.local/acrm", "anna.nowak")
        wizard = _open(qtbot, runner, preset, backend_problem())
        page = wizard.login_page
        assert not page.remember.isEnabled() and not page.wants_remembering()
        assert "no OS keyring is available" in page.keyring_note.text()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.postgres
def test_escape_during_the_first_sync_stops_it_and_the_desk_opens(qtbot, runner, pg_url, pg_db,
                                                                   memory_keyring):  # fmt: skip
    for n in range(30):
        make_customer(pg_db, external_id=f"E{n}")
    url, login = _server(pg_url)
    wizard = _open(qtbot, runner, ServerSettings(url, login, "prefer"))
    _sign_in(qtbot, wizard, login, PASSWORD)
    qtbot.waitUntil(lambda: wizard.check_page.done, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.store_page.done, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Return)
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: wizard.sync_page.done, timeout=WAIT_MS)
    assert wizard.sync_page.state.text().startswith("First sync cancelled.")
    assert wizard.isVisible()  # Esc stopped the copy, it did not close the wizard
    with qtbot.waitSignal(wizard.accepted, timeout=WAIT_MS):
        _key(qtbot, Qt.Key.Key_Escape)  # now Esc (or Enter) opens the desk


def test_every_reason_of_the_check_has_its_own_words() -> None:
    from app.services.first_run.connection import REASONS
    from app.views.first_run.reasons import reason_text

    fallback = reason_text("failed")
    own = {code: reason_text(code) for code in REASONS if code != "failed"}
    assert fallback not in own.values() and len(set(own.values())) == len(own)


@pytest.mark.parametrize(
    ("language", "title", "reason"),
    [
        ("pl_PL", "Połączenie z serwerem — aCRM Desk", "Ten login został dezaktywowany."),
        ("ru_RU", "Подключение к серверу — aCRM Desk", "Этот логин деактивирован."),
    ],
)
def test_the_wizard_speaks_polish_and_russian(qtbot, qapp, monkeypatch, runner, language, title,
                                              reason) -> None:  # fmt: skip
    from app.views.first_run.reasons import reason_text
    from tests.gui.conftest import desk_in

    with desk_in(qapp, monkeypatch, language):
        wizard = FirstRunWizard(runner, QLocale(language), None)
        qtbot.addWidget(wizard)
        assert wizard.windowTitle() == title
        assert reason_text("deactivated").startswith(reason)
        modes = [
            wizard.server_page.mode.itemText(i) for i in range(wizard.server_page.mode.count())
        ]
        assert all(not text.startswith(("Verify", "Encrypt", "No encryption")) for text in modes)
