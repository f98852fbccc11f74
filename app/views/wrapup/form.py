"""The wrap-up form: what the consultant logs about the contact in progress (Ctrl+Enter saves)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.services.dto import SavedContact, WrapUpInput
from app.services.errors import ValidationError
from app.views.common.workers import Operation, Runner
from app.views.wrapup.fields import WrapUpFields


@dataclass(frozen=True)
class ContactStart:
    """Who the contact is with and how it began (a screen pop fills caller_number)."""

    customer_id: uuid.UUID | None
    display_name: str
    channel: str = "phone"
    direction: str = "inbound"
    caller_number: str = ""


class WrapUpForm(WrapUpFields):
    """Never loses typed text: a failed save keeps everything and says what went wrong where."""

    saved = Signal(object)  # SavedContact

    def __init__(self, runner: Runner, record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._record = record
        self._start: ContactStart | None = None
        self._started_at: datetime | None = None
        self._contact_id = uuid.uuid4()
        self._saving = False
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self._set_active(False)

    @property
    def contact(self) -> ContactStart | None:
        return self._start

    def start_contact(self, start: ContactStart) -> None:
        """Bind the form to a new contact and start the handle-time clock."""
        self.clear_fields()
        self._start = start
        self._started_at = datetime.now(UTC)
        self._contact_id = uuid.uuid4()
        self.set_channel(start.channel, start.direction)
        self.show_context(start.display_name, start.caller_number)
        self._set_active(True)
        self.clock.start()

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
            return
        data = self._input()
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
        self.clock.stop()
        self.clear_fields()
        self._start = None
        self._set_active(False)

    def _input(self) -> WrapUpInput:
        assert self._start is not None and self._started_at is not None
        callback = self.callback_value()
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
        )

    def _saved(self, result: SavedContact) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.general_error.clear()
        self.discard()
        self.last_saved.setText(self.tr("Saved: %1").replace("%1", result.contact.reason))
        self.saved.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.general_error.clear()
        if isinstance(error, ValidationError):
            self.show_error(error.field, error.message)
        else:
            text = self.tr("Not saved — your text is kept. %1").replace("%1", str(error))
            self.general_error.setText(text)

    def _set_active(self, active: bool) -> None:
        self.set_fields_enabled(active)
        if not active:
            self.show_context("", "")


def _to_utc(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)
