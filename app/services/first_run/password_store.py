"""Keeps a checked password in the OS keyring (sync's CredentialStore), or says why it cannot."""

from __future__ import annotations

from app.services.config import ServerSettings
from app.services.sync.credentials import CredentialStore, backend_problem


def store_password(
    server: ServerSettings, password: str, store: CredentialStore | None = None
) -> str:
    """'' when stored; otherwise why not, in words fit for the person (nothing was written)."""
    if not password:
        return "no password given; nothing was stored"
    problem = backend_problem()
    if problem:
        return f"{problem}; the desk will ask for your password each session"
    if not (store or CredentialStore()).save(server, password):
        return "the OS keyring refused to store the password; nothing was stored"
    return ""


def has_password(server: ServerSettings) -> bool:
    """True when the keyring holds a password for this server and login."""
    return CredentialStore().get(server) is not None
