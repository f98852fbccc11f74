"""The wizard's first pages: where the server is (unless preset) and who is signing in."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.services.config import ServerSettings
from app.services.first_run.connection import input_problem
from app.views.first_run.reasons import reason_text, tls_modes


def server_place(url: str) -> str:
    """host:port/database of a server URL, for the person's eyes."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.hostname or 'localhost'}{port}{parts.path}"


class ServerPage(QWizardPage):
    """Address, TLS mode and CA file; checked on Next before anything connects."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Server"))
        self.setSubTitle(self.tr("Where the centre's aCRM server is. Your administrator "
                                 "gives you these values."))  # fmt: skip
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://acrm.bank.local:5432/acrm")
        self.url.setAccessibleName(self.tr("Server address"))
        self.mode = QComboBox()
        for mode, label in tls_modes():
            self.mode.addItem(label, mode)
        self.mode.setAccessibleName(self.tr("TLS mode"))
        self.ca = QLineEdit()
        self.ca.setAccessibleName(self.tr("CA file"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca, 1)
        ca_row.addWidget(self.browse)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow(self.tr("&TLS:"), self.mode)
        form.addRow(self.tr("&CA file:"), ca_row)
        for field, label in ((self.url, 0), (self.mode, 1), (self.ca, 2)):
            form.itemAt(label, QFormLayout.ItemRole.LabelRole).widget().setBuddy(field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.url.textChanged.connect(self.completeChanged)
        self.setTabOrder(self.url, self.mode)
        self.setTabOrder(self.mode, self.ca)
        self.setTabOrder(self.ca, self.browse)

    def focus_first(self) -> None:
        self.url.setFocus()

    def isComplete(self) -> bool:
        return bool(self.url.text().strip())

    def validatePage(self) -> bool:
        """Local checks only (the address's form, the CA file exists): no network here."""
        problem = input_problem(self.url.text().strip(), self.sslmode(), self.ca.text().strip())
        self.problem.setText(reason_text(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        return not problem

    def sslmode(self) -> str:
        return self.mode.currentData()

    def settings(self, login: str) -> ServerSettings:
        return ServerSettings(
            self.url.text().strip(), login, self.sslmode(), self.ca.text().strip()
        )

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CA file"),
            self.ca.text(),
            self.tr("Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.ca.setText(path)


class LoginPage(QWizardPage):
    """Login and password; whether to keep it in the keyring (off, and why, without one)."""

    def __init__(self, login: str, keyring_problem: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Sign in"))
        self.setSubTitle(self.tr("Your own login and password for the server."))
        self.where = QLabel()
        self.where.setObjectName("muted")
        self.where.setWordWrap(True)
        self.login = QLineEdit(login)
        self.login.setAccessibleName(self.tr("Login"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("&Remember in the system keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("muted")
        self.keyring_note.setWordWrap(True)
        if keyring_problem:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            note = self.tr("Cannot remember it: %1. The password will be asked each session.")
            self.keyring_note.setText(note.replace("%1", keyring_problem))
        else:
            self.remember.setChecked(True)
            self.keyring_note.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.login)
        form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.password)
        layout = QVBoxLayout(self)
        for part in (self.where, form, self.remember, self.keyring_note):
            if isinstance(part, QFormLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        self.login.textChanged.connect(self.completeChanged)
        self.password.textChanged.connect(self.completeChanged)

    def show_server(self, server: ServerSettings, preset: bool) -> None:
        text = self.tr("Server: %1 (TLS: %2)").replace("%1", server_place(server.url))
        text = text.replace("%2", server.sslmode)
        if preset:
            text += " — " + self.tr("set by the configuration")
        self.where.setText(text)

    def focus_first(self) -> None:
        (self.password if self.login.text() else self.login).setFocus()

    def isComplete(self) -> bool:
        return bool(self.login.text().strip() and self.password.text())

    def wants_remembering(self) -> bool:
        return self.remember.isEnabled() and self.remember.isChecked()
