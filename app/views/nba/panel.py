"""The next-best-action panel: the top offers with script and "why", automatic actions, and
the rules held back with their reason. Shows plain results; NbaController feeds it."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.views.common.labels import channel_name
from app.views.common.widgets import Section, muted
from app.views.nba.offer import OfferWidget
from app.views.nba.outcome import OutcomeControls
from app.views.nba.texts import automatic_state, held_reason

if TYPE_CHECKING:  # the rules load with the services, after the window shows
    from app.rules.decide import HeldAction, NbaResult, OfferedAction
    from app.services.dto import AutomaticState

# Scoped to the panel so it travels with it; colours follow resources/style.qss.
PANEL_STYLE = """
QFrame#nbaPanel { border-style: solid; }
QScrollArea#nbaScroll, QWidget#nbaContent { background: transparent; border: none; }
QFrame#nbaOffer { background: #fbfcfd; border: 1px solid #dde2e7; border-radius: 4px; }
QFrame#nbaOffer:focus { border: 2px solid #2d6cb5; background: #f4f8fd; }
QFrame#nbaOffer QPushButton { padding: 3px 8px; }
QLabel#offerName { font-weight: 600; color: #13263b; }
QLabel#groupTitle { font-size: 12px; font-weight: 600; color: #3a4b5c; }
QToolButton#heldToggle { border: none; color: #3a4b5c; font-weight: 600; padding: 2px 0; }
QToolButton#heldToggle:focus { color: #1f4f86; text-decoration: underline; }
"""
SCROLL_ROOM = 36  # offer frame margins and a vertical scroll bar


def _column(parent: QWidget, spacing: int = 4) -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget(parent)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return widget, layout


class NextBestActionPanel(Section):
    """F6 / Alt+3 focus the first offer (see MainWindow); the keys live on each offer."""

    outcomeChosen = Signal(object, str, str, object)  # offer widget, outcome, reason, callback_at
    # New offers built: the window puts them in its Tab order and gives the first one its room.
    contentShown = Signal()

    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Next best action  F6"), parent)
        self.setObjectName("nbaPanel")
        self.setStyleSheet(PANEL_STYLE)
        self._locale = locale or QLocale()
        self._offers: list[OfferWidget] = []
        self.status = muted(self.tr("Open a customer to see offers."), self)
        self.body.addWidget(self.status)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("nbaScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.addWidget(self.scroll, 1)
        self.keys = muted(self.tr("A accept · D decline · L later · N not relevant"), self)
        self.keys.hide()
        self.body.addWidget(self.keys)
        self._fitted = False
        self._content: QWidget | None = None
        self.held_toggle: QToolButton | None = None
        self.held_list: QWidget | None = None
        self.failures: QLabel | None = None
        self.automatic: list[QLabel] = []

    # -- states --------------------------------------------------------------------------------
    def clear(self, message: str = "") -> None:
        """Nothing of the previous customer stays on screen."""
        self._offers = []
        self.automatic = []
        self.held_toggle = self.held_list = self.failures = None
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._content = None
        self.keys.hide()
        self._say(message)

    def show_checking(self) -> None:
        if self._content is None:
            self._say(self.tr("Checking offers…"))

    def show_failure(self, message: str) -> None:
        self.clear(self.tr("Could not check offers: %1").replace("%1", message))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_outcome_buttons()

    def _fit_outcome_buttons(self) -> None:
        """Never clip the outcome buttons: the panel is at least as wide as their row.

        Measured when first shown, under the application's style sheet: the desk applies it
        after building its window, since polishing every widget as it was added cost a fifth
        of a cold start.
        """
        probe = OutcomeControls()
        probe.setStyleSheet(PANEL_STYLE.replace("QFrame#nbaOffer ", ""))
        self.scroll.setMinimumWidth(probe.buttons.minimumSizeHint().width() + SCROLL_ROOM)
        probe.deleteLater()

    def show_result(
        self,
        result: NbaResult,
        states: Mapping[str, AutomaticState] | None = None,
        offers_wait: bool = False,
    ) -> None:
        """Top offers, then automatic actions (with the ledger's `states` by rule id), then
        "Not offered (N)", then failures. With `offers_wait` (the caller is not verified yet)
        the offers are left out and the panel says why; the rest shows as ever."""
        self.clear()
        content, layout = _column(self.scroll, spacing=8)
        content.setObjectName("nbaContent")
        prompts = () if offers_wait else result.prompts
        for action in prompts:
            layout.addWidget(self._offer(action, content))
        states = states or {}
        # What the ledger already holds for this period is an automatic action of the card
        # (sent, or still to be sent), not an offer held back.
        recorded = [
            h for h in result.suppressed if h.code == "already_done" and h.rule_id in states
        ]
        held = tuple(h for h in result.suppressed if h not in recorded)
        automatic = [
            (a.rule_id, a.rule_name, a.channel, a.explanation)
            for a in result.actions
            if a.kind != "prompt"
        ]
        automatic += [(h.rule_id, h.rule_name, states[h.rule_id].channel, "") for h in recorded]
        if automatic:
            layout.addWidget(self._automatic_group(automatic, states, content))
        if held:
            layout.addWidget(self._held_group(held, content))
        if result.errors:
            self.failures = muted(self._failure_text(len(result.errors)), content)
            layout.addWidget(self.failures)
        layout.addStretch(1)
        for index, offer in enumerate(self._offers):
            offer.set_expanded(index == 0)
        self.scroll.setWidget(content)
        self._content = content
        self._say(self._empty_text(result, offers_wait) if not prompts else "")
        self.keys.setVisible(bool(prompts))
        self.contentShown.emit()

    def set_presentations(self, ids: Mapping[str, uuid.UUID]) -> None:
        """Outcome buttons come alive once each shown offer has its presentation row."""
        for offer in self._offers:
            presentation = ids.get(offer.action.rule_id)
            if presentation is not None:
                offer.set_presentation(presentation)

    def presentations_failed(self, message: str) -> None:
        for offer in self._offers:
            offer.show_error(
                self.tr("the offer could not be logged as shown (%1)").replace("%1", message)
            )

    # -- reading and focus ---------------------------------------------------------------------
    def offers(self) -> list[OfferWidget]:
        return list(self._offers)

    def status_text(self) -> str:
        return self.status.text() if self.status.isVisibleTo(self) else ""

    def held_texts(self) -> list[str]:
        if self.held_list is None:
            return []
        return [label.text() for label in self.held_list.findChildren(QLabel)]

    def focus_first(self) -> None:
        """F6: into the panel, on the first offer still waiting for an answer."""
        waiting = [offer for offer in self._offers if not offer.done] or self._offers
        target: QWidget | None = waiting[0] if waiting else self.held_toggle
        (target or self).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _move(self, offer: OfferWidget, step: int) -> None:
        index = self._offers.index(offer) + step
        if 0 <= index < len(self._offers):
            self._offers[index].take_focus()
        elif index >= len(self._offers) and self.held_toggle is not None:
            self.held_toggle.setFocus(Qt.FocusReason.TabFocusReason)

    def _expand_only(self, focused: QWidget) -> None:
        if not isinstance(focused, OfferWidget):
            return  # a step (reason list, time edit) inside the offer that is already open
        for offer in self._offers:
            offer.set_expanded(offer is focused)

    def _reveal(self, widget: QWidget) -> None:
        # After the layout has placed a just-shown step; before that its geometry is stale.
        def reveal() -> None:
            if shiboken6.isValid(widget):  # gone if another customer was opened meanwhile
                # Layouts settle in several passes (the step, its offer, the content): finish
                # them, or the reasons of a just-opened decline step stay half out of view.
                QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                self._show_whole(widget)

        QTimer.singleShot(0, reveal)

    def _show_whole(self, widget: QWidget, margin: int = 8) -> None:
        """Scroll so all of `widget` shows, its top first when it is taller than the view.

        Not ensureWidgetVisible: for a list it only reveals the current row, which left the
        decline reasons below the first one out of view.
        """
        bar, view = self.scroll.verticalScrollBar(), self.scroll.viewport().height()
        margin = max(0, min(margin, (view - widget.height()) // 2))  # a tight fit still fits
        top = widget.mapTo(self.scroll.widget(), QPoint(0, 0)).y() - margin
        bottom = top + widget.height() + 2 * margin
        if bottom - top > view or top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + view:
            bar.setValue(bottom - view)

    # -- building ------------------------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def _offer(self, action: OfferedAction, parent: QWidget) -> OfferWidget:
        offer = OfferWidget(action, self._locale, parent)
        offer.outcomeChosen.connect(self.outcomeChosen)
        offer.moveFocus.connect(self._move)
        offer.focused.connect(self._expand_only)
        offer.focused.connect(self._reveal)
        self._offers.append(offer)
        return offer

    def _automatic_group(
        self,
        actions: list[tuple[str, str, str, str]],  # rule id, name, channel, why
        states: Mapping[str, AutomaticState],
        parent: QWidget,
    ) -> QWidget:
        group, layout = _column(parent, spacing=2)
        # Not "sent by the system": whether it was sent is each line's ledger state.
        title = QLabel(self.tr("Automatic actions"), group)
        title.setObjectName("groupTitle")
        layout.addWidget(title)
        for rule_id, name, channel, why in actions:
            text = " · ".join(
                part for part in (name, channel_name(channel) if channel else "") if part
            )
            state = states.get(rule_id)
            if state is not None:
                text += " — " + automatic_state(state, self._locale)
            line = muted(text, group)
            line.setWordWrap(True)
            if why:
                line.setToolTip(self.tr("Why: %1").replace("%1", why))
            layout.addWidget(line)
            self.automatic.append(line)
        return group

    def _held_group(self, held: tuple[HeldAction, ...], parent: QWidget) -> QWidget:
        group, layout = _column(parent, spacing=2)
        toggle = QToolButton(group)
        toggle.setObjectName("heldToggle")
        toggle.setText(self.tr("Not offered (%1)").replace("%1", str(len(held))))
        toggle.setCheckable(True)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        items, items_layout = _column(group, spacing=2)
        items_layout.setContentsMargins(14, 0, 0, 0)
        for entry in held:
            reason = held_reason(entry, self._locale)
            items_layout.addWidget(muted(f"{entry.rule_name} — {reason}", items))
        items.hide()
        toggle.toggled.connect(lambda shown: self._toggle_held(toggle, items, shown))
        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(items)
        self.held_toggle, self.held_list = toggle, items
        return group

    @staticmethod
    def _toggle_held(toggle: QToolButton, items: QWidget, shown: bool) -> None:
        items.setVisible(shown)
        toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _failure_text(self, count: int) -> str:
        return self.tr("%n rule(s) could not be evaluated; rule authors have been told", "", count)

    def _empty_text(self, result: NbaResult, offers_wait: bool = False) -> str:
        if offers_wait and result.prompts:
            return self.tr("Offers wait for the caller's identity check (Ctrl+Shift+V).")
        if result.rule_version == 0:
            return self.tr("No rules are published yet.")
        return self.tr("No offers for this customer right now.")
