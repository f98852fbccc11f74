"""The team lead's workspace window: Agents, Offers and Hours, refreshed after every pull.

Other tabs (campaigns, the team queue) join through `add_tab`; a tab that has `refresh()` is
refreshed with the rest, and one with `focus_filter()` / `export_model()` gets Ctrl+F / Ctrl+E.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AcrmError
from app.services.reports.service import ReportService
from app.views.common.workers import Operation, Runner
from app.views.team.agents_model import AgentsModel
from app.views.team.csv_table import write_csv
from app.views.team.hours_tab import HoursTab
from app.views.team.loading import WorkspaceFigures, load_figures
from app.views.team.offers_model import OffersModel
from app.views.team.period import PeriodPicker
from app.views.team.table_tab import TableTab

FILTER_KEY, EXPORT_KEY, REFRESH_KEY = "Ctrl+F", "Ctrl+E", "F5"
ERROR_COLOUR = "#b42318"


def desk_time_zone() -> str:
    """The desktop's IANA zone (figures are counted by the lead's local day); UTC if unknown."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return "UTC"
    return name


class TeamWorkspaceWindow(QMainWindow):
    """Non-modal; every read goes through the runner, one refresh at a time (see `refresh`)."""

    refreshed = Signal()  # after each refresh has been shown (or has failed)

    def __init__(
        self,
        runner: Runner,
        reports: ReportService,
        is_lead: Callable[[], bool],
        locale: QLocale,
        parent: QWidget | None = None,
        *,
        tz: str | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._reports, self._is_lead = runner, reports, is_lead
        self._locale = QLocale(locale)
        self._tz = tz or desk_time_zone()
        self._clock = clock or (lambda: datetime.now(ZoneInfo(self._tz)))
        self._running = self._pending = False
        self._extra: list[QWidget] = []
        self.loads = 0  # refreshes started (coalesced ones never start)
        self.ask_path: Callable[[str], str] = self._ask_path  # a save dialog; tests give a path
        self.setWindowTitle(self.tr("Team workspace — aCRM Desk"))
        self.period = PeriodPicker(self._locale, self._clock().date(), self._tz)
        self.period.changed.connect(self.refresh)
        self.agents = TableTab(AgentsModel(self._locale, self), self.tr("Filter agents  Ctrl+F"))
        self.agents.setObjectName("agents")
        self.offers = TableTab(OffersModel(self._locale, self), self.tr("Filter rules  Ctrl+F"))
        self.offers.setObjectName("offers")
        self.hours = HoursTab(self._locale)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agents, self.tr("Agents"))
        self.tabs.addTab(self.offers, self.tr("Offers"))
        self.tabs.addTab(self.hours, self.tr("Hours"))
        self.notice, self.updated, self.error = QLabel(), QLabel(), QLabel()
        self._build()
        QShortcut(QKeySequence(FILTER_KEY), self, activated=self.focus_filter)
        QShortcut(QKeySequence(EXPORT_KEY), self, activated=self.export_current)
        QShortcut(QKeySequence(REFRESH_KEY), self, activated=self.refresh)

    def _build(self) -> None:
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.updated.setObjectName("muted")
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.updated)
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        self.setCentralWidget(root)
        self.resize(1200, 760)

    # -- tabs from elsewhere -------------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> int:
        """A tab of its own making; its `refresh()` (if any) runs with every workspace refresh."""
        self._extra.append(widget)
        return self.tabs.addTab(widget, title)

    # -- refreshing ----------------------------------------------------------------------------
    def pulled(self, *_args: object) -> None:
        """After a sync pull: figures may have changed on other desks. Hidden: next opening."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """One read at a time; asks that arrive meanwhile become one more read after it."""
        if self._running:
            self._pending = True
            return
        self._running, self._pending = True, False
        self.loads += 1
        now = self._clock()
        self.period.set_today(now.date())
        period = self.period.period()
        for tab in self._extra:
            if callable(getattr(tab, "refresh", None)):
                tab.refresh()
        reports, is_lead = self._reports, self._is_lead
        self._runner.submit(Operation(work=lambda: load_figures(reports, is_lead, period, now),
                                      on_success=self._show, on_failure=self._failed))  # fmt: skip

    def _show(self, figures: WorkspaceFigures) -> None:
        self.notice.setVisible(not figures.lead)
        if not figures.lead:
            self.notice.setText(self.tr("The team workspace needs the team_lead role "
                                        "(ask an administrator)."))  # fmt: skip
        self.agents.set_rows(figures.agents)
        self.offers.set_rows(figures.offers)
        now = self._clock()
        if figures.hourly is not None:
            self.hours.show_figures(figures.hourly, figures.agents_today, now.hour)
        at = self._locale.toString(now.time(), "HH:mm")
        self.updated.setText(self.tr("updated %1").replace("%1", at))
        self.error.clear()
        self._finished()

    def _failed(self, error: BaseException) -> None:
        """The last figures stay; one quiet line says the new ones did not come."""
        said = str(error) if isinstance(error, AcrmError) else (str(error) or type(error).__name__)
        self.error.setText(self.tr("Could not refresh the figures: %1").replace("%1", said))
        self._finished()

    def _finished(self) -> None:
        self._running = False
        self.refreshed.emit()
        if self._pending:
            self.refresh()

    # -- filter and export ---------------------------------------------------------------------
    def focus_filter(self) -> None:
        focus = getattr(self.tabs.currentWidget(), "focus_filter", None)
        if callable(focus):
            focus()

    def export_current(self) -> None:
        tab = self.tabs.currentWidget()
        shown = getattr(tab, "export_model", None)
        if not callable(shown):
            self.updated.setText(self.tr("This tab has no table to export."))
            return
        name = f"{tab.objectName() or 'table'}-{self._clock().date().isoformat()}.csv"
        path = self.ask_path(name)
        if not path:
            return
        try:
            rows = write_csv(Path(path), shown())
        except AcrmError as error:  # names the file and why it could not be written
            self.error.setText(self.tr("Could not save %1: %2").replace("%1", path)
                               .replace("%2", str(error)))  # fmt: skip
            return
        self.error.clear()
        self.updated.setText(self.tr("%n row(s) saved to %1", "", rows).replace("%1", path))

    def _ask_path(self, name: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the table"), name, self.tr("CSV files (*.csv)")
        )
        return path
