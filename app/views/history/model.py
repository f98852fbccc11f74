"""Contact history as a lazily paged table model (keyset cursor pages fetched in the background)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, Signal

from app.services.dto import ContactRow, HistoryCursor, HistoryFilter, HistoryPage
from app.views.common import formatting
from app.views.common.labels import (
    channel_name,
    contact_outcome_name,
    direction_name,
    wrapup_codes_text,
)
from app.views.common.table_model import Column, RowTableModel
from app.views.common.workers import Operation, Runner

COL_WHEN, COL_CHANNEL, COL_DIRECTION, COL_REASON, COL_OUTCOME, COL_CODES, COL_AGENT = range(7)
COLUMN_COUNT = 7
PAGE_SIZE = 100

PageFn = Callable[[uuid.UUID, HistoryFilter, HistoryCursor | None, int], HistoryPage]


translate = QCoreApplication.translate  # literal arguments below, for pyside6-lupdate


class HistoryModel(RowTableModel[ContactRow]):
    """Newest first; `fetchMore` asks the runner for the next page after the last row's key."""

    loadingChanged = Signal(bool)
    failed = Signal(str)

    def __init__(
        self, runner: Runner, page: PageFn, locale: QLocale, parent: QObject | None = None
    ) -> None:
        self._locale = locale
        super().__init__(parent)
        self._runner = runner
        self._page = page
        self._ids: set[uuid.UUID] = set()
        self._customer: uuid.UUID | None = None
        self._filter = HistoryFilter()
        self._cursor: HistoryCursor | None = None
        self._exhausted = True
        self._loading = False

    # -- what to show ------------------------------------------------------------------------
    @property
    def customer_id(self) -> uuid.UUID | None:
        return self._customer

    @property
    def filter(self) -> HistoryFilter:
        return self._filter

    def show_customer(self, customer_id: uuid.UUID | None, filter: HistoryFilter) -> None:
        """Start over for a customer or filter; a page still loading for the old one is ignored."""
        self._runner.cancel("history")
        self.beginResetModel()
        self._customer, self._filter = customer_id, filter
        self._rows, self._ids = [], set()
        self._cursor, self._exhausted = None, customer_id is None
        self._set_loading(False)
        self.endResetModel()
        if customer_id is not None:
            self.fetchMore(QModelIndex())

    def set_filter(self, filter: HistoryFilter) -> None:
        if filter != self._filter:
            self.show_customer(self._customer, filter)

    def prepend(self, row: ContactRow) -> None:
        """A contact saved just now goes on top at once (newest first), without a reload."""
        if row.customer_id != self._customer or row.id in self._ids or not self._shows(row):
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self._ids.add(row.id)
        self.endInsertRows()

    def _shows(self, row: ContactRow) -> bool:
        """Whether the filter lets a just-saved contact in (a text filter waits for a reload)."""
        f = self._filter
        if f.channels and row.channel not in f.channels:
            return False
        day = row.started_at.date()
        if (f.date_from and day < f.date_from) or (f.date_to and day > f.date_to):
            return False
        return not f.text

    def contact(self, row: int) -> ContactRow:
        return self._rows[row]

    @property
    def loading(self) -> bool:
        return self._loading

    # -- lazy loading ------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._customer is None:
            return
        customer, filt, cursor = self._customer, self._filter, self._cursor
        self._set_loading(True)
        self._runner.submit(
            Operation(
                work=lambda: self._page(customer, filt, cursor, PAGE_SIZE),
                on_success=self._append_page,
                on_failure=self._page_failed,
                key="history",
            )
        )

    def _append_page(self, page: HistoryPage) -> None:
        fresh = [row for row in page.rows if row.id not in self._ids]
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(row.id for row in fresh)
            self.endInsertRows()
        self._set_loading(False)

    def _page_failed(self, error: BaseException) -> None:
        self._exhausted = True  # don't hammer a failing database on every scroll
        self._set_loading(False)
        self.failed.emit(str(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    # -- columns -----------------------------------------------------------------------------
    def columns(self) -> tuple[Column[ContactRow], ...]:
        return (
            Column(
                translate("HistoryModel", "When"),
                lambda row: formatting.local_datetime(row.started_at, self._locale),
            ),
            Column(translate("HistoryModel", "Channel"), lambda row: channel_name(row.channel)),
            Column(
                translate("HistoryModel", "Direction"), lambda row: direction_name(row.direction)
            ),
            Column(translate("HistoryModel", "Reason"), lambda row: row.reason),
            Column(
                translate("HistoryModel", "Outcome"),
                lambda row: contact_outcome_name(row.outcome),
            ),
            Column(
                translate("HistoryModel", "Codes"),
                lambda row: wrapup_codes_text(row),
            ),
            Column(translate("HistoryModel", "Agent"), lambda row: row.agent),
        )
