"""Screen-pop panels: pick one of several matching customers, or handle an unknown caller."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import CustomerHit
from app.services.normalise import readable_phone
from app.views.common.fit_scroll import FitScrollArea
from app.views.common.keyboard import keyboard_list
from app.views.customer.new_customer_form import NewCustomerForm
from app.views.customer.search_panel import HitListModel


class CallerPanel(QWidget):
    """Shown instead of the search results while a call with no single match is handled."""

    picked = Signal(object)  # CustomerHit
    logUnknown = Signal(str)
    closed = Signal()

    def __init__(self, create_form: NewCustomerForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callerPanel")
        self.number = ""
        self.began_at: datetime | None = None  # when the call popped: its timer runs from there
        self.heading = QLabel(self)
        self.heading.setObjectName("callerHeading")
        self.heading.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setObjectName("muted")
        self.explain.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.matches = HitListModel(self)
        self.match_list = keyboard_list(QListView(self))
        self.match_list.setModel(self.matches)
        self.match_list.setAccessibleName(self.tr("Customers with this phone number"))
        self.match_list.activated.connect(lambda i: self.picked.emit(self.matches.hit(i.row())))
        self.pages.addWidget(self.match_list)
        # The new-customer form with its error lines can outgrow a short left column: it
        # scrolls there rather than squeezing its rows over each other.
        self.pages.addWidget(FitScrollArea(self._unknown_page(create_form), self))
        self.create_form = create_form
        close = QPushButton(self.tr("Back to search"), self)
        close.clicked.connect(self.closed.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.pages, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignLeft)

    def _unknown_page(self, create_form: NewCustomerForm) -> QWidget:
        page = QWidget(self)
        self.log_button = QPushButton(self.tr("Log unknown caller"), page)
        self.log_button.setToolTip(
            self.tr("Wrap up the call without a customer; the number is kept")
        )
        self.log_button.clicked.connect(lambda: self.logUnknown.emit(self.number))
        self.create_button = QPushButton(self.tr("Create customer…"), page)
        self.create_button.clicked.connect(self._show_create)
        buttons = QVBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(create_form)
        layout.addStretch(1)
        create_form.hide()
        return page

    def show_matches(
        self, number: str, hits: Sequence[CustomerHit], began_at: datetime | None = None
    ) -> None:
        self.number, self.began_at = number, began_at
        self.heading.setText(self.tr("Incoming call %1").replace("%1", readable_phone(number)))
        self.explain.setText(
            self.tr("%n customer(s) use this number. Pick the caller (Enter).", "", len(hits))
        )
        self.matches.set_hits(hits)
        self.pages.setCurrentIndex(0)
        self.match_list.setCurrentIndex(self.matches.index(0))
        self.match_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_unknown(self, number: str, began_at: datetime | None = None) -> None:
        self.number, self.began_at = number, began_at
        self.heading.setText(self.tr("Incoming call %1").replace("%1", readable_phone(number)))
        self.explain.setText(self.tr("No customer has this number."))
        self.pages.setCurrentIndex(1)
        self.create_form.hide()
        self.create_form.reset(phone=number)
        self.log_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_create(self) -> None:
        self.create_form.show()
        self.create_form.first_name.setFocus(Qt.FocusReason.OtherFocusReason)
