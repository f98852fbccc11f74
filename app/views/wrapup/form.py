"""The wrap-up form: what the consultant logs about the contact in progress (Ctrl+Enter saves)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.services.contacts.drafts import Draft
from app.services.dto import SavedContact, WrapUpInput
from app.services.errors import ValidationError
from app.services.queue.entries import QueueEntry
from app.views.common.workers import Operation, Runner
from app.views.wrapup.fields import WrapUpFields
from app.views.wrapup.queue_outcome import drafted_choice


@dataclass(frozen=True)
class ContactStart:
    """Who the contact is with and how it began (a screen pop fills caller_number)."""

    customer_id: uuid.UUID | None
    display_name: str
    channel: str = "phone"
    direction: str = "inbound"
    caller_number: str = ""
    # When the call popped: identifying the caller is part of the call's handle time.
    began_at: datetime | None = None
    callback_id: uuid.UUID | None = None  # the callback this contact was begun from
    queue_item: QueueEntry | None = None  # the queue item this call works ("Next", My queue)


class WrapUpForm(WrapUpFields):
    """Never loses typed text: a failed save keeps everything and says what went wrong where."""

    saved = Signal(object)  # SavedContact
    edited = Signal()  # the consultant changed something: time to keep the draft on disk
    closed = Signal(str)  # contact id of a contact saved or discarded: its draft is over
    contactStarted = Signal(str)  # channel of a new contact: its identity check starts afresh
    queueSaved = Signal(object)  # item id: a save recorded the queue item's outcome
    # The caller's identity check (a VerificationPanel): recorded with the contact, kept in the
    # draft. None: the contact records no verification.
    verification = None

    def __init__(self, runner: Runner, record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._record = record
        self._start: ContactStart | None = None
        self._started_at: datetime | None = None
        self._contact_id = uuid.uuid4()
        self._saving = False
        self._saved_for: uuid.UUID | None = None  # whose "Saved: …" line is showing
        # Queue items of contacts on the form or parked (by contact id): a draft brought back
        # gets its "Queue outcome" row again, with what was chosen.
        self._queue_kept: dict[str, tuple[QueueEntry, str, datetime | None]] = {}
        self._queue_saving: dict[uuid.UUID, uuid.UUID] = {}  # contact id -> queue item id
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self._set_active(False)
        self._watch_edits()

    def _watch_edits(self) -> None:
        for signal in (
            self.reason.textChanged,
            self.notes.textChanged,
            self.outcome.editTextChanged,
            self.codes.itemChanged,
            self.callback.toggled,
            self.callback_at.dateTimeChanged,
            self.queue_outcome.changed,
        ):
            signal.connect(self._changed)

    def _changed(self, *_args) -> None:
        if self._start is not None and not self._restoring:
            self.edited.emit()

    _restoring = False

    @property
    def contact(self) -> ContactStart | None:
        return self._start

    def start_contact(self, start: ContactStart) -> None:
        """Bind the form to a new contact and start the handle-time clock."""
        self._restoring = True
        try:
            self.clear_fields()
        finally:
            self._restoring = False
        self._start = start
        self._started_at = start.began_at or datetime.now(UTC)
        self._contact_id = uuid.uuid4()
        self.set_channel(start.channel, start.direction)
        self.show_context(start.display_name, start.caller_number)
        self._set_active(True)
        self.show_customer(start.customer_id)
        self.closing.bind(start.customer_id, start.callback_id)
        self.bind_queue_item(start.queue_item)
        self.clock.start(self._started_at)
        self.contactStarted.emit(start.channel)

    def bind_queue_item(self, entry: QueueEntry | None) -> None:
        """The contact works `entry`: its "Queue outcome" row shows, and the callback it is
        is not offered for closing as well (the outcome settles it)."""
        if self._start is None:
            return
        self.show_queue_outcome(entry)
        if entry is not None:
            self.closing.bind(self._start.customer_id, None, entry.id)
            self._queue_kept[str(self._contact_id)] = (entry, "", None)

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        """Another customer is on screen: the previous one's "Saved: …" line is not theirs."""
        if customer_id is None or customer_id != self._saved_for:
            self.last_saved.clear()
            self._saved_for = None

    def snapshot(self) -> Draft | None:
        """The contact in progress as a draft (with the errors shown), or None without one."""
        if self._start is None or self._started_at is None:
            return None
        callback = self.callback_value()
        start = self._start
        row = self.queue_outcome
        if row.entry is not None:
            self._queue_kept[str(self._contact_id)] = (row.entry, row.code(), row.reschedule_to())
        return Draft(
            contact_id=str(self._contact_id),
            customer_id=str(start.customer_id) if start.customer_id else None,
            display_name=start.display_name,
            channel=self.channel.currentData(),
            direction=self.direction.currentData(),
            caller_number=start.caller_number,
            started_at=self._started_at.isoformat(),
            elapsed_s=self.clock.seconds(),
            reason=self.reason.text(),
            codes=self.codes.checked(),
            notes=self.notes.toPlainText(),
            outcome=self.outcome_code(),
            callback_at=_to_utc(callback).isoformat() if callback is not None else None,
            errors=self.shown_errors(),
            verification=self.verification.answers() if self.verification is not None else (),
            **row.draft_fields(),  # the queue item and its outcome, for a restarted desk
        )

    def keep_queue_item(self, draft: Draft, entry: QueueEntry) -> None:
        """A draft from disk works `entry`: restoring it shows the row with the choice it held."""
        self._queue_kept[draft.contact_id] = (entry, *drafted_choice(draft))

    def restore(self, draft: Draft) -> None:
        """Bring a parked draft back: same contact id, start time, clock, text and errors."""
        customer = uuid.UUID(draft.customer_id) if draft.customer_id else None
        self.start_contact(
            ContactStart(customer, draft.display_name, draft.channel, draft.direction,
                         draft.caller_number)
        )  # fmt: skip
        self._restoring = True
        try:
            self._contact_id = uuid.UUID(draft.contact_id)
            self._started_at = datetime.fromisoformat(draft.started_at)
            self.reason.setText(draft.reason)
            self.codes.set_checked(draft.codes)
            self.notes.setPlainText(draft.notes)
            # A code; a draft written before outcomes were codes holds the label it showed.
            found = self.outcome.findData(draft.outcome)
            self.outcome.setCurrentIndex(
                found if found >= 0 else self.outcome.findText(draft.outcome)
            )
            if draft.callback_at is not None:
                moment = datetime.fromisoformat(draft.callback_at)
                self.callback.setChecked(True)
                self.callback_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
            for field, message in draft.errors.items():
                self.show_error(field, message)
            if self.verification is not None:
                self.verification.restore(draft.verification)
            kept = self._queue_kept.get(draft.contact_id)
            if kept is not None:
                self.bind_queue_item(kept[0])
                self.queue_outcome.set_value(kept[1], kept[2])
        finally:
            self._restoring = False
        self.clock.start(already_s=draft.elapsed_s)

    def is_dirty(self) -> bool:
        return self._start is not None and self.has_input()

    def save(self) -> None:
        if self._start is None or self._saving:
            return
        self.clear_errors()
        problems = self.local_problems()
        if problems:
            for field, message in reversed(problems):  # the first problem ends up focused
                self.show_error(field, message)
            self.edited.emit()  # kept as a draft, errors and all
            return
        data = self._input()
        queue = self.queue_outcome.value()
        if queue is not None:  # saved with the contact, in the same transaction
            item, outcome, when = queue
            data = replace(data, queue_item=item, queue_outcome=outcome, queue_reschedule_to=when)
            self._queue_saving[data.contact_id] = item
        self._saving = True
        self.save_button.setEnabled(False)
        self.general_error.setText(self.tr("Saving…"))
        self._runner.submit(
            Operation(
                work=lambda: self._record(data),
                on_success=self._saved,
                on_failure=self._failed,
                write=True,
            )
        )

    def discard(self) -> None:
        if self._start is not None:
            self._queue_kept.pop(str(self._contact_id), None)
            self.closed.emit(str(self._contact_id))
        self.release()

    def release(self) -> None:
        """Empty and disable the form; the contact lives on elsewhere (a draft) or is over."""
        self.clock.stop()
        self._restoring = True
        try:
            self.clear_fields()
        finally:
            self._restoring = False
        self._start = None
        self.closing.forget()
        self.show_queue_outcome(None)
        self._set_active(False)

    def _input(self) -> WrapUpInput:
        assert self._start is not None and self._started_at is not None
        callback = self.callback_value()
        verification = self.verification.recorded() if self.verification is not None else None
        return WrapUpInput(
            customer_id=self._start.customer_id,
            channel=self.channel.currentData(),
            direction=self.direction.currentData(),
            started_at=self._started_at,
            ended_at=datetime.now(UTC),
            reason=self.reason.text().strip(),
            codes=self.codes.checked(),
            notes=self.notes.toPlainText().strip(),
            outcome=self.outcome_code(),
            callback_at=_to_utc(callback) if callback is not None else None,
            caller_number=self._start.caller_number,
            contact_id=self._contact_id,
            close_callbacks=self.closing.chosen(),
            verification=verification[0] if verification else None,
            verified_with=verification[1] if verification else (),
        )

    def _saved(self, result: SavedContact) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._queue_kept.pop(str(result.contact.id), None)
        item = self._queue_saving.pop(result.contact.id, None)
        if result.contact.id != self._contact_id:
            # Parked while saving (a call came in): the form now holds someone else's contact.
            self.closed.emit(str(result.contact.id))
            self.saved.emit(result)
            if item is not None:
                self.queueSaved.emit(item)
            return
        self.general_error.clear()
        self.discard()
        self.last_saved.setText(self.tr("Saved: %1").replace("%1", result.contact.reason))
        self._saved_for = result.contact.customer_id
        self.saved.emit(result)
        if item is not None:
            self.queueSaved.emit(item)

    def _failed(self, error: BaseException) -> None:
        self._queue_saving.clear()
        self._saving = False
        self.save_button.setEnabled(True)
        self.general_error.clear()
        if isinstance(error, ValidationError):
            self.show_error(error.field, error.message)
            self.edited.emit()  # the draft on disk keeps the error beside the text
        else:
            text = self.tr("Not saved — your text is kept. %1").replace("%1", str(error))
            self.general_error.setText(text)

    def _set_active(self, active: bool) -> None:
        self.set_fields_enabled(active)
        if not active:
            self.show_context("", "")


def _to_utc(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)
