"""The window's right column: the wrap-up above the offers, sized for the phase of the call.

During the call the first offer gets the room it needs to be read and answered whole (title,
script, why, buttons); the wrap-up keeps the rest and scrolls. F9, or the focus entering the
wrap-up, gives the wrap-up its full height; the next customer brings the offers back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSplitter, QWidget

from app.views.nba.panel import NextBestActionPanel
from app.views.wrapup.form import WrapUpForm

OFFER_AIR = 12  # below the first offer: where the second one's title starts


class RightColumn(QSplitter):
    def __init__(self, wrapup: WrapUpForm, nba: NextBestActionPanel) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.wrapup = wrapup
        self.nba = nba
        self.wrapup_scroll = QScrollArea()
        self.wrapup_scroll.setObjectName("wrapUpScroll")
        self.wrapup_scroll.setWidgetResizable(True)
        self.wrapup_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.wrapup_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.wrapup_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wrapup_scroll.setWidget(wrapup)
        self.addWidget(self.wrapup_scroll)
        self.addWidget(nba)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.expanded = False
        QApplication.instance().focusChanged.connect(self._focus_moved)
        # Fitted again whenever the first offer settles its size (wrapped buttons, the style).
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.fit)
        nba.contentShown.connect(self._watch_first_offer)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        bar = self.wrapup_scroll.verticalScrollBar().sizeHint().width()
        hint.setWidth(max(hint.width(), self.wrapup.minimumSizeHint().width() + bar))
        return hint

    def wrapup_height(self) -> int:
        """The form whole: its height at the column's width (wrapped lines included)."""
        form = self.wrapup
        width = self.wrapup_scroll.viewport().width()
        height = form.heightForWidth(width) if form.hasHeightForWidth() else -1
        height = max(height, form.minimumSizeHint().height())
        return height + 2 * self.wrapup_scroll.frameWidth() + 4

    def offers_height(self) -> int:
        """The panel's height with the first offer whole; its minimum when it shows none."""
        nba = self.nba
        offers = nba.offers()
        if not offers:
            return nba.minimumSizeHint().height()
        first = offers[0]
        width = max(first.width(), 100)
        first_height = first.heightForWidth(width) if first.hasHeightForWidth() else -1
        first_height = max(first_height, first.minimumSizeHint().height())
        if first.isVisible():
            first_height = max(first_height, first.height())  # as laid out, when it is
        chrome = nba.height() - nba.scroll.height()  # title, key hint, margins
        return max(nba.minimumSizeHint().height(), chrome + first_height + OFFER_AIR)

    def fit(self) -> None:
        """Offers first during the call; the wrap-up whole once the consultant turns to it."""
        total = self.height() - self.handleWidth()
        if total <= 0:
            return
        full = self.wrapup_height()
        if self.expanded:
            wrapup = min(full, max(total - self.nba.minimumSizeHint().height(), 0))
        else:
            wrapup = min(full, max(total - self.offers_height(), 80))
        self.setSizes([wrapup, max(total - wrapup, 0)])

    def expand_wrapup(self) -> None:
        self.expanded = True
        self.fit()

    def compact_wrapup(self) -> None:
        self.expanded = False
        self.fit()

    def _watch_first_offer(self) -> None:
        offers = self.nba.offers()
        if offers:
            offers[0].installEventFilter(self)
        self._refit.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._refit.start()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()  # a taller window: the room goes where the phase of the call needs it

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.expanded and new is not None and self.wrapup.isAncestorOf(new):
            self.expand_wrapup()
            QTimer.singleShot(0, lambda: self.wrapup_scroll.ensureWidgetVisible(new, 0, 8))
