"""'Test on the open customer' (Ctrl+T): does the rule being edited fire for them, and why."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.rules.definition import RuleDefinition
from app.services.nba.service import NbaService, RuleTest
from app.views.common.value_format import QLocaleFormatter
from app.views.common.widgets import Section, badge, muted, set_badge
from app.views.common.workers import Operation, Runner

PREVIEW_PAUSE_MS = 600


class RuleTestPanel(Section):
    """Runs NbaService.try_rule in a worker; shows the verdict, the why, missing data or errors."""

    def __init__(
        self,
        nba: NbaService,
        runner: Runner,
        locale: QLocale,
        current_customer: Callable[[], uuid.UUID | None],
        current_rule: Callable[[], RuleDefinition | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Test on the open customer"), parent)
        self._nba = nba
        self._runner = runner
        self._formatter = QLocaleFormatter(locale)  # the same formatting as the offer panel
        self._current_customer = current_customer
        self._current_rule = current_rule
        self.button = QPushButton(self.tr("Test on the open customer  Ctrl+T"), self)
        self.button.clicked.connect(self.run)
        self.verdict = badge(self.tr("not tested yet"), "neutral", self)
        # Verdict under the button: side by side they cut the button's label in a narrow column.
        row = QHBoxLayout()
        row.addWidget(self.verdict)
        row.addStretch(1)
        self.body.addWidget(self.button)
        self.hint = muted("", self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.script = muted("", self)
        self.body.addLayout(row)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.details)
        self.body.addWidget(self.script)
        self.body.addStretch(1)
        # Live preview: an edit of the condition or the why is tried on the open customer once
        # typing pauses, so the author sees the why as the consultant will, beside the form.
        self._preview = QTimer(self)
        self._preview.setSingleShot(True)
        self._preview.setInterval(PREVIEW_PAUSE_MS)
        self._preview.timeout.connect(self._run_preview)
        self.refresh_customer()

    def refresh_customer(self) -> None:
        """Enable the test only with a customer open (called when the editor is activated)."""
        has_customer = self._current_customer() is not None
        self.button.setEnabled(has_customer)
        self.hint.setText(
            self.tr("Tests the rule as it is in the form now, saved or not; records nothing.")
            if has_customer
            else self.tr("Open a customer in the main window to test the rule on them.")
        )

    def preview_soon(self) -> None:
        """Called on every edit: the test reruns once the author stops typing."""
        self._preview.start()

    def cancel_preview(self) -> None:
        self._preview.stop()

    def _run_preview(self) -> None:
        # A half-typed condition is not worth a "cannot test": the preview waits for a valid one.
        if self._current_customer() is not None and self._current_rule() is not None:
            self.run()

    def run(self) -> None:
        self.refresh_customer()
        customer = self._current_customer()
        if customer is None:
            return
        rule = self._current_rule()
        if rule is None:
            set_badge(self.verdict, self.tr("cannot test"), "warn")
            self.details.setText(self.tr("Fix the fields marked in red first."))
            return
        set_badge(self.verdict, self.tr("testing…"), "neutral")
        formatter = self._formatter
        self._runner.submit(
            Operation(
                work=lambda: self._nba.try_rule(rule, customer, formatter=formatter),
                on_success=self._show,
                on_failure=self._failed,
                key="rule-test",
            )
        )

    def _show(self, test: RuleTest) -> None:
        self.script.clear()
        # Whom the verdict is about: the main window may have moved on to another customer.
        self.hint.setText(self.tr("Tested on %1").replace("%1", test.customer))
        if test.error:
            set_badge(self.verdict, self.tr("Error"), "bad")
            self.details.setText(
                self.tr("The rule fails on this customer: %1").replace("%1", test.error)
            )
        elif test.fires:
            set_badge(self.verdict, self.tr("Fires"), "ok")
            self.details.setText(self.tr("Why: %1").replace("%1", test.explanation))
            if test.script:
                shown = self.tr("Banner: %1") if test.banner else self.tr("Script: %1")
                self.script.setText(shown.replace("%1", test.script))
        else:
            set_badge(self.verdict, self.tr("Does not fire"), "neutral")
            lines = []
            if test.missing:
                lines.append(self.tr("No data for: %1").replace("%1", ", ".join(test.missing)))
            if test.explanation:
                lines.append(self.tr("The customer's facts: %1").replace("%1", test.explanation))
            self.details.setText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        set_badge(self.verdict, self.tr("Error"), "bad")
        self.details.setText(str(error))
