"""A runner that keeps operations back until the services exist, then passes them all on.

The desk shows its window before the database is open; a search typed meanwhile, a screen pop
or the window's own first reads wait here instead of failing, and run in order once released.
"""

from __future__ import annotations

from PySide6.QtCore import SignalInstance

from app.views.common.workers import Operation, Runner


class HeldRunner:
    """Wraps a runner; `submit` queues until `release`, after which everything goes straight on."""

    def __init__(self, runner: Runner) -> None:
        self.inner = runner
        self._held: list[Operation] | None = []

    @property
    def writeCommitted(self) -> SignalInstance:
        """The inner runner's signal: the writes, held or not, commit there."""
        return self.inner.writeCommitted

    @property
    def holding(self) -> bool:
        return self._held is not None

    def submit(self, op: Operation) -> None:
        if self._held is None:
            self.inner.submit(op)
            return
        if op.key is not None:
            # A newer search replaces the older one, as the runner would have made it stale.
            self._held = [held for held in self._held if held.key != op.key]
        self._held.append(op)

    def cancel(self, key: str) -> None:
        if self._held is not None:
            self._held = [held for held in self._held if held.key != key]
        self.inner.cancel(key)

    def release(self) -> None:
        """Pass the held operations on in the order they came; later ones go straight through."""
        held, self._held = self._held or [], None
        for op in held:
            self.inner.submit(op)

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        wait = getattr(self.inner, "wait_idle", None)
        return wait(timeout_ms) if wait is not None else True

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        self._held = []  # never run after shutdown; the owner shuts the inner runner down
        return True
