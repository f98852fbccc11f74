"""A plain-text report for support tickets: versions, configuration, schema, sync, last errors.

Built without Qt (the desk passes its Qt and PySide6 versions in) and without the server:
the sync state is read from this desk's own database, so the report works offline and never
asks for a password. Every section that cannot be read says why instead of failing the
report, and every value and log line is redacted again on the way out (passwords, tokens,
the keyring's password if it ever reached a message).
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from app import __version__
from app.services.config import Settings, data_dir
from app.services.logs import files
from app.services.logs.redaction import redact
from app.services.storage.url_secrets import redacted

RECENT_LINES = 20
_PROBLEM_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (WARNING|ERROR|CRITICAL) ")


@dataclass(frozen=True)
class Diagnostics:
    """Sections of (key, value) pairs, then the recent warning and error lines of the log."""

    sections: dict[str, dict[str, str]] = field(default_factory=dict)
    recent: tuple[str, ...] = ()

    def text(self) -> str:
        lines = [f"aCRM Desk diagnostics ({self.sections['program']['generated']})"]
        for name, values in self.sections.items():
            lines.append("")
            lines.append(f"[{name}]")
            lines.extend(f"{key}: {value}" for key, value in values.items())
        lines.append("")
        lines.append(f"[recent warnings and errors] ({len(self.recent)})")
        lines.extend(self.recent or ("none",))
        return "\n".join(lines) + "\n"

    def as_dict(self) -> dict:
        return {**self.sections, "recent": list(self.recent)}


def collect(
    settings: Settings | None,
    *,
    settings_problem: str = "",
    ui_versions: dict[str, str] | None = None,
    recent: int = RECENT_LINES,
) -> Diagnostics:
    """The report for `settings` (None with `settings_problem` when they could not be read)."""
    files.flush()
    sections = {
        "program": _program(ui_versions),
        "configuration": _configuration(settings, settings_problem),
    }
    if settings is not None:
        sections["database"] = _guarded(_database, settings)
        sections["sync"] = _guarded(_sync, settings)
    clean = {name: {key: redact(str(value)) for key, value in values.items()}
             for name, values in sections.items()}  # fmt: skip
    return Diagnostics(
        sections=clean, recent=tuple(redact(line) for line in recent_problems(recent))
    )


def _program(ui_versions: dict[str, str] | None) -> dict[str, str]:
    values = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "version": __version__,
        "frozen build": "yes" if getattr(sys, "frozen", False) else "no",
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "os": platform.platform(),
    }
    if ui_versions:
        values.update(ui_versions)
    else:
        values["PySide6"] = f"{_installed('PySide6-Essentials', 'PySide6')} (Qt not loaded)"
    return values


def _installed(*names: str) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def _configuration(settings: Settings | None, problem: str) -> dict[str, str]:
    values: dict[str, str] = {}
    if problem:
        values["problem"] = problem
    if settings is not None:
        server = settings.server
        values["database"] = redacted(settings.db_url)
        values["server"] = redacted(server.url) if server else "none (embedded database)"
        if server is not None:
            values["login"] = server.login
            values["sslmode"] = server.sslmode
            values["sslrootcert"] = server.sslrootcert or "(system default)"
            values["sync interval"] = f"{server.sync_interval:g} s"
        else:
            values["agent"] = settings.agent_login
        values["language"] = settings.desk.language
        values["region"] = settings.region
        values["webhook"] = redacted(settings.webhook_url) if settings.webhook_url else "none"
        if server is not None:
            values["keyring"] = _guarded_value(_keyring)
    values["data directory"] = _guarded_value(lambda: str(data_dir()))
    values["log directory"] = _guarded_value(lambda: str(files.log_dir()))
    values["log level"] = _guarded_value(_log_level)
    return values


def _keyring() -> str:
    """Which keyring backend holds the password (never whether, nor what, it holds)."""
    import keyring

    from app.services.sync.credentials import backend_problem

    backend = keyring.get_keyring()
    return backend_problem(backend) or type(backend).__name__


def _log_level() -> str:
    level, source = files.config_level()
    return f"{level} ({source})"


def _database(settings: Settings) -> dict[str, str]:
    from app.services.storage import migrate
    from app.services.storage.db import Database

    if settings.is_sqlite and not _sqlite_exists(settings.db_url):
        return {"schema revision": "no database file yet"}
    db = Database(settings.db_url)
    try:
        current = migrate.current_revision(db.engine)
    finally:
        db.dispose()
    head = migrate.head_revision()
    state = "at head" if current == head else f"program expects {head}"
    return {"schema revision": f"{current or 'none'} ({state})"}


def _sync(settings: Settings) -> dict[str, str]:
    if settings.server is None:
        return {"state": "not configured (embedded database, nothing to sync)"}
    if not _sqlite_exists(settings.db_url):
        return {"state": "never synced (no cache yet)"}
    from app.services.storage.db import Database
    from app.services.sync.local_store import LocalStore

    db = Database(settings.db_url)
    try:
        store = LocalStore(db)
        state = store.all_state()
        return {
            "last sync": state.get("last_sync_at") or "never",
            "first sync done": "yes" if state.get("first_sync_done") == "1" else "no",
            "unsynced outbox rows": str(store.unsynced_count()),
            "refused rows": str(len(store.rejected())),
            "feed rows skipped": str(store.skipped_count()),
            "last error": state.get("last_error") or "none",
        }
    finally:
        db.dispose()


def _sqlite_exists(url: str) -> bool:
    if not url.startswith("sqlite"):
        return True
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return bool(path) and Path(path).is_file()


def _guarded(section, settings: Settings) -> dict[str, str]:
    try:
        return section(settings)
    except Exception as error:  # a support report must come out whatever is broken
        return {"problem": f"cannot be read: {type(error).__name__}: {_first_line(error)}"}


def _guarded_value(read) -> str:
    try:
        return read()
    except Exception as error:
        return f"unavailable: {_first_line(error)}"


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def recent_problems(count: int = RECENT_LINES) -> list[str]:
    """The last `count` WARNING/ERROR/CRITICAL lines of the log files, oldest first."""
    try:
        paths = files.log_files()
    except Exception:
        return []
    found: list[str] = []
    for path in paths:  # newest file first
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            continue
        problems = [line for line in lines if _PROBLEM_LINE.match(line)]
        found = problems[-(count - len(found)) :] + found if count > len(found) else found
        if len(found) >= count:
            break
    return found[-count:] if count else []
