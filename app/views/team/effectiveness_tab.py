"""The team lead's offer effectiveness: conversion per rule by a breakdown, and the pairs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.services.errors import AcrmError
from app.services.reports.effectiveness_values import Effectiveness
from app.services.reports.figures import Period
from app.services.reports.service import ReportService
from app.views.common.workers import Runner
from app.views.team.effectiveness_model import ConversionModel, PairsModel
from app.views.team.effectiveness_text import breakdown_choices
from app.views.team.reload import CoalescingLoader
from app.views.team.table_tab import TableTab

ERROR_COLOUR = "#b42318"


class EffectivenessTab(QWidget):
    """Reads on the pool with the workspace's period; the breakdown selector reads again."""

    loaded = Signal()  # after figures (or why they did not come) were shown

    def __init__(self, runner: Runner, reports: ReportService, period: Callable[[], Period],
                 locale: QLocale, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("effectiveness")
        self._period = period
        self._asked: tuple[Period, str | None] | None = None
        self.breakdown = QComboBox()
        for label, code in breakdown_choices():
            self.breakdown.addItem(label, code)
        self.breakdown.setAccessibleName(self.tr("Breakdown"))
        self.rules = TableTab(ConversionModel(locale, self), self.tr("Filter rules  Ctrl+F"))
        self.pairs = TableTab(PairsModel(locale, self), self.tr("Filter pairs"))
        self.note, self.error = QLabel(), QLabel()
        self.note.setObjectName("muted")
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setWordWrap(True)
        self._loader = CoalescingLoader(runner, f"effectiveness-{id(self)}",
                                        lambda: reports.effectiveness(*self._asked_now()),
                                        self._show, self._failed)  # fmt: skip
        self._lay_out()
        self.breakdown.currentIndexChanged.connect(self.refresh)

    def _lay_out(self) -> None:
        label = QLabel(self.tr("&Breakdown:"))
        label.setBuddy(self.breakdown)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.breakdown)
        top.addStretch(1)
        top.addWidget(self.note)
        lower = QWidget()
        pairs = QVBoxLayout(lower)
        pairs.setContentsMargins(0, 0, 0, 0)
        pairs.addWidget(QLabel(self.tr("Champion / challenger: uplift = challenger − champion")))
        pairs.addWidget(self.pairs, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rules)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again for the workspace's period and the chosen breakdown (one read at a time)."""
        self._asked = (self._period(), self.breakdown.currentData())
        self._loader.request()

    def _asked_now(self) -> tuple[Period, str | None]:
        """In the worker: the latest period and breakdown asked for (plain values, no widget)."""
        assert self._asked is not None
        return self._asked

    @property
    def loads(self) -> int:
        return self._loader.loads

    def _show(self, figures: Effectiveness) -> None:
        model = self.rules.model
        assert isinstance(model, ConversionModel)
        model.by = figures.by
        self.rules.set_rows(figures.groups if figures.by else figures.rules)
        self.rules.table.setColumnHidden(ConversionModel.GROUP, figures.by is None)
        self.pairs.set_rows(figures.pairs)
        if figures.rule_set_version is None:
            self.note.setText(self.tr("No rule set is published: no champion/challenger pairs."))
        else:
            self.note.setText(self.tr("Pairs from rule set version %1")
                              .replace("%1", str(figures.rule_set_version)))  # fmt: skip
        self.error.clear()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        said = str(error) if isinstance(error, AcrmError) else (str(error) or type(error).__name__)
        self.error.setText(self.tr("Could not read the effectiveness: %1").replace("%1", said))
        self.loaded.emit()

    # -- the workspace's shortcuts -------------------------------------------------------------
    def focus_filter(self) -> None:
        self.rules.focus_filter()

    def export_model(self):
        """What CSV export writes: the conversion table as shown."""
        return self.rules.export_model()
