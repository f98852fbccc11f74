"""The first sync of a new desk: the cache file made and filled from the server, cancellable."""

from __future__ import annotations

from collections.abc import Callable

from app.services.config import ServerSettings
from app.services.storage import migrate
from app.services.storage.db import Database
from app.services.sync.service import CancelledFn, ProgressFn
from app.services.sync.status import SyncReport


def first_sync(
    server: ServerSettings,
    password: str,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    connect: Callable[[], Database] | None = None,
) -> SyncReport:
    """Copy the server's data into this person's cache (ServerSettings.cache_file()).

    Cancelling raises ServerUnavailable ("first sync cancelled"); the desk then starts on what
    is there and its own sync loop begins again. Raises ServerUnavailable/LoginRefused too.
    """
    from app.services.sync.server import open_server
    from app.services.sync.service import SyncService

    local = Database(f"sqlite:///{server.cache_file()}")
    try:
        migrate.upgrade(local.engine)
        sync = SyncService(local, server, connect or (lambda: open_server(server, password)))
        try:
            return sync.run_once(progress, cancelled)
        finally:
            sync.close()
    finally:
        local.dispose()
