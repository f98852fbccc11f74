"""Batch workers are forked only when that is safe (the lines they write: test_nba_batch)."""

from __future__ import annotations

import threading

from app.services.nba import pool


def test_workers_fork_only_without_other_threads_and_connections_in_use(sqlite_db) -> None:
    assert threading.active_count() == 1
    assert pool.can_fork((sqlite_db,))
    with sqlite_db.reading() as session:
        session.connection()  # a connection checked out across the fork would be shared
        assert not pool.can_fork((sqlite_db,))
    assert pool.can_fork((sqlite_db,))
    release, busy = threading.Event(), threading.Event()
    other = threading.Thread(target=lambda: (busy.set(), release.wait()))
    other.start()
    try:
        busy.wait()
        assert not pool.can_fork((sqlite_db,))  # its locks would be copied held
    finally:
        release.set()
        other.join()
