"""A console tab's frame: filter (Ctrl+F), sortable table, action buttons, and a panel below.

The panel holds the fields of the action in hand and the outcome: a refusal is said there, in
place, never in a modal dialog; Esc closes it, Enter applies it. Work goes through the runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AcrmError
from app.views.admin.people_model import KEY_ROLE, SORT_ROLE
from app.views.common.column_fitter import ColumnFitter
from app.views.common.keyboard import keyboard_list
from app.views.common.table_model import RowTableModel
from app.views.common.workers import Operation, Runner
from app.views.common.wrapping_row import WrappingRow

ERROR_STYLE = "color: #a00000;"
# The context is named: tr() in a base class would look under the subclass's name.
translate = QCoreApplication.translate


class TablePanelTab(QWidget):
    """`model` rows, shown through `proxy` in `table`; `panel` for one action at a time."""

    stretch_column = 0  # the column that takes the width the others' content leaves

    def __init__(
        self, runner: Runner, model: RowTableModel, filter_hint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(filter_hint)
        self.filter.setAccessibleName(filter_hint)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = keyboard_list(QTableView(self))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fitter = ColumnFitter(self.table, self.stretch_column, ())
        # Wraps to three buttons a line when the window is narrow (Russian labels at 1024 px).
        self.actions_row = WrappingRow(self, spacing=6, narrow_columns=3)
        self.panel = QFrame(self)
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel_fields = QHBoxLayout()
        self.apply_button = QPushButton(self.panel)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self._apply)
        self.close_button = QPushButton(translate("TablePanelTab", "Close (Esc)"), self.panel)
        self.close_button.clicked.connect(self.close_panel)
        self.panel_fields.addWidget(self.apply_button)
        self.panel_fields.addWidget(self.close_button)
        self.panel_fields.addStretch(1)
        self.message = QLabel(self.panel)
        self.message.setObjectName("panelMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addLayout(self.panel_fields)
        panel_layout.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.actions_row)
        layout.addWidget(self.panel)
        self._pending: Callable[[], Callable[[], Any]] | None = None
        self._done: Callable[[Any], str] | None = None
        self.panel.hide()
        self.shortcut("Esc", self.close_panel)
        self.shortcut("Return", self._apply_if_open)
        self.shortcut("Enter", self._apply_if_open)

    # --- for the tabs ---------------------------------------------------------------------

    def shortcut(self, key: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(key), self, activated=slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def action_button(self, text: str, key: str, slot: Callable[[], None]) -> QPushButton:
        """A button that says its shortcut, and the shortcut itself (tab-wide)."""
        button = QPushButton(f"{text}  {QKeySequence(key).toString()}", self)
        button.clicked.connect(slot)
        self.actions_row.add(button)
        self.shortcut(key, slot)
        return button

    def selected_key(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def open_panel(
        self, apply_text: str, make_work: Callable[[], Callable[[], Any]],
        done: Callable[[Any], str], fields: tuple[QWidget, ...] = (), prompt: str = "",
    ) -> None:  # fmt: skip
        """Show the fields of one action. Enter calls `make_work` here, on the GUI thread (it
        reads the fields), and runs the work it returns in the background; `done` words the
        result in the panel."""
        for index in range(self.panel_fields.count() - 3):
            widget = self.panel_fields.itemAt(index).widget()
            if widget is not None and widget not in fields:
                widget.hide()
        for position, widget in enumerate(fields):
            self.panel_fields.insertWidget(position, widget)
            widget.show()
        self.apply_button.setText(apply_text)
        self.apply_button.setEnabled(True)
        self._pending, self._done = make_work, done
        self.say(prompt)
        self.panel.show()
        (fields[0] if fields else self.apply_button).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_panel(self) -> None:
        self.panel.hide()
        self._pending = None
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def load(self, work: Callable[[], list], key: str) -> None:
        self._runner.submit(Operation(work=work, on_success=self._loaded,
                                      on_failure=self._refused, key=key))  # fmt: skip

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # --- internals ------------------------------------------------------------------------

    def _loaded(self, rows: list) -> None:
        chosen = self.selected_key()
        self.model.set_rows(rows)
        if chosen is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(KEY_ROLE) == chosen:
                    self.table.setCurrentIndex(self.proxy.index(row, 0))
                    break
        elif self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _apply_if_open(self) -> None:
        if self.panel.isVisible() and self.apply_button.isEnabled():
            self._apply()

    def _apply(self) -> None:
        if self._pending is None:
            return
        work, done = self._pending(), self._done
        self.apply_button.setEnabled(False)
        self.say(translate("TablePanelTab", "Working…"))
        self._runner.submit(Operation(
            work=work, on_success=lambda result: self._applied(done, result),
            on_failure=self._refused, write=True))  # fmt: skip

    def _applied(self, done: Callable[[Any], str] | None, result: Any) -> None:
        self._pending = None
        self.say(done(result) if done else "")
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self.apply_button.setEnabled(self._pending is not None)
        shown = (
            str(error)
            if isinstance(error, AcrmError)
            else translate("TablePanelTab", "Failed: %1").replace(
                "%1", str(error).splitlines()[0] if str(error) else type(error).__name__
            )
        )
        self.say(shown, error=True)
        self.panel.show()

    def refresh(self) -> None:
        raise NotImplementedError
