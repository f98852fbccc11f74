"""The card's "Value and risk" section: value tier and CLV, activity, churn risk, segment and
product affinity, each with its why, and the as-of date of the model that said so."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.services.analytics.records import CustomerAnalytics
from app.views.common.widgets import Section, muted
from app.views.customer import value_risk_text as words

AFFINITY_SHOWN = 3  # the best picks; the rest are in the rules' features
# The badges' colours of style.qss (QLabel#badge[state=…]): background, text.
BADGE_COLOURS = {
    "ok": ("#dcf1e4", "#1d5e3a"),
    "bad": ("#fbe0dc", "#8a2517"),
    "warn": ("#fdecc8", "#7a4a00"),
    "info": ("#e0ecfa", "#1f4f86"),
    "neutral": ("#e8ebef", "#36404a"),
}


class ValueRiskSection(Section):
    """Labels reused between customers; None (not scored yet) is one quiet line."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Value and risk"), parent)
        self._locale = locale
        self.not_scored = muted(self.tr("Not scored yet — run analytics refresh"), self)
        self.body.addWidget(self.not_scored)
        self.facts = QWidget(self)
        grid = QGridLayout(self.facts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        # A badge inside the line's own text: on a narrow card the line wraps after it, where
        # a badge column would squeeze the figures into a strip (Russian at 1024 px).
        self.value = self._row(0, self.tr("Value"))
        self.activity = self._row(1, self.tr("Activity"))
        self.churn = self._row(2, self.tr("Churn risk"))
        self.segment = self._row(3, self.tr("Segment"))
        self.segment_why = self._text(4, 1)
        self.segment_why.setObjectName("muted")
        self.affinity = self._row(5, self.tr("Suggestions"))
        self.model = self._text(6, 0, span=2)
        self.model.setObjectName("muted")
        self.states: dict[str, str] = {}  # "value" / "churn" -> the badge's state (its colour)
        self.body.addWidget(self.facts)
        self.show_analytics(None)

    def _row(self, row: int, name: str) -> QLabel:
        label = QLabel(name, self.facts)
        label.setObjectName("muted")
        self._grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        return self._text(row, 1)

    def _text(self, row: int, column: int, span: int = 1) -> QLabel:
        label = QLabel(self.facts)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._grid.addWidget(label, row, column, 1, span, Qt.AlignmentFlag.AlignTop)
        return label

    def show_analytics(self, analytics: CustomerAnalytics | None) -> None:
        self.not_scored.setVisible(analytics is None)
        self.facts.setVisible(analytics is not None)
        if analytics is None:
            self.setAccessibleDescription(self.not_scored.text())
            return
        loc = self._locale
        tier, risk = analytics.value_tier, analytics.churn_risk
        self.states = {"value": words.TIER_STATE.get(tier, "neutral"),
                       "churn": words.RISK_STATE.get(risk, "neutral")}  # fmt: skip
        self._badged(self.value, words.tier_name(tier), "value", words.clv_text(analytics, loc))
        self.activity.setText(words.activity_text(analytics, loc))
        self._badged(self.churn, words.risk_name(risk), "churn", words.churn_text(analytics, loc))
        self.segment.setText(words.segment_text(analytics))
        why = words.segment_why(analytics)
        self.segment.setToolTip(why)
        self.segment_why.setText(why)
        self.segment_why.setVisible(bool(why))
        self._show_affinity(analytics)
        self.model.setText(words.model_text(analytics, loc))
        self.setAccessibleDescription("; ".join(self.texts()))

    def _badged(self, label: QLabel, badge_text: str, key: str, rest: str) -> None:
        background, colour = BADGE_COLOURS[self.states[key]]
        pill = escape(f" {badge_text} ").replace(" ", "&nbsp;")
        label.setText(
            f'<span style="background-color:{background}; color:{colour}; font-weight:600">'
            f"{pill}</span>&nbsp; {escape(rest)}"
        )
        label.setAccessibleName(f"{badge_text}, {rest}")

    def _show_affinity(self, analytics: CustomerAnalytics) -> None:
        picks = analytics.affinity[:AFFINITY_SHOWN]
        if not picks:
            self.affinity.setText(self.tr("No product stands out."))
            self.affinity.setToolTip("")
            return
        loc = self._locale
        self.affinity.setText("\n".join(f"• {words.affinity_why(p, loc)}" for p in picks))
        self.affinity.setToolTip("\n".join(words.affinity_tip(p, loc) for p in picks))

    def texts(self) -> list[str]:
        """What the section says, in reading order, as plain text (tests, screen readers)."""
        if self.not_scored.isVisibleTo(self):
            return [self.not_scored.text()]
        labels = [self._grid.itemAt(i).widget() for i in range(self._grid.count())]
        shown = [label for label in labels if label.text() and not label.isHidden()]
        return [label.accessibleName() or plain(label) for label in shown]


def plain(label: QLabel) -> str:
    """A label's text as read: rich text without its markup, no-break spaces as spaces."""
    if label.textFormat() == Qt.TextFormat.RichText or "<span" in label.text():
        document = QTextDocument()
        document.setHtml(label.text())
        return document.toPlainText().replace("\u00a0", " ")
    return label.text()
