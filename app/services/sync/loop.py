"""The background sync loop: every few seconds while online, backing off while offline."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from tenacity import RetryCallState, wait_exponential_jitter

from app.services.sync.errors import ServerUnavailable
from app.services.sync.service import ProgressFn, SyncService
from app.services.sync.status import SyncReport, SyncStatus

log = logging.getLogger(__name__)
MAX_BACKOFF_S = 300.0


class SyncLoop:
    """Runs SyncService.run_once on its own thread; callbacks run on that thread too."""

    def __init__(
        self,
        sync: SyncService,
        interval: float,
        on_status: Callable[[SyncStatus], None] = lambda _s: None,
        on_progress: ProgressFn = lambda _p: None,
        on_report: Callable[[SyncReport], None] = lambda _r: None,
    ) -> None:
        self.sync = sync
        self._interval = interval
        self._on_status = on_status
        self._on_progress = on_progress
        self._on_report = on_report
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._wait = wait_exponential_jitter(
            multiplier=interval, max=MAX_BACKOFF_S, jitter=interval
        )
        self.failures = 0
        self.wakes = 0  # "sync now" requests so far: observable, e.g. that a read asks none

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="acrm-sync", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Sync now (e.g. right after the consultant saved something)."""
        self.wakes += 1
        self._wake.set()

    def cancel_first_sync(self) -> None:
        self._cancel.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._cancel.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def next_delay(self) -> float:
        if self.failures == 0:
            return self._interval
        state = RetryCallState(None, None, (), {})  # type: ignore[arg-type]
        state.attempt_number = self.failures
        return float(self._wait(state))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._once()
            self._wake.wait(self.next_delay())
            self._wake.clear()

    def _once(self) -> None:
        try:
            report = self.sync.run_once(self._on_progress, self._cancel.is_set)
            self.failures = 0
            self._on_report(report)
        except ServerUnavailable as error:
            self.failures += 1
            log.info("sync: %s (next try in %.0f s)", error, self.next_delay())
        except Exception:  # a bug must not end syncing for the rest of the shift
            self.failures += 1
            log.exception("sync run failed")
        self._cancel.clear()
        try:
            self._on_status(self.sync.status())
        except Exception:
            log.exception("sync: reading the status failed")
