"""The card's open callbacks and promises: due (overdue in colour and words), reason, who has it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.dto import CallbackRow
from app.views.common.formatting import local_datetime
from app.views.common.widgets import ReadOnlyTable, Section
from app.views.common.workers import Operation, Runner

LOAD_KEY = "card-callbacks"


def due_text(row: CallbackRow, locale: QLocale, now: datetime) -> str:
    """ "14.12.2026 14:30", or "… · overdue" past it: the colour is never the only sign."""
    due = local_datetime(row.due_at, locale)
    if not row.overdue(now):
        return due
    return QCoreApplication.translate("CardCallbacks", "%1 · overdue").replace("%1", due)


class CardCallbacks(QWidget):
    """Loads a customer's open callbacks off the GUI thread; hidden when there are none.

    `loaded` carries (customer id, rows) so the wrap-up can offer to close the consultant's own.
    """

    loaded = Signal(object, object)  # customer id, list[CallbackRow]

    def __init__(
        self,
        runner: Runner,
        load: Callable[[uuid.UUID], list[CallbackRow]],
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Its own margins: it sits above the card's grid and lines up with its sections.
        section = Section(self.tr("Open callbacks and promises"), self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        outer.addWidget(section)
        self.title = section.title
        self.body = section.body
        self._runner = runner
        self._load = load
        self._locale = locale
        self._customer: uuid.UUID | None = None
        self.rows: list[CallbackRow] = []
        # The reason gives way (elided, the whole text in the cell's tip); due and who never do.
        self.table = ReadOnlyTable([self.tr("Due"), self.tr("Reason"), self.tr("Assigned to")], 1)
        self.table.setAccessibleName(self.tr("Open callbacks"))
        self.body.addWidget(self.table)
        self.hide()

    def load(self, customer_id: uuid.UUID | None) -> None:
        """Show `customer_id`'s open callbacks (again: after a save closed one, or sync)."""
        self._customer = customer_id
        if customer_id is None:
            self.show_rows(None, [])
            return
        self._runner.submit(
            Operation(
                work=lambda: self._load(customer_id),
                on_success=lambda rows: self.show_rows(customer_id, rows),
                on_failure=lambda _e: None,  # the card stays usable; the next open asks again
                key=LOAD_KEY,
            )
        )

    def clear(self) -> None:
        self.load(None)

    def show_rows(
        self,
        customer_id: uuid.UUID | None,
        rows: Sequence[CallbackRow],
        now: datetime | None = None,
    ) -> None:
        if customer_id != self._customer:
            return  # another customer was opened meanwhile
        now = now or datetime.now(UTC)
        self.rows = list(rows)
        count = len(self.rows)
        overdue = sum(row.overdue(now) for row in self.rows)
        title = self.tr("Open callbacks and promises: %n", "", count)
        if overdue:
            title += " · " + self.tr("%n overdue", "", overdue)
        self.title.setText(title)
        self.table.fill(
            [
                (due_text(row, self._locale, now), row.note, row.assignee_name or self.tr("nobody"))
                for row in self.rows
            ],
            max_rows=4,
            marked=[i for i, row in enumerate(self.rows) if row.overdue(now)],
        )
        self.setVisible(bool(self.rows))
        self.loaded.emit(customer_id, list(self.rows))
