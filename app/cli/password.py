"""Where a command that talks to the server gets the person's password: keyring or stdin."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.services.config import Settings
from app.services.logs.redaction import remember_secret

PasswordSource = Callable[[], str | None]


def add_password_option(parser: argparse.ArgumentParser) -> None:
    """`--password-stdin`, the same words on every command that logs in to the server."""
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="with a server configured: read your database password from standard input "
        "(default: the OS keyring, see `acrm login`)",
    )


def password_source(settings: Settings, from_stdin: bool) -> PasswordSource:
    """The person's database password, asked for only when the server is first contacted.

    A line on standard input is read at once (before any work starts, so a script's pipe is
    never left unread); the keyring is read only if the command really connects.
    """
    server = settings.server
    if server is None:
        return lambda: None  # the embedded database: no login, stdin left alone
    if from_stdin:
        typed = sys.stdin.readline().rstrip("\r\n")
        remember_secret(typed)  # never in a log line
        return lambda: typed
    remembered: list[str | None] = []

    def from_keyring() -> str | None:
        if not remembered:
            from app.services.sync.credentials import CredentialStore

            remembered.append(CredentialStore().get(server))
        return remembered[0]

    return from_keyring
