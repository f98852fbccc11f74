"""The desk that cannot start says why in a window too (a launcher's stderr is read by nobody)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.views.common.i18n import install_locale
from app.views.shell.desk_app import application

# Platforms with no screen to show a window on (tests, CI, SSH): the message on stderr suffices.
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def startup_error_box(message: str) -> QMessageBox:
    """The modal box: what happened in the desk's language, the exact problem as the CLI says it."""
    box = QMessageBox(QMessageBox.Icon.Critical, "aCRM Desk", "")
    box.setObjectName("startupError")
    box.setText(
        QCoreApplication.translate(
            "StartupError",
            "The desk cannot start: its configuration is not valid. Nothing was opened or "
            "changed. Please tell your administrator:",
        )
    )
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def show_startup_error(message: str) -> None:
    """Show the box and wait for the person to close it; nothing on a headless platform."""
    app = application()
    if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
        return
    translator = install_locale(app)  # the system's language: the file's cannot be trusted
    try:
        startup_error_box(message).exec()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
