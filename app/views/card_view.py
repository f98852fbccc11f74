"""The whole-customer card: products, money flows, complaints, consents, attributes, contacts."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget

from app.services.dto import ContactRow, CustomerCard
from app.views import card_sections as rows
from app.views.flow_chart import FlowChart
from app.views.widgets import ReadOnlyTable, Section, badge, muted

OPEN_COMPLAINT_BG = QColor("#fdecc8")


class CardView(QScrollArea):
    """Shows one CustomerCard; emits `painted` once the first paint after a load has finished."""

    painted = Signal(object, float)  # customer id, time.perf_counter() after the paint

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._card: CustomerCard | None = None
        self._paint_pending = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Customer card"))
        self.content = _PaintWatch(self)
        self.content.setObjectName("cardContent")
        self.content.paintedOnce.connect(self._after_paint)
        self.setWidget(self.content)
        self._build()

    def _build(self) -> None:
        self.products = ReadOnlyTable([self.tr("Product"), self.tr("Opened"), self.tr("Status")])
        self.transactions = ReadOnlyTable(
            [self.tr("Date"), self.tr("Description"), self.tr("Amount")]
        )
        self.complaints = ReadOnlyTable([self.tr("Opened"), self.tr("Subject"), self.tr("Status")])
        self.contacts = ReadOnlyTable(
            [self.tr("When"), self.tr("Channel"), self.tr("Reason"), self.tr("Outcome")]
        )
        self.chart = FlowChart(self._locale)
        self.consents = QGridLayout()
        self.attributes = QGridLayout()
        self.contacts_title = Section(self.tr("Recent contacts"))
        grid = QGridLayout(self.content)
        grid.setContentsMargins(10, 10, 10, 10)
        grid.setSpacing(10)
        grid.addWidget(self._section(self.tr("Products"), self.products), 0, 0)
        grid.addWidget(self._section(self.tr("Consents"), self.consents), 0, 1)
        grid.addWidget(self._section(self.tr("Monthly inflow / outflow"), self.chart), 1, 0)
        grid.addWidget(self._section(self.tr("Recent transactions"), self.transactions), 1, 1)
        grid.addWidget(self._section(self.tr("Complaints"), self.complaints), 2, 0)
        grid.addWidget(self._section(self.tr("Custom attributes"), self.attributes), 2, 1)
        self.contacts_title.body.addWidget(self.contacts)
        grid.addWidget(self.contacts_title, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)

    def _section(self, title: str, content) -> Section:
        section = Section(title)
        if isinstance(content, QWidget):
            section.body.addWidget(content)
        else:
            section.body.addLayout(content)
        section.body.addStretch(1)
        return section

    @property
    def card(self) -> CustomerCard | None:
        return self._card

    def show_card(self, card: CustomerCard) -> None:
        self._card = card
        loc = self._locale
        self.products.fill(rows.product_rows(card.products, loc))
        self.transactions.fill(rows.transaction_rows(card.recent_transactions, loc), [2], 6)
        self._fill_complaints(card)
        self._fill_consents(card)
        self._fill_attributes(card)
        self._fill_contacts(card)
        self.chart.show_flows(card.monthly_flows)
        self._paint_pending = True
        self.content.arm()

    def add_contact(self, contact: ContactRow) -> None:
        """A contact just saved here: put it on top of the summary without a reload."""
        if self._card is None or contact.customer_id != self._card.identity.id:
            return
        recent = (contact, *self._card.recent_contacts)[: max(5, len(self._card.recent_contacts))]
        self._card = replace(
            self._card, recent_contacts=recent, contact_count=self._card.contact_count + 1
        )
        self._fill_contacts(self._card)

    def _fill_complaints(self, card: CustomerCard) -> None:
        data = rows.complaint_rows(card.complaints, self._locale)
        self.complaints.fill([cells for _, cells in data], max_rows=5)
        for r, (is_open, _) in enumerate(data):
            if is_open:
                for c in range(3):
                    self.complaints.item(r, c).setBackground(QBrush(OPEN_COMPLAINT_BG))
        self.complaints.setVisible(bool(data))

    def _fill_consents(self, card: CustomerCard) -> None:
        _clear(self.consents)
        if not card.consents:
            self.consents.addWidget(muted(self.tr("No consent recorded: do not contact.")), 0, 0)
        for r, consent in enumerate(card.consents):
            what, verdict, state = rows.consent_text(consent)
            self.consents.addWidget(QLabel(what), r, 0)
            self.consents.addWidget(badge(verdict, state), r, 1, Qt.AlignmentFlag.AlignRight)
        self.consents.setColumnStretch(0, 1)

    def _fill_attributes(self, card: CustomerCard) -> None:
        _clear(self.attributes)
        if not card.attributes:
            self.attributes.addWidget(muted(self.tr("No custom attributes.")), 0, 0)
        for r, attribute in enumerate(card.attributes):
            name, value = rows.attribute_text(attribute, self._locale)
            label = QLabel(name)
            label.setObjectName("muted")
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.attributes.addWidget(label, r, 0)
            self.attributes.addWidget(shown, r, 1)
        self.attributes.setColumnStretch(1, 1)

    def _fill_contacts(self, card: CustomerCard) -> None:
        self.contacts.fill(
            rows.contact_summary_rows(card.recent_contacts, self._locale), max_rows=5
        )
        title = self.tr("Recent contacts (%1 in total)").replace("%1", str(card.contact_count))
        self.contacts_title.title.setText(title)

    def _after_paint(self) -> None:
        if self._paint_pending and self._card is not None:
            self._paint_pending = False
            self.painted.emit(self._card.identity.id, time.perf_counter())


class _PaintWatch(QWidget):
    """The card's content widget: reports when the paint pass after a load has completed."""

    paintedOnce = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._armed = False

    def arm(self) -> None:
        self._armed = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._armed:
            self._armed = False
            # Children paint right after their parent in the same pass; report after all of it.
            QTimer.singleShot(0, self.paintedOnce.emit)


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
