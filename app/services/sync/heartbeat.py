"""A desk's heartbeat to the shared server: after sync cycles, at most every N seconds.

The server stamps who sent it and when (migration 0018); the desk sends what only it knows:
its id, host name, version, schema revision, last successful sync, unsynced rows and the
last error. A heartbeat never fails or holds up the sync: it is sent after the cycle, in
its own short transaction, and a failure is logged once and forgotten.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from app import __version__
from app.models.desk_health import ERROR_MAX, HOSTNAME_MAX, REVISION_MAX
from app.services.config import ServerSettings
from app.services.storage.db import Database
from app.services.storage.private_files import FILE_MODE
from app.services.sync.local_store import LocalStore

log = logging.getLogger(__name__)
DEFAULT_INTERVAL_S = 60.0
STATEMENT_TIMEOUT = "5s"  # a heartbeat is one row: a server this slow is not waited for
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
# Whatever looks like a secret in an error's text goes before it leaves the desk.
_SECRETS = (
    (re.compile(r"((?:password|passwd|pwd|secret|token)\s*[=:]\s*)\S+", re.IGNORECASE), r"\1***"),
    (re.compile(r"(://[^/\s:@]*:)[^@\s]*@"), r"\1***@"),
)
UPSERT = text(
    "INSERT INTO desk_heartbeats AS h (desk_id, hostname, app_version, schema_revision, "
    "last_sync_at, unsynced, last_error) VALUES (:desk_id, :hostname, :app_version, "
    ":schema_revision, :last_sync_at, :unsynced, :last_error) "
    "ON CONFLICT (login, desk_id) DO UPDATE SET hostname = EXCLUDED.hostname, "
    "app_version = EXCLUDED.app_version, schema_revision = EXCLUDED.schema_revision, "
    "last_sync_at = EXCLUDED.last_sync_at, unsynced = EXCLUDED.unsynced, "
    "last_error = EXCLUDED.last_error"
)


@dataclass(frozen=True, slots=True)
class Beat:
    """What one heartbeat says (the server adds the login and its own time)."""

    desk_id: uuid.UUID
    hostname: str
    app_version: str
    schema_revision: str
    last_sync_at: datetime | None
    unsynced: int
    last_error: str


def desk_id(folder: Path, key: str) -> uuid.UUID:
    """This installation's id for one person on one server: made once, kept in `folder`."""
    path = folder / f"desk-{hashlib.sha256(key.encode()).hexdigest()[:12]}.id"
    try:
        return uuid.UUID(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        pass
    except (ValueError, UnicodeDecodeError, OSError) as error:
        log.warning("heartbeat: %s is unreadable (%s); this desk gets a new id", path, error)
    made = uuid.uuid4()
    temporary = path.with_name(path.name + ".new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(f"{made}\n")
    os.replace(temporary, path)
    return made


def for_desk(server: ServerSettings, local: Database) -> Heartbeat:
    """The heartbeat of this desk for `server`: id from the data directory, local revision."""
    from app.services.config import data_dir
    from app.services.storage import migrate

    revision = migrate.current_revision(local.engine) or ""
    return Heartbeat(desk_id(data_dir(), server.keyring_key), revision, server.heartbeat_interval)


def clean(value: str, limit: int) -> str:
    """One line without control characters or secrets, at most `limit` characters."""
    for pattern, replacement in _SECRETS:
        value = pattern.sub(replacement, value)
    value = _CONTROL.sub(" ", value).strip()
    return value if len(value) <= limit else value[: limit - 1] + "…"


def hostname() -> str:
    return clean(socket.gethostname(), HOSTNAME_MAX) or "unknown"


class Heartbeat:
    """Decides when a heartbeat is due and sends it; never raises."""

    def __init__(
        self,
        desk: uuid.UUID,
        schema_revision: str,
        interval: float = DEFAULT_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.desk_id = desk
        self._revision = clean(schema_revision, REVISION_MAX) or "unknown"
        self._interval = interval
        self._clock = clock
        self._sent_at: float | None = None
        self._sent_error: str | None = None
        self._failure_logged = ""
        self._sending = threading.Lock()  # "sync now" and the timer may finish together
        self.sent = 0  # heartbeats the server accepted (observable, e.g. by tests)

    def after_cycle(self, server: Callable[[], Database], store: LocalStore, error: str) -> None:
        """Called after every sync cycle (error "" when it succeeded); sends when due.

        Not due (the usual case), it costs one comparison: the local state is read only then.
        """
        error = clean(error, ERROR_MAX)
        if not self.due(error) or not self._sending.acquire(blocking=False):
            return
        try:
            state = store.all_state()
            last = state.get("last_sync_at")
            last_sync = datetime.fromisoformat(last) if last else None
            self.send(server(), self.beat(last_sync, store.unsynced_count(), error))
        except Exception:  # reading the local state failed: a bug, but not the sync's
            log.exception("heartbeat: could not be prepared")
        finally:
            self._sending.release()

    def due(self, error: str) -> bool:
        """After a cycle: the first one, a sync that starts failing or recovers, or once the
        interval has passed (a desk failing in ever new words still reports once a minute)."""
        if self._sent_at is None or bool(error) != bool(self._sent_error):
            return True
        return self._clock() - self._sent_at >= self._interval

    def beat(self, last_sync_at: datetime | None, unsynced: int, error: str) -> Beat:
        # A local build label (0.1.0+g1234) is not a release the server compares: left off.
        version = __version__.split("+", 1)[0]
        return Beat(self.desk_id, hostname(), version, self._revision, last_sync_at,
                    max(0, unsynced), clean(error, ERROR_MAX))  # fmt: skip

    def send(self, server: Database, beat: Beat) -> bool:
        """One short transaction on the server; False (logged) when it did not go through."""
        try:
            with server.engine.begin() as connection:
                connection.execute(text(f"SET LOCAL statement_timeout = '{STATEMENT_TIMEOUT}'"))
                connection.execute(UPSERT, _values(beat))
        except Exception as error:  # never the sync's problem: say it once, go on
            message = str(getattr(error, "orig", None) or error).strip().splitlines()
            first = clean(message[0], ERROR_MAX) if message else type(error).__name__
            if first != self._failure_logged:
                log.warning("heartbeat not sent (the sync goes on): %s", first)
                self._failure_logged = first
            return False
        self.record_sent(beat.last_error)
        return True

    def record_sent(self, error: str) -> None:
        """The server took a heartbeat saying `error` ("" for a good sync) just now."""
        self._sent_at, self._sent_error, self._failure_logged = self._clock(), error, ""
        self.sent += 1


def _values(beat: Beat) -> dict:
    return {
        "desk_id": beat.desk_id,
        "hostname": beat.hostname,
        "app_version": beat.app_version,
        "schema_revision": beat.schema_revision,
        "last_sync_at": beat.last_sync_at,
        "unsynced": beat.unsynced,
        "last_error": beat.last_error,
    }
