"""The condition editor: highlighting, feature-name completion, and validation as you type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.rules.attributes import AttributeCatalogue
from app.rules.compiler import ConditionError, compile_condition
from app.rules.schema import FEATURES
from app.rules.typed_attributes import attribute_use
from app.views.common.workers import Operation, Runner
from app.views.rule_editor.attribute_completion import AttributeCompleter
from app.views.rule_editor.highlighter import ConditionHighlighter

DEBOUNCE_MS = 250
NAME_COLUMN, DESCRIPTION_COLUMN = 0, 1
_ERROR_UNDERLINE = QColor("#c0392b")


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One validation of one text: the error (with 1-based line/column) or the features read."""

    text: str
    error: ConditionError | None
    symbols: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()  # features and attributes["key"] reads, in reading order


def check_condition(text: str, catalogue: AttributeCatalogue | None = None) -> CheckResult:
    """Runs in a worker: compiling costs a fraction of a millisecond, but never on the GUI.

    With the attribute `catalogue`, custom attributes are checked too (names and types)."""
    try:
        _rule, symbols = compile_condition(text, catalogue)
    except ConditionError as error:
        return CheckResult(text, error)
    reads = tuple(
        name if key is None else f'{name}["{key}"]'
        for name, key in attribute_use(text, symbols).order
    )
    return CheckResult(text, None, symbols, reads)


def feature_model(parent: QWidget) -> QStandardItemModel:
    model = QStandardItemModel(0, 2, parent)
    for feature in FEATURES:
        name = QStandardItem(feature.name)
        description = QStandardItem(feature.description)
        name.setToolTip(feature.description)
        description.setToolTip(feature.description)
        model.appendRow([name, description])
    return model


class ConditionEdit(QPlainTextEdit):
    """Plain text with a completion popup of feature names (typing or Ctrl+Space)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.highlighter = ConditionHighlighter(self.document())
        self.completer = QCompleter(feature_model(self), self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionColumn(NAME_COLUMN)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setPopup(self._popup())
        self.completer.activated[str].connect(self.insert_completion)
        self.attributes = AttributeCompleter(self)  # inside attributes["…"]: the catalogue

    def _popup(self) -> QTreeView:
        popup = QTreeView()
        popup.setHeaderHidden(True)
        popup.setRootIsDecorated(False)
        popup.setUniformRowHeights(True)
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        popup.setMinimumWidth(560)
        return popup

    def word_before_cursor(self) -> str:
        cursor = self.textCursor()
        text = cursor.block().text()[: cursor.positionInBlock()]
        start = len(text)
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if start > 0 and text[start - 1] in ".$":  # attributes and builtins are not features
            return "\0"
        return text[start:]

    def show_completions(self, forced: bool = False) -> None:
        prefix = self.word_before_cursor()
        if prefix == "\0" or (not forced and len(prefix) < 1):
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        popup = self.completer.popup()
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        popup.resizeColumnToContents(NAME_COLUMN)
        rect = self.cursorRect()
        rect.setWidth(popup.minimumWidth())
        self.completer.complete(rect)

    def insert_completion(self, name: str) -> None:
        prefix = self.word_before_cursor().replace("\0", "")
        cursor = self.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        cursor.insertText(name)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape)
        if (popup.isVisible() or self.attributes.visible()) and event.key() in keys:
            event.ignore()  # the completer takes these
            return
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() == Qt.Key.Key_Space:
            if not self.attributes.follow("", forced=True):
                self.show_completions(forced=True)
            return
        super().keyPressEvent(event)
        typed = event.text()
        if self.attributes.follow(typed):
            popup.hide()  # a key of the mapping, not a feature
        elif typed and (typed.isalnum() or typed == "_"):
            self.show_completions()
        elif popup.isVisible():
            popup.hide()


class ConditionEditor(QWidget):
    """The edit box, the validation line beneath it, and the debounce that runs the check."""

    checked = Signal(object)  # CheckResult

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        # Where the custom attributes come from (the rule book's catalogue); called in the
        # worker with each check, so a column imported or synced meanwhile counts.
        self._catalogue: Callable[[], AttributeCatalogue] | None = None
        self.edit = ConditionEdit(self)
        self.edit.setPlaceholderText(
            self.tr(
                "e.g. last_inflow > 3 * avg_prior_inflow and consent_phone   (Ctrl+Space: names)"
            )
        )
        self.edit.setAccessibleName(self.tr("Condition"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("muted")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.last: CheckResult | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.completer.highlighted[str].connect(self._describe)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self._timer.stop()
        self.check_now()

    def set_catalogue_source(self, source: Callable[[], AttributeCatalogue]) -> None:
        """Check custom attributes against `source()` (a database read: run in the worker)."""
        self._catalogue = source

    def refresh_completion(self) -> None:
        """Load the catalogue off the GUI thread for completion inside attributes[…]."""
        if self._catalogue is None:
            return
        self._runner.submit(
            Operation(
                work=self._catalogue,
                on_success=self.edit.attributes.set_catalogue,
                key=f"attribute-catalogue-{id(self)}",
            )
        )

    def check_now(self) -> None:
        text = self.text()
        source = self._catalogue
        self._runner.submit(
            Operation(
                work=lambda: check_condition(text, source() if source is not None else None),
                on_success=self._show,
                key=f"condition-check-{id(self)}",
            )
        )

    def _describe(self, name: str) -> None:
        feature = next((f for f in FEATURES if f.name == name), None)
        if feature is not None:
            self.message.setText(f"{feature.name}: {feature.description}")

    def _show(self, result: CheckResult) -> None:
        if result.text != self.text():
            return  # typed on since; the newer check is on its way
        self.last = result
        error = result.error
        if error is None:
            reads = ", ".join(result.reads or result.symbols)
            self.message.setObjectName("muted")
            self.message.setText(
                self.tr("✓ The condition is valid. It reads: %1").replace("%1", reads)
                if reads
                else self.tr("✓ The condition is valid.")
            )
            self.edit.setExtraSelections([])
        else:
            self.message.setObjectName("fieldError")
            self.message.setText(self.error_text(error))
            self.edit.setExtraSelections(self._underline(error))
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.checked.emit(result)

    def error_text(self, error: ConditionError) -> str:
        if error.line is None:
            return error.message
        return (
            self.tr("Line %1, column %2: %3")
            .replace("%1", str(error.line))
            .replace("%2", str(error.column))
            .replace("%3", error.message)
        )

    def show_error(self, error: ConditionError) -> None:
        """An error found elsewhere (at save): shown the same way as one found while typing."""
        self.message.setObjectName("fieldError")
        self.message.setText(self.error_text(error))
        self.edit.setExtraSelections(self._underline(error))
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _underline(self, error: ConditionError) -> list[QTextEdit.ExtraSelection]:
        if error.line is None:
            return []
        block = self.edit.document().findBlockByNumber(error.line - 1)
        if not block.isValid():
            return []
        cursor = QTextCursor(block)
        column = max(0, (error.column or 1) - 1)
        cursor.setPosition(block.position() + min(column, max(0, block.length() - 1)))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
        if not cursor.hasSelection():
            cursor.movePosition(
                QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
            )
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(_ERROR_UNDERLINE)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return [selection]
