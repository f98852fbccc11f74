"""A tab's reload on a worker: one in flight at a time, later requests folded into one more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.views.common.workers import Operation, Runner


class CoalescingLoader:
    """`request()` while a load runs marks one more load to follow it, however often it is
    called: a burst of pulls (each one asks for a refresh) costs at most two reads."""

    def __init__(self, runner: Runner, key: str, work: Callable[[], Any],
                 on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None]) -> None:  # fmt: skip
        self._runner = runner
        self._key = key
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self.busy = False
        self._again = False
        self.loads = 0  # reads submitted (tests count them)

    def request(self) -> None:
        if self.busy:
            self._again = True
            return
        self.busy = True
        self.loads += 1
        self._runner.submit(Operation(work=self._work, on_success=self._succeeded,
                                      on_failure=self._failed, key=self._key))  # fmt: skip

    def _succeeded(self, result: Any) -> None:
        self._finish()
        self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self._on_failure(error)

    def _finish(self) -> None:
        self.busy = False
        if self._again:
            self._again = False
            self.request()
