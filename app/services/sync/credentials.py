"""The person's database password in the OS keyring (never in a file, a log or the config)."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.services.config import ServerSettings
from app.services.logs.redaction import remember_secret

SERVICE = "acrm-desk"

log = logging.getLogger(__name__)


def backend_problem(backend: KeyringBackend | None = None) -> str:
    """Empty when passwords can be kept in a keyring, otherwise why not (fit for a user)."""
    backend = backend or keyring.get_keyring()
    # The fail and null backends "work" without keeping anything: as good as none.
    if isinstance(backend, fail.Keyring | null.Keyring):
        return (
            "no OS keyring is available (install and unlock one, e.g. GNOME Keyring, KWallet, "
            "macOS Keychain or Windows Credential Manager)"
        )
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return "no OS keyring is available (the keyring library found no usable backend)"
    return ""


class CredentialStore:
    """get/save/delete one password per server and login (ServerSettings.keyring_key)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def get(self, server: ServerSettings) -> str | None:
        """The stored password, or None (nothing stored, or no keyring: the caller asks)."""
        if backend_problem():
            return None
        try:
            password = keyring.get_password(self.service, server.keyring_key)
        except keyring.errors.KeyringError as error:
            # A locked or broken keyring must not stop the desktop: it asks instead.
            log.warning("keyring: cannot read the password for %s: %s", server.keyring_key,
                        type(error).__name__)  # fmt: skip
            return None
        remember_secret(password)  # never in a log line, even quoted by a library
        return password

    def save(self, server: ServerSettings, password: str) -> bool:
        """True when stored; False when there is no keyring or it refused."""
        remember_secret(password)
        if backend_problem():
            return False
        try:
            keyring.set_password(self.service, server.keyring_key, password)
        except keyring.errors.KeyringError as error:
            # Only the error's type: some backends repeat their arguments in the message.
            log.warning("keyring: cannot store the password for %s: %s", server.keyring_key,
                        type(error).__name__)  # fmt: skip
            return False
        return True

    def delete(self, server: ServerSettings) -> None:
        """Forget the password; nothing stored (or no keyring) is not an error."""
        if backend_problem():
            return
        try:
            keyring.delete_password(self.service, server.keyring_key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as error:
            log.warning("keyring: cannot delete the password for %s: %s", server.keyring_key,
                        type(error).__name__)  # fmt: skip
