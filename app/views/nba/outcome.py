"""Inline outcome controls of one offer: four buttons, a decline-reason list, a callback time."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import DECLINE_REASONS
from app.views.common.keyboard import DateTimeEdit
from app.views.common.labels import decline_reason_name, offer_outcome_choice
from app.views.common.wrapping_row import WrappingRow

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CALLBACK_HOUR = 10
STEP_KEYS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
REASON_GAP = 3  # px around each reason: reasons on one line must not run together


class ReasonList(QListWidget):
    """Decline reasons: arrows and Enter (or 1-5, or a click) pick one; Esc goes back.

    Side by side, wrapping, each reason whole: in the short offers panel of a 1024×700 screen
    one reason per line pushed reasons 3-5 out of view.
    """

    picked = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Reason for declining"))
        for number, code in enumerate(DECLINE_REASONS, start=1):
            item = QListWidgetItem(f"{number}  {decline_reason_name(code)}", self)
            item.setData(Qt.ItemDataRole.UserRole, code)
        self.setCurrentRow(0)
        self.itemClicked.connect(lambda item: self.picked.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Line by line, as many reasons on a line as fit whole: "1 … 2 … / 3 … 4 … 5 …".
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(REASON_GAP)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def showEvent(self, event: QShowEvent) -> None:
        # Row heights and text widths are known only once styled.
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        """Exactly as tall as the lines the reasons wrap into at this width: no scroll bar."""
        if not self.count():
            return
        self.doItemsLayout()  # now, not on the view's delayed timer: the height depends on it
        bottom = max(self.visualItemRect(self.item(row)).bottom() for row in range(self.count()))
        self.setFixedHeight(bottom + 1 + self.spacing() + 2 * self.frameWidth())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in ENTER_KEYS and self.currentItem() is not None:
            self.picked.emit(self.currentItem().data(Qt.ItemDataRole.UserRole))
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif Qt.Key.Key_1 <= key < Qt.Key.Key_1 + self.count():
            self.picked.emit(self.item(key - Qt.Key.Key_1).data(Qt.ItemDataRole.UserRole))
        elif key in STEP_KEYS:
            # Still a numbered list, however the reasons wrap: Down is the next number.
            step = STEP_KEYS[Qt.Key(key)]
            self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + step)))
        else:
            super().keyPressEvent(event)


class CallbackEdit(DateTimeEdit):
    """When to call back; Enter saves, Esc goes back (never a calendar pop-up mid-call)."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Call back at"))
        self.setDisplayFormat(self.locale().dateTimeFormat(self.locale().FormatType.ShortFormat))
        self.reset_default()

    def reset_default(self) -> None:
        """Tomorrow 10:00, local time."""
        self.setDateTime(QDateTime(QDate.currentDate().addDays(1), QTime(CALLBACK_HOUR, 0)))

    def moment(self) -> datetime:
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), UTC)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)


class OutcomeControls(QWidget):
    """Emits `chosen(outcome, reason, callback_at)`; the offer saves it and reports back."""

    chosen = Signal(str, str, object)
    backToOffer = Signal()  # the consultant left an inline step with Esc
    stepShown = Signal(object)  # the reason list or the time edit, to scroll into view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QPushButton] = {}
        self.buttons = WrappingRow(self)
        keys = (("accepted", "A"), ("declined", "D"), ("later", "L"), ("not_relevant", "N"))
        for outcome, key in keys:
            text = offer_outcome_choice(outcome)
            button = QPushButton(text, self.buttons)
            button.setAccessibleName(text)  # no &-mnemonic: the letter keys act on the offer
            button.setToolTip(self.tr("%1 (key %2)").replace("%1", text).replace("%2", key))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab moves between offers
            button.clicked.connect(lambda _=False, o=outcome: self.start(o))
            self.buttons.add(button)
            self._buttons[outcome] = button
        self.reasons = ReasonList(self)
        self.reasons.picked.connect(lambda code: self.chosen.emit("declined", code, None))
        self.reasons.cancelled.connect(self.back)
        self.callback = CallbackEdit(self)
        self.callback.accepted.connect(self._save_later)
        self.callback.cancelled.connect(self.back)
        self.later_row = self._later_row()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.buttons, self.reasons, self.later_row):
            layout.addWidget(widget)
        self.back(refocus=False)
        self.set_ready(False)

    def _later_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel(self.tr("Call back at"), row)
        label.setBuddy(self.callback)
        save = QPushButton(self.tr("Save"), row)
        save.setAccessibleName(self.tr("Save the callback"))
        save.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        save.clicked.connect(self._save_later)
        for widget in (label, self.callback, save):
            layout.addWidget(widget)
        layout.addStretch(1)
        return row

    def set_ready(self, ready: bool) -> None:
        """Buttons work only once the presentation is recorded (outcomes refer to it)."""
        self._ready = ready
        for button in self._buttons.values():
            button.setEnabled(ready)

    @property
    def ready(self) -> bool:
        return self._ready and self.buttons.isVisibleTo(self)

    def button(self, outcome: str) -> QPushButton:
        return self._buttons[outcome]

    def start(self, outcome: str) -> None:
        """A button or its key: accept / not relevant at once, decline and later ask first."""
        if not self._ready:
            return
        if outcome == "declined":
            self._show_step(self.reasons)
            self.reasons.setCurrentRow(0)
            self.reasons.setFocus(Qt.FocusReason.OtherFocusReason)
            self.stepShown.emit(self.reasons)
        elif outcome == "later":
            self._show_step(self.later_row)
            self.callback.reset_default()
            self.callback.setFocus(Qt.FocusReason.OtherFocusReason)
            self.stepShown.emit(self.later_row)
        else:
            self.chosen.emit(outcome, "", None)

    def back(self, refocus: bool = True) -> None:
        """Leave the reason list or callback step, back to the four buttons."""
        self._show_step(self.buttons)
        if refocus:
            self.backToOffer.emit()

    def finish(self) -> None:
        """Saved: nothing more to choose."""
        for widget in (self.buttons, self.reasons, self.later_row):
            widget.hide()

    def _show_step(self, step: QWidget) -> None:
        for widget in (self.buttons, self.reasons, self.later_row):
            widget.setVisible(widget is step)

    def _save_later(self) -> None:
        self.chosen.emit("later", "", self.callback.moment())
