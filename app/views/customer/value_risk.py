"""The card's "Value and risk" section: value tier and CLV, activity, churn risk, segment and
product affinity, each with its why, and the as-of date of the model that said so."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.services.analytics.records import CustomerAnalytics
from app.views.common.widgets import Section, badge, muted, set_badge
from app.views.customer import value_risk_text as words

AFFINITY_SHOWN = 3  # the best picks; the rest are in the rules' features


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
        grid.setColumnStretch(2, 1)
        self._grid = grid
        self.value_tier = self._badge_row(0, self.tr("Value"))
        self.clv = self._text(0, 2)
        self.activity = self._row(1, self.tr("Activity"))
        self.churn_risk = self._badge_row(2, self.tr("Churn risk"))
        self.churn = self._text(2, 2)
        self.segment = self._row(3, self.tr("Segment"))
        self.segment_why = self._text(4, 1, span=2)
        self.segment_why.setObjectName("muted")
        self.affinity = self._row(5, self.tr("Suggestions"))
        self.model = self._text(6, 0, span=3)
        self.model.setObjectName("muted")
        self.body.addWidget(self.facts)
        self.show_analytics(None)

    def _row(self, row: int, name: str) -> QLabel:
        self._name(row, name)
        return self._text(row, 1, span=2)

    def _badge_row(self, row: int, name: str) -> QLabel:
        self._name(row, name)
        label = badge("", "neutral", self.facts)
        self._grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _name(self, row: int, name: str) -> None:
        label = QLabel(name, self.facts)
        label.setObjectName("muted")
        self._grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)

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
        tier = analytics.value_tier
        set_badge(self.value_tier, words.tier_name(tier), words.TIER_STATE.get(tier, "neutral"))
        self.clv.setText(words.clv_text(analytics, loc))
        self.activity.setText(words.activity_text(analytics, loc))
        risk = analytics.churn_risk
        set_badge(self.churn_risk, words.risk_name(risk), words.RISK_STATE.get(risk, "neutral"))
        self.churn.setText(words.churn_text(analytics, loc))
        self.segment.setText(words.segment_text(analytics))
        why = words.segment_why(analytics)
        self.segment.setToolTip(why)
        self.segment_why.setText(why)
        self.segment_why.setVisible(bool(why))
        self._show_affinity(analytics)
        self.model.setText(words.model_text(analytics, loc))
        self.setAccessibleDescription("; ".join(self.texts()))

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
        """What the section says, in reading order (for tests and screen readers)."""
        if self.not_scored.isVisibleTo(self):
            return [self.not_scored.text()]
        labels = [
            self._grid.itemAt(i).widget() for i in range(self._grid.count())
        ]  # in the order added: row by row, name first
        return [
            label.text()
            for label in labels
            if isinstance(label, QLabel) and label.text() and not label.isHidden()
        ]
