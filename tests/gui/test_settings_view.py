"""The desk's settings panel: every key read-only, locked ones say the administrator set them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView

from app.services import config, config_layers, config_paths
from app.services.config import DeskSettings
from app.views.common.formatting import app_locale
from app.views.shell.settings_view import SettingsDialog
from app.views.shell.startup_error import startup_error_box
from tests.gui.conftest import desk_in


@pytest.fixture
def layered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> config.Settings:
    for name in ("ACRM_SERVER_URL", "ACRM_SSLMODE", "ACRM_SSLROOTCERT", "ACRM_CENTRE_TIME_ZONE"):
        monkeypatch.delenv(name, raising=False)
    site, user = tmp_path / "site.toml", tmp_path / "user.toml"
    site.write_text('locked = ["server.url", "desk.language"]\n'
                    '[server]\nurl = "postgresql://db.bank.local/acrm"\n'
                    '[desk]\nlanguage = "pl_PL"\n')  # fmt: skip
    user.write_text('[desk]\nlanguage = "ru_RU"\n[calling_hours]\nretry_minutes = 30\n')
    monkeypatch.setenv(config_paths.SITE_CONFIG_ENV, str(site))
    monkeypatch.setenv(config.CONFIG_ENV, str(user))
    return config.resolve_settings("sqlite:///x.db", "ewa")


def cells(dialog: SettingsDialog, key: str) -> list[str]:
    row = dialog.row_of(key)
    assert row >= 0, key
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def test_a_locked_key_is_shown_read_only_with_who_set_it(qtbot, layered) -> None:
    effective = layered.configuration
    dialog = SettingsDialog(effective)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == len(config_layers.KEYS)
    administrator = f"Set by your administrator in {effective.site}"
    assert cells(dialog, "server.url") == [
        "server.url", "postgresql://db.bank.local/acrm", administrator, "locked"
    ]  # fmt: skip
    assert cells(dialog, "desk.language") == ["desk.language", "pl_PL", administrator, "locked"]
    assert cells(dialog, "calling_hours.retry_minutes") == [
        "calling_hours.retry_minutes", "30", f"you ({effective.user})", ""
    ]  # fmt: skip
    assert cells(dialog, "server.sslmode") == ["server.sslmode", "prefer", "default", ""]
    row = dialog.row_of("server.url")
    item = dialog.table.item(row, 1)
    assert item.toolTip() == administrator
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    dialog.table.setCurrentCell(row, 1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)  # the edit key opens no editor
    dialog.table.editItem(item)
    assert dialog.table.state() != QAbstractItemView.State.EditingState
    assert item.text() == "postgresql://db.bank.local/acrm"
    assert dialog.ignored.isVisible()
    assert dialog.ignored.text() == (
        f"desk.language from {effective.user} is ignored: your administrator locked this setting."
    )


def test_ctrl_comma_opens_the_panel_from_the_desk(qtbot, window, layered) -> None:
    window.settings = replace(window.settings, configuration=layered.configuration)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    assert cells(dialog, "server.url")[3] == "locked"
    assert window.open_settings() is dialog  # one panel, raised again
    dialog.close()


def test_the_panel_speaks_polish_and_russian(qtbot, qapp, monkeypatch, layered) -> None:
    site = layered.configuration.site
    for locale, expected in (
        ("pl_PL", f"Ustawione przez administratora w {site}"),
        ("ru_RU", f"Задано администратором в {site}"),
    ):
        with desk_in(qapp, monkeypatch, locale):
            dialog = SettingsDialog(layered.configuration)
            qtbot.addWidget(dialog)
            assert cells(dialog, "server.url")[2] == expected


def test_a_locked_language_is_not_overridden_by_acrm_locale(monkeypatch) -> None:
    monkeypatch.setenv("ACRM_LOCALE", "ru_RU")
    assert app_locale(DeskSettings("pl_PL", configured=True)).name() == "ru_RU"
    assert app_locale(DeskSettings("pl_PL", configured=True, locked=True)).name() == "pl_PL"
    assert QLocale("pl_PL").name() == "pl_PL"


def test_the_startup_error_names_the_problem(qapp) -> None:
    box = startup_error_box("/etc/acrm/config.toml: [server] port is not a setting")
    assert box.informativeText() == "/etc/acrm/config.toml: [server] port is not a setting"
    assert box.text().startswith("The desk cannot start: its configuration is not valid.")


def test_ignored_values_are_said_in_the_status_bar_and_open_the_panel(
    qtbot, services, runner, pl_locale, layered
) -> None:
    from app.views.shell.main_window import MainWindow

    window = MainWindow(None, runner, pl_locale, settings=replace(
        services.settings, configuration=layered.configuration))  # fmt: skip
    qtbot.addWidget(window)
    window.use_services(services)
    window.show()
    qtbot.waitExposed(window)
    notice = window.locked_notice
    assert notice is not None and notice.isVisible()
    assert (
        notice.text() == "Some of your settings are ignored: your administrator locked them  Ctrl+,"
    )
    notice.click()
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()
    window.settings_dialog.close()


def test_no_notice_when_nothing_is_ignored(window) -> None:
    assert window.locked_notice is None
