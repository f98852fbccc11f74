"""Rules of published versions that failed on customers: which, how often, why, since when."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from app.services.rulebook.failures import RuleFailureInfo
from app.services.rulebook.service import RuleBookService
from app.views.common.formatting import day, local_datetime, number
from app.views.common.widgets import NAMES_ELIDE, ReadOnlyTable, Section, muted
from app.views.common.workers import Operation, Runner

COL_RULE, COL_VERSION, COL_EVALUATIONS, COL_FIRST, COL_LAST = range(5)
KEY = "rule-failures"
SHOWN_ROWS = 4  # then the table scrolls: the draft rules above keep their room
RIGHT = (COL_VERSION, COL_EVALUATIONS, COL_FIRST, COL_LAST)  # a gap between count and date


class RuleFailuresPanel(Section):
    """Read-only; loads on a reader thread when the editor opens, after a publish, on Refresh."""

    open_rule = Signal(str)  # Enter or a double click on a failure: edit that rule

    def __init__(
        self, rulebook: RuleBookService, runner: Runner, locale: QLocale, parent=None
    ) -> None:
        super().__init__(self.tr("Failing rules  (Ctrl+Shift+F)"), parent)
        self._rulebook = rulebook
        self._runner = runner
        self._locale = locale
        self._failures: list[RuleFailureInfo] = []
        self.summary = muted("", self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.table = ReadOnlyTable(
            [
                self.tr("Rule"),
                self.tr("Version"),
                self.tr("Failed"),
                self.tr("Since"),  # first seen
                self.tr("Latest"),  # last seen
            ],
            stretch=COL_RULE,
            parent=self,
            elide=NAMES_ELIDE,
        )
        self.table.setAccessibleName(self.tr("Rule failures"))
        self.table.setSelectionMode(ReadOnlyTable.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        # Authors copy the message into a ticket or a search; keyboard users can select it too.
        self.message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # in the Tab chain too
        self.message.setAccessibleName(self.tr("Message of the selected failure"))
        self.note = muted(
            self.tr(
                "Failed counts customer evaluations that raised an error (a customer evaluated "
                "again counts again). A failing rule is skipped; the others still apply. "
                "Enter opens the rule."
            ),
            self,
        )
        self._lay_out()
        self.table.selectionModel().currentRowChanged.connect(self._show_message)
        self.table.activated.connect(self._activated)
        self.refresh_button.clicked.connect(self.refresh)
        self._show_table(False)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        self.body.addLayout(top)
        self.body.addWidget(self.table)
        self.body.addWidget(self.message)
        self.body.addWidget(self.note)

    def refresh(self) -> None:
        """Load the failures off the GUI thread; the newest request wins."""
        self.summary.setText(self.tr("Loading…"))
        self._runner.submit(
            Operation(
                work=self._rulebook.failures,
                on_success=self._fill,
                on_failure=self._failed,
                key=KEY,
            )
        )

    def focus_first(self) -> None:
        """Ctrl+Shift+F: the table, or Refresh when nothing failed (the table is hidden)."""
        target = self.table if self.table.isVisibleTo(self) else self.refresh_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def failures(self) -> list[RuleFailureInfo]:
        return list(self._failures)

    def _fill(self, failures: list[RuleFailureInfo]) -> None:
        self._failures = list(failures)
        rows = [self._row(failure) for failure in failures]
        # The rule column is the one that gets elided: its tip names the rule in full.
        tips = {
            (row, column): (f"{failure.rule_id}\n" if column == COL_RULE else "") + failure.message
            for row, failure in enumerate(failures)
            for column in range(len(rows[row]))
        }
        self.table.fill(rows, right_aligned=RIGHT, max_rows=SHOWN_ROWS, tips=tips)
        self.summary.setText(
            self.tr("%n rule failure(s) in published versions.", "", len(failures))
            if failures
            else self.tr("No rule of a published version has failed on a customer.")
        )
        self._show_table(bool(failures))
        if failures:
            self.table.setCurrentIndex(self.table.model().index(0, COL_RULE))

    def _show_table(self, shown: bool) -> None:
        # Without failures one calm line is enough; the table and notes would be empty noise.
        for widget in (self.table, self.message, self.note):
            widget.setVisible(shown)
        if not shown:
            self.message.clear()

    def _row(self, failure: RuleFailureInfo) -> tuple[str, ...]:
        return (
            failure.rule_id,
            number(failure.version, self._locale),
            number(failure.evaluations, self._locale),
            # Dates only, so the rule id keeps its room; the line below gives the times.
            day(failure.first_seen.astimezone().date(), self._locale),
            day(failure.last_seen.astimezone().date(), self._locale),
        )

    def _show_message(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self._failures):
            return
        failure = self._failures[current.row()]
        text = self.tr("%1, version %2: first %3, last %4 (customer %5)")
        values = (
            failure.rule_id,
            number(failure.version, self._locale),
            local_datetime(failure.first_seen, self._locale),
            local_datetime(failure.last_seen, self._locale),
            failure.last_customer or "—",
        )
        self.message.setText(_filled(text, values) + "\n" + failure.message)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self._failures):
            self.open_rule.emit(self._failures[index.row()].rule_id)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("Could not load rule failures: %1").replace("%1", str(error)))


def _filled(text: str, values: tuple[str, ...]) -> str:
    """%1..%n in one pass, so a message that itself says "%1" stays as written."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)
