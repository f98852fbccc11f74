"""Asks for the person's server password when the OS keyring has none (never logged)."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.config import ServerSettings


class PasswordPrompt(QDialog):
    """Password and "remember"; without a keyring the box is off and says why."""

    def __init__(
        self, server: ServerSettings, keyring_problem: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Server password — aCRM Desk"))
        parts = urlsplit(server.url)
        where = f"{parts.hostname or 'localhost'}{parts.path}"
        intro = QLabel(
            self.tr("Password of %1 for the server %2:")
            .replace("%1", server.login)
            .replace("%2", where)
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.problem = QLabel()
        self.problem.setObjectName("muted")
        self.problem.setWordWrap(True)
        if keyring_problem:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.problem.setText(
                self.tr("Cannot remember it: %1. The password will be asked each session.").replace(
                    "%1", keyring_problem
                )
            )
        else:
            self.remember.setChecked(True)
            self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.field, self.remember, self.problem, buttons):
            layout.addWidget(widget)
        self.resize(460, 0)
        self.field.setFocus()

    def showEvent(self, event) -> None:
        """Tall enough for the wrapped texts: a dialog's minimum height ignores word wrap, and
        a long server name or the Russian texts were cut off at the bottom."""
        super().showEvent(event)
        needed = self.layout().totalHeightForWidth(self.width())
        if self.height() < needed:
            self.resize(self.width(), needed)

    def password(self) -> str:
        return self.field.text()

    def wants_remembering(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()
