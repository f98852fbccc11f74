"""Asking for the database password when the keyring has none (or there is no keyring)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.config import ServerSettings


class PasswordDialog(QDialog):
    """Password for `server`; offers to remember it in the keyring when one exists."""

    def __init__(self, server: ServerSettings, keyring_problem: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the server"))
        intro = QLabel(
            self.tr("Password of %1 for %2").replace("%1", server.login).replace("%2", server.url)
        )
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setChecked(not keyring_problem)
        self.remember.setEnabled(not keyring_problem)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        if keyring_problem:
            why = QLabel(
                self.tr("No keyring: %1. The password will be asked each session.").replace(
                    "%1", keyring_problem
                )
            )
            why.setObjectName("muted")
            why.setWordWrap(True)
            layout.addWidget(why)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
