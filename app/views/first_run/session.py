"""The desk's "Server" menu: Connect to a server… (Ctrl+Shift+L), Sign out… (Ctrl+Shift+Q)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolButton, QWidget

from app.services.config import ServerSettings
from app.views.common.workers import Operation, Runner

CONNECT_KEY = "Ctrl+Shift+L"
SIGN_OUT_KEY = "Ctrl+Shift+Q"


class SessionActions(QObject):
    """Opens the wizard or the sign-out dialog; the desk closes itself on `signedOut`."""

    signedOut = Signal(bool, bool)  # delete the cache, discard unsynced work (confirmed)
    connected = Signal(object)  # the ServerSettings the wizard saved

    def __init__(self, window: QMainWindow, runner: Runner, locale: QLocale,
                 server: ServerSettings | None) -> None:  # fmt: skip
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._locale = locale
        self.server = server
        self.wizard = None
        self.dialog = None
        QShortcut(QKeySequence(CONNECT_KEY), window, activated=self.open_wizard)
        QShortcut(QKeySequence(SIGN_OUT_KEY), window, activated=self.open_sign_out)

    def button(self, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setObjectName("topTool")
        button.setText(self.tr("Server"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Tab for the call's work
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        # The key after a tab is shown, not bound: a second binding would make it ambiguous.
        menu.addAction(self.tr("Connect to a server…") + "\t" + CONNECT_KEY, self.open_wizard)
        sign_out = menu.addAction(self.tr("Sign out…") + "\t" + SIGN_OUT_KEY, self.open_sign_out)
        sign_out.setEnabled(self.server is not None)
        button.setMenu(menu)
        return button

    def open_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.raise_()
            return
        self._runner.submit(Operation(work=_keyring_problem, on_success=self._show_wizard))

    def _show_wizard(self, keyring_problem: str) -> None:
        from app.views.first_run.wizard import FirstRunWizard

        # On this desk's own server the desk syncs by itself; a new server gets its first sync.
        self.wizard = FirstRunWizard(
            self._runner, self._locale, self.server, keyring_problem,
            first_sync=self.server is None, parent=self._window,
        )  # fmt: skip
        self.wizard.accepted.connect(self._connected)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()

    def _connected(self) -> None:
        server = self.wizard.server()
        self.connected.emit(server)
        if self.server is None or server != self.server:
            text = self.tr("Saved. The desk works on %1 from its next start.")
            text = text.replace("%1", server.url)
        else:
            text = self.tr("Saved. The desk uses the new password from its next start.")
        self._tell(self.tr("Connected — aCRM Desk"), text)

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def open_sign_out(self) -> None:
        if self.server is None:
            self._tell(self.tr("Sign out — aCRM Desk"),
                       self.tr("This desk works on its own database: there is no server to "
                               "sign out of."))  # fmt: skip
            return
        from app.views.first_run.sign_out_dialog import SignOutDialog

        self.dialog = SignOutDialog(self._runner, self.server, self._window)
        self.dialog.accepted.connect(self._sign_out)
        self.dialog.open()

    def _sign_out(self) -> None:
        forget, discard = self.dialog.choice()
        server = self.server

        def forget_password() -> None:
            from app.services.first_run.sign_out import sign_out

            sign_out(server)  # the password now; the cache once the desk has closed it

        def done(_result: object) -> None:
            self.signedOut.emit(forget, discard)

        self._runner.submit(Operation(work=forget_password, on_success=done))

    def _tell(self, title: str, text: str) -> None:
        """A message that does not stop the desk (open(), not exec())."""
        self.message = QMessageBox(QMessageBox.Icon.Information, title, text,
                                   QMessageBox.StandardButton.Ok, self._window)  # fmt: skip
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()


def _keyring_problem() -> str:
    from app.services.sync.credentials import backend_problem

    return backend_problem()
