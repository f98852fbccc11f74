"""Telling a passing network fault from a refusal, and saying the refusal in plain words."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from app.services.errors import AcrmError

# psycopg is imported where an error is judged, not here: an embedded desk (no server) imports
# this module through the rule book and should not pay for the driver at start-up.


def _retryable() -> tuple[type[BaseException], ...]:
    """Worth another try: the row itself is fine, the moment was not."""
    import psycopg.errors

    return (
        psycopg.errors.SerializationFailure,
        psycopg.errors.DeadlockDetected,
        psycopg.errors.LockNotAvailable,
        psycopg.errors.AdminShutdown,
        psycopg.errors.CannotConnectNow,
        psycopg.errors.QueryCanceled,
        psycopg.OperationalError,
    )


class ServerUnavailable(AcrmError):
    """The shared server cannot be reached now; the desktop keeps working on its cache."""


class LoginRefused(ServerUnavailable):
    """The server is there but refuses this login: a wrong password or a deactivated person."""


# libpq reports these at connection time, often without an SQLSTATE on the exception.
_LOGIN_REFUSALS = (
    "password authentication failed",
    "no password supplied",
    "is not permitted to log in",
    'role "',  # role "x" does not exist
    # PgBouncer's words for a wrong SCRAM password (sent with SQLSTATE 08P01, not 28P01).
    "SASL authentication failed",
)


def is_login_refused(error: BaseException) -> bool:
    original = getattr(error, "orig", None) or error
    if getattr(original, "sqlstate", None) in ("28P01", "28000"):
        return True
    text = str(original)
    return any(marker in text for marker in _LOGIN_REFUSALS)


# libpq's words when the server's certificate does not pass sslmode=verify-ca/verify-full.
_TLS_DISTRUST = (
    "certificate verify failed",
    "does not match host name",
    "root certificate file",
    "could not read root certificate",
)


def tls_distrust(error: BaseException) -> str:
    """libpq's reason when the server's certificate is not trusted, else ''."""
    original = getattr(error, "orig", None) or error
    for line in str(original).splitlines():
        if any(marker in line for marker in _TLS_DISTRUST):
            return line.rsplit("failed: ", 1)[-1].strip()
    return ""


def is_transient(error: BaseException) -> bool:
    if isinstance(error, OperationalError | InterfaceError):
        return True
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        return isinstance(error.orig, _retryable())
    import psycopg

    return isinstance(error, OSError | psycopg.OperationalError)


def refusal_text(error: DBAPIError) -> str:
    """The server's reason, first line only (no SQL, no parameters)."""
    from app.services.admin.server_admin import refusal_message

    plain = refusal_message(error)
    original = error.orig
    message = str(original).splitlines()[0] if original is not None else str(error)
    return f"{plain} ({message})" if plain else message


def server_failure(error: DBAPIError) -> str | None:
    """Why a change could not be made on the server, in plain words; None for other failures.

    One wording for the desk and every command: a refused login, an untrusted certificate,
    a missing right (naming the role it needs, where known) and an unreachable server.
    """
    if "no password supplied" in str(error.orig):
        from app.services.storage.db_errors import NO_PASSWORD_HINT

        return NO_PASSWORD_HINT
    if is_login_refused(error):
        return (
            "the server refused the login: wrong password or the login was deactivated "
            "(ask an administrator)"
        )
    if distrust := tls_distrust(error):
        return f"the server's certificate is not trusted ({distrust})"
    import psycopg.errors

    if isinstance(error.orig, psycopg.errors.InsufficientPrivilege):
        return refusal_text(error)
    if is_transient(error):
        original = error.orig if error.orig is not None else error
        lines = str(original).strip().splitlines()
        reason = lines[0].rsplit(" failed: ", 1)[-1].strip() if lines else ""
        return f"the server is unreachable ({reason})" if reason else "the server is unreachable"
    return None
