"""The sync loop's timing: the interval while online, a capped jittered back-off while offline."""

from __future__ import annotations

import threading

from app.services.sync.errors import ServerUnavailable
from app.services.sync.loop import MAX_BACKOFF_S, SyncLoop


class ScriptedSync:
    """Stands in for SyncService: each run_once pops the next outcome (an exception or a report)."""

    def __init__(self, outcomes: list[object]) -> None:
        self.outcomes = outcomes
        self.runs = 0
        self.ran = threading.Event()

    def run_once(self, _progress, _cancelled):
        self.runs += 1
        self.ran.set()
        outcome = self.outcomes.pop(0) if self.outcomes else "report"
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def status(self) -> str:
        return f"status after {self.runs}"


def test_online_waits_the_interval_and_offline_backs_off_up_to_the_cap():
    loop = SyncLoop(ScriptedSync([]), interval=5.0)  # type: ignore[arg-type]
    assert loop.next_delay() == 5.0
    delays = []
    for failures in range(1, 15):
        loop.failures = failures
        delays.append(loop.next_delay())
    assert all(5.0 <= d <= MAX_BACKOFF_S for d in delays)
    assert delays[-1] == MAX_BACKOFF_S
    # Jitter aside, the wait grows: the fourth failure waits longer than the first could.
    assert delays[3] > 10.0


def test_failures_count_up_and_a_success_resets_them():
    sync = ScriptedSync([ServerUnavailable("down"), ServerUnavailable("down"), "report"])
    reports, statuses = [], []
    loop = SyncLoop(sync, 5.0, on_status=statuses.append, on_report=reports.append)  # type: ignore[arg-type]
    loop._once()
    loop._once()
    assert loop.failures == 2 and reports == []
    loop._once()
    assert loop.failures == 0 and reports == ["report"]
    assert statuses == ["status after 1", "status after 2", "status after 3"]


def test_a_bug_in_one_run_does_not_end_the_loop():
    sync = ScriptedSync([RuntimeError("bug"), "report"])
    reports = []
    loop = SyncLoop(sync, 5.0, on_report=reports.append)  # type: ignore[arg-type]
    loop._once()
    loop._once()
    assert reports == ["report"] and loop.failures == 0


def test_wake_runs_at_once_instead_of_waiting_the_interval_and_stop_ends_the_thread():
    sync = ScriptedSync([])
    loop = SyncLoop(sync, interval=600.0)  # type: ignore[arg-type]
    loop.start()
    try:
        assert sync.ran.wait(5)
        sync.ran.clear()
        loop.wake()
        assert sync.ran.wait(5), "a wake must not wait out the 600 s interval"
    finally:
        loop.stop(timeout=5)
    assert loop._thread is not None and not loop._thread.is_alive()
