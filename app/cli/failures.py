"""The last line of defence: no traceback ever reaches a user of `acrm`.

Known bad input is reported by the services as AcrmError with a specific message. What
still escapes is either a database or file failure (said in one plain line) or a bug: the
user gets one line and the log file's name, the traceback goes to that file (0600, in the
data directory, since it may quote customer data).
"""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from app.services.storage import db_errors
from app.services.storage.private_files import open_private_append

LOG_NAME = "acrm-errors.log"


def report(error: BaseException) -> int:
    """Print one line for `error` on stderr and return exit code 2."""
    message = known_problem(error)
    if message is None:
        message = _internal(error)
    print(f"acrm: error: {message}", file=sys.stderr)
    return 2


def known_problem(error: BaseException) -> str | None:
    """A plain message for failures of the world outside (database, files), else None."""
    if isinstance(error, DBAPIError):
        return str(db_errors.describe(error))
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    return None


def _internal(error: BaseException) -> str:
    try:
        path = _write_log(error)
    except Exception:  # no data directory either: still one line, no traceback
        return f"internal error ({type(error).__name__}); please report it"
    return f"internal error ({type(error).__name__}); details in {path}"


def log_file() -> Path:
    from app.config import data_dir

    return data_dir() / LOG_NAME


def _write_log(error: BaseException) -> Path:
    path = log_file()
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with open_private_append(path) as handle:
        # No command line: it may hold a URL or a path the person would rather not log.
        handle.write(f"--- {stamp}\n")
        handle.writelines(traceback.format_exception(error))
    return path
