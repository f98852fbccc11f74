"""Background operations: reads on a small pool, writes on one writer, results on the GUI thread.

An Operation names its work (run in a worker, never touching widgets) and its success and
failure callbacks (run on the GUI thread). Operations sharing a `key` supersede each other:
only the newest one's result is delivered, so opening customer B while A loads never shows A.
Every write operation that succeeds emits the runner's `writeCommitted` on the GUI thread: the
one way the rest of the desk (sync) learns that something was recorded locally.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from app.services.errors import AcrmError

log = logging.getLogger(__name__)


def _log_failure(error: BaseException) -> None:
    log.error("background operation failed: %s", error)


@dataclass(eq=False)
class Operation:
    """One piece of background work and what to do with its result on the GUI thread."""

    work: Callable[[], Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None] = _log_failure
    key: str | None = None  # newer operations with the same key make this one stale
    write: bool = False  # writes run one at a time on the writer thread
    token: int = field(default=0, init=False)


class Runner(Protocol):
    writeCommitted: SignalInstance  # after every write operation that committed, GUI thread

    def submit(self, op: Operation) -> None: ...
    def cancel(self, key: str) -> None: ...
    def shutdown(self, timeout_ms: int = 5000) -> bool: ...


class _StaleGuard:
    """Remembers the newest token per key; shared by the threaded and synchronous runners."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._latest: dict[str, int] = {}

    def stamp(self, op: Operation) -> None:
        op.token = next(self._counter)
        if op.key is not None:
            self._latest[op.key] = op.token

    def cancel(self, key: str) -> None:
        self._latest[key] = next(self._counter)

    def is_current(self, op: Operation) -> bool:
        return op.key is None or self._latest.get(op.key) == op.token


def _deliver(
    guard: _StaleGuard, op: Operation, ok: bool, payload: Any, committed: SignalInstance
) -> None:
    if ok and op.write:
        # Before the callbacks, and even for a stale result: the write is in the database,
        # whatever the widget that asked for it does with the answer.
        committed.emit()
    if not guard.is_current(op):
        return
    if ok:
        op.on_success(payload)
        return
    if not isinstance(payload, AcrmError):
        log.error("unexpected error in background work", exc_info=payload)
    op.on_failure(payload)


class SyncRunner(QObject):
    """Runs work and callbacks at once on the calling thread: for logic tests and scripts."""

    writeCommitted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = _StaleGuard()

    def submit(self, op: Operation) -> None:
        self._guard.stamp(op)
        try:
            result = op.work()
        except Exception as error:  # delivered to the failure callback like the threaded runner
            _deliver(self._guard, op, False, error, self.writeCommitted)
            return
        _deliver(self._guard, op, True, result, self.writeCommitted)

    def cancel(self, key: str) -> None:
        self._guard.cancel(key)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        return True


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit, Qt queues the call to the GUI thread."""

    finished = Signal(int, bool, object)


class _Job(QRunnable):
    """Runs one operation's work on a pool thread, holding nothing else of it.

    The operation itself (its callbacks hold widgets) stays with the runner on the GUI
    thread: if a worker dropped the last reference to a window, Python would destroy the
    window's wrapper, and with it the widgets, on the worker thread, and Qt crashes.
    """

    def __init__(self, token: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._token = token
        self._work: Callable[[], Any] | None = work
        self._relay = relay

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None, "a job runs once"
        try:
            result, ok = work(), True
        except Exception as error:
            result, ok = error, False
        del work  # before the result can reach the GUI thread, which may drop the operation
        self._relay.finished.emit(self._token, ok, result)


class ThreadedRunner(QObject):
    """The desktop's runner: `reads` threads for queries, one writer thread for writes."""

    writeCommitted = Signal()

    def __init__(self, reads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guard = _StaleGuard()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(reads)
        # One thread: SQLite writes never contend with each other ("database is locked").
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._closed = False
        self._running: dict[int, Operation] = {}  # by token; touched on the GUI thread only

    def submit(self, op: Operation) -> None:
        if self._closed:
            log.warning("runner is shut down; operation dropped")
            return
        self._guard.stamp(op)
        self._running[op.token] = op
        pool = self._writer if op.write else self._readers
        pool.start(_Job(op.token, op.work, self._relay))

    def cancel(self, key: str) -> None:
        self._guard.cancel(key)

    def _on_finished(self, token: int, ok: bool, payload: Any) -> None:
        op = self._running.pop(token, None)
        if self._closed or op is None:
            return
        _deliver(self._guard, op, ok, payload, self.writeCommitted)

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        """Block until queued work has run (callbacks still arrive through the event loop)."""
        return self._writer.waitForDone(timeout_ms) and self._readers.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Let running work finish (writes are never cut off halfway), then drop callbacks."""
        self._readers.clear()
        drained = self.wait_idle(timeout_ms)
        self._closed = True
        self._running.clear()  # no callback runs after this; release what they hold
        return drained
