"""Reserved frame for next-best-action offers (the rules engine fills it in a later release)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.widgets import Section, muted


class NextBestActionPanel(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Next best action"), parent)
        self.setObjectName("nbaPanel")
        self.placeholder = muted(
            self.tr(
                "Offers and reminders chosen by the bank's rules will appear here, "
                "with the reason each one is shown or held back."
            ),
            self,
        )
        self.body.addWidget(self.placeholder)
        self.body.addStretch(1)
