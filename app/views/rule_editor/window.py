"""The rule editor window: draft rules on the left, the form in the middle, tools on the right."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.rules.definition import RuleDefinition
from app.services.errors import NotFound
from app.services.rulebook.versions import BadRuleSetVersion
from app.views.common.adaptive_splitter import AdaptiveSplitter
from app.views.common.fit_columns import fit_columns
from app.views.common.keyboard import keyboard_list
from app.views.common.widgets import NAMES_ELIDE, muted
from app.views.common.workers import Operation, Runner
from app.views.rule_editor.failures_panel import RuleFailuresPanel
from app.views.rule_editor.rule_form import RuleForm
from app.views.rule_editor.rule_list_model import (
    COL_ACTION,
    COL_ENABLED,
    COL_KIND,
    COL_NAME,
    COL_PRIORITY,
    COL_STATUS,
    COL_VALUE,
    RuleListModel,
)
from app.views.rule_editor.rule_test_panel import RuleTestPanel
from app.views.rule_editor.simulation_panel import SimulationPanel
from app.views.rule_editor.versions_panel import VersionsPanel

if TYPE_CHECKING:
    from app.bootstrap import Services

TAB_TEST, TAB_SIMULATE, TAB_VERSIONS = 0, 1, 2


class RuleEditorWindow(QMainWindow):
    """For business users: change a rule, test it on the open customer, simulate, publish."""

    def __init__(
        self,
        services: Services,
        runner: Runner,
        locale: QLocale,
        current_customer: Callable[[], uuid.UUID | None],
    ) -> None:
        super().__init__()
        self.services = services
        self.runner = runner
        self.setWindowTitle(self.tr("Rules — aCRM Desk"))
        self.model = RuleListModel(locale, self)
        self.form = RuleForm(services.rulebook, runner, locale)
        self.test_panel = RuleTestPanel(
            services.nba, runner, locale, current_customer, self.form.current_rule
        )
        self.simulation = SimulationPanel(services.simulation, services.rulebook, runner, locale)
        self.versions = VersionsPanel(services.rulebook, runner, locale)
        self.failures = RuleFailuresPanel(services.rulebook, runner, locale)
        self._sized = False
        self.setCentralWidget(self._build())
        self._connect()
        self._shortcuts()
        self.reload()
        self.versions.refresh()
        self.failures.refresh()

    def _build(self) -> QWidget:
        self.table = keyboard_list(QTableView())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Draft rules"))
        self.table.setTextElideMode(NAMES_ELIDE)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # The form shows action and value; the list keeps what tells rules apart at a glance.
        self.table.setColumnHidden(COL_ACTION, True)
        self.table.setColumnHidden(COL_VALUE, True)
        self.table.setColumnHidden(COL_KIND, True)
        self.table.setWordWrap(False)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_rule_columns)
        self.model.modelReset.connect(self._fit_timer.start)
        self.table.installEventFilter(self)  # resized: the columns are fitted again
        left = QWidget()
        left.setMinimumWidth(260)  # names elide in the middle, whole in their tips
        column = QVBoxLayout(left)
        column.setContentsMargins(10, 10, 4, 10)
        title = QLabel(self.tr("Draft rules  (Ctrl+L)"))
        title.setObjectName("sectionTitle")
        column.addWidget(title)
        column.addWidget(self.table, 1)
        column.addWidget(self.failures)  # beside the rules they concern, seen on opening
        column.addWidget(
            muted(self.tr("Changes stay in the draft until you publish them (Versions tab)."))
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.test_panel, self.tr("Test  Alt+1"))
        self.tabs.addTab(self.simulation, self.tr("Simulate  Alt+2"))
        self.tabs.addTab(self.versions, self.tr("Versions  Alt+3"))
        middle = QWidget()
        box = QVBoxLayout(middle)
        box.setContentsMargins(4, 10, 4, 10)
        box.addWidget(self.form)
        # Form and tools side by side on a wide screen; the tools under the form at 1024 px.
        work = AdaptiveSplitter()
        work.addWidget(middle)
        work.addWidget(self.tabs)
        work.setStretchFactor(0, 1)
        self.tabs.setMinimumWidth(320)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(work)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._work = work
        self._outer = splitter
        return splitter

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.form.saved.connect(lambda rule_id: self.reload(rule_id))
        self.form.deleted.connect(lambda _rule_id: self.reload())
        self.versions.published.connect(lambda _v: self.reload(self._form_rule_id()))
        self.versions.published.connect(lambda _v: self.failures.refresh())
        self.failures.open_rule.connect(self._open_rule)
        self.form.fields.edited.connect(self.test_panel.preview_soon)
        # A preview still pending when the form's widgets go (the window closing) must not run.
        self.form.fields.destroyed.connect(self.test_panel.cancel_preview)

    def _shortcuts(self) -> None:
        bindings = (
            ("Ctrl+T", self._test),
            ("F5", self._simulate),
            ("Escape", self.simulation.cancel),
            ("Ctrl+Shift+P", self._publish),
            ("Ctrl+L", self.table.setFocus),
            ("Ctrl+Shift+F", self.failures.focus_first),
            ("Alt+1", lambda: self.tabs.setCurrentIndex(TAB_TEST)),
            ("Alt+2", lambda: self.tabs.setCurrentIndex(TAB_SIMULATE)),
            ("Alt+3", lambda: self.tabs.setCurrentIndex(TAB_VERSIONS)),
        )
        for keys, slot in bindings:
            QShortcut(QKeySequence(keys), self, activated=slot)

    def _test(self) -> None:
        self.tabs.setCurrentIndex(TAB_TEST)
        self.test_panel.run()

    def _simulate(self) -> None:
        self.tabs.setCurrentIndex(TAB_SIMULATE)
        self.simulation.run()

    def _publish(self) -> None:
        """First press: to the publish note; pressed again in the note: publish (as Enter)."""
        if self.versions.note.hasFocus():
            self.versions.publish()
            return
        self.tabs.setCurrentIndex(TAB_VERSIONS)
        self.versions.note.setFocus()

    def _open_rule(self, rule_id: str) -> None:
        row = self.model.row_of(rule_id)
        if row >= 0:  # a rule since deleted from the draft has nothing to open
            self._select_row(row)
        if self._form_rule_id() == rule_id:  # not when unsaved edits kept another rule open
            self.form.fields.condition.edit.setFocus()

    def _form_rule_id(self) -> str | None:
        original = self.form.original
        return original.id if original is not None else None

    # --- data --------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Reload the draft (and the published rules to mark what changed)."""
        rulebook = self.services.rulebook

        def work() -> tuple[list[RuleDefinition], list[RuleDefinition]]:
            try:
                published = rulebook.version_rules()[1]
            except (NotFound, BadRuleSetVersion):  # nothing usable published to compare with
                published = []
            return rulebook.draft(), published

        self.runner.submit(
            Operation(
                work=work,
                on_success=lambda data: self._loaded(data, select),
                key="rule-editor-draft",
            )
        )

    def _loaded(self, data: tuple[list[RuleDefinition], list[RuleDefinition]], select) -> None:
        draft, published = data
        self.model.set_rules(draft, published)
        row = (
            self.model.row_of(select)
            if select
            else (0 if draft and not self.form.is_dirty() else -1)
        )
        if select is None and self.form.original is not None:
            row = self.model.row_of(self.form.original.id)
        if row >= 0:
            self._select_row(row)
        self.versions.show_diff()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COL_NAME)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        opened = self.form.request_open(self.model.rule(current.row()))
        if not opened and self.form.original is not None:
            back = self.model.row_of(self.form.original.id)
            if back >= 0 and back != current.row():
                self.table.selectionModel().blockSignals(True)
                self._select_row(back)
                self.table.selectionModel().blockSignals(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Imports and sync change the catalogue: read it again each time the editor opens.
        self.form.fields.condition.refresh_completion()
        if not self._sized:
            # The rules list a quarter of the width: at 1366 px form and tools stay side by side.
            self._sized = True
            width = self._outer.width()
            left = max(self._outer.widget(0).minimumSizeHint().width(), min(420, width * 27 // 100))
            self._outer.setSizes([left, width - left])

    def _fit_rule_columns(self) -> None:
        # Disabled rules are greyed and the form shows the priority: those columns give way.
        fit_columns(
            self.table,
            COL_NAME,
            optional=(COL_ENABLED, COL_PRIORITY),
            columns=(COL_NAME, COL_PRIORITY, COL_ENABLED, COL_STATUS),
            stretch_room=150,
        )

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        # The consultant may have opened another customer in the main window meanwhile.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.test_panel.refresh_customer()
        super().changeEvent(event)
