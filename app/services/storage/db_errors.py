"""Database failures in plain words: a missing database, a refused login, a missing right."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from app.services.errors import AcrmError
from app.services.storage.url_secrets import redacted


class DatabaseUnavailable(AcrmError):
    """The database cannot be opened or used by this login; nothing was changed."""


NO_PASSWORD_HINT = (
    "no password was given: a desk's password comes from the OS keyring (`acrm login`) or "
    "--password-stdin, an administrator's from libpq's ~/.pgpass"
)


def first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    for line in str(original).strip().splitlines():
        # libpq prefixes the real reason with where it tried: keep the reason.
        reason = line.rsplit(" failed: ", 1)[-1].strip()
        if reason:
            return reason
    return type(original).__name__


def describe(error: DBAPIError, url: str = "") -> DatabaseUnavailable:
    """One line naming the database (never its password) and what is wrong with it."""
    import psycopg.errors  # here, not at the top: an embedded desk never loads the driver

    where = f"database {redacted(url)}" if url else "the database"
    reason = first_line(error)
    original = error.orig
    if isinstance(original, psycopg.errors.InsufficientPrivilege):
        return DatabaseUnavailable(
            f"{where} refused: {reason} (this login lacks the right; ask an administrator)"
        )
    if "no password supplied" in reason:
        return DatabaseUnavailable(f"cannot open {where}: {NO_PASSWORD_HINT}")
    if isinstance(original, psycopg.OperationalError) or "unable to open" in reason:
        return DatabaseUnavailable(f"cannot open {where}: {reason}")
    return DatabaseUnavailable(f"{where} refused: {reason}")
