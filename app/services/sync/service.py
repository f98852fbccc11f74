"""The sync use case: push the outbox, then pull the feed (or a first snapshot), and report."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.exc import DBAPIError

from app.services.admin import server_health
from app.services.config import ServerSettings
from app.services.errors import AcrmError
from app.services.storage.db import Database
from app.services.sync import heartbeat, identity, pull, skips, snapshot
from app.services.sync.errors import (
    LoginRefused,
    ServerUnavailable,
    is_login_refused,
    is_transient,
    tls_distrust,
)
from app.services.sync.local_store import LocalStore, put_state, reapply_pending_updates
from app.services.sync.push import Fault, push_batch
from app.services.sync.status import SyncProgress, SyncReport, SyncStatus

log = logging.getLogger(__name__)
# How often a desk asks the server to end sessions holding the feed (cheap: one function call).
FEED_HOLDER_CHECK_S = 30.0
ProgressFn = Callable[[SyncProgress], None]
CancelledFn = Callable[[], bool]


def _no_fault(_point: str) -> None:
    return None


class SyncService:
    """One desktop's sync with the shared server; safe to call from one worker thread."""

    def __init__(
        self,
        local: Database,
        server: ServerSettings,
        connect: Callable[[], Database],
        *,
        push_batch_size: int = 500,
        page_size: int = 1000,
        fault: Fault = _no_fault,
    ) -> None:
        self.server = server
        self.store = LocalStore(local)
        self._connect = connect
        self._server_db: Database | None = None
        self._push_size = push_batch_size
        self._page_size = page_size
        self._fault = fault
        self._online = False
        self._server_user_id: object = None  # the login's id on the server, once seen
        self._lock = threading.Lock()  # one run at a time (CLI, timer and "sync now")
        self._holders_checked_at = -math.inf  # monotonic time of the last feed-holder check
        self._heartbeat: heartbeat.Heartbeat | None = None  # made on the first cycle's end
        self._unreachable = False  # this cycle could not reach the server at all

    # --- running --------------------------------------------------------------------------

    def run_once(
        self, progress: ProgressFn | None = None, cancelled: CancelledFn | None = None
    ) -> SyncReport:
        """Push everything pending, then pull everything new. Raises ServerUnavailable.

        After the cycle, succeeded or failed, the desk's heartbeat goes out when it is due.
        """
        self._unreachable = False
        try:
            report = self._run_locked(progress, cancelled)
        except Exception as error:
            self._report_health(_first_line(error))
            raise
        self._report_health("")
        return report

    def _report_health(self, error: str) -> None:
        if self._unreachable:
            return  # it could not arrive; trying would only cost another connect timeout
        try:
            self._heartbeat = self._heartbeat or heartbeat.for_desk(self.server, self.store.db)
            self._heartbeat.after_cycle(self._server, self.store, error)
        except Exception:  # the desk id file, say: the sync itself is not its victim
            log.exception("heartbeat: not sent")

    def _run_locked(self, progress: ProgressFn | None, cancelled: CancelledFn | None) -> SyncReport:
        with self._lock:
            try:
                report = self._run(progress or (lambda _p: None), cancelled or (lambda: False))
            except DBAPIError as error:
                if not is_transient(error):
                    raise
                if is_login_refused(error):
                    message = (
                        f"the server refused the login {self.server.login!r}: wrong password "
                        "or the login was deactivated (ask an administrator)"
                    )
                    self._went_offline(error, message)
                    raise LoginRefused(message) from error
                if distrust := tls_distrust(error):
                    message = (
                        f"the server's certificate is not trusted ({distrust}): check sslrootcert "
                        "and the host name in the server url"
                    )
                    self._went_offline(error, message)
                    raise ServerUnavailable(message) from error
                self._went_offline(error)
                raise ServerUnavailable(f"server unreachable: {_first_line(error)}") from error
            except OSError as error:
                self._went_offline(error)
                raise ServerUnavailable(f"server unreachable: {error}") from error
        return report

    def _run(self, progress: ProgressFn, cancelled: CancelledFn) -> SyncReport:
        server = self._server()
        self._adopt_server_identity(server)
        pushed, rejected = self._push_all(server, progress)
        full = self._needs_full_sync(server)
        touched: frozenset | None = None  # a snapshot may change every card
        skipped: list = []
        if full:
            pulled, skipped = self._snapshot(server, progress, cancelled)
        else:
            self._end_feed_holders(server)
            pulled, touched, skipped = self._pull_all(server)
        self._online = True
        self.store.put(last_sync_at=datetime.now(UTC).isoformat(), last_error="")
        return SyncReport(pushed=pushed, pulled=pulled, full_resync=full, rejected=rejected,
                          skipped=tuple(skipped), customers_changed=touched)  # fmt: skip

    def server_database(self) -> Database:
        """The shared server's Database (opened on first use), for online-only actions."""
        return self._server()

    def _server(self) -> Database:
        if self._server_db is None:
            self._server_db = self._connect()
        return self._server_db

    def _went_offline(self, error: BaseException, message: str = "") -> None:
        self._online = False
        self._unreachable = True
        message = message or _first_line(error)
        log.warning("sync: server unreachable (%s); working on the local cache", message)
        self.store.put(last_error=message)
        if self._server_db is not None:
            self._server_db.dispose()  # drop connections the cut left half-open

    def close(self) -> None:
        if self._server_db is not None:
            self._server_db.dispose()

    def _adopt_server_identity(self, server: Database) -> None:
        """Give work recorded under a local-only id for this login the server's id."""
        login = self.server.login
        with self.store.db.engine.connect() as connection:
            local_id = identity.local_user_id(connection, login)
        if local_id is None or local_id == self._server_user_id:
            return  # the usual case: nothing local yet, or already the server's id
        with server.engine.connect() as connection:
            row = identity.server_user_row(connection, login)
        if row is None:
            return  # the server does not know the login: its refusal will say so
        self._server_user_id = row["id"]
        with self.store.applying() as local:
            identity.adopt_server_id(local, row)

    # --- push -----------------------------------------------------------------------------

    def _push_all(self, server: Database, progress: ProgressFn) -> tuple[int, tuple]:
        pushed, rejected = 0, []
        total = self.store.unsynced_count()
        while True:
            rows = self.store.pending(self._push_size)
            if not rows:
                break
            accepted, refused = push_batch(server, self.store, self.server.login, rows,
                                           self._fault)  # fmt: skip
            pushed += accepted
            rejected.extend(refused)
            progress(SyncProgress("push", pushed, total))
        return pushed, tuple(r for r in self.store.rejected() if r.outbox_id in set(rejected))

    # --- pull -----------------------------------------------------------------------------

    def cursor(self) -> pull.Cursor | None:
        state = self.store.all_state()
        if "cursor_txid" not in state:
            return None
        return int(state["cursor_txid"]), int(state["cursor_seq"])

    def _needs_full_sync(self, server: Database) -> bool:
        cursor = self.cursor()
        if cursor is None:
            return True
        with server.engine.connect() as connection:
            pruned = pull.pruned_below(connection)
        if cursor < pruned:
            log.warning("sync: offline longer than the feed is kept; resynchronising fully")
            return True
        return False

    def _end_feed_holders(self, server: Database) -> None:
        """Ask the server to end client sessions that hold the feed past its bound.

        A client can switch its own timeouts off, so the server's bound is enforced by every
        desk's pull (the server decides who is ended, and audits it); at most every
        FEED_HOLDER_CHECK_S, in its own short transaction, never inside a page read.
        """
        now = time.monotonic()
        if now - self._holders_checked_at < FEED_HOLDER_CHECK_S:
            return
        self._holders_checked_at = now
        try:
            server_health.end_feed_holders(server)
        except AcrmError as error:  # a server before migration 0004, or the check failed
            log.info("sync: could not check for sessions holding the feed: %s", error)

    def _pull_all(self, server: Database) -> tuple[int, frozenset | None, list]:
        pulled, touched, skipped = 0, frozenset(), []
        cursor = self.cursor() or (0, 0)
        while True:
            with server.engine.connect() as connection:
                connection = connection.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
                with connection.begin():
                    page = pull.read_page(connection, cursor, self._page_size)
            if page.changes == 0:
                return pulled, touched, skipped
            with self.store.db.engine.connect() as local:
                page_touched = pull.customers_touched(local, page)
            touched = None if touched is None or page_touched is None else touched | page_touched
            try:
                pulled += self._apply(page)
            except skips.DATA_ERRORS as error:
                if not skips.is_data_error(error):
                    raise
                # Some row of the page cannot be stored here: apply key by key, skip those.
                pulled += self._apply_each(page)
            skipped.extend(page.skipped)
            cursor = page.cursor

    def _apply(self, page: pull.Page) -> int:
        """Apply a page, record what it skipped and move the cursor: one local transaction."""
        with self.store.applying() as local:
            applied = pull.apply_page(local, page)
            reapply_pending_updates(local, page.keys)
            skips.record(local, page.skipped)
            put_state(local, cursor_txid=str(page.cursor[0]), cursor_seq=str(page.cursor[1]))
        return applied

    def _apply_each(self, page: pull.Page) -> int:
        applied = 0
        for name in sorted(page.keys, key=pull.ORDER.__getitem__):
            for key in list(page.keys[name]):
                part = page.only(name, key)
                try:
                    with self.store.applying() as local:
                        applied += pull.apply_page(local, part)
                        reapply_pending_updates(local, part.keys)
                except skips.DATA_ERRORS as error:
                    if not skips.is_data_error(error):
                        raise
                    page.skip(name, key, f"cannot be stored here: {skips.reason_of(error)}")
        page.keys = {}  # applied above; what remains is recording the skips and the cursor
        return applied + self._apply(page)

    def _snapshot(
        self, server: Database, progress: ProgressFn, cancelled: CancelledFn
    ) -> tuple[int, list]:
        """Copy every synced table from one snapshot; the feed then continues from it."""
        if self.store.unsynced_count():
            raise ServerUnavailable("unsynced rows remain; a full resync waits until they are sent")
        with server.engine.connect() as connection:
            connection = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            with connection.begin():
                horizon = pull.snapshot_horizon(connection)
                total = sum(snapshot.count_rows(connection).values())
                with self.store.applying() as local:
                    snapshot.wipe_cache(local)

                def told(done: int, table: str) -> None:
                    progress(SyncProgress("snapshot", done, total, table))

                copier = snapshot.Copier(connection, self.store.applying, cancelled, told)
                for table in snapshot.snapshot_tables():
                    copier.copy(table)
        with self.store.applying() as local:
            # Everything below the horizon is in the copy; later changes come by the feed.
            skips.record(local, copier.skipped)
            put_state(local, cursor_txid=str(horizon), cursor_seq="0", first_sync_done="1",
                      server=self.server.keyring_key)  # fmt: skip
        return copier.done, copier.skipped

    # --- reporting ------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        state = self.store.all_state()
        last = state.get("last_sync_at")
        return SyncStatus(
            configured=True,
            online=self._online,
            unsynced=self.store.unsynced_count(),
            rejected=len(self.store.rejected()),
            last_sync_at=datetime.fromisoformat(last) if last else None,
            last_error=state.get("last_error", ""),
            first_sync_done=state.get("first_sync_done") == "1",
            feed_skipped=self.store.skipped_count(),
        )


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    text = str(original).strip().splitlines()
    return text[0] if text else type(error).__name__
