"""Background operations: callbacks on the GUI thread, stale results dropped, writes serialised."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from app.services.errors import NotFound
from app.views.common.workers import Operation, SyncRunner, ThreadedRunner


def test_sync_runner_delivers_success_and_failure() -> None:
    runner = SyncRunner()
    got: list = []
    runner.submit(Operation(work=lambda: 41 + 1, on_success=got.append))
    runner.submit(Operation(work=_not_found, on_success=got.append, on_failure=got.append))
    assert got[0] == 42
    assert isinstance(got[1], NotFound)


def test_callbacks_run_on_the_gui_thread_and_work_does_not(qtbot, runner) -> None:
    seen: dict = {}

    def work() -> str:
        seen["work_thread"] = QThread.currentThread()
        return "done"

    with qtbot.waitSignal(runner._relay.finished, timeout=5000):
        runner.submit(Operation(work=work, on_success=lambda r: seen.update(result=r)))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["work_thread"] is not QThread.currentThread()  # the test runs on the GUI thread


def test_newer_operation_with_the_same_key_makes_the_older_one_stale(qtbot, runner) -> None:
    release = threading.Event()
    shown: list[str] = []

    def slow_a() -> str:
        release.wait(5)
        return "A"

    runner.submit(Operation(work=slow_a, on_success=shown.append, key="card"))
    runner.submit(Operation(work=lambda: "B", on_success=shown.append, key="card"))
    qtbot.waitUntil(lambda: shown == ["B"], timeout=5000)
    release.set()
    assert runner.wait_idle(5000)
    qtbot.wait(50)  # let A's queued result arrive: it must be ignored
    assert shown == ["B"]


def test_writes_run_one_at_a_time_on_one_thread(qtbot, runner) -> None:
    active, overlap, threads, done = [0], [False], set(), []
    lock = threading.Lock()

    def write(i: int) -> int:
        with lock:
            active[0] += 1
            overlap[0] |= active[0] > 1
            threads.add(threading.get_ident())
        time.sleep(0.01)
        with lock:
            active[0] -= 1
        return i

    for i in range(6):
        runner.submit(Operation(work=lambda i=i: write(i), on_success=done.append, write=True))
    qtbot.waitUntil(lambda: len(done) == 6, timeout=5000)
    assert done == list(range(6))  # in submission order
    assert not overlap[0]
    assert len(threads) == 1


def test_failure_is_delivered_and_shutdown_drops_late_results(qtbot) -> None:
    runner = ThreadedRunner()
    errors: list = []
    try:
        runner.submit(
            Operation(work=_not_found, on_success=errors.append, on_failure=errors.append)
        )
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)
        assert isinstance(errors[0], NotFound)
    finally:
        assert runner.shutdown(5000)
    runner.submit(Operation(work=lambda: 1, on_success=errors.append))
    qtbot.wait(20)
    assert len(errors) == 1


def _not_found():
    raise NotFound("customer 7 does not exist")


@pytest.fixture
def runner(qapp):
    threaded = ThreadedRunner(reads=2)
    try:
        yield threaded
    finally:
        assert threaded.shutdown(5000)


class _Owner:
    """A stand-in for a window: records the thread that destroys it."""

    died_on: list[str] = []

    def __init__(self) -> None:
        self.results: list = []

    def show(self, result: object) -> None:
        self.results.append(result)

    def __del__(self) -> None:
        _Owner.died_on.append(threading.current_thread().name)


def test_a_callback_owner_is_never_released_on_a_worker_thread(qtbot, runner) -> None:
    # A window whose last reference sits in an operation would otherwise be destroyed by the
    # pool thread that ran the work: Qt crashes deleting widgets off the GUI thread (seen as
    # a segfault in the suite). Both orders are tried: delivery before and after the job ends.
    _Owner.died_on.clear()
    delivered: list = []
    for number in range(60):
        owner = _Owner()
        op = Operation(work=lambda n=number: n, on_success=owner.show)
        runner.submit(op)
        if number % 2:
            runner.wait_idle(5000)  # the job is over before the GUI thread delivers
        del owner, op
        qtbot.waitUntil(lambda n=number: len(_Owner.died_on) > n, timeout=5000)
        delivered.append(number)
    assert set(_Owner.died_on) == {threading.main_thread().name}
    assert len(delivered) == 60
