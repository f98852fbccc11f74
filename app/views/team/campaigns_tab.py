"""The team lead's campaigns: the list with results, creating, generating and closing one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.campaigns.service import CampaignService
from app.services.campaigns.values import CampaignRow, CampaignSpec, GenerateReport
from app.services.errors import AcrmError, ValidationError
from app.services.rulebook.service import RuleBookService
from app.views.common.column_fitter import ColumnFitter
from app.views.common.keyboard import keyboard_list
from app.views.common.workers import Operation, Runner
from app.views.team.campaign_form import CampaignForm
from app.views.team.campaign_load import CampaignsView, load_campaigns
from app.views.team.campaign_model import SORT_ROLE, CampaignLine, CampaignModel
from app.views.team.campaign_panel import CampaignPanel
from app.views.team.generate_job import GenerateJob
from app.views.team.reload import CoalescingLoader

FORM_WIDTH = 400  # px: the create panel's width when it opens (rule names fit whole)


class CampaignsTab(QWidget):
    """Reads on the pool, writes (create, generate, close) on the writer; never blocks."""

    loaded = Signal()
    created = Signal(str)
    generated = Signal(object)  # GenerateReport
    closed = Signal(str)
    failed = Signal(str)  # what the tab said about a refused or failed action

    def __init__(self, runner: Runner, service: CampaignService, rulebook: RuleBookService,
                 locale: QLocale, parent: QWidget | None = None,
                 today: date | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._locale = locale
        self._job: GenerateJob | None = None
        self._selected = ""  # kept across reloads
        self.model = CampaignModel(locale, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.panel = CampaignPanel(locale)
        self.form = CampaignForm(today or date.today())
        self.form.hide()
        self.new_button = QPushButton(self.tr("New campaign  %1").replace("%1", "Ctrl+N"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("muted")
        self._loader = CoalescingLoader(runner, f"campaigns-{id(self)}",
                                        lambda: load_campaigns(service, rulebook),
                                        self._show, self._load_failed)  # fmt: skip
        self._lay_out()
        self._connect()
        self._enable()

    def _make_table(self) -> QTableView:
        table = keyboard_list(QTableView())
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(CampaignModel.NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.setAccessibleName(self.tr("Campaigns"))
        # A narrow window hides first what the panel below repeats for the selected campaign.
        m = CampaignModel
        optional = (m.PRESENTED, m.TARGETED, m.GENERATED, m.REACHED, m.CAP, m.DATES, m.TEAM,
                    m.STATUS, m.ACCEPTED)  # fmt: skip
        self._fitter = ColumnFitter(table, m.TARGET, optional)
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.message, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.open_form)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.open_form,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.generate,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.form.submitted.connect(self._create)
        self.form.dismissed.connect(self.close_form)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.panel.generate_button.clicked.connect(self.generate)
        self.panel.cancel_button.clicked.connect(self.cancel_generate)
        self.panel.close_button.clicked.connect(self.panel.ask_close)
        self.panel.confirm_close.clicked.connect(self._close)

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload on a worker; calls during a load fold into one more load after it."""
        self._loader.request()

    def _show(self, view: CampaignsView) -> None:
        self.model.set_rows(view.lines)
        self._fitter.later()
        self.form.set_rules(view.rules)
        self.form.set_teams([line.row.team for line in view.lines])
        self._reselect()
        if not view.lines:
            self._say(self.tr("No campaigns yet: create one with New campaign."))
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._say(_said(error, self.tr("Could not read the campaigns: %1")), error=True)
        self.loaded.emit()

    def _reselect(self) -> None:
        found = self.model.find(self._selected)
        if found < 0:
            self._selection_changed()
            return
        index = self.proxy.mapFromSource(self.model.index(found, 0))
        self.table.selectRow(index.row())
        self._selection_changed()

    def selected_line(self) -> CampaignLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def select(self, name: str) -> None:
        self._selected = name
        self._reselect()

    def _selection_changed(self, *_args: object) -> None:
        line = self.selected_line()
        if line is not None:
            self._selected = line.row.name
        self.panel.show_line(line)
        self._enable()

    def _enable(self) -> None:
        line = self.selected_line()
        running = self._job is not None
        is_open = line is not None and line.row.status == "open"
        self.panel.generate_button.setEnabled(is_open and not running)
        self.panel.close_button.setEnabled(is_open and not running)

    # -- creating ------------------------------------------------------------------------------
    def open_form(self) -> None:
        if self.form.isHidden():
            total = self.splitter.width()
            wide = min(max(FORM_WIDTH, total * 3 // 10), total * 45 // 100)
            self.form.show()
            self.splitter.setSizes([total - wide, wide])
        self.form.name.setFocus()

    def close_form(self) -> None:
        self.form.hide()
        self.table.setFocus()

    def _create(self, spec: CampaignSpec) -> None:
        self.form.busy(True)
        self._runner.submit(Operation(work=lambda: self._service.create(spec),
                                      on_success=self._created, on_failure=self._create_failed,
                                      write=True))  # fmt: skip

    def _created(self, row: CampaignRow) -> None:
        self.form.busy(False)
        self.form.reset()
        self.form.hide()
        self._selected = row.name
        self._say(self.tr("Campaign %1 created: generate it to fill its call list.")
                  .replace("%1", row.name))  # fmt: skip
        self.created.emit(row.name)
        self.refresh()

    def _create_failed(self, error: BaseException) -> None:
        self.form.busy(False)
        if isinstance(error, ValidationError):
            self.form.show_error(error.field, error.message)
        else:
            self.form.show_error("", _said(error, self.tr("Could not create the campaign: %1")))
        self.failed.emit(str(error))

    # -- generating ----------------------------------------------------------------------------
    def generate(self) -> None:
        line = self.selected_line()
        if line is None or self._job is not None or line.row.status != "open":
            return
        self._job = job = GenerateJob(self._service, line.row.name, self)
        job.progress.connect(self.panel.show_progress)
        self.panel.start_progress(line.row.name)
        self._enable()
        self._runner.submit(Operation(work=job.work(), on_success=self._generated,
                                      on_failure=self._generate_failed, write=True))  # fmt: skip

    def cancel_generate(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.panel.cancelling()

    def _end_job(self) -> None:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None
        self.panel.stop_progress()
        self._enable()

    def _generated(self, report: GenerateReport) -> None:
        self._end_job()
        self.panel.show_report(report)
        self.generated.emit(report)
        self.refresh()

    def _generate_failed(self, error: BaseException) -> None:
        self._end_job()
        self._say(_said(error, self.tr("Could not generate the campaign: %1")), error=True)
        self.failed.emit(str(error))

    # -- closing -------------------------------------------------------------------------------
    def _close(self) -> None:
        line = self.selected_line()
        self.panel.hide_confirm()
        if line is None:
            return
        name = line.row.name
        self._runner.submit(Operation(work=lambda: self._service.close(name),
                                      on_success=self._closed,
                                      on_failure=self._close_failed, write=True))  # fmt: skip

    def _closed(self, row: CampaignRow) -> None:
        self._say(self.tr("Campaign %1 closed: its open entries are cancelled, its results stay.")
                  .replace("%1", row.name))  # fmt: skip
        self.closed.emit(row.name)
        self.refresh()

    def _close_failed(self, error: BaseException) -> None:
        self._say(_said(error, self.tr("Could not close the campaign: %1")), error=True)
        self.failed.emit(str(error))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setObjectName("fieldError" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


def _said(error: BaseException, template: str) -> str:
    """Our own errors are written for people already (the field named); others get a phrase."""
    return str(error) if isinstance(error, AcrmError) else template.replace("%1", str(error))
