"""'Simulate': the saved draft against the published rules on every customer, with cancel."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from app.rules.simulate import SimulationReport
from app.services.nba.simulation import SimulationService
from app.services.rulebook.service import RuleBookService
from app.views.common.formatting import number
from app.views.common.widgets import NAMES_ELIDE, ReadOnlyTable, Section, muted
from app.views.common.workers import Operation, Runner


class ProgressRelay(QObject):
    """Emitted from the worker thread; the queued connection delivers on the GUI thread."""

    progress = Signal(int, int)


class SimulationPanel(Section):
    def __init__(
        self,
        simulation: SimulationService,
        rulebook: RuleBookService,
        runner: Runner,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Simulate the draft on all customers"), parent)
        self._simulation = simulation
        self._rulebook = rulebook
        self._runner = runner
        self._locale = locale
        self._cancel = threading.Event()
        self.relay = ProgressRelay(self)
        self.relay.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.run_button = QPushButton(self.tr("Simulate  F5"), self)
        self.run_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel  Esc"), self)
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.bar.setFormat(self.tr("%v of %m customers"))
        self.bar.setValue(0)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.bar, 1)
        self.hint = muted(
            self.tr(
                "Compares the saved draft with the published rules for every customer, as of "
                "now. Nothing is recorded and no customer is contacted."
            ),
            self,
        )
        self.summary = muted("", self)
        self.table = ReadOnlyTable(
            [self.tr("Rule"), self.tr("Reached now"), self.tr("With the draft"), self.tr("Change")],
            stretch=0,
            parent=self,
            elide=NAMES_ELIDE,
        )
        self.changes = ReadOnlyTable(
            [self.tr("Top action now"), self.tr("With the draft"), self.tr("Customers")],
            stretch=1,
            parent=self,
            elide=NAMES_ELIDE,
        )
        self.body.addWidget(self.hint)
        self.body.addLayout(row)
        for widget in (self.summary, self.table, self.changes):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.table.hide()
        self.changes.hide()
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.last: SimulationReport | None = None

    def running(self) -> bool:
        return self.cancel_button.isEnabled()

    def run(self) -> None:
        if self.running():
            return
        self._cancel = threading.Event()
        cancel, relay = self._cancel, self.relay
        simulation, rulebook = self._simulation, self._rulebook
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)  # busy until the first batch reports the total
        self.summary.setText(self.tr("Simulating…"))

        def work() -> SimulationReport:
            return simulation.run(
                rulebook.draft(),
                datetime.now(UTC),
                progress=relay.progress.emit,
                cancelled=cancel.is_set,
            )

        self._runner.submit(
            Operation(work=work, on_success=self._done, on_failure=self._failed, key="simulation")
        )

    def cancel(self) -> None:
        self._cancel.set()
        self.summary.setText(self.tr("Cancelling after the current batch…"))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finish(self) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.summary.setObjectName("fieldError")
        self.summary.setText(self.tr("Simulation failed: %1").replace("%1", str(error)))

    def _done(self, report: SimulationReport) -> None:
        self._finish()
        self.last = report
        n = lambda value: number(value, self._locale)  # noqa: E731
        text = (
            self.tr("%1 customers compared with published version %2.")
            .replace("%1", n(report.customers))
            .replace("%2", str(report.published_version))
        )
        if report.cancelled:
            text = self.tr("Cancelled: partial result. ") + text
        text += " " + (
            self.tr("No action: %1 now, %2 with the draft. Top action changes for %3.")
            .replace("%1", n(report.no_action_published))
            .replace("%2", n(report.no_action_draft))
            .replace("%3", n(report.top_changed))
        )
        self.summary.setObjectName("muted")
        self.summary.setText(text)
        rows = [
            (r.rule_name, n(r.published), n(r.draft), ("+" if r.change > 0 else "") + n(r.change))
            for r in report.rules
        ]
        changed = [i for i, r in enumerate(report.rules) if r.change]
        self.table.fill(rows, right_aligned=(1, 2, 3), max_rows=10, marked=changed)
        none = self.tr("(no prompt)")
        self.changes.fill(
            [(t.before or none, t.after or none, n(t.count)) for t in report.transitions],
            right_aligned=(2,),
            max_rows=10,
        )
        self.table.show()
        self.changes.setVisible(bool(report.transitions))
