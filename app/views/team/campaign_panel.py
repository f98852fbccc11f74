"""The selected campaign: its results in full, Generate with progress and Cancel, Close."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.campaigns.values import GenerateReport
from app.views.common.formatting import number
from app.views.team import campaign_texts as texts
from app.views.team.campaign_model import CampaignLine


class CampaignPanel(QFrame):
    """Shows one campaign; the tab wires the buttons and drives the progress."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        self._locale = locale
        self.name = ""  # the campaign shown
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.definition = QLabel()  # target, team, dates, cap: what a narrow table hides
        self.definition.setObjectName("muted")
        self.definition.setWordWrap(True)
        self.results: dict[str, QLabel] = {}
        self.generate_button = QPushButton(self.tr("Generate  %1").replace("%1", "Ctrl+G"))
        self.generate_button.setObjectName("primary")
        self.close_button = QPushButton(self.tr("Close campaign…"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Generation progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.confirm = QFrame()
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_close = QPushButton(self.tr("Close it"))
        self.keep_open = QPushButton(self.tr("Keep it open"))
        self._lay_out()
        self.keep_open.clicked.connect(self.hide_confirm)
        self.stop_progress()
        self.hide_confirm()
        self.show_line(None)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        counts = (
            ("targeted", self.tr("Targeted")), ("entries", self.tr("Entries")),
            ("reached", self.tr("Reached")), ("presented", self.tr("Presented")),
            ("accepted", self.tr("Accepted")),
        )  # fmt: skip
        for i, (key, text) in enumerate(counts):
            self._add(grid, key, text, i // 3, (i % 3) * 2, 1)
        self._add(grid, "conversion", self.tr("Conversion"), 2, 0, 5)
        self._add(grid, "declined", self.tr("Declined by reason"), 3, 0, 5)
        grid.setColumnStretch(5, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        confirm = QHBoxLayout(self.confirm)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.addWidget(self.confirm_text, 1)
        confirm.addWidget(self.confirm_close)
        confirm.addWidget(self.keep_open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.definition)
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.confirm)
        layout.addWidget(self.report)

    def _add(self, grid: QGridLayout, key: str, text: str, row: int, col: int, span: int) -> None:
        name = QLabel(text)
        name.setObjectName("muted")
        value = QLabel()
        value.setWordWrap(span > 1)
        self.results[key] = value
        grid.addWidget(name, row, col)
        grid.addWidget(value, row, col + 1, 1, span)

    def show_line(self, line: CampaignLine | None) -> None:
        self.name = "" if line is None else line.row.name
        if line is None:
            self.title.setText(self.tr("Select a campaign to see its results"))
            for value in self.results.values():
                value.clear()
            self.definition.clear()
            self.hide_confirm()
            return
        self.title.setText(self.tr("%1 · %2").replace("%1", line.row.name)
                           .replace("%2", texts.status_name(line.row.status)))  # fmt: skip
        self.definition.setText(texts.definition_text(line.row, self._locale))
        figures = line.figures
        if figures is None:
            for value in self.results.values():
                value.setText("—")
            self.results["entries"].setText(number(line.row.entries, self._locale))
            return
        for key in ("targeted", "entries", "reached", "presented", "accepted"):
            self.results[key].setText(number(getattr(figures, key), self._locale))
        self.results["conversion"].setText(
            texts.conversion_text(
                figures.conversion, figures.conversion_low, figures.conversion_high, self._locale
            )
        )
        self.results["declined"].setText(texts.declined_text(figures.declined, self._locale))

    # -- generation ----------------------------------------------------------------------------
    def start_progress(self, name: str) -> None:
        self.report.setText(self.tr("Generating %1…").replace("%1", name))
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.cancel_button.setFocus()

    def show_progress(self, done: int, total: int) -> None:
        """Runs on the GUI thread: the job's signal is queued here from the worker."""
        if total <= 0:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.setFormat(self.tr("%1 of %2 customers")
                                .replace("%1", number(done, self._locale))
                                .replace("%2", number(total, self._locale)))  # fmt: skip

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.report.setText(self.tr("Cancelling…"))

    def stop_progress(self) -> None:
        self.progress.hide()
        self.progress.reset()
        self.cancel_button.hide()

    def show_report(self, report: GenerateReport) -> None:
        self.report.setText(texts.report_words(report, self._locale))

    # -- closing -------------------------------------------------------------------------------
    def ask_close(self) -> None:
        if not self.name:
            return
        self.confirm_text.setText(self.tr("Close %1? Its open entries are cancelled; its results "
                                          "stay.").replace("%1", self.name))  # fmt: skip
        self.confirm.show()
        self.keep_open.setFocus()

    def hide_confirm(self) -> None:
        self.confirm.hide()
