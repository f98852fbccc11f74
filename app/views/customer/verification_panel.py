"""The caller's identity checklist above the card: ticked by keyboard, it unlocks balances and
offers for the current call; the wrap-up records its outcome."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Verification
from app.services.contacts.verification import Answer, Checklist
from app.services.verification_settings import VerificationSettings
from app.views.common.verification_labels import answer_name, question_label

MARKS = {Answer.NOT_ASKED: "\u00b7", Answer.PASSED: "\u2713", Answer.FAILED: "\u2717"}
COLOURS = {Answer.NOT_ASKED: "#3a4b5c", Answer.PASSED: "#1b6e35", Answer.FAILED: "#a3231b"}


class QuestionList(QListWidget):
    """Space steps the current question; the first one is current when the list takes focus."""

    stepped = Signal(int)
    left = Signal()
    full_height = 0  # every question without scrolling (see VerificationPanel._fit_height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.full_height or super().sizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentRow() >= 0:
            self.stepped.emit(self.currentRow())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.count():
            self.setCurrentRow(0)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class VerificationPanel(QFrame):
    """One checklist per call: reset by a new contact or another customer, never by a reload."""

    unlockedChanged = Signal(bool)  # balances and offers may be shown

    def __init__(self, settings: VerificationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verification")
        self._settings = settings
        self._checklist = Checklist.fresh(settings)
        self._customer: uuid.UUID | None = None
        self.title = QLabel(self.tr("Identity check  Ctrl+Shift+V"), self)
        self.title.setObjectName("verificationTitle")
        self.status = QLabel(self)
        self.status.setObjectName("verificationStatus")
        self.status.setWordWrap(True)
        self.questions = QuestionList(self)
        self.questions.setObjectName("verificationList")
        self.questions.setAccessibleName(self.tr("Identity check questions"))
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questions.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions.stepped.connect(self._step)
        self.questions.left.connect(self._fold)
        for _ in settings.questions:
            self.questions.addItem(QListWidgetItem())
        self.title.setBuddy(self.questions)
        # Beside the list, not under it: the card keeps its height on small screens.
        self.hint = QLabel(self.tr("Space: passed / failed / not asked"), self)
        self.hint.setObjectName("verificationHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # The hint never widens the card column (Russian at 1024 px pushed the window to 1076 px):
        # it takes what is left beside the list and steps aside when that is too little to read;
        # the list's tooltip and accessible description still say it.
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.questions.setToolTip(self.hint.text())
        self.questions.setAccessibleDescription(self.hint.text())
        head = self._head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        head.addWidget(self.title)
        head.addWidget(self.status, 1)
        body = QHBoxLayout()
        body.addWidget(self.questions)
        body.addWidget(self.hint, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 4, 10, 4)
        column.setSpacing(3)
        column.addLayout(head)
        column.addLayout(body)
        self._fit_height()
        self._show()
        self.setVisible(False)  # until a customer is on the card

    # -- what the window and the wrap-up ask ---------------------------------------------------
    @property
    def checklist(self) -> Checklist:
        return self._checklist

    @property
    def unlocked(self) -> bool:
        return self._checklist.unlocked

    def recorded(self) -> tuple[str | None, tuple[str, ...]]:
        """(verification code, questions passed) for the contact being saved."""
        return self._checklist.recorded()

    def answers(self) -> tuple[str, ...]:
        """The ticks, for a wrap-up kept as a draft."""
        return tuple(answer.value for answer in self._checklist.answers)

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        """Another customer on the card (None: nobody, e.g. an unknown caller): nothing
        verified for the previous one carries over."""
        self.setVisible(self._settings.enabled and customer_id is not None)
        if customer_id != self._customer:
            self._customer = customer_id
            self.reset()

    def reset(self, channel: str = "phone") -> None:
        """A new call (or contact): nothing asked yet, the first question current again."""
        self._set(Checklist.fresh(self._settings, channel))
        self.questions.setCurrentRow(0 if self.questions.count() else -1)

    def set_channel(self, channel: str | None) -> None:
        if channel:
            self._set(self._checklist.for_channel(channel))

    def restore(self, answers: Sequence[str]) -> None:
        """A draft's ticks come back with its wrap-up (ignored if the questions changed since)."""
        if len(answers) != len(self._checklist.answers):
            return
        checklist = self._checklist
        for index, answer in enumerate(answers):
            if answer in Answer.__members__.values():
                checklist = checklist.with_answer(index, Answer(answer))
        self._set(checklist)

    def focus_list(self) -> None:
        """Ctrl+Shift+V: open the list (folded once verified) and put the keyboard on it."""
        if not self.isVisible() or not self._settings.enabled:
            return
        self.questions.setVisible(True)
        self.hint.setVisible(True)
        self.questions.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.questions.currentRow() < 0:
            self.questions.setCurrentRow(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_head()
        self._fold()

    # -- inside ----------------------------------------------------------------------------------
    def _arrange_head(self) -> None:
        # Beside the title while the status fits on its line; under it in a narrow card column
        # (Russian at 1024 px wrapped "verified: …" into four lines beside the title).
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 20
        needed = (
            self.title.sizeHint().width()
            + self.status.fontMetrics().horizontalAdvance(self.status.text())
            + self._head.spacing()
            + margins
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if needed <= self.width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._head.direction() != direction:
            self._head.setDirection(direction)

    def _step(self, row: int) -> None:
        self._set(self._checklist.stepped(row))

    def _set(self, checklist: Checklist) -> None:
        was = self._checklist.unlocked
        self._checklist = checklist
        self._show()
        if checklist.unlocked != was:
            self.unlockedChanged.emit(checklist.unlocked)

    def _show(self) -> None:
        checklist = self._checklist
        pairs = zip(checklist.settings.questions, checklist.answers, strict=True)
        for row, (question, answer) in enumerate(pairs):
            item = self.questions.item(row)
            item.setText(f"{MARKS[answer]}  {question_label(question)} — {answer_name(answer)}")
            item.setForeground(QBrush(QColor(COLOURS[answer])))
        status = checklist.status
        self.status.setText(self._status_text(checklist))
        self.status.setProperty("state", status.value)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self._arrange_head()
        self._fold()

    def _fold(self) -> None:
        # Once settled the list folds to its one-line status, giving the card its room back;
        # it stays open while the keyboard is on it (a mistaken tick is put right at once).
        settled = self._checklist.unlocked
        shown = not settled or self.questions.hasFocus()
        self.questions.setVisible(shown)
        self.hint.setVisible(shown and self._hint_fits())

    def _hint_fits(self) -> bool:
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 30
        room = self.width() - self.questions.minimumWidth() - margins
        words = self.hint.text().split()
        widest = max((self.hint.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        return room >= max(widest + 12, 110)

    def _status_text(self, checklist: Checklist) -> str:
        status = checklist.status
        if status is Verification.VERIFIED:
            named = ", ".join(question_label(q) for q in checklist.passed)
            return self.tr("Verified: %1").replace("%1", named)
        if status is Verification.FAILED:
            return self.tr("Failed: a wrong answer. Do not discuss the accounts.")
        if status is Verification.NOT_NEEDED:
            return self.tr("Not needed for this channel.")
        return (
            self.tr("Not verified: %1 of %2 passed.")
            .replace("%1", str(len(checklist.passed)))
            .replace("%2", str(checklist.settings.required))
        )

    def _fit_height(self) -> None:
        """Every question visible without scrolling where the window has the height; on the
        smallest screens the list may shrink to two rows (it scrolls with the current one)."""
        rows = max(1, self.questions.count())
        row_height = max(self.questions.sizeHintForRow(0), self.fontMetrics().height() + 4)
        frame = 2 * self.questions.frameWidth() + 4
        self.questions.full_height = rows * row_height + frame
        self.questions.setMaximumHeight(self.questions.full_height)
        # As wide as the longest question with its answer, the hint takes the rest.
        texts = [
            f"{MARKS[Answer.NOT_ASKED]}  {question_label(q)} — " for q in self._settings.questions
        ]
        longest = max(self.fontMetrics().horizontalAdvance(t) for t in texts)
        answers = max(self.fontMetrics().horizontalAdvance(answer_name(a)) for a in Answer)
        self.questions.setMinimumWidth(min(longest + answers + frame + 28, 420))
        self.questions.setMinimumHeight(min(rows, 2) * row_height + frame)


def connect_verification(panel: VerificationPanel, wrapup, card, offers) -> None:
    """Wire the checklist to the wrap-up form (`WrapUpForm`: a new contact resets it, its channel
    decides whether a check is needed, saving records it), the card (`CardView`: balances) and
    the offers (`NbaController`); automatic actions never wait for it."""
    wrapup.verification = panel
    wrapup.contactStarted.connect(panel.reset)
    wrapup.channel.currentIndexChanged.connect(
        lambda _index: panel.set_channel(wrapup.channel.currentData())
    )

    def settle(unlocked: bool) -> None:
        card.show_balances(unlocked)
        offers.set_offers_wait(not unlocked)

    panel.unlockedChanged.connect(settle)
    settle(panel.unlocked)
