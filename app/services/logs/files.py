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
import os
import sys
from pathlib import Path

from app.services.errors import AcrmError
from app.services.logs.redaction import RedactingFilter
from app.services.storage.private_files import FILE_MODE, private_dir

APP_NAME = "acrm-desk"
LOG_DIR_ENV = "ACRM_LOG_DIR"
LOG_LEVEL_ENV = "ACRM_LOG_LEVEL"
DATA_DIR_ENV = "ACRM_DATA_DIR"
CONFIG_ENV = "ACRM_CONFIG"
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
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return private_dir(path)


def log_files(directory: Path | None = None) -> list[Path]:
    """The current file first, then the rotated ones, oldest last (those that exist)."""
    directory = directory or log_dir()
    names = [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, BACKUPS + 1))]
    return [directory / name for name in names if (directory / name).is_file()]


def level_setting(config: dict, site: dict | None = None) -> tuple[str, str]:
    """(level, where it came from): the site file's when it locks it, else $ACRM_LOG_LEVEL,
    else the user's [logging] level, else the site file's, else INFO."""
    site = site or {}
    site_level = _level_in(site)
    locks = site.get("locked", [])
    locked = isinstance(locks, list) and ("logging.level" in locks or "logging" in locks)
    if locked and site_level:
        return _checked(site_level, "[logging] level (site)"), "site"
    env = os.environ.get(LOG_LEVEL_ENV, "").strip()
    if env:
        return _checked(env, f"${LOG_LEVEL_ENV}"), "env"
    if _level_in(config):
        return _checked(_level_in(config), "[logging] level"), "user"
    if site_level:
        return _checked(site_level, "[logging] level (site)"), "site"
    return DEFAULT_LEVEL, "default"


def _level_in(config: dict) -> object:
    section = config.get("logging", {})
    return section.get("level") if isinstance(section, dict) else None


def _checked(value: object, where: str) -> str:
    level = str(value).strip().upper()
    if level not in LEVELS:
        raise AcrmError(f"{where}: log level {value!r} is not one of {', '.join(LEVELS)}")
    return level


def config_level() -> tuple[str, str]:
    """The level from the site file, $ACRM_LOG_LEVEL or the user's file, read cheaply.

    The logging step runs before every command, a screen pop's hand-over too, so it does not
    load the settings module: the files are the site file (config_paths) and $ACRM_CONFIG or
    config.toml in the data directory (as app.services.config.config_file says), each parsed
    only if it exists. A file that cannot be read counts as empty; the command reports it.
    """
    from app.services.config_paths import site_config_file

    return level_setting(_read_quietly(_config_path()), _read_quietly(site_config_file()))


def _read_quietly(path: Path) -> dict:
    if not path.is_file():
        return {}
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}


def _config_path() -> Path:
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]) / "config.toml"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "config.toml"


def _rotating_handler(path: Path) -> logging.Handler:
    """A RotatingFileHandler whose files are created 0600 (never readable for a moment)."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
            descriptor = os.open(self.baseFilename, flags, FILE_MODE)
            if os.name == "posix":
                os.fchmod(descriptor, FILE_MODE)  # a file an older version left wider
            encoding = self.encoding or "utf-8"
            return os.fdopen(descriptor, "a", encoding=encoding, errors=self.errors)

    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    return handler


class LogFileHandler(logging.Handler):
    """The rotating file, made on the first record that reaches it: the directory, the
    handler's module and the file cost nothing to a command that logs nothing."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.where = _where()
        self.path: Path | None = None
        self._file: logging.Handler | None = None
        self._failed = False
        self.addFilter(RedactingFilter())

    def emit(self, record: logging.LogRecord) -> None:
        target = self._target()
        if target is not None:
            target.handle(record)

    def _target(self) -> logging.Handler | None:
        if self._file is None and not self._failed:
            try:
                self.path = log_dir() / LOG_NAME
            except AcrmError as error:
                self._failed = True
                print(f"acrm: no log file: {error}", file=sys.stderr)
                return None
            self._file = _rotating_handler(self.path)
        return self._file

    def open(self) -> Path | None:
        """Make the directory now (diagnostics name it); None when it cannot be made."""
        self._target()
        return self.path

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _where() -> tuple[str, str]:
    return os.environ.get(LOG_DIR_ENV, ""), os.environ.get(DATA_DIR_ENV, "")


def configure(*, verbose: bool = False, file_level: str = DEFAULT_LEVEL) -> None:
    """Standard error as before, plus the rotating file; called once per command (again in
    tests, where a new log directory replaces the old handler). A log directory that cannot
    be made is said once on standard error; the command still runs."""
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
    level = getattr(logging, file_level)
    current = _installed.get("file")
    if isinstance(current, LogFileHandler) and current.where == _where():
        current.setLevel(level)
    else:
        _drop_file_handler()
        _installed["file"] = LogFileHandler(level)
        root.addHandler(_installed["file"])
    root.setLevel(min(stderr_level, level))
    if not verbose:
        # Alembic narrates each migration step; users need only our one-line summary.
        logging.getLogger("alembic").setLevel(logging.WARNING)


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
