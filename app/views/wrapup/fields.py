"""The wrap-up form's widgets, layout, tab order, field errors and local validation."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Channel, ContactOutcome, Direction
from app.services.dto import MAX_NOTES
from app.services.normalise import readable_phone
from app.views.common import formatting
from app.views.common.field_error import field_error
from app.views.common.fit_scroll import FitScrollArea
from app.views.common.keyboard import DateTimeEdit
from app.views.common.labels import channel_name, contact_outcome_name, direction_name
from app.views.wrapup.close_callbacks import CloseCallbacks
from app.views.wrapup.codes_list import CodesList
from app.views.wrapup.handle_clock import HandleClock
from app.views.wrapup.pending_line import PendingDraftsLine
from app.views.wrapup.queue_outcome import QueueOutcomeRow


class WrapUpFields(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUp")
        self.setAccessibleName(self.tr("Wrap-up form"))
        self.title = QLabel(self.tr("Wrap-up"), self)
        self.title.setObjectName("sectionTitle")
        self.clock = HandleClock(self)
        self.context = QLabel(self)
        self.context.setObjectName("muted")
        self.context.setWordWrap(True)
        # "1 unsaved wrap-up: <name> (Ctrl+Shift+W)": set by the window, hidden when none.
        self.pending = PendingDraftsLine(self)
        self._make_fields()
        self._layout()

    def _make_fields(self) -> None:
        self.channel = QComboBox(self)
        for channel in Channel:
            self.channel.addItem(channel_name(channel.value), channel.value)
        self.direction = QComboBox(self)
        for direction in Direction:
            self.direction.addItem(direction_name(direction.value), direction.value)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why did the customer get in touch?"))
        self.codes = CodesList(self)
        self.notes = _NotesEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab moves on; notes are not code
        self.notes.setMinimumHeight(56)  # three lines; it grows when the divider gives room
        self.notes.setPlaceholderText(self.tr("Notes for the next consultant"))
        # The limit is seen while typing, not learnt on save: "3 900 / 4 000".
        self.notes_count = QLabel(self)
        self.notes_count.setObjectName("muted")
        self.notes_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.notes.textChanged.connect(self._count_notes)
        self._count_notes()
        self.outcome = QComboBox(self)
        # A closed list: the code is stored, each viewer reads the label in their language.
        for outcome in ContactOutcome:
            self.outcome.addItem(contact_outcome_name(outcome.value), outcome.value)
        self.outcome.setPlaceholderText(self.tr("Choose the outcome"))
        # The closed box may be narrower than the longest Russian outcome (its list is not):
        # otherwise that one label would widen the whole column in a 1024 px window.
        self.outcome.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome.setMinimumContentsLength(14)
        self.outcome.currentIndexChanged.connect(
            lambda _i: self.outcome.setToolTip(self.outcome.currentText())
        )
        self.outcome.setCurrentIndex(-1)
        self.callback = QCheckBox(self.tr("Callback"), self)
        self.callback_at = DateTimeEdit(self)
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setEnabled(False)
        self.callback.toggled.connect(self.callback_at.setEnabled)
        self.save_button = QPushButton(self.tr("Save  (Ctrl+Enter)"), self)
        self.save_button.setObjectName("primary")
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.last_saved = QLabel(self)
        self.last_saved.setObjectName("muted")
        self.closing = CloseCallbacks(self.callback_at, self.save_button, self)
        # Shown only while the contact came from a queue item (see show_queue_outcome).
        self.queue_outcome = QueueOutcomeRow(self)
        self.errors: dict[str, QLabel] = {}
        names = {
            "channel": self.tr("Channel"),
            "direction": self.tr("Direction"),
            "reason": self.tr("Reason"),
            "codes": self.tr("Wrap-up codes"),
            "notes": self.tr("Notes"),
            "outcome": self.tr("Outcome"),
            "callback_at": self.tr("Callback at"),
            "queue_outcome": self.tr("Queue outcome"),
        }
        for field, name in names.items():
            getattr(self, field).setAccessibleName(name)
            self.errors[field] = field_error(self)
        self._names = names

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.clock)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # Labels beside the short fields: the panel shares its column with the offers, and
        # every row saved there is an offer line more in view during the call.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.channel, 1)
        channel_row.addWidget(self.direction, 1)
        form.addRow(self.tr("Channel"), channel_row)
        form.addRow(self._caption("reason"), _stack(self.reason, self.errors["reason"]))
        # Codes and notes take the full width, their captions above them: labels stay unclipped.
        form.addRow(self._caption("codes"))
        form.addRow(_stack(self.codes, self.errors["codes"]))
        form.addRow(self._caption("notes"))
        notes = _stack(self.notes, self.errors["notes"])
        notes.addWidget(self.notes_count)
        form.addRow(notes)
        form.addRow(self._caption("outcome"), _stack(self.outcome, self.errors["outcome"]))
        self._queue_row = _stack(self.queue_outcome, self.errors["queue_outcome"])
        self._queue_caption = self._caption("queue_outcome")
        form.addRow(self._queue_caption, self._queue_row)
        self._form = form
        form.setRowVisible(self._queue_row, False)  # shown for a queue item's contact only
        # The check box is the row's label: ticking it enables the date beside it.
        form.addRow(self.callback, _stack(self.callback_at, self.errors["callback_at"]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.addWidget(self.pending)
        outer.addLayout(head)
        outer.addWidget(self.context)
        body = QWidget(self)
        body.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)  # as before, when the form was a nested layout
        outer.addWidget(FitScrollArea(body, self), 1)
        outer.addWidget(self.general_error)
        outer.addLayout(buttons)
        # My open callbacks of this customer, closed on save, share the "Saved: …" line (empty
        # during a contact): the full width for their reasons, and no extra height at 1024×700.
        tail = QHBoxLayout()
        tail.addWidget(self.closing, 1)
        tail.addWidget(self.last_saved)
        outer.addLayout(tail)
        order = [self.channel, self.direction, self.reason, self.codes, self.notes, self.outcome]
        order += [self.queue_outcome.choice, self.queue_outcome.when, self.callback]
        order += [self.callback_at, self.save_button, self.discard_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def show_queue_outcome(self, entry) -> None:
        """Bind the row to the queue item (a QueueEntry) the contact came from; None hides it."""
        self.queue_outcome.bind(entry)
        self._form.setRowVisible(self._queue_row, entry is not None)
        # A hidden row's caption still widens the label column (Russian at 1024 px): it has
        # its text only while shown.
        self._queue_caption.setText(self._names["queue_outcome"] if entry is not None else "")

    def _caption(self, field: str) -> QLabel:
        caption = QLabel(self._names[field], self)
        caption.setBuddy(getattr(self, field))
        return caption

    # -- state ---------------------------------------------------------------------------------
    def set_channel(self, channel: str, direction: str) -> None:
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(direction)))

    def show_context(self, name: str, caller: str) -> None:
        if not name and not caller:
            self.context.setText(self.tr("Open a customer or take a call to log a contact."))
            return
        text = name or self.tr("Unknown caller")
        if caller:
            text += "  ·  " + self.tr("caller %1").replace("%1", readable_phone(caller))
        self.context.setText(text)

    def has_input(self) -> bool:
        typed = self.reason.text() or self.notes.toPlainText() or self.outcome_code()
        typed = typed or self.queue_outcome.code()
        return bool(typed.strip() or self.codes.checked())

    def outcome_code(self) -> str:
        """The chosen outcome's code ("" when none is chosen)."""
        return self.outcome.currentData() or ""

    def callback_value(self) -> QDateTime | None:
        return self.callback_at.dateTime() if self.callback.isChecked() else None

    def _count_notes(self) -> None:
        used = len(self.notes.toPlainText())
        locale = QLocale()  # the desk's, set at start; grouped like every number on the desk
        self.notes_count.setText(
            f"{formatting.number(used, locale)} / {formatting.number(MAX_NOTES, locale)}"
        )
        over = "fieldError" if used > MAX_NOTES else "muted"
        if self.notes_count.objectName() != over:  # red past the limit, restyled only then
            self.notes_count.setObjectName(over)
            self.notes_count.style().unpolish(self.notes_count)
            self.notes_count.style().polish(self.notes_count)

    def clear_fields(self) -> None:
        self.reason.clear()
        self.notes.clear()
        self.outcome.setCurrentIndex(-1)
        self.codes.set_checked(())
        self.callback.setChecked(False)
        self.callback_at.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.clear_errors()

    def set_fields_enabled(self, enabled: bool) -> None:
        for field in self._names:
            getattr(self, field).setEnabled(enabled and field != "callback_at")
        self.callback.setEnabled(enabled)
        self.closing.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.discard_button.setEnabled(enabled)

    # -- validation ----------------------------------------------------------------------------
    def local_problems(self) -> list[tuple[str, str]]:
        """What can be checked without the database; the service checks the rest."""
        problems = []
        if not self.reason.text().strip():
            problems.append(("reason", self.tr("Enter the reason for the contact.")))
        if not self.codes.checked():
            problems.append(("codes", self.tr("Tick at least one wrap-up code.")))
        used = len(self.notes.toPlainText().strip())
        if used > MAX_NOTES:  # said with the other problems, in the consultant's language
            locale = QLocale()
            problems.append(
                (
                    "notes",
                    self.tr("Notes are too long: %1 characters, at most %2.")
                    .replace("%1", formatting.number(used, locale))
                    .replace("%2", formatting.number(MAX_NOTES, locale)),
                )
            )
        if not self.outcome_code():
            problems.append(("outcome", self.tr("Choose the outcome.")))
        callback = self.callback_value()
        if callback is not None and callback <= QDateTime.currentDateTime():
            problems.append(("callback_at", self.tr("The callback must be in the future.")))
        queue_problem = self.queue_outcome.problem()
        if queue_problem is not None:
            problems.append(("queue_outcome", queue_problem))
        return problems

    def show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:  # a field the form has no widget for: say which one
            self.general_error.setText(f"{field}: {message}")
            return
        label.setText(message)
        label.show()
        getattr(self, field).setFocus(Qt.FocusReason.OtherFocusReason)

    def shown_errors(self) -> dict[str, str]:
        return {field: label.text() for field, label in self.errors.items() if label.text()}

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()


class _NotesEdit(QPlainTextEdit):
    """Prefers its minimum height (Qt's default wish is 192 px): the form's natural height is
    what the window keeps for it in a call, and the notes grow only into room to spare."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def _stack(widget: QWidget, error: QLabel) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(error)
    return box
