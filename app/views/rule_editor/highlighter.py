"""Syntax colours for conditions: features, keywords, strings, numbers, operators, unknown names."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.rules.schema import FEATURES_BY_NAME

KEYWORDS = frozenset({"and", "or", "not", "in", "null", "true", "false", "if", "else", "for"})
_WORD = re.compile(r"(?<![\w.$])[A-Za-z_]\w*")
_BUILTIN = re.compile(r"\$[A-Za-z_]\w*")
_NUMBER = re.compile(r"(?<![\w.])\d+(\.\d+)?")
_OPERATOR = re.compile(r"=~~|!~~|=~|!~|==|!=|<=|>=|[<>+\-*/%?:&|^]")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'?|\"(?:[^\"\\]|\\.)*\"?")
_LOOP_NAME = re.compile(r"\bfor\s+([A-Za-z_]\w*)\s+in\b")


def _format(color: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    fmt.setFontItalic(italic)
    return fmt


class ConditionHighlighter(QSyntaxHighlighter):
    """Colours one line at a time; unknown words get a dotted red underline (with text nearby)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.feature = _format("#1f4f86", bold=True)
        self.keyword = _format("#7a3e9d", bold=True)
        self.string = _format("#1d6b3a")
        self.number = _format("#a35a00")
        self.operator = _format("#5c6873")
        self.builtin = _format("#8a2517", italic=True)
        self.unknown = _format("#a3261a")
        self.unknown.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.unknown.setUnderlineColor(QColor("#a3261a"))

    def word_kind(self, word: str, local_names: set[str]) -> str:
        """feature, keyword, local (a comprehension's variable) or unknown."""
        if word in KEYWORDS:
            return "keyword"
        if word in FEATURES_BY_NAME:
            return "feature"
        return "local" if word in local_names else "unknown"

    def highlightBlock(self, text: str) -> None:
        whole = self.document().toPlainText()
        local_names = set(_LOOP_NAME.findall(whole))
        for match in _OPERATOR.finditer(text):
            self.setFormat(match.start(), len(match.group()), self.operator)
        for match in _NUMBER.finditer(text):
            self.setFormat(match.start(), len(match.group()), self.number)
        for match in _WORD.finditer(text):
            kind = self.word_kind(match.group(), local_names)
            fmt = {"keyword": self.keyword, "feature": self.feature, "unknown": self.unknown}.get(
                kind
            )
            if fmt is not None:
                self.setFormat(match.start(), len(match.group()), fmt)
        for match in _BUILTIN.finditer(text):
            self.setFormat(match.start(), len(match.group()), self.builtin)
        # Strings last: words inside them are text, not names.
        for match in _STRING.finditer(text):
            self.setFormat(match.start(), len(match.group()), self.string)
