"""How every `acrm` command fails: one plain line, exit 2, never a traceback.

Known bad input is reported by the services as AcrmError with a specific message. A server
that cannot be reached or refuses (login, role) is said in the same words whichever command
met it (`known_problem`, `on_the_server`), and shared data is never changed in a server's
cache alone (`refuse_cache_only`). What still escapes is a file failure (one plain line) or
a bug: the user gets one line and the log file's name, the traceback goes to that file
(0600, in the data directory, since it may quote customer data).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.services.config import Settings
from app.services.errors import AcrmError
from app.services.logs.redaction import redact
from app.services.storage import db_errors
from app.services.storage.private_files import open_private_append

LOG_NAME = "acrm-errors.log"

log = logging.getLogger(__name__)


def report(error: BaseException) -> int:
    """Print one line for `error` on stderr and return exit code 2."""
    message = known_problem(error)
    if message is None:
        message = _internal(error)
    print(f"acrm: error: {message}", file=sys.stderr)
    return 2


def known_problem(error: BaseException) -> str | None:
    """A plain message for bad input (AcrmError) and the world outside (database, files)."""
    if isinstance(error, DBAPIError):
        return str(db_errors.describe(error))
    if isinstance(error, AcrmError):
        return str(error)
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    return None


@contextmanager
def on_the_server(outcome: str) -> Iterator[None]:
    """Around a change made on the configured server in one transaction: a login refused, a
    missing role or an unreachable server become "<outcome>: <why>; nothing was changed"
    (exit 2), in the words the desk uses too (sync.errors.server_failure)."""
    from app.services.sync.errors import ServerUnavailable, server_failure

    try:
        yield
    except ServerUnavailable as error:
        raise AcrmError(f"{outcome}: {error}; nothing was changed") from error
    except DBAPIError as error:
        reason = server_failure(error)
        if reason is None:
            raise
        raise AcrmError(f"{outcome}: {reason}; nothing was changed") from error


@contextmanager
def described(url: str) -> Iterator[None]:
    """A database failure inside is said with the URL it happened on (never its password)."""
    try:
        yield
    except DBAPIError as error:
        raise db_errors.describe(error, url) from error


def refuse_cache_only(settings: Settings, outcome: str, instead: str) -> None:
    """Refuse (exit 2, before anything is written) to change shared data only in a cache.

    With a server configured the desk's SQLite file is that server's cache: no outbox row
    carries customers, demo data or automatic actions written there, so they would exist on
    this desk alone and vanish at the next full sync. `instead` says what to run.
    """
    if settings.server is not None and settings.is_sqlite:
        raise AcrmError(
            f"{outcome}: a server is configured and this desk's database is only its cache "
            f"(shared data written there reaches nobody); {instead}"
        )


def _internal(error: BaseException) -> str:
    # The rotating log too (redacted there): `acrm diagnostics` lists its last errors.
    log.error("internal error (%s)", type(error).__name__, exc_info=error)
    try:
        path = _write_log(error)
    except Exception:  # no data directory either: still one line, no traceback
        return f"internal error ({type(error).__name__}); please report it"
    return f"internal error ({type(error).__name__}); details in {path}"


def log_file() -> Path:
    from app.services.config import data_dir

    return data_dir() / LOG_NAME


def _write_log(error: BaseException) -> Path:
    path = log_file()
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with open_private_append(path) as handle:
        # No command line: it may hold a URL or a path the person would rather not log.
        handle.write(f"--- {stamp}\n")
        # Redacted like the log: a message may quote a URL or a password.
        handle.write(redact("".join(traceback.format_exception(error))))
    return path
