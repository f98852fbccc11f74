"""The warning banner at the top of the card: one compact line per alert rule, red ones first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the rules load with the services, after the window shows
    from app.rules.decide import RaisedAlert

# One line per alert keeps the card's first rows (and the offers beside it) where they were;
# past this many, the last line sums up the rest and its tooltip lists them.
MAX_LINES = 3


class ElidedLabel(QLabel):
    """Plain text on one line, cut with "…" to the width it gets; the whole text in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        # Ignored: the text never widens the card; it takes the width the row leaves it.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        # One line even when the rule's why holds line breaks.
        flat = " ".join(self._full.split())
        width = max(self.width(), 1)
        self.setText(self.fontMetrics().elidedText(flat, Qt.TextElideMode.ElideRight, width))


class AlertLine(QFrame):
    """One alert: the severity word, then "title: why" elided, all of it in the tooltip."""

    def __init__(self, severity: str, word: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertLine")
        self.setProperty("severity", severity)
        self.severity = severity
        self.word = QLabel(word, self)
        self.word.setObjectName("alertSeverity")
        self.text = ElidedLabel(self)
        self.text.setObjectName("alertText")
        self.text.set_full_text(text)
        self.setToolTip(f"{word}: {text}")
        self.setAccessibleName(f"{word}: {text}")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        row.setSpacing(8)
        row.addWidget(self.word)
        row.addWidget(self.text, 1)


class AlertBanner(QWidget):
    """Shows the open customer's alerts (`show_alerts`); hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self.setAccessibleName(self.tr("Warnings about this customer"))
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(8, 8, 8, 0)
        self._column.setSpacing(3)
        self.lines: list[AlertLine] = []
        self.setVisible(False)

    def severity_word(self, severity: str) -> str:
        if severity == "red":
            return self.tr("Urgent")
        return self.tr("Caution")

    def show_alerts(self, alerts: Sequence[RaisedAlert]) -> None:
        """Replace the lines: red first (the rule engine sorts them), then amber."""
        self.clear()
        shown = list(alerts) if len(alerts) <= MAX_LINES else list(alerts[: MAX_LINES - 1])
        for alert in shown:
            text = f"{alert.title}: {alert.explanation}" if alert.explanation else alert.title
            self._add(AlertLine(alert.severity, self.severity_word(alert.severity), text, self))
        rest = list(alerts[len(shown) :])
        if rest:
            worst = "red" if any(a.severity == "red" for a in rest) else "amber"
            titles = "; ".join(alert.title for alert in rest)
            line = AlertLine(worst, self.tr("More alerts: %1").replace("%1", str(len(rest))),
                             titles, self)  # fmt: skip
            line.setToolTip("\n".join(f"{self.severity_word(a.severity)}: {a.title}: "
                                      f"{a.explanation}" for a in rest))  # fmt: skip
            self._add(line)
        self.setVisible(bool(self.lines))

    def clear(self) -> None:
        """No alerts: another customer is opening, or none is open."""
        for line in self.lines:
            self._column.removeWidget(line)
            line.deleteLater()
        self.lines = []
        self.setVisible(False)

    def _add(self, line: AlertLine) -> None:
        self.lines.append(line)
        self._column.addWidget(line)
