"""One campaign generation on the writer thread: its progress reaches the GUI by a signal."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.services.campaigns.service import CampaignService
from app.services.campaigns.values import GenerateReport


class GenerateJob(QObject):
    """Lives on the GUI thread. `progress` is emitted from the worker; Qt queues it to the GUI
    thread (the receiver's), so no widget is touched off it. Cancel sets a flag the service
    polls between customers; what it added until then stays (the service commits per batch)."""

    progress = Signal(int, int)  # done, total

    def __init__(self, service: CampaignService, name: str,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.name = name
        self._service = service
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelling(self) -> bool:
        return self._stop.is_set()

    def work(self) -> Callable[[], GenerateReport]:
        """The callable for the runner: it holds the service, the flag and the signal only."""
        service, name, stop, progress = self._service, self.name, self._stop, self.progress
        return lambda: service.generate(name, progress=progress.emit, cancelled=stop.is_set)
