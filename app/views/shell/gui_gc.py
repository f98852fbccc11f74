"""Cyclic garbage collection on the GUI thread only (never in a worker thread).

Python runs the cyclic collector in whichever thread happens to allocate. When that is a
worker of the runner and the garbage holds Qt objects (a closed panel, an old model), Qt
deletes them off the GUI thread and the desktop can die with a segfault. So automatic
collection is switched off and a timer on the GUI thread collects with the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class GuiThreadCollector(QObject):
    """While alive (until stop()), automatic collection is off; the GUI thread collects."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns objects freed."""
        freed = 0
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest due generation includes the younger ones
            if counts[generation] > self._thresholds[generation]:
                freed = gc.collect(generation)
                break
        return freed

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
