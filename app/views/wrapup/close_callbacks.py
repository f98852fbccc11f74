"""The wrap-up's offer to close my open callbacks of this customer with the contact being saved."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QVBoxLayout, QWidget

from app.services.dto import CallbackRow
from app.views.common.formatting import local_datetime


def _elide(widget: QCheckBox, full: str, room: int) -> None:
    shown = widget.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight, max(0, room))
    if shown != widget.text():
        widget.setText(shown)


class _ElidedCheckBox(QCheckBox):
    """A check box whose long text ends in "…" at its width: it never widens the form."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        style = self.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        _elide(self, self._full, self.width() - box - gap - 4)


class CloseCallbacks(QWidget):
    """One check box per callback of mine for the form's customer ("Close callback due …").

    Fed by the card (`offer`) and bound by the form (`bind`): boxes show only when both name the
    same customer, so a callback is never closed with another customer's contact. The callback
    the contact was opened from comes first, ticked, reason first ("Callback: <reason>, due …").
    Long texts end in "…" (the reason whole in the tip): the boxes sit between Discard and Save
    and add no height to the form at 1024×700.
    """

    def __init__(self, tab_before: QWidget, tab_after: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self._tab = (tab_before, tab_after)
        self._offered_for: uuid.UUID | None = None
        self._rows: list[CallbackRow] = []
        self._bound_to: uuid.UUID | None = None
        self._preferred: uuid.UUID | None = None
        self._skip: uuid.UUID | None = None
        self.boxes: dict[uuid.UUID, QCheckBox] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.hide()

    def offer(self, customer_id: uuid.UUID | None, rows: Sequence[CallbackRow]) -> None:
        """The open callbacks of the customer on the card (only mine can be closed by me)."""
        self._offered_for = customer_id
        self._rows = [row for row in rows if row.mine]
        self._rebuild()

    def bind(
        self,
        customer_id: uuid.UUID | None,
        preferred: uuid.UUID | None = None,
        skip: uuid.UUID | None = None,
    ) -> None:
        """The form now logs a contact with `customer_id`, begun from `preferred` if given;
        `skip` is a queue item the contact's "Queue outcome" settles (never closed twice)."""
        self._bound_to = customer_id
        self._preferred = preferred
        self._skip = skip
        self._rebuild(keep_ticks=False)  # a new contact: no ticks carried over

    def forget(self) -> None:
        self.bind(None)

    def chosen(self) -> tuple[uuid.UUID, ...]:
        """The callbacks to close with the contact being saved."""
        return tuple(item for item, box in self.boxes.items() if box.isChecked())

    def _rebuild(self, keep_ticks: bool = True) -> None:
        # A card refreshed by sync mid-contact keeps what the consultant ticked.
        ticked = {item: box.isChecked() for item, box in self.boxes.items()} if keep_ticks else {}
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        same = self._bound_to is not None and self._bound_to == self._offered_for
        rows = [row for row in self._rows if row.id != self._skip] if same else []
        rows = sorted(rows, key=lambda row: row.id != self._preferred)  # the call's own first
        for row in rows:
            box = _ElidedCheckBox(self._box_text(row), self)
            box.setToolTip(row.note)
            box.setChecked(ticked.get(row.id, row.id == self._preferred))
            self._layout.addWidget(box)
            self.boxes[row.id] = box
        self._chain()
        self.setVisible(bool(rows))

    def _box_text(self, row: CallbackRow) -> str:
        due = local_datetime(row.due_at, QLocale())
        if row.id == self._preferred:  # why this call is being made: the reason leads
            text = self.tr("Callback: %1, due %2 · close on save")
            return text.replace("%1", row.note).replace("%2", due)
        return self.tr("Close callback due %1: %2").replace("%1", due).replace("%2", row.note)

    def _chain(self) -> None:
        """Tab reaches the boxes between the callback time and Save, in their order."""
        chain = [self._tab[0], *self.boxes.values(), self._tab[1]]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
