"""One offer in the next-best-action panel: name, script, "why", channel and its outcome."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.views.common import formatting
from app.views.common.labels import channel_name, decline_reason_name, offer_outcome_name
from app.views.common.widgets import badge, muted, set_badge
from app.views.nba.outcome import OutcomeControls
from app.views.nba.texts import score_text

if TYPE_CHECKING:  # the rules and services load after the window shows
    from app.rules.decide import OfferedAction
    from app.services.nba.offers import SavedOutcome

OUTCOME_KEYS = {
    Qt.Key.Key_A: "accepted",
    Qt.Key.Key_D: "declined",
    Qt.Key.Key_L: "later",
    Qt.Key.Key_N: "not_relevant",
}
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class OfferWidget(QFrame):
    """Focusable: A / D / L / N record the outcome, Up / Down move to the next offer."""

    outcomeChosen = Signal(object, str, str, object)  # self, outcome, reason, callback_at
    moveFocus = Signal(object, int)  # self, -1 up / +1 down
    focused = Signal(object)  # a widget of this offer got the focus: scroll it into view

    def __init__(
        self, action: OfferedAction, locale: QLocale, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.presentation_id: uuid.UUID | None = None
        self._saving = False
        self._locale = locale
        self.setObjectName("nbaOffer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(action.rule_name)
        self.setAccessibleDescription(self.tr("Keys: A accept, D decline, L later, N not relevant"))
        self.name = QLabel(action.rule_name, self)
        self.name.setObjectName("offerName")
        self.name.setWordWrap(True)
        self.channel = muted(channel_name(action.channel), self)
        self.channel.setWordWrap(False)
        self.script = QLabel(action.script, self)
        self.script.setObjectName("offerScript")
        self.script.setWordWrap(True)
        self.script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        why = self.tr("Why: %1").replace("%1", action.explanation)
        weighed = score_text(action, locale)
        self.why = muted(f"{why}\n{weighed}" if weighed else why, self)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.controls = OutcomeControls(self)
        self.controls.chosen.connect(self._chosen)
        self.controls.backToOffer.connect(self.take_focus)
        self.controls.stepShown.connect(self.focused)
        self.result = badge("", "neutral", self)
        self.result.hide()
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.expanded = True
        self._layout()

    def set_expanded(self, expanded: bool) -> None:
        """Collapsed offers show only their name (the panel shares a short column with the
        wrap-up form); the one in focus shows its script, why and buttons."""
        self.expanded = expanded
        for widget in (self.script, self.why):
            widget.setVisible(expanded)
        self.controls.setVisible(expanded and not self.done)
        self.name.setText(self.action.rule_name if expanded else f"▸ {self.action.rule_name}")
        self.setProperty("collapsed", not expanded)

    def mousePressEvent(self, event) -> None:  # a click on a collapsed offer opens it
        self.take_focus()
        super().mousePressEvent(event)

    def _layout(self) -> None:
        heading = QHBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(self.name, 1)
        heading.addWidget(self.channel, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(heading)
        for widget in (self.script, self.why, self.controls, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.result, 0, Qt.AlignmentFlag.AlignLeft)

    # -- state ---------------------------------------------------------------------------------
    def set_presentation(self, presentation_id: uuid.UUID) -> None:
        self.presentation_id = presentation_id
        self.controls.set_ready(True)

    def _chosen(self, outcome: str, reason: str, callback_at: object) -> None:
        if self._saving or self.done or self.presentation_id is None:
            return  # a second Enter while the first save runs must not record twice
        self._saving = True
        self.error.hide()
        self.controls.set_ready(False)
        self.outcomeChosen.emit(self, outcome, reason, callback_at)

    def show_saved(self, saved: SavedOutcome, callback_at: datetime | None) -> None:
        """The outcome replaces the buttons: "Accepted ✓ 12:41"."""
        self._saving = False
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is self or self.isAncestorOf(focus))
        if had_focus:
            self.take_focus()  # before the reason list or time edit disappears with the focus
        self.controls.finish()
        self.error.hide()
        text, state = self._outcome_text(saved, callback_at)
        at = _local_time(saved.recorded_at, self._locale)
        set_badge(self.result, f"{text} ✓ {at}", state)
        self.result.show()
        if had_focus:
            self.moveFocus.emit(self, 1)  # on to the next offer: one key per offer in a call

    def show_error(self, message: str) -> None:
        """A failed save keeps the choice open; the message says what is wrong."""
        self._saving = False
        self.error.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error.show()
        self.controls.set_ready(self.presentation_id is not None)

    @property
    def done(self) -> bool:
        return self.result.isVisibleTo(self)

    def _outcome_text(self, saved: SavedOutcome, callback_at: datetime | None) -> tuple[str, str]:
        if saved.outcome == "accepted":
            return offer_outcome_name(saved.outcome), "ok"
        if saved.outcome == "declined":
            return self.tr("Declined: %1").replace(
                "%1", decline_reason_name(saved.reason)
            ), "neutral"
        if saved.outcome == "later":
            when = formatting.local_datetime(callback_at, self._locale)
            return self.tr("Callback %1").replace("%1", when), "info"
        return offer_outcome_name(saved.outcome), "neutral"

    # -- keyboard ------------------------------------------------------------------------------
    def take_focus(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = event.modifiers() in PLAIN
        if plain and key in OUTCOME_KEYS and not self.done:
            self.controls.start(OUTCOME_KEYS[key])
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveFocus.emit(self, -1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)


def _local_time(moment: datetime, locale: QLocale) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
