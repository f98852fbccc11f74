"""The contact history panel: filters, the lazily loaded table and a detail pane."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QItemSelection, QLocale, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Channel, ContactOutcome
from app.services.dto import ContactRow, HistoryFilter
from app.services.normalise import fold
from app.views.common import formatting
from app.views.common.fit_columns import fit_columns
from app.views.common.keyboard import DateEdit, keyboard_list
from app.views.common.labels import (
    channel_name,
    contact_outcome_name,
    direction_name,
    wrapup_codes_text,
)
from app.views.common.verification_labels import verification_text
from app.views.common.widgets import Section
from app.views.common.wrapping_row import WrappingRow
from app.views.history.model import (
    COL_AGENT,
    COL_CHANNEL,
    COL_DIRECTION,
    COL_REASON,
    HistoryModel,
)

TEXT_DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date editors shows as "any"


class HistoryView(QWidget):
    def __init__(self, model: HistoryModel, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._locale = locale
        self._build_filters()
        self.table = keyboard_list(QTableView(self))
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Contact history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Sized to the loaded rows whenever they or the width change (see columns.py).
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_columns)
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._fit_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.detail = _Detail(locale)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        model.loadingChanged.connect(self._loading)
        # A contact saved just now joins without a load: the count must follow it.
        model.rowsInserted.connect(lambda *_: self._loading(model.loading))
        model.modelReset.connect(lambda: self._loading(model.loading))
        model.failed.connect(
            lambda msg: self.status.setText(self.tr("Could not load: %1").replace("%1", msg))
        )
        model.modelReset.connect(lambda: self.detail.show_contact(None))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self._filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _build_filters(self) -> None:
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.addItem(self.tr("All channels"), "")
        for channel in Channel:
            self.channel.addItem(channel_name(channel.value), channel.value)
        self.date_from = self._date_edit(self.tr("From date"))
        self.date_to = self._date_edit(self.tr("To date"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Text in reason, outcome, notes, codes"))
        self.text.setAccessibleName(self.tr("Text filter"))
        self.text.setClearButtonEnabled(True)
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_DEBOUNCE_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.text.textEdited.connect(lambda _t: self._text_timer.start())
        self.channel.currentIndexChanged.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        # One line on a wide card; two on a narrow one (1024 px, Russian captions).
        self._filters = WrappingRow(self, spacing=8)
        for label, widget in (
            (self.tr("Channel"), self.channel),
            (self.tr("From"), self.date_from),
            (self.tr("To"), self.date_to),
        ):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(label, pair)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            self._filters.add(pair)
        self._filters.add(self.text, stretch=True)

    def _date_edit(self, name: str) -> DateEdit:
        edit = DateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.setAccessibleName(name)
        return edit

    def current_filter(self) -> HistoryFilter:
        channel = self.channel.currentData()
        return HistoryFilter(
            channels=frozenset({channel}) if channel else frozenset(),
            date_from=_picked(self.date_from),
            date_to=_picked(self.date_to),
            text=self.text.text().strip(),
            outcomes=outcomes_named(self.text.text()),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def show_customer(self, customer_id: uuid.UUID | None) -> None:
        self.model.show_customer(customer_id, self.current_filter())

    def _loading(self, loading: bool) -> None:
        rows = self.model.rowCount()
        more = self.tr(", scroll for more") if self.model.canFetchMore() else ""
        self.status.setText(
            self.tr("Loading…") if loading else self.tr("%n contact(s)", "", rows) + more
        )

    def fit_columns(self) -> None:
        """Outcome and codes whole, Reason takes the rest; the detail pane repeats what a
        narrow window hides (agent, direction, channel)."""
        if not self.isVisible():
            return  # the card tab is up: measured when History is shown (showEvent), not on
            # every opened customer, whose card paint it slowed by a tenth
        fit_columns(self.table, COL_REASON, (COL_AGENT, COL_DIRECTION, COL_CHANNEL))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_timer.start()  # measured again under the style sheet a hidden tab lacks

    def _show_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        self.detail.show_contact(self.model.contact(rows[0].row()) if rows else None)


def _picked(edit: DateEdit):
    value = edit.date()
    return None if value == NO_DATE else value.toPython()


CAPTION = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


class _Detail(Section):
    """Everything about the selected contact; notes are selectable for copying."""

    def __init__(self, locale: QLocale) -> None:
        super().__init__(self.tr("Selected contact"))
        self._locale = locale
        self.fields: dict[str, QLabel] = {}
        # Short facts two to a row, so the pane leaves the list its rows at 1024×700; the
        # reason and the codes can be long and get whole rows.
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        rows = (
            (("when", self.tr("When")), ("duration", self.tr("Duration"))),
            (("channel", self.tr("Channel")), ("agent", self.tr("Agent"))),
            (("outcome", self.tr("Outcome")), ("verification", self.tr("Identity check"))),
            (("reason", self.tr("Reason")),),
            (("codes", self.tr("Codes")),),
        )
        for row, pairs in enumerate(rows):
            for column, (key, label) in enumerate(pairs):
                caption = QLabel(label, self)
                caption.setObjectName("muted")
                value = QLabel(self)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setAccessibleName(label)
                self.fields[key] = value
                grid.addWidget(caption, row, column * 2, CAPTION)
                span = 1 if len(pairs) > 1 else 3
                grid.addWidget(value, row, column * 2 + 1, 1, span)
        # Notes run to 4 000 characters: a read-only box that scrolls (and takes the keyboard)
        # instead of a label that grows past the pane.
        self.notes = QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMinimumHeight(60)
        notes_caption = QLabel(self.tr("Notes"), self)
        notes_caption.setObjectName("muted")
        grid.addWidget(
            notes_caption, len(rows), 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        grid.addWidget(self.notes, len(rows), 1, 1, 3)
        grid.setRowStretch(len(rows), 1)
        self.body.addLayout(grid, 1)

    def show_contact(self, row: ContactRow | None) -> None:
        if row is None:
            for value in self.fields.values():
                value.setText("—")
            self.notes.setPlainText("")
            return
        seconds = int((row.ended_at - row.started_at).total_seconds()) if row.ended_at else 0
        texts = {
            "when": formatting.local_datetime(row.started_at, self._locale),
            "channel": f"{channel_name(row.channel)}, {direction_name(row.direction)}",
            "reason": row.reason or "—",
            "agent": row.agent or self.tr("unknown"),
            "duration": formatting.clock(seconds) if row.ended_at else "—",
            "codes": wrapup_codes_text(row) or "—",
            "outcome": contact_outcome_name(row.outcome) or "—",
            "verification": verification_text(row.verification, row.verified_with) or "—",
        }
        self.notes.setPlainText(row.notes)
        for key, text in texts.items():
            self.fields[key].setText(text)


def outcomes_named(text: str) -> frozenset[str]:
    """Outcome codes whose label, in the viewer's language, mentions the typed text."""
    # Here, not at the top: the history text module brings SQLAlchemy, which the window must
    # not wait for at start-up (tests/gui/test_cold_start.py).
    from app.services.contacts.history_text import mentions

    needle = fold(text)
    if not needle:
        return frozenset()
    named = (o.value for o in ContactOutcome if mentions(needle, contact_outcome_name(o.value)))
    return frozenset(named)
