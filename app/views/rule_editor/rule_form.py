"""Editing one draft rule: inline validation, save, new, disable, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.rules.compiler import RuleCompileError, check_rule
from app.rules.definition import RuleDefinition, RuleDefinitionError, parse_rule
from app.rules.why_check import why_mismatches
from app.services.rulebook.service import RuleBookError, RuleBookService
from app.views.common.down_scroll import DownOnlyScroll
from app.views.common.workers import Operation, Runner
from app.views.common.wrapping_row import WrappingRow
from app.views.rule_editor.rule_fields import RuleFields, blank_rule


class RuleForm(QWidget):
    """Never loses typed text: a refused save keeps everything and says which field is wrong."""

    saved = Signal(str)  # rule id
    deleted = Signal(str)

    def __init__(
        self, rulebook: RuleBookService, runner: Runner, locale: QLocale, parent=None
    ) -> None:
        super().__init__(parent)
        self._rulebook = rulebook
        self._runner = runner
        self._original: RuleDefinition | None = None  # as stored; None for a new rule
        self._dirty = False
        self._removed: RuleDefinition | None = None  # the last deleted rule, for Undo
        self.fields = RuleFields(runner, locale, self)
        self.fields.condition.set_catalogue_source(rulebook.catalogue)
        self.fields.edited.connect(self._edited)
        self._make_bar()
        self._lay_out()
        self._shortcuts()
        self.new_rule()

    def _make_bar(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("customerName")
        # A long rule name must not widen the window: it is cut, with the full name as a tip.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton(self.tr("Save draft  Ctrl+S"), self)
        self.save_button.setObjectName("primary")
        self.new_button = QPushButton(self.tr("New rule  Ctrl+N"), self)
        self.enable_button = QPushButton(self.tr("Disable"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldError")
        self.confirm_button = QPushButton(self.tr("Yes, delete it"), self)
        self.keep_button = QPushButton(self.tr("Keep it"), self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.discard_button = QPushButton(self.tr("Discard my changes"), self)
        self._pending: RuleDefinition | None = None  # asked to open while there were edits
        for button in self._notice_buttons():
            button.hide()
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_rule)
        self.enable_button.clicked.connect(self.toggle_enabled)
        self.delete_button.clicked.connect(self.ask_delete)
        self.confirm_button.clicked.connect(self.delete)
        self.keep_button.clicked.connect(self._clear_message)
        self.undo_button.clicked.connect(self.undo_delete)
        self.discard_button.clicked.connect(self.discard)

    def _notice_buttons(self) -> tuple[QPushButton, ...]:
        return (self.confirm_button, self.discard_button, self.keep_button, self.undo_button)

    def _lay_out(self) -> None:
        bar = WrappingRow(self)  # two lines in a narrow window rather than a wider one
        for button in (self.new_button, self.enable_button, self.delete_button, self.save_button):
            bar.add(button)
        notice = QHBoxLayout()
        notice.addWidget(self.message, 1)
        for button in self._notice_buttons():
            notice.addWidget(button)
        scroll = DownOnlyScroll(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(bar)
        layout.addLayout(notice)
        layout.addWidget(scroll, 1)

    def _shortcuts(self) -> None:
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+N", self.new_rule)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # --- state -------------------------------------------------------------------------------
    @property
    def original(self) -> RuleDefinition | None:
        return self._original

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, rule: RuleDefinition) -> None:
        self._original = rule
        self.fields.clear_errors()
        self.fields.fill(rule)
        self._set_clean()

    def request_open(self, rule: RuleDefinition) -> bool:
        """Open `rule` unless there are unsaved edits; then ask inline and return False."""
        if not self._dirty or (self._original is not None and self._original.id == rule.id):
            if not self._dirty:
                self.load(rule)
            return True
        self._pending = rule
        self._say(
            self.tr(
                "You have unsaved changes. Save them (Ctrl+S), or discard them to open “%1”."
            ).replace("%1", rule.name),
            error=False,
        )
        self.discard_button.show()
        self.keep_button.show()
        return False

    def discard(self) -> None:
        """Drop the edits and open the rule that was asked for (or the stored version)."""
        rule = self._pending or self._original
        self._pending = None
        self._clear_message()
        if rule is None:
            self.new_rule()
        else:
            self.load(rule)

    def new_rule(self) -> None:
        self._original = None
        self.fields.clear_errors()
        self.fields.fill(blank_rule())
        self._set_clean()
        self.fields.id.setFocus()

    def _set_clean(self) -> None:
        self._dirty = False
        self._update_title()
        self.enable_button.setText(
            self.tr("Disable") if self.fields.enabled.isChecked() else self.tr("Enable")
        )
        self.enable_button.setEnabled(self._original is not None)
        self.delete_button.setEnabled(self._original is not None)

    def _edited(self) -> None:
        self._dirty = True
        self._update_title()

    def _update_title(self) -> None:
        name = self.fields.name.text().strip() or self.tr("New rule")
        self.title.setText(name + (self.tr("  (unsaved changes)") if self._dirty else ""))
        self.title.setToolTip(name)

    # --- validation and saving ---------------------------------------------------------------
    def current_rule(self) -> RuleDefinition | None:
        """The form as a rule, or None after showing what is wrong beside the field."""
        self.fields.clear_errors()
        try:
            rule = parse_rule(self.fields.to_dict())
            # Untyped here, on the GUI thread (no database read): save_rule types the custom
            # attributes in the worker and a refusal comes back to _save_failed.
            check_rule(rule, catalogue=None)
        except RuleDefinitionError as error:
            self._field_error(error.field, error.message)
            return None
        except RuleCompileError as error:
            self._compile_error(error)
            return None
        return rule

    def _field_error(self, field: str, message: str) -> None:
        self.fields.show_error(field, message)
        self.fields.focus_field(field)
        self._say(self.tr("Not saved: fix the field marked in red (%1).").replace("%1", field))

    def _compile_error(self, error: RuleCompileError) -> None:
        if error.field == "condition":
            self.fields.condition.show_error(error.error)
        self._field_error(error.field, self.fields.condition.error_text(error.error))

    def save(self) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        replaces = self._original.id if self._original is not None else None
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"), error=False)
        self._runner.submit(
            Operation(
                work=lambda: self._rulebook.save_rule(rule, replaces=replaces),
                on_success=lambda _none: self._saved(rule),
                on_failure=self._save_failed,
                write=True,
            )
        )

    def _saved(self, rule: RuleDefinition) -> None:
        self.save_button.setEnabled(True)
        self.load(rule)
        drift = why_mismatches(rule.condition, rule.why)
        if drift:
            # Saved all the same: the author decides; consultants would read the why as fact.
            self._say(
                self.tr("Saved to the draft, but check the why: %1").replace("%1", "; ".join(drift))
            )
        else:
            self._say(self.tr("Saved to the draft. Publish to make it live."), error=False)
        self.saved.emit(rule.id)

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        problems = getattr(error, "problems", ())
        if problems and isinstance(problems[0], RuleCompileError):
            self._compile_error(problems[0])
            return
        if isinstance(error, RuleBookError) and "id is already used" in str(error):
            self.fields.show_error("id", self.tr("This id is already used by another rule."))
        self._say(self.tr("Not saved — your changes are kept. %1").replace("%1", str(error)))

    def toggle_enabled(self) -> None:
        self.fields.enabled.setChecked(not self.fields.enabled.isChecked())
        self.save()

    # --- delete with undo --------------------------------------------------------------------
    def ask_delete(self) -> None:
        if self._original is None:
            return
        self._say(
            self.tr(
                "Delete “%1” from the draft? The published version keeps it until you publish."
            ).replace("%1", self._original.name),
            error=False,
        )
        self.confirm_button.show()
        self.keep_button.show()
        self.confirm_button.setFocus()

    def delete(self) -> None:
        rule = self._original
        if rule is None:
            return
        self._runner.submit(
            Operation(
                work=lambda: self._rulebook.delete_rule(rule.id),
                on_success=lambda _none: self._deleted(rule),
                on_failure=lambda e: self._say(str(e)),
                write=True,
            )
        )

    def _deleted(self, rule: RuleDefinition) -> None:
        self._removed = rule
        self.new_rule()
        self._say(self.tr("Deleted “%1” from the draft.").replace("%1", rule.name), error=False)
        self.undo_button.show()
        self.deleted.emit(rule.id)

    def undo_delete(self) -> None:
        rule = self._removed
        if rule is None:
            return
        self._removed = None
        self._runner.submit(
            Operation(
                work=lambda: self._rulebook.save_rule(rule),
                on_success=lambda _none: self._saved(rule),
                on_failure=lambda e: self._say(str(e)),
                write=True,
            )
        )

    def _say(self, text: str, error: bool = True) -> None:
        for button in self._notice_buttons():
            button.hide()
        self.message.setObjectName("fieldError" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def _clear_message(self) -> None:
        self._say("", error=False)
