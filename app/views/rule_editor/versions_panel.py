"""Published versions: compare any two (or one with the draft), publish with a note, roll back."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from app.services.rulebook.service import RuleBookService, RuleChange, VersionInfo, diff_rules
from app.views.common.formatting import local_datetime
from app.views.common.keyboard import keyboard_list
from app.views.common.labels import rule_change_name
from app.views.common.widgets import NAMES_ELIDE, ReadOnlyTable, Section, muted
from app.views.common.workers import Operation, Runner

DRAFT = -1  # the compare-with combo's value for the working copy
COL_BEFORE, COL_AFTER = 3, 4  # of the diff: rule, change, field, before, after


class VersionsPanel(Section):
    published = Signal(int)  # a new version exists (published or rolled back)

    def __init__(
        self, rulebook: RuleBookService, runner: Runner, locale: QLocale, parent=None
    ) -> None:
        super().__init__(self.tr("Versions and publishing"), parent)
        self._rulebook = rulebook
        self._runner = runner
        self._locale = locale
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What changed and why (shown in the history)"))
        self.publish_button = QPushButton(self.tr("Publish draft  Ctrl+Shift+P"), self)
        self.publish_button.setObjectName("primary")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("muted")
        self.versions = keyboard_list(QListWidget(self))
        self.versions.setMaximumHeight(150)
        self.versions.setWordWrap(True)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compare_with = QComboBox(self)
        self.rollback_button = QPushButton(self.tr("Roll back to this version…"), self)
        self.confirm_button = QPushButton(self.tr("Yes, roll back"), self)
        self.confirm_button.hide()
        self.diff = ReadOnlyTable(
            [
                self.tr("Rule"),
                self.tr("Change"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ],
            stretch=COL_AFTER,
            parent=self,
            elide=NAMES_ELIDE,
        )
        # Before and after side by side, sharing the width: a long condition must not push
        # "After" out of sight.
        for column in (COL_BEFORE, COL_AFTER):
            self.diff.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.diff_summary = muted("", self)
        self._lay_out()
        self.publish_button.clicked.connect(self.publish)
        self.note.returnPressed.connect(self.publish)
        self.versions.currentRowChanged.connect(lambda _row: self.show_diff())
        self.compare_with.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.rollback_button.clicked.connect(self.ask_rollback)
        self.confirm_button.clicked.connect(self.rollback)

    def _lay_out(self) -> None:
        publish = QHBoxLayout()
        publish.addWidget(self.note, 1)
        publish.addWidget(self.publish_button)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare the selected version with"), self))
        compare.addWidget(self.compare_with, 1)
        rollback = QHBoxLayout()
        rollback.addWidget(self.rollback_button)
        rollback.addWidget(self.confirm_button)
        rollback.addStretch(1)
        self.body.addLayout(publish)
        self.body.addWidget(self.message)
        self.body.addWidget(self.versions)
        self.body.addLayout(rollback)
        self.body.addLayout(compare)
        self.body.addWidget(self.diff_summary)
        self.body.addWidget(self.diff)
        self.body.addStretch(1)

    def refresh(self) -> None:
        self._runner.submit(
            Operation(work=self._rulebook.versions, on_success=self._fill, key="rule-versions")
        )

    def _fill(self, versions: list[VersionInfo]) -> None:
        self.versions.blockSignals(True)
        self.compare_with.blockSignals(True)
        self.versions.clear()
        self.compare_with.clear()
        self.compare_with.addItem(self.tr("the draft"), DRAFT)
        for info in versions:
            item = QListWidgetItem(self._version_text(info))
            item.setData(Qt.ItemDataRole.UserRole, info.version)
            self.versions.addItem(item)
            self.compare_with.addItem(
                self.tr("version %1").replace("%1", str(info.version)), info.version
            )
        self.versions.setCurrentRow(0 if versions else -1)
        self.versions.blockSignals(False)
        self.compare_with.blockSignals(False)
        self.rollback_button.setEnabled(bool(versions))
        self.show_diff()

    def _version_text(self, info: VersionInfo) -> str:
        text = (
            self.tr("Version %1 · %2 · %3 · %4 rules")
            .replace("%1", str(info.version))
            .replace("%2", local_datetime(info.published_at, self._locale))
            .replace("%3", info.published_by)
            .replace("%4", str(info.rule_count))
        )
        text += f" — {info.note}" if info.note else ""
        if info.problem:  # written with SQL, not published here: desks skip it
            text += " — " + self.tr("not a rule set, skipped by desks: %1").replace(
                "%1", info.problem
            )
        return text

    def selected_version(self) -> int | None:
        item = self.versions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_diff(self) -> None:
        old, new = self.selected_version(), self.compare_with.currentData()
        if old is None:
            self.diff_summary.setText(self.tr("Nothing published yet: publish the draft first."))
            self.diff.fill([])
            return
        rulebook = self._rulebook

        def work() -> list[RuleChange]:
            after = rulebook.draft() if new == DRAFT else rulebook.version_rules(new)[1]
            return diff_rules(rulebook.version_rules(old)[1], after)

        self._runner.submit(Operation(work=work, on_success=self._show_diff, key="rule-diff"))

    def _show_diff(self, changes: list[RuleChange]) -> None:
        rows: list[tuple[str, ...]] = []
        for change in changes:
            if not change.fields:
                rows.append((change.rule_id, rule_change_name(change.change), "", "", ""))
            for field, before, after in change.fields:
                rows.append(
                    (
                        change.rule_id,
                        rule_change_name(change.change),
                        field,
                        _shown(before),
                        _shown(after),
                    )
                )
        self.diff.fill(rows, max_rows=12)
        self.diff_summary.setText(
            self.tr("No differences.")
            if not changes
            else self.tr("%n rule(s) differ.", "", len(changes))
        )

    def publish(self) -> None:
        note = self.note.text().strip()
        self._say(self.tr("Publishing…"))
        self._runner.submit(
            Operation(
                work=lambda: self._rulebook.publish(note),
                on_success=self._published,
                on_failure=lambda e: self._say(
                    self.tr("Not published: %1").replace("%1", str(e)), True
                ),
                write=True,
            )
        )

    def _published(self, version: int) -> None:
        self.note.clear()
        self._say(
            self.tr("Published as version %1; new evaluations use it.").replace("%1", str(version))
        )
        self.refresh()
        self.published.emit(version)

    def ask_rollback(self) -> None:
        version = self.selected_version()
        if version is None:
            return
        self._say(
            self.tr(
                "Rolling back replaces the draft with version %1 and publishes it as a new "
                "version. Unpublished draft changes are lost."
            ).replace("%1", str(version))
        )
        self.confirm_button.show()
        self.confirm_button.setFocus()

    def rollback(self) -> None:
        self.confirm_button.hide()
        version = self.selected_version()
        if version is None:
            return
        note = self.note.text().strip()
        self._runner.submit(
            Operation(
                work=lambda: self._rulebook.rollback(version, note),
                on_success=self._published,
                on_failure=lambda e: self._say(str(e), True),
                write=True,
            )
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.confirm_button.hide()
        self.message.setObjectName("fieldError" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    return str(value).replace("\n", " ⏎ ")
