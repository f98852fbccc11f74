"""Where the log files are, how they rotate, and the one logging set-up every command goes through.

The log directory is the platform's (platformdirs' user log directory: ~/.local/state/
acrm-desk/log on Linux, %LOCALAPPDATA%\\acrm-desk\\Logs on Windows), or $ACRM_LOG_DIR; a
portable install that sets only $ACRM_DATA_DIR logs into its `logs` folder. The directory is
0700 and the files 0600 (a line may name a customer's id). `acrm.log` rotates at
MAX_BYTES into acrm.log.1 ... acrm.log.<BACKUPS>. Standard error keeps what it showed before
(INFO, or DEBUG with -v); the file's level is its own ($ACRM_LOG_LEVEL, else [logging] level
in the configuration, else INFO), and every handler redacts secrets (see redaction).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

from app.services.errors import AcrmError
from app.services.logs.redaction import RedactingFilter
from app.services.storage.private_files import FILE_MODE, private_dir

APP_NAME = "acrm-desk"
LOG_DIR_ENV = "ACRM_LOG_DIR"
LOG_LEVEL_ENV = "ACRM_LOG_LEVEL"
DATA_DIR_ENV = "ACRM_DATA_DIR"
LOG_NAME = "acrm.log"
MAX_BYTES = 2 * 1024 * 1024  # a support ticket can attach a few files of this size
BACKUPS = 5
DEFAULT_LEVEL = "INFO"
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s]: %(message)s"
STDERR_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_installed: dict[str, logging.Handler] = {}
_previous_level: list[int] = []  # the root logger's level before the first `configure`


def log_dir() -> Path:
    """The log directory (created 0700)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        path = Path(override)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV]) / "logs"
    else:
        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return private_dir(path)


def log_files(directory: Path | None = None) -> list[Path]:
    """The current file first, then the rotated ones, oldest last (those that exist)."""
    directory = directory or log_dir()
    names = [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, BACKUPS + 1))]
    return [directory / name for name in names if (directory / name).is_file()]


def level_setting(config: dict) -> tuple[str, str]:
    """(level, where it came from): $ACRM_LOG_LEVEL, else [logging] level, else INFO."""
    env = os.environ.get(LOG_LEVEL_ENV, "").strip()
    if env:
        return _checked(env, f"${LOG_LEVEL_ENV}"), "env"
    section = config.get("logging", {})
    if isinstance(section, dict) and section.get("level"):
        return _checked(section["level"], "[logging] level"), "user"
    return DEFAULT_LEVEL, "default"


def _checked(value: object, where: str) -> str:
    level = str(value).strip().upper()
    if level not in LEVELS:
        raise AcrmError(f"{where}: log level {value!r} is not one of {', '.join(LEVELS)}")
    return level


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 (never readable for a moment)."""

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        if os.name == "posix":
            os.fchmod(descriptor, FILE_MODE)  # a file an older version left wider
        return os.fdopen(descriptor, "a", encoding=self.encoding or "utf-8", errors=self.errors)


def configure(*, verbose: bool = False, file_level: str = DEFAULT_LEVEL) -> Path | None:
    """Standard error as before, plus the rotating file; called once per command (again in
    tests, where a new log directory replaces the old handler). Returns the log file, or None
    when no log directory can be made (the command still runs, logging to standard error)."""
    root = logging.getLogger()
    if not _previous_level:
        _previous_level.append(root.level)
    stderr_level = logging.DEBUG if verbose else logging.INFO
    others = [handler for handler in root.handlers if handler not in _installed.values()]
    if "stderr" in _installed:
        _installed["stderr"].setLevel(stderr_level)
    elif not others:
        # What logging.basicConfig did before: only when nobody else has set up logging.
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(STDERR_FORMAT))
        stream.setLevel(stderr_level)
        stream.addFilter(RedactingFilter())
        root.addHandler(stream)
        _installed["stderr"] = stream
    path = _file_handler(getattr(logging, file_level))
    levels = [stderr_level] + ([getattr(logging, file_level)] if path else [])
    root.setLevel(min(levels))
    if not verbose:
        # Alembic narrates each migration step; users need only our one-line summary.
        logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def _file_handler(level: int) -> Path | None:
    root = logging.getLogger()
    try:
        path = log_dir() / LOG_NAME
    except AcrmError as error:
        _drop_file_handler()
        logging.getLogger(__name__).warning("no log file: %s", error)
        return None
    current = _installed.get("file")
    if isinstance(current, PrivateRotatingFileHandler) and current.baseFilename == str(path):
        current.setLevel(level)
        return path
    _drop_file_handler()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    handler.setLevel(level)
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    _installed["file"] = handler
    return path


def _drop_file_handler() -> None:
    handler = _installed.pop("file", None)
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


def flush() -> None:
    """Write out what the file handler holds (diagnostics read the file)."""
    handler = _installed.get("file")
    if handler is not None:
        handler.flush()


def reset() -> None:
    """Remove the handlers `configure` installed and give the root logger back its level
    (tests: each command run in the test's process configures logging again)."""
    root = logging.getLogger()
    for name in ("file", "stderr"):
        handler = _installed.pop(name, None)
        if handler is not None:
            root.removeHandler(handler)
            handler.close()
    if _previous_level:
        root.setLevel(_previous_level.pop())
