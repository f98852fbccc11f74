"""The console's Rule versions tab: published versions, a diff, and rollback confirmed in place.

Rolling back republishes the chosen version's rules as the next version (on the server when
there is one: the server decides whether this login may), through the rule book service.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import AcrmError
from app.services.rulebook.service import RuleBookService, RuleChange, VersionInfo, diff_rules
from app.views.common.column_fitter import ColumnFitter
from app.views.common.formatting import local_datetime
from app.views.common.keyboard import keyboard_list
from app.views.common.table_model import Column, RowTableModel
from app.views.common.workers import Operation, Runner


def said(error: BaseException) -> str:
    """A failure in one line: a service's own message, else the first line of what happened."""
    if isinstance(error, AcrmError):
        return str(error)
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


class VersionsModel(RowTableModel[VersionInfo]):
    def __init__(self, locale: QLocale, parent=None) -> None:
        self._locale = locale
        super().__init__(parent)

    def columns(self) -> Sequence[Column[VersionInfo]]:
        return (
            Column(self.tr("Version"), lambda v: str(v.version), right=True),
            Column(self.tr("Published"), lambda v: local_datetime(v.published_at, self._locale)),
            Column(self.tr("By"), lambda v: v.published_by),
            Column(self.tr("Rules"), lambda v: str(v.rule_count), right=True),
            Column(self.tr("Note"), self._note),
        )

    def _note(self, info: VersionInfo) -> str:
        note = info.note
        if info.copied_from:
            copy = self.tr("copy of version %1").replace("%1", str(info.copied_from))
            note = f"{note} ({copy})" if note else copy
        if info.problem:
            skipped = self.tr("skipped by desks: %1").replace("%1", info.problem)
            note = f"{note} — {skipped}" if note else skipped
        return note


class RuleVersionsTab(QWidget):
    """Select a version; Alt+P/Alt+C compare it, Alt+R asks (here, not in a dialog) to roll back."""

    def __init__(self, runner: Runner, rulebook: RuleBookService, locale: QLocale,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("ruleVersions")
        self._runner, self._book = runner, rulebook
        self.model = VersionsModel(locale, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self._fitter = ColumnFitter(self.table, self.model.columnCount() - 1, ())  # note
        keyboard_list(self.table)
        self.previous = QPushButton(self.tr("Compare with the previous (Alt+P)"), self)
        self.current = QPushButton(self.tr("Compare with the current (Alt+C)"), self)
        self.rollback = QPushButton(self.tr("Roll back to this version… (Alt+R)"), self)
        for button, key, slot in (
            (self.previous, "Alt+P", lambda: self._compare(against_current=False)),
            (self.current, "Alt+C", lambda: self._compare(against_current=True)),
            (self.rollback, "Alt+R", self._ask),
        ):
            button.clicked.connect(slot)
            QShortcut(QKeySequence(key), self, activated=slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        buttons = QHBoxLayout()
        for button in (self.previous, self.current, self.rollback):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.confirm = QFrame(self)
        self.confirm.setObjectName("rollbackConfirm")
        self.confirm.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(self.confirm)
        self.question.setWordWrap(True)
        self.yes = QPushButton(self.tr("Roll back"), self.confirm)
        self.no = QPushButton(self.tr("Cancel"), self.confirm)
        self.yes.clicked.connect(self._roll_back)
        self.no.clicked.connect(self._cancel)
        row = QHBoxLayout(self.confirm)
        row.addWidget(self.question, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self.confirm.hide()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.confirm, activated=self._cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setObjectName("ruleDiff")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status)
        layout.addWidget(self.diff, 1)
        self._asked: int | None = None

    # -- loading -------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Rule versions")

    def refresh(self) -> None:
        self._runner.submit(Operation(work=self._book.versions, on_success=self._show,
                                      on_failure=self._failed, key="admin-versions"))  # fmt: skip

    def _show(self, versions: list[VersionInfo]) -> None:
        self.model.set_rows(versions)
        if versions and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        if not versions:
            self.status.setText(self.tr("No rule set has been published yet."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Could not do it: %1").replace("%1", said(error)))

    def selected(self) -> VersionInfo | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    # -- diff ----------------------------------------------------------------------------------
    def _compare(self, *, against_current: bool) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        versions = [info.version for info in self.model.rows()]
        if against_current:
            old, new = chosen.version, max(versions)
        else:
            older = [v for v in versions if v < chosen.version]
            if not older:
                self.status.setText(self.tr("Version %1 is the first: nothing before it.")
                                    .replace("%1", str(chosen.version)))  # fmt: skip
                return
            old, new = max(older), chosen.version

        def work() -> tuple[int, int, list[RuleChange]]:
            before = self._book.version_rules(old)[1]
            after = self._book.version_rules(new)[1]
            return old, new, diff_rules(before, after)

        self._runner.submit(Operation(work=work, on_success=self._show_diff,
                                      on_failure=self._failed, key="admin-rule-diff"))  # fmt: skip

    def _show_diff(self, result: tuple[int, int, list[RuleChange]]) -> None:
        old, new, changes = result
        words = {"added": self.tr("added"), "removed": self.tr("removed"),
                 "changed": self.tr("changed")}  # fmt: skip
        head = self.tr("Version %1 → version %2: %n rule(s) differ", "", len(changes))
        lines = [head.replace("%1", str(old)).replace("%2", str(new))]
        for change in changes:
            sign = {"added": "+", "removed": "-"}.get(change.change, "~")
            lines.append(f"{sign} {change.rule_id} ({words[change.change]})")
            for name, before, after in change.fields:
                lines.append(f"    {name}: {_json(before)} → {_json(after)}")
        self.diff.setPlainText("\n".join(lines))
        self.status.clear()

    # -- rollback, confirmed in the panel ------------------------------------------------------
    def _ask(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._asked = chosen.version
        latest = max(info.version for info in self.model.rows())
        self.question.setText(
            self.tr("Publish version %1's rules again as version %2? Every desk gets them at its "
                    "next sync; your draft is replaced by them.")
            .replace("%1", str(chosen.version)).replace("%2", str(latest + 1))
        )  # fmt: skip
        self.confirm.show()
        self.no.setFocus()  # a stray Enter cancels rather than publishes

    def _cancel(self) -> None:
        self._asked = None
        self.confirm.hide()
        self.table.setFocus()

    def _roll_back(self) -> None:
        version, self._asked = self._asked, None
        self.confirm.hide()
        if version is None:
            return
        self.status.setText(self.tr("Rolling back to version %1…").replace("%1", str(version)))
        self._runner.submit(Operation(
            work=lambda: self._book.rollback(version), write=True, key="admin-rule-rollback",
            on_success=lambda number: self._rolled_back(version, number), on_failure=self._failed,
        ))  # fmt: skip

    def _rolled_back(self, version: int, number: int) -> None:
        self.status.setText(self.tr("Published version %1, a copy of version %2.")
                            .replace("%1", str(number)).replace("%2", str(version)))  # fmt: skip
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.refresh()
        self.table.setFocus()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
