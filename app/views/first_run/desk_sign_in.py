"""The desk's start with a server configured: the keyring's password, else the wizard; and
the cache deleted after the desk has closed it, when a sign-out asked for that."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, QObject

from app.services.config import Settings
from app.views.common.workers import Operation, Runner
from app.views.first_run.wizard import FirstRunWizard


class StartSignIn(QObject):
    """Reads the keyring off the GUI thread; without a password, the wizard at its login page.

    `signed_in(settings, password)` gets the settings to start with (another login than the
    configuration's brings its own cache file); `cancelled()` when the person gave up.
    """

    def __init__(
        self,
        runner: Runner,
        locale: QLocale,
        settings: Settings,
        signed_in: Callable[[Settings, str], None],
        cancelled: Callable[[], None],
        *,
        smoke: bool = False,
    ) -> None:
        super().__init__()
        self._runner, self._locale, self._settings = runner, locale, settings
        self._signed_in, self._cancelled, self._smoke = signed_in, cancelled, smoke
        self.wizard: FirstRunWizard | None = None

    def start(self) -> None:
        self._runner.submit(Operation(work=self._stored, on_success=self._found))

    def _stored(self) -> tuple[str | None, str]:
        from app.services.sync.credentials import CredentialStore, backend_problem

        assert self._settings.server is not None
        return CredentialStore().get(self._settings.server), backend_problem()

    def _found(self, found: tuple[str | None, str]) -> None:
        stored, keyring_problem = found
        if stored is not None or self._smoke:
            self._signed_in(self._settings, stored or "")  # a smoke run never waits for anyone
            return
        # The server is preset by the configuration: the wizard starts at the login.
        self.wizard = FirstRunWizard(self._runner, self._locale, self._settings.server,
                                     keyring_problem)  # fmt: skip
        self.wizard.accepted.connect(self._done)
        self.wizard.rejected.connect(self._gave_up)
        self.wizard.open()

    def _done(self) -> None:
        wizard, self.wizard = self.wizard, None
        settings = self._settings
        assert wizard is not None and settings.server is not None
        server, password = wizard.server(), wizard.password()
        wizard.deleteLater()
        if server != settings.server:
            # Another login than the configuration's: its own cache file and agent name.
            cache = f"sqlite:///{settings.server.cache_file()}"
            db_url = f"sqlite:///{server.cache_file()}" if settings.db_url == cache else None
            settings = replace(settings, server=server, agent_login=server.login,
                               db_url=db_url or settings.db_url)  # fmt: skip
        self._signed_in(settings, password)

    def _gave_up(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self._cancelled()


def forget_cache_after_close(settings: Settings, discard_unsynced: bool) -> None:
    """After the services closed the cache: delete it as the person confirmed (or say why not)."""
    from app.services.errors import AcrmError
    from app.services.first_run.sign_out import sign_out

    if settings.server is None:
        return
    try:
        result = sign_out(settings.server, forget_cache=True, discard_unsynced=discard_unsynced)
    except AcrmError as error:  # e.g. new unsynced work since the confirmation
        print(f"acrm desk: signed out; the local cache was kept: {error}", file=sys.stderr)
        return
    print(f"acrm desk: signed out; removed {len(result.files_removed)} cache file(s)")
