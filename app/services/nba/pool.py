"""Worker processes for batch evaluation: ordered results, flat memory, cheap set-up."""

from __future__ import annotations

import gc
import multiprocessing
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import event

from app.services.storage.db import Database

MMAP_BYTES = 1 << 30  # SQLite maps at most this much of the file (its own cap is 2 GiB)

T = TypeVar("T")
R = TypeVar("R")


def split_ranges(count: int, workers: int, chunk: int) -> list[tuple[int, int]]:
    """(start, stop) of consecutive chunks of at most `chunk` of `count` items; smaller for
    small sets, so every worker gets one."""
    size = max(1, min(chunk, -(-count // max(1, workers))))
    return [(start, min(start + size, count)) for start in range(0, count, size)]


def shared_ids(ids: list[uuid.UUID], fork: bool) -> list:
    """`ids` as the workers receive them, once each at start (then only index ranges travel).

    A forked worker inherits the list itself: nothing is copied. A spawned one gets hex text,
    since pickling a UUID and building it again cost ~12 us per customer (text: ~1 us plus
    the UUID, built only by the worker that evaluates it).
    """
    return ids if fork else [customer_id.hex for customer_id in ids]


def ids_between(shared: Sequence, start: int, stop: int) -> list[uuid.UUID]:
    """The UUIDs of `shared[start:stop]` (see shared_ids)."""
    part = list(shared[start:stop])
    if part and part[0].__class__ is str:
        return [uuid.UUID(text) for text in part]
    return part


def ordered_in_pool(
    chunks: Sequence[T],
    workers: int,
    task: Callable[[T], R],
    initializer: Callable[..., None],
    initargs: tuple,
    stop: Callable[[], bool] = lambda: False,
    release: Sequence[Database] = (),
    fork: bool | None = None,
) -> Iterator[R]:
    """`task(chunk)` on worker processes, results in chunk order.

    At most two chunks per worker wait, so memory stays flat; once `stop()` is true no new
    chunk is submitted. `task` and `initializer` must be module-level (spawn pickles them).
    Leaving the iteration early drops the chunks not started and waits for the running ones.

    The workers are forked when that is safe (see `can_fork`; `release` are the parent's
    databases, whose pooled connections are closed first), spawned otherwise; `fork` is the
    caller's own `can_fork` answer when it prepared `initargs` for it. Forked workers get
    `initargs` as they are, spawned ones pickled.
    """
    method = "fork" if (can_fork(release) if fork is None else fork) else "spawn"
    for db in release if method == "fork" else ():
        db.engine.dispose()  # idle connections closed; the pool opens new ones when needed
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=initializer, initargs=initargs
    )
    try:
        waiting: deque[Future[R]] = deque()
        pending = iter(chunks)
        with _frozen(method == "fork"):  # the first submit starts (forks) every worker
            for part in pending:
                waiting.append(pool.submit(task, part))
                if len(waiting) >= 2 * workers:
                    break
        while waiting:
            results = waiting.popleft().result()
            part = None if stop() else next(pending, None)
            if part is not None:
                waiting.append(pool.submit(task, part))
            yield results
    finally:
        # Ctrl+C, a closed pipe, a cancel or an error: drop the chunks not started.
        pool.shutdown(wait=True, cancel_futures=True)


def can_fork(release: Sequence[Database] = ()) -> bool:
    """Workers may be forked: the parent runs no other thread, and none of its databases
    `release` has a connection in use (their idle ones are closed before forking).

    A spawned worker starts a new interpreter: it imports the app and rule-engine (which
    builds its parser tables on import) and compiles the rules again, about 2 s of CPU per
    worker, a tenth of a 100,000-customer run on two cores. A forked one inherits what the
    parent loaded. Fork copies only the calling thread, so a lock another thread held (the
    desktop's) would stay locked in the child for ever: with any other thread alive, spawn.
    A SQLite connection must not be used on both sides of a fork: `release`'s idle pooled
    connections are closed first, and one still checked out means spawn.
    """
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return False
    for db in release:
        in_use = getattr(db.engine.pool, "checkedout", None)
        if in_use is None or in_use():  # a pool that cannot tell, or a connection in use
            return False
    return True


@contextmanager
def _frozen(forking: bool) -> Iterator[None]:
    """While workers fork: the parent's objects out of the children's cyclic collector.

    A forked worker's first collection (settle_worker) walked every object it inherited and
    wrote to each one's header, so every page of the parent's heap was copied: ~55 ms of CPU
    per worker before its first customer. Frozen, the children walk only their own objects;
    the parent thaws its objects again once the workers exist (unless someone else had
    frozen objects before: that freeze is theirs to undo).
    """
    if not forking or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def settle_worker() -> None:
    """After a worker's set-up: its imports and compiled rules live as long as the process,
    so the cyclic collector need not walk them again on every collection during the run.

    A batch allocates millions of short-lived objects that reference counting frees (facts,
    features, results); at the default threshold (700) the collector ran ~450 times per
    12,000 evaluations for nothing, 5-10 % of a worker's time. A worker only lives for one
    run, so it collects 140 times less often.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 10, 10)


def map_sqlite_file(db: Database) -> None:
    """Read a SQLite database through a memory map on every connection `db` opens."""
    if db.is_sqlite:
        event.listen(db.engine, "connect", _map_file)


def _map_file(dbapi_connection, _record) -> None:
    """A batch worker reads a SQLite file through a memory map: its index lookups for a chunk
    of customers land all over the file, and each page read through read() was a system call
    (loading facts took 10-35 % less time mapped, measured on the 100,000-customer file)."""
    dbapi_connection.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
