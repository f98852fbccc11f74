"""Parse in one thread while the database writes in the caller's: two cores for one import.

The parser thread never touches the database: it sends small jobs (insert this prepared
batch, drop or rebuild an index) that the calling thread runs in order on its connection.
SQLite runs a whole prepared batch in one statement with the GIL released, so Python
parsing the next batch and SQLite storing this one really overlap.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

log = logging.getLogger(__name__)
Job = Callable[[], None]
_DONE = object()
_PUT_WAIT_SECONDS = 0.2
QUEUE_DEPTH = 4  # prepared batches in flight: bounds memory to a few batches


class Stopped(Exception):
    """The writing side failed or was interrupted; the parser stops quietly."""


class Pipeline:
    """Runs produce(send) in a thread and the jobs it sends here, in order."""

    def __init__(self, depth: int = QUEUE_DEPTH) -> None:
        self._jobs: queue.Queue = queue.Queue(maxsize=depth)
        self._stop = threading.Event()

    def send(self, job: Job) -> None:
        """Called by the parser thread: queue a job for the writing thread."""
        while True:
            if self._stop.is_set():
                raise Stopped
            try:
                self._jobs.put(job, timeout=_PUT_WAIT_SECONDS)
                return
            except queue.Full:
                continue

    def ask(self, question: Callable[[], Any]) -> Any:
        """Called by the parser thread: run a read on the writing thread (after every job sent
        before it, so it sees their writes) and wait for its answer."""
        answer: Future = Future()

        def job() -> None:
            try:
                answer.set_result(question())
            except BaseException as error:  # the parser re-raises it
                answer.set_exception(error)

        self.send(job)
        while True:
            try:
                return answer.result(timeout=_PUT_WAIT_SECONDS)
            except FutureTimeout:
                if self._stop.is_set():
                    raise Stopped from None

    def run(self, produce: Callable[[Callable[[Job], None]], None]) -> None:
        """Run the parser; execute its jobs; re-raise its error (or ours) after it has stopped."""
        worker = threading.Thread(
            target=self._produce, args=(produce,), name="import-parser", daemon=True
        )
        worker.start()
        busy = idle = 0.0
        try:
            while True:
                started = time.perf_counter()
                job = self._jobs.get()
                fetched = time.perf_counter()
                idle += fetched - started
                if job is _DONE:
                    break
                if isinstance(job, BaseException):
                    raise job
                job()
                busy += time.perf_counter() - fetched
        finally:
            self._stop.set()
            worker.join()
        # Which side limits the import: the writer idles while the parser is the bottleneck.
        log.debug("import writer: %.1f s writing, %.1f s waiting for the parser", busy, idle)

    def _produce(self, produce: Callable[[Callable[[Job], None]], None]) -> None:
        try:
            produce(self.send)
        except Stopped:
            return
        except BaseException as error:  # handed to the writing thread, which raises it
            self._put_final(error)
            return
        self._put_final(_DONE)

    def _put_final(self, item: object) -> None:
        while not self._stop.is_set():
            try:
                self._jobs.put(item, timeout=_PUT_WAIT_SECONDS)
                return
            except queue.Full:
                continue


def run_now(job: Job) -> None:
    """The trivial sender: run each job at once (no thread)."""
    job()


def ask_now(question: Callable[[], Any]) -> Any:
    """The trivial asker: answer at once (no thread)."""
    return question()
