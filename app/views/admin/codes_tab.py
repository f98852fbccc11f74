"""The console's Wrap-up codes tab: the catalogue, edited from the keyboard.

F2 (or typing) edits a label in place and Enter saves it; Delete deactivates the selected
code and Insert reactivates it (codes are never deleted: history refers to them); the form
under the table adds a code (Enter in any of its fields). Every change goes through the
catalogue service on the writer thread; a refusal is shown naming the field, and the table
is reloaded from the database so it never shows what was not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.codes import CatalogueCode, WrapUpCatalogue
from app.views.admin.rule_versions_tab import said
from app.views.common.column_fitter import ColumnFitter
from app.views.common.workers import Operation, Runner

LANGUAGES = ("pl", "ru", "en")
ENGLISH_COLUMN = 3  # code, Polish, Russian, English, active: the one that may stay empty
CODE, ACTIVE = 0, 4  # columns; the labels are 1-3, in LANGUAGES order


class CodesTab(QWidget):
    def __init__(self, runner: Runner, catalogue: WrapUpCatalogue, locale: QLocale,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        del locale  # codes and labels are shown as written
        self.setObjectName("wrapupCodes")
        self._runner, self._catalogue = runner, catalogue
        self._loading = False
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by code or label (Ctrl+F)"))
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Polish"), self.tr("Russian"), self.tr("English"),
             self.tr("Active")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)  # fmt: skip
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self._fitter = ColumnFitter(self.table, ENGLISH_COLUMN, ())  # the optional label
        self.table.itemChanged.connect(self._edited)
        context = Qt.ShortcutContext.WidgetShortcut
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.deactivate,
                  context=context)  # fmt: skip
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=self.reactivate,
                  context=context)  # fmt: skip
        self.toggle = QPushButton(self.tr("Deactivate / reactivate"), self)
        self.toggle.clicked.connect(self._toggle)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("New code"))
        self.labels = {lang: QLineEdit(self) for lang in LANGUAGES}
        hints = {"pl": self.tr("Label in Polish"), "ru": self.tr("Label in Russian"),
                 "en": self.tr("Label in English (optional)")}  # fmt: skip
        for lang, edit in self.labels.items():
            edit.setPlaceholderText(hints[lang])
        self.add = QPushButton(self.tr("Add code"), self)
        self.add.clicked.connect(self.add_code)
        for edit in (self.code, *self.labels.values()):
            edit.returnPressed.connect(self.add_code)
        self.status = QLabel(self)
        self.status.setObjectName("codesStatus")
        self.status.setWordWrap(True)
        form = QHBoxLayout()
        for widget in (self.code, *self.labels.values(), self.add):
            form.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.toggle)
        actions.addWidget(QLabel(self.tr("F2 edits a label · Delete deactivates · "
                                         "Insert reactivates"), self), 1)  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self._codes: list[CatalogueCode] = []

    # -- loading -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Wrap-up codes")

    def refresh(self, message: str = "") -> None:
        """Reload the table; `message` (what was just saved or refused) shows once it has."""

        def shown(codes: list[CatalogueCode]) -> None:
            self._show(codes)
            if message:
                self.status.setText(message)

        self._runner.submit(Operation(work=self._catalogue.list, on_success=shown,
                                      on_failure=self._failed, key="admin-codes"))  # fmt: skip

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _show(self, codes: list[CatalogueCode]) -> None:
        current = self.selected_code()
        self._codes = codes
        self._loading = True
        try:
            self.table.setRowCount(len(codes))
            for row, entry in enumerate(codes):
                cells = [entry.code, *(entry.label(lang) for lang in LANGUAGES),
                         self.tr("yes") if entry.active else self.tr("no")]  # fmt: skip
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column in (CODE, ACTIVE):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, column, item)
                if entry.code == current:
                    self.table.setCurrentCell(row, self.table.currentColumn())
        finally:
            self._loading = False
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row, entry in enumerate(self._codes):
            shown = [entry.code, *(entry.label(lang) for lang in LANGUAGES)]
            self.table.setRowHidden(row, bool(needle) and not any(
                needle in value.casefold() for value in shown))  # fmt: skip

    def selected_code(self) -> str | None:
        row = self.table.currentRow()
        return self._codes[row].code if 0 <= row < len(self._codes) else None

    # -- changes -------------------------------------------------------------------------------
    def _edited(self, item: QTableWidgetItem) -> None:
        if self._loading or not 0 < item.column() < ACTIVE:
            return
        code = self._codes[item.row()].code
        lang, text = LANGUAGES[item.column() - 1], item.text()
        self._write(lambda: self._catalogue.set_label(code, lang, text),
                    self.tr("%1: label saved.").replace("%1", code))  # fmt: skip

    def deactivate(self) -> None:
        self._set_active(False)

    def reactivate(self) -> None:
        self._set_active(True)

    def _toggle(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._codes):
            self._set_active(not self._codes[row].active)

    def _set_active(self, active: bool) -> None:
        code = self.selected_code()
        if code is None:
            return
        if active:
            self._write(lambda: self._catalogue.reactivate(code),
                        self.tr("%1 is offered again.").replace("%1", code))  # fmt: skip
        else:
            self._write(lambda: self._catalogue.deactivate(code),
                        self.tr("%1 is no longer offered; contacts that used it keep it.")
                        .replace("%1", code))  # fmt: skip

    def add_code(self) -> None:
        code = self.code.text()
        labels = {lang: edit.text() for lang, edit in self.labels.items()}

        def added(_entry: CatalogueCode) -> None:
            for edit in (self.code, *self.labels.values()):
                edit.clear()
            self.code.setFocus()

        self._write(lambda: self._catalogue.add(code, labels),
                    self.tr("%1 added.").replace("%1", code.strip()), added)  # fmt: skip

    def _write(self, work, done: str, then=None) -> None:
        def succeeded(entry: CatalogueCode) -> None:
            if then is not None:
                then(entry)
            self.refresh(done)

        self._runner.submit(Operation(work=work, on_success=succeeded, on_failure=self._refused,
                                      write=True))  # fmt: skip

    def _refused(self, error: BaseException) -> None:
        # The table shows what is stored again, not the refused edit.
        self.refresh(self.tr("Not saved: %1").replace("%1", said(error)))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Not saved: %1").replace("%1", said(error)))
