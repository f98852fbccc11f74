"""Completing custom attribute names inside `attributes["…"]` in the condition editor."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit, QTreeView

from app.rules.attributes import AttributeKind

translate = QCoreApplication.translate
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the bare name: what the typed prefix is matched with

# `attributes[`, optional spaces, then either a quote and the name typed so far (any text but
# a quote or bracket: column names come from CSV headers) or a bare word (no quote yet).
_CONTEXT = re.compile(r"""(?<![\w$.])attributes\s*\[\s*(?:(["'])([^"'\]\n]*)|(\w*))$""")
# What may follow the cursor and belongs to the name being completed: the rest of the name,
# its closing quote and bracket (typed already, or left from an earlier completion).
_REST = re.compile(r"""\w*["']?\]?""")


def kind_word(kind: AttributeKind) -> str:
    """The type in the author's language, as the import inferred it."""
    words = {
        AttributeKind.INT: translate("AttributeCompletion", "whole number"),
        AttributeKind.DECIMAL: translate("AttributeCompletion", "decimal number"),
        AttributeKind.BOOL: translate("AttributeCompletion", "yes/no"),
        AttributeKind.DATE: translate("AttributeCompletion", "date"),
        AttributeKind.TEXT: translate("AttributeCompletion", "text"),
    }
    return words.get(kind, words[AttributeKind.TEXT])


@dataclass(frozen=True, slots=True)
class AttributeContext:
    """The cursor inside `attributes[…`: where the key starts, its quote and the typed prefix."""

    start: int  # position in the block where the key (with its quote) starts
    quote: str  # the quote typed, or "" when none is typed yet
    prefix: str


def attribute_context(before: str) -> AttributeContext | None:
    """The attribute key being typed at the end of `before` (the block up to the cursor)."""
    found = _CONTEXT.search(before)
    if found is None:
        return None
    if found.group(1):
        return AttributeContext(found.start(1), found.group(1), found.group(2))
    return AttributeContext(found.start(3), "", found.group(3))


def fill_model(model: QStandardItemModel, catalogue: Mapping[str, AttributeKind]) -> None:
    """`"name"` and its type word, one row per attribute, in name order."""
    model.removeRows(0, model.rowCount())
    for name in sorted(catalogue):
        word = kind_word(catalogue[name])
        shown = QStandardItem(f'"{name}"')
        shown.setData(name, NAME_ROLE)
        shown.setToolTip(f'attributes["{name}"]: {word}')
        model.appendRow([shown, QStandardItem(word)])


class AttributeCompleter(QObject):
    """A second completer on the condition edit, active only inside `attributes[…`."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self.model = QStandardItemModel(0, 2, self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionRole(NAME_ROLE)
        popup = QTreeView()
        popup.setHeaderHidden(True)
        popup.setRootIsDecorated(False)
        popup.setUniformRowHeights(True)
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        popup.setMinimumWidth(360)
        self.completer.setPopup(popup)
        self.completer.activated[QModelIndex].connect(self._activated)
        popup.installEventFilter(self)  # after the completer's filter, so it runs first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QCompleter's popup passes Tab on (the edit would move the focus): here Tab picks the
        # highlighted name, as Enter does.
        popup = self.completer.popup()
        if (
            watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
        ):
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self._activated(index)
            return True
        return super().eventFilter(watched, event)

    def set_catalogue(self, catalogue: Mapping[str, AttributeKind]) -> None:
        fill_model(self.model, catalogue)

    def visible(self) -> bool:
        return self.completer.popup().isVisible()

    def context(self) -> AttributeContext | None:
        cursor = self._edit.textCursor()
        return attribute_context(cursor.block().text()[: cursor.positionInBlock()])

    def follow(self, typed: str, forced: bool = False) -> bool:
        """After a key: inside `attributes[…` show the matching names and say so (True)."""
        context = self.context()
        popup = self.completer.popup()
        if context is None:
            popup.hide()
            return False
        if not typed and not forced:
            return True
        self.completer.setCompletionPrefix(context.prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return True
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        popup.resizeColumnToContents(0)
        rect = self._edit.cursorRect()
        rect.setWidth(popup.minimumWidth())
        self.completer.complete(rect)
        return True

    def _activated(self, index: QModelIndex) -> None:
        name = index.data(NAME_ROLE)
        if name is not None:
            self.insert(str(name))

    def insert(self, name: str) -> None:
        """`"name"]` in place of the typed key; a closing quote or bracket already there is
        reused, not doubled; the cursor ends after the bracket."""
        context = self.context()
        if context is None:
            return
        cursor = self._edit.textCursor()
        block = cursor.block()
        quote = context.quote or '"'
        after = block.text()[cursor.positionInBlock() :]
        rest = _REST.match(after)
        end = cursor.positionInBlock() + (rest.end() if rest else 0)
        cursor.setPosition(block.position() + context.start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(f"{quote}{name}{quote}]")
        self._edit.setTextCursor(cursor)
        self.completer.popup().hide()
