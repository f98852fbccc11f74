"""Connect to a server: server (unless preset), sign in, test, remember, first sync.

Keyboard first: Enter goes on (Next is the default button), Esc cancels, and on the first-sync
page Esc or Cancel stops the copy instead of leaving. Every check, write and the sync itself
run through the runner; the wizard is shown with open(), never a nested exec().
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from app.services.config import ServerSettings
from app.views.common.workers import Runner
from app.views.first_run.entry_pages import LoginPage, ServerPage, server_place
from app.views.first_run.work_pages import CheckPage, StorePage, SyncPage

SERVER, LOGIN, CHECK, STORE, SYNC = range(5)


class FirstRunWizard(QWizard):
    """`preset`: the server the configuration names (its page is skipped); None: ask for it."""

    def __init__(
        self,
        runner: Runner,
        locale: QLocale,
        preset: ServerSettings | None,
        keyring_problem: str = "",
        *,
        first_sync: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.preset = preset
        self.setWindowTitle(self.tr("Connect to a server — aCRM Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same on every platform
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        commit = self.tr("&Start the first sync") if first_sync else self.tr("&Open the desk")
        self.setButtonText(QWizard.WizardButton.CommitButton, commit)
        self.server_page = ServerPage()
        self.login_page = LoginPage(preset.login if preset else "", keyring_problem)
        self.check_page = CheckPage(runner)
        self.store_page = StorePage(runner)
        self.sync_page = SyncPage(runner, locale)
        if preset is None:
            self.setPage(SERVER, self.server_page)
        self.setPage(LOGIN, self.login_page)
        self.setPage(CHECK, self.check_page)
        self.setPage(STORE, self.store_page)
        if first_sync:
            self.setPage(SYNC, self.sync_page)
        self.setStartId(SERVER if preset is None else LOGIN)
        self.currentIdChanged.connect(self._entered)
        self.resize(620, 420)

    # -- what the person chose ------------------------------------------------------------
    def server(self) -> ServerSettings:
        login = self.login_page.login.text().strip()
        if self.preset is not None:
            return replace(self.preset, login=login)
        return self.server_page.settings(login)

    def password(self) -> str:
        return self.login_page.password.text()

    def remembering(self) -> bool:
        return self.login_page.wants_remembering()

    def place(self) -> str:
        return server_place(self.server().url)

    # -- the background work of the pages ---------------------------------------------------
    def store_work(self) -> Callable[[], tuple[str, str]]:
        """Keep the password (if asked); write the keys the configuration does not preset."""
        server, password, remember = self.server(), self.password(), self.remembering()
        preset = self.preset

        def work() -> tuple[str, str]:
            from app.services.first_run.password_store import store_password
            from app.services.first_run.user_config import write_user_server_config

            problem = store_password(server, password) if remember else ""
            if preset is None:
                path = write_user_server_config(server.url, server.login, server.sslmode,
                                                server.sslrootcert)  # fmt: skip
            elif server.login != preset.login:
                # TODO(site config): skip when server.login is locked by the site file.
                path = write_user_server_config(login=server.login)
            else:
                return problem, ""
            return problem, str(path)

        return work

    def sync_work(self, progress, cancelled) -> Callable[[], object]:
        server, password = self.server(), self.password()

        def work():
            from app.services.first_run.first_sync import first_sync

            return first_sync(server, password, progress, cancelled)

        return work

    # -- keyboard ---------------------------------------------------------------------------
    def _entered(self, page_id: int) -> None:
        if page_id == LOGIN:
            self.login_page.show_server(self.server(), self.preset is not None)
        page = self.page(page_id)
        if hasattr(page, "focus_first"):
            # After QWizard's own focus handling for the new page, which would undo it.
            QTimer.singleShot(0, page.focus_first)

    def reject(self) -> None:
        """Esc/Cancel: during the first sync it stops the copy; elsewhere it leaves."""
        if self.currentId() == SYNC and self.sync_page.running:
            self.sync_page.stop()
            return
        if self.currentId() == SYNC:
            self.accept()  # already signed in and saved: leaving is opening the desk
            return
        self.runner_cancel()
        super().reject()

    def runner_cancel(self) -> None:
        self.check_page.cleanupPage()
