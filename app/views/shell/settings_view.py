"""The desk's settings (Ctrl+,): every key's value and source, read-only; locked ones say who."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.config_layers import EffectiveConfig, Entry, shown_text

SETTINGS_KEY = "Ctrl+,"
COLUMNS = 4  # setting, value, where it comes from, lock


class SettingsDialog(QDialog):
    """Shows the effective configuration; nothing here writes it (locked keys least of all)."""

    def __init__(self, config: EffectiveConfig | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.config = config
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The settings this desk runs with. Settings marked as locked were set by your "
                "administrator and cannot be changed on this desk."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("settingsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Setting"), self.tr("Value"), self.tr("Set by"), self.tr("Locked")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.files = QLabel(self)
        self.files.setWordWrap(True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.files)
        self.ignored = QLabel(self)
        self.ignored.setObjectName("ignoredSettings")
        self.ignored.setWordWrap(True)
        layout.addWidget(self.ignored)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self._fill()

    def row_of(self, key: str) -> int:
        """The table row showing `key` (-1 when absent)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == key:
                return row
        return -1

    def _fill(self) -> None:
        config = self.config
        if config is None:
            self.files.setText(self.tr("The configuration files were not read on this run."))
            return
        self.table.setRowCount(len(config.entries))
        for row, entry in enumerate(config.entries.values()):
            cells = (entry.key, _text(entry), self._source(entry, config), self._lock(entry))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # Read-only: selectable for copying, never editable.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if entry.locked:
                    item.setToolTip(self._administrator(config))
                self.table.setItem(row, column, item)
        self.files.setText(
            self.tr("Administrator's file: %1\nYour file: %2")
            .replace("%1", str(config.site))
            .replace("%2", str(config.user))
        )
        lines = [
            self.tr("%1 from %2 is ignored: your administrator locked this setting.")
            .replace("%1", key)
            .replace("%2", where)
            for key, where in config.ignored
        ]
        self.ignored.setText("\n".join(lines))
        self.ignored.setVisible(bool(lines))

    def _administrator(self, config: EffectiveConfig) -> str:
        return self.tr("Set by your administrator in %1").replace("%1", str(config.site))

    def _source(self, entry: Entry, config: EffectiveConfig) -> str:
        if entry.locked:
            return self._administrator(config)
        names = {
            "default": self.tr("default"),
            "site": self.tr("administrator (%1)"),
            "user": self.tr("you (%1)"),
            "env": self.tr("environment (%1)"),
        }
        return names[entry.source].replace("%1", entry.where)

    def _lock(self, entry: Entry) -> str:
        return self.tr("locked") if entry.locked else ""


def ignored_notice(
    config: EffectiveConfig | None, open_panel: Callable[[], object]
) -> QToolButton | None:
    """For the status bar when a lock made the desk ignore the user's own values; None if not."""
    if config is None or not config.ignored:
        return None
    button = QToolButton()
    button.setObjectName("lockedSettingsNotice")
    button.setText(
        QCoreApplication.translate(
            "SettingsDialog",
            "Some of your settings are ignored: your administrator locked them  %1",
        ).replace("%1", SETTINGS_KEY)
    )
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Tab for the call's work
    button.clicked.connect(open_panel)
    return button


def _text(entry: Entry) -> str:
    return shown_text(entry.value)
