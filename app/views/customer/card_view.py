"""The whole-customer card: products, money flows, complaints, consents, attributes, contacts."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.services.dto import RECENT_CONTACTS, ContactRow, CustomerCard
from app.views.common.widgets import PairGrid, ReadOnlyTable, Section, muted
from app.views.customer import card_sections as rows
from app.views.customer.alert_banner import AlertBanner
from app.views.customer.value_risk import ValueRiskSection

if TYPE_CHECKING:  # pyqtgraph (and numpy) load with the first chart, not with the window
    from app.views.customer.flow_chart import FlowChart


class CardView(QScrollArea):
    """Shows one CustomerCard; emits `painted` once the first paint after a load has finished."""

    painted = Signal(object, float)  # customer id, time.perf_counter() after the paint

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._card: CustomerCard | None = None
        self._paint_pending = False
        self.balances_shown = False  # until the caller is verified (see verification_panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Customer card"))
        outer = QWidget(self)
        self.content = _PaintWatch(outer)
        self.content.setObjectName("cardContent")
        self.placeholder = QLabel(outer)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.placeholder, 1)
        # Filled by the offers' evaluation (alert rules). The window places it above the tabs, so
        # a warning stays in sight on History too and never scrolls away with the card.
        self.alerts = AlertBanner(self)
        column.addWidget(self.content)
        # Spare height goes below the card, never into the chart (its plot would expand to fill).
        column.addStretch(1)
        self.setWidget(outer)
        self._strips: list = []  # blocks above the sections, e.g. the open callbacks
        self._build()
        self.clear()

    def _build(self) -> None:
        self.products = ReadOnlyTable(
            [
                self.tr("Product"),
                self.tr("Number"),
                self.tr("Balance"),
                self.tr("Status"),
            ],
            0,
        )
        self.transactions = ReadOnlyTable(
            [self.tr("Date"), self.tr("Description"), self.tr("Amount")], 1
        )
        self.complaints = ReadOnlyTable(
            [self.tr("Opened"), self.tr("Subject"), self.tr("Status")], 1
        )
        self.contacts = ReadOnlyTable(
            [self.tr("When"), self.tr("Channel"), self.tr("Reason"), self.tr("Outcome")], 2
        )
        self.chart: FlowChart | None = None  # see prepare_chart
        self.chart_coming = False  # True: prepare_chart will be called; cards wait not for it
        self.consents = PairGrid(True, self.tr("No consent recorded: do not contact."))
        self.attributes = PairGrid(False, self.tr("No custom attributes."))
        self.contacts_title = Section(self.tr("Recent contacts"))
        grid = QGridLayout(self.content)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setSpacing(8)
        self._grid = grid
        products = self._section(self.tr("Products"), self.products)
        # Granted by automatic rules (e.g. a fee waiver): one line each, under the products.
        self.entitlements = QLabel(products)
        self.entitlements.setObjectName("entitlements")
        self.entitlements.setWordWrap(True)
        products.body.insertWidget(2, self.entitlements)
        consents = self._section(self.tr("Consents"), self.consents)
        self._chart_section = Section(self.tr("Monthly inflow / outflow"))
        self._chart_section.body.addStretch(1)
        transactions = self._section(self.tr("Recent transactions"), self.transactions)
        complaints = self._section(self.tr("Complaints"), self.complaints)
        self.no_complaints = muted(self.tr("No complaints."))
        complaints.body.insertWidget(1, self.no_complaints)
        attributes = self._section(self.tr("Custom attributes"), self.attributes)
        self.contacts_title.body.addWidget(self.contacts)
        self.value_risk = ValueRiskSection(self._locale)  # full width, under the products
        # Pairs side by side on a wide card; one under the other when that would cut them.
        self._pairs = [
            (products, consents),
            (self._chart_section, transactions),
            (complaints, attributes),
        ]
        self._columns = 0
        self._place(2)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for widget in (*(w for pair in self._pairs for w in pair), self.contacts_title,
                       self.value_risk):  # fmt: skip
            grid.removeWidget(widget)
        row = 0
        for index, (left, right) in enumerate(self._pairs):
            if index == 1:
                grid.addWidget(self.value_risk, row, 0, 1, 2)
                row += 1
            if columns == 2:
                grid.addWidget(left, row, 0)
                grid.addWidget(right, row, 1)
                row += 1
            else:
                grid.addWidget(left, row, 0, 1, 2)
                grid.addWidget(right, row + 1, 0, 1, 2)
                row += 2
        grid.addWidget(self.contacts_title, row, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _needed_column(self) -> int:
        """The narrowest card column that cuts no money, number, consent or column title."""
        section_room = 2 * 10 + 2  # a section's margins and frame
        # Recent contacts span both columns: only the paired sections count.
        needs = [table.needed_width() for table in (self.products, self.transactions)]
        needs += [
            self.consents.minimumSizeHint().width(),
            self.attributes.minimumSizeHint().width(),
        ]
        return max(needs) + section_room

    def _reflow(self) -> None:
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        margins = 2 * 8 + 8  # the grid's margins and the space between its two columns
        self._place(2 if room >= 2 * self._needed_column() + margins else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _section(self, title: str, content) -> Section:
        section = Section(title)
        section.body.addWidget(content)
        section.body.addStretch(1)
        return section

    def prepare_chart(self) -> FlowChart:
        """The chart, built on first need: pyqtgraph costs about half a second to import, which
        a cold start should not wait for. The desk imports it on a worker after start-up and
        sets `chart_coming` meanwhile, so a card opened before then shows at once and its
        flows follow when the chart is built."""
        if self.chart is None:
            from app.views.customer.flow_chart import FlowChart

            self.chart = FlowChart(self._locale)
            self._chart_section.body.insertWidget(1, self.chart)
            self.chart_coming = False
            if self._card is not None:
                self.chart.show_flows(self._card.monthly_flows)
        return self.chart

    @property
    def card(self) -> CustomerCard | None:
        return self._card

    def show_card(self, card: CustomerCard) -> None:
        if self._card is None or self._card.identity.id != card.identity.id:
            self.alerts.clear()  # one customer's warnings never stand over another's card
        self._card = card
        self._fill_products(card)
        loc = self._locale
        self.transactions.fill(rows.transaction_rows(card.recent_transactions, loc), [2], 5)
        self._fill_complaints(card)
        self._fill_consents(card)
        self._fill_attributes(card)
        self._fill_contacts(card)
        self._fill_entitlements(card)
        self.value_risk.show_analytics(card.analytics)
        if self.chart is not None or not self.chart_coming:
            self.prepare_chart().show_flows(card.monthly_flows)
        self._reflow()
        self._paint_pending = True
        self.placeholder.setVisible(False)
        self.content.setVisible(True)
        self.content.arm()

    def add_strip(self, strip: QWidget) -> None:
        """A block above the sections that loads its own data; `clear()`ed with the card."""
        self.widget().layout().insertWidget(1, strip)
        self._strips.append(strip)

    def clear(self, message: str = "") -> None:
        """Show no customer: a caller being identified must not look like the previous one."""
        self._card = None
        for strip in self._strips:
            strip.clear()
        self._paint_pending = False
        self.alerts.clear()
        self.content.setVisible(False)
        self.placeholder.setText(
            message or self.tr("Search for a customer (Ctrl+F), or take a call to see the card.")
        )
        self.placeholder.setVisible(True)

    def add_contact(self, contact: ContactRow) -> None:
        """A contact just saved here: put it on top of the summary without a reload."""
        if self._card is None or contact.customer_id != self._card.identity.id:
            return
        recent = (contact, *self._card.recent_contacts)[:RECENT_CONTACTS]
        self._card = replace(
            self._card, recent_contacts=recent, contact_count=self._card.contact_count + 1
        )
        self._fill_contacts(self._card)

    def show_balances(self, shown: bool) -> None:
        """The caller's identity check settled (or reset): balances appear or hide at once."""
        self.balances_shown = shown
        if self._card is not None:
            self._fill_products(self._card)

    def _fill_products(self, card: CustomerCard) -> None:
        loc = self._locale
        self.products.fill(
            rows.product_rows(card.products, loc, balances=self.balances_shown),
            [rows.PRODUCT_BALANCE],  # money right-aligned; sized to its content, never elided
            tips=rows.product_tips(card.products, loc, balances=self.balances_shown),
        )

    def _fill_complaints(self, card: CustomerCard) -> None:
        data = rows.complaint_rows(card.complaints, self._locale)
        marked = [r for r, (is_open, _) in enumerate(data) if is_open]
        tips = {(r, 2): rows.complaint_outcome(c) for r, c in enumerate(card.complaints)}
        self.complaints.fill([cells for _, cells in data], max_rows=5, marked=marked, tips=tips)
        self.complaints.setVisible(bool(data))
        self.no_complaints.setVisible(not data)

    def _fill_consents(self, card: CustomerCard) -> None:
        self.consents.set_rows([rows.consent_text(consent) for consent in card.consents])

    def _fill_attributes(self, card: CustomerCard) -> None:
        self.attributes.set_rows(
            [(*rows.attribute_text(a, self._locale), "") for a in card.attributes]
        )

    def _fill_entitlements(self, card: CustomerCard) -> None:
        lines = [rows.entitlement_text(row, self._locale) for row in card.entitlements]
        self.entitlements.setText("\n".join(lines))
        self.entitlements.setAccessibleName("; ".join(lines))
        self.entitlements.setVisible(bool(lines))

    def _fill_contacts(self, card: CustomerCard) -> None:
        self.contacts.fill(
            rows.contact_summary_rows(card.recent_contacts, self._locale),
            max_rows=len(card.recent_contacts),  # the last of the card: its rows cost no offer
        )
        title = self.tr("Recent contacts (%1 in total)").replace("%1", str(card.contact_count))
        self.contacts_title.title.setText(title)

    def paint_pass_finished(self) -> None:
        """Called by the window after each paint pass; reports the first one showing a new card."""
        if self._paint_pending and self._card is not None and self.content.painted_since_arm:
            self._paint_pending = False
            self.content.painted_since_arm = False
            self.painted.emit(self._card.identity.id, time.perf_counter())


class _PaintWatch(QWidget):
    """The card's content widget: notes that it was painted after a new card was put in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._armed = False
        self.painted_since_arm = False

    def arm(self) -> None:
        self._armed = True
        self.painted_since_arm = False
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._armed:
            self._armed = False
            self.painted_since_arm = True
