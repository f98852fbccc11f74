"""The consultant's main window: search, card and history, wrap-up, next best action, status."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import CustomerCard, CustomerHit, SavedContact
from app.views.common.held_runner import HeldRunner
from app.views.common.workers import Operation, Runner
from app.views.customer.caller_panel import CallerPanel
from app.views.customer.card_header import CardHeader
from app.views.customer.card_view import CardView
from app.views.customer.new_customer_form import NewCustomerForm
from app.views.customer.search_panel import SearchPanel
from app.views.customer.verification_panel import VerificationPanel, connect_verification
from app.views.history.model import HistoryModel
from app.views.history.view import HistoryView
from app.views.nba.controller import NbaController
from app.views.nba.panel import NextBestActionPanel
from app.views.shell.callbacks_wiring import CallbacksMixin
from app.views.shell.diagnostics_copy import DiagnosticsCopier
from app.views.shell.draft_keeper import DraftKeeperMixin
from app.views.shell.queue_wiring import QueueMixin
from app.views.shell.right_column import RightColumn
from app.views.shell.screen_pop import ScreenPopMixin
from app.views.shell.settings_view import SETTINGS_KEY, SettingsDialog, ignored_notice
from app.views.shell.status_strip import StatusStrip
from app.views.shell.tab_chain import place_before
from app.views.shell.tool_windows import ToolWindows
from app.views.wrapup.form import ContactStart, WrapUpForm

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.services.config import Settings
    from app.views.sync.controller import SyncController

TAB_CARD, TAB_HISTORY = 0, 1
AFTER_PAINT_FALLBACK_MS = 150
SLOW_OPEN_MS = 150
CODES_MAX_AGE_S = 60.0


class MainWindow(QueueMixin, CallbacksMixin, DraftKeeperMixin, ScreenPopMixin, QMainWindow):
    """Receives the wired Services; every data call goes through the runner.

    The desk shows the window before its services exist (`services=None` and the settings):
    the window's runner then holds every operation (a search typed meanwhile, a screen pop)
    until `use_services` hands them over.
    """

    cardPainted = Signal(object, float)
    servicesReady = Signal()

    def __init__(
        self,
        services: Services | None,
        runner: Runner,
        locale: QLocale,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.services: Services = services  # type: ignore[assignment]  # see use_services
        self.settings = services.settings if services is not None else settings
        assert self.settings is not None, "the window needs its services or their settings"
        # Released by use_services (at the end of __init__ when the services came along).
        self.runner = HeldRunner(runner)
        self._locale = locale
        self._opened_at = 0.0
        self._pending_start: ContactStart | None = None
        self._history_for: uuid.UUID | None = None
        self._codes_loaded_at = 0.0
        self._sized = False
        self._begin_after_paint: ContactStart | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._slow_open = QTimer(self, singleShot=True, interval=SLOW_OPEN_MS)
        self._slow_open.timeout.connect(lambda: self.status.set_state(self.tr("Opening customer…")))
        self.setWindowTitle(self.tr("aCRM Desk"))
        self._build()
        self._connect()
        self._shortcuts()
        self._init_drafts()
        self.refresh_codes()
        if services is not None:
            self.use_services(services)

    def use_services(self, services: Services) -> None:
        """The services are wired: connect what needs them, then let held operations run."""
        self.services = services
        self.nba_controller.use(services.nba, services.offers)
        self.tools.use(services)
        if services.sync is not None:
            # Imported only with a server: the sync loop brings psycopg.
            from app.views.sync.controller import SyncController

            self.sync = SyncController(self, services.sync, self.runner, self._locale)
            self.status.add_sync(self.sync.widget)
            self.sync.customersChanged.connect(self.refresh_open_customer)
            self.sync.customersChanged.connect(self.tools.pulled)  # the team figures too
            self.watch_pulls(self.sync.customersChanged)  # my queue
        self.load_drafts()  # held with the rest until the release just below
        self.runner.release()
        self.servicesReady.emit()

    def refresh_codes(self, max_age_s: float = 0.0) -> None:
        """Reload the wrap-up code catalogue when older than `max_age_s` (it changes rarely)."""
        fresh = time.monotonic() - self._codes_loaded_at < max_age_s
        if fresh and self.wrapup.codes.count():  # an empty catalogue is always worth asking again
            return
        self._codes_loaded_at = time.monotonic()
        self.runner.submit(
            Operation(
                work=lambda: self.services.contacts.wrapup_codes(),
                on_success=self._codes_loaded,
                on_failure=lambda e: self.status.set_state(
                    self.tr("Wrap-up codes: %1").replace("%1", str(e))
                ),
                key="codes",
            )
        )

    def _codes_loaded(self, codes) -> None:
        self.wrapup.codes.set_codes(codes)
        if self._sized:
            QTimer.singleShot(0, self._size_right)  # after the form has taken its new height

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        # Services are looked up when the work runs (a worker thread), never here: the window
        # may be built before they exist.
        self.search = SearchPanel(self.runner, lambda q: self.services.search.search(q, limit=50))
        self.new_customer = NewCustomerForm(
            self.runner, lambda **values: self.services.customers.create(**values)
        )
        self.caller = CallerPanel(self.new_customer)
        self.left = QStackedWidget()
        self.left.addWidget(self.search)
        self.left.addWidget(self.caller)
        self.header = CardHeader(self._locale)
        self.card = CardView(self._locale)
        self.history_model = HistoryModel(
            self.runner, lambda *page: self.services.history.page(*page), self._locale, self
        )
        self.history = HistoryView(self.history_model, self._locale)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.card, self.tr("Card  Alt+1"))
        self.tabs.addTab(self.history, self.tr("History  Alt+2"))
        # `queue_outcome=(item id, outcome, reschedule_to)` comes along for a queue item's call.
        self.wrapup = WrapUpForm(self.runner, lambda data: self.services.contacts.record(data))
        self.nba = NextBestActionPanel(self._locale)
        self.nba_controller = NbaController(self.nba, self.runner, None, None, self._locale, self)
        self.nba_controller.alertsChanged.connect(self.card.alerts.show_alerts)
        self.verification = VerificationPanel(self.settings.verification)
        connect_verification(self.verification, self.wrapup, self.card, self.nba_controller)
        self.status = StatusStrip(self.settings.db_url, self.settings.agent_login)
        self.locked_notice = ignored_notice(self.settings.configuration, self.open_settings)
        if self.locked_notice is not None:  # said once, where the consultant looks
            self.status.addPermanentWidget(self.locked_notice)
        self.tools = ToolWindows(self, None, self.runner, self._locale)
        self.cardPainted.connect(self.tools.customer_opened)
        self.setStatusBar(self.status)
        # Ctrl+Shift+D; on the runner under the held one: it works before the services are in.
        self.diagnostics = DiagnosticsCopier(self, self.runner.inner, lambda: self.settings,
                                             self.status)  # fmt: skip
        # Embedded database only: no sync, and nothing about it in the status bar.
        self.sync: SyncController | None = None  # with a server: made by use_services
        self.setCentralWidget(self._central())
        self._init_callbacks()
        self._init_queue()

    def _central(self) -> QWidget:
        top = QHBoxLayout()
        brand = QLabel(self.tr("aCRM Desk"))
        brand.setObjectName("brand")
        top.addWidget(brand)
        top.addWidget(self.search.box, 1)
        top.addLayout(self.tools.buttons(self))
        top.setContentsMargins(10, 8, 10, 8)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        middle_layout.addWidget(self.header)
        middle_layout.addWidget(self.card.alerts)
        middle_layout.addWidget(self.verification)
        middle_layout.addWidget(self.tabs, 1)
        # The consultant can trade wrap-up room for offers; the first offer is whole in a call.
        right = RightColumn(self.wrapup, self.nba)
        self._right = right
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 6, 0, 10)
        left_layout.addWidget(self.left)
        # Margins on a box around the splitter: a splitter's size hints leave its own margins
        # out, so the window came out 10 px too narrow and squeezed the wrap-up's fields.
        right_box = QWidget()
        right_layout = QVBoxLayout(right_box)
        right_layout.setContentsMargins(0, 0, 10, 10)
        right_layout.addWidget(right)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, right_box):
            splitter.addWidget(widget)
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter
        splitter.setChildrenCollapsible(False)
        root = QWidget()
        root.setObjectName("root")
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top_bar = QWidget()
        top_bar.setObjectName("topBar")
        top_bar.setLayout(top)
        layout.addWidget(top_bar)
        layout.addWidget(self.tools.analytics.strip)  # a refresh's progress, then its summary
        layout.addWidget(splitter, 1)
        return root

    def _connect(self) -> None:
        self.search.chosen.connect(self._open_hit)
        self.caller.picked.connect(self._pick_caller)
        self.caller.logUnknown.connect(self._log_unknown)
        self.caller.closed.connect(self.show_search)
        self.new_customer.created.connect(self._customer_created)
        self.wrapup.saved.connect(self._contact_saved)
        self.card.painted.connect(self._card_painted)
        # Read the offers, then log the contact: Tab from the last offer goes to the wrap-up.
        self.nba.contentShown.connect(lambda: place_before(self.nba, self.wrapup))
        # New scores on the embedded database: the card shows them (a server's come by sync).
        self.tools.analytics.refreshed.connect(lambda _result: self.refresh_open_customer())
        self.tabs.currentChanged.connect(
            lambda index: self._load_history() if index == TAB_HISTORY else None
        )

    def _shortcuts(self) -> None:
        bindings = (
            (("Ctrl+F", "F3"), self.focus_search),
            (("Alt+1",), lambda: self.show_tab(TAB_CARD)),
            (("Alt+2",), lambda: self.show_tab(TAB_HISTORY)),
            (("Ctrl+W", "F9"), self.focus_wrapup),
            (("F6", "Alt+3"), self.nba.focus_first),
            (("Ctrl+Shift+V",), self.verification.focus_list),
            ((SETTINGS_KEY,), self.open_settings),
        )
        for keys, slot in bindings:
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot)

    def open_settings(self) -> SettingsDialog:
        """The read-only settings panel (Ctrl+,): value, source and lock of every key."""
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.settings.configuration, self)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        return self.settings_dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Sizes only stick once the window has its real width: results narrow, card wide.
            self._sized = True
            QTimer.singleShot(0, self._size_panels)

    def _size_panels(self) -> None:
        # Never below a panel's minimum (longer labels in some languages), or Qt ignores them all.
        hints = [self._splitter.widget(i).minimumSizeHint().width() for i in (0, 2)]
        width = self._splitter.width()
        # Narrow windows keep the card readable; wide ones give the lists a little more.
        left = max(hints[0], min(240, int(width * 0.15)))
        right = max(hints[1], min(430, int(width * 0.24)))
        self._splitter.setSizes([left, max(400, width - left - right), right])
        self._size_right()

    def _size_right(self) -> None:
        """Wrap-up above, offers below; again when the code catalogue arrives and the form grows."""
        self._right.fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A typed, unsaved wrap-up goes to disk as a draft; the next start brings it back."""
        if not self.runner.holding:  # services wired: the runner drains this write at shutdown
            self.keep_current_draft()
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The whole window paints in one pass on UpdateRequest; after it, the card is on screen.
        if event.type() == QEvent.Type.UpdateRequest:
            self.card.paint_pass_finished()
        return handled

    # -- navigation ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.show_search()
        self.search.focus_box()

    def show_search(self) -> None:
        self.left.setCurrentWidget(self.search)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_wrapup(self) -> None:
        self._right.expand_wrapup()  # F9: the whole form, not only what the offers left
        self.wrapup.reason.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- opening customers ---------------------------------------------------------------------
    def open_customer(self, customer_id: uuid.UUID, start: ContactStart | None = None) -> None:
        """Load the card, then the history, in the background; a newer open makes this one stale."""
        self._opened_at = time.perf_counter()
        self._pending_start = start
        self._slow_open.start()  # says "Opening…" only if the card is not there in a blink
        self.nba_controller.clear()  # offers follow the card, once it is on screen
        self.runner.submit(
            Operation(
                work=lambda: self.services.cards.load(customer_id),
                on_success=self._show_card,
                on_failure=self._card_failed,
                key="card",
            )
        )
        self._history_for = customer_id
        if self.tabs.currentIndex() == TAB_HISTORY:
            self._load_history()  # the consultant is looking at the history: it comes first
        else:
            self.history.show_customer(None)  # never show the previous customer's contacts

    def _load_history(self) -> None:
        """Start the history load once; deferred so it doesn't compete with the card's paint."""
        customer_id, self._history_for = self._history_for, None
        if customer_id is not None:
            self.history.show_customer(customer_id)

    def _open_hit(self, hit: CustomerHit) -> None:
        self.open_customer(hit.id, ContactStart(hit.id, hit.full_name))

    def _show_card(self, card: CustomerCard) -> None:
        self._slow_open.stop()
        on_form = self.wrapup.contact
        if on_form is not None and on_form.customer_id != card.identity.id:
            self.park_current()  # never one customer's wrap-up beside another's card
        self.wrapup.show_customer(card.identity.id)
        self.verification.show_customer(card.identity.id)  # before the card: balances wait
        self._right.compact_wrapup()  # a new caller: the offers come first again
        self.header.show_identity(card.identity)
        self.card.show_card(card)
        self.tabs.setCurrentIndex(TAB_CARD)
        self.status.set_state(self.tr("Ready"))
        # Evaluated on every open, so a newly published rule set shows on the next customer.
        self.nba_controller.evaluate(card.identity.id)
        start, self._pending_start = self._pending_start, None
        if start is not None:
            identity = card.identity
            self._begin_after_paint = replace(
                start, customer_id=identity.id, display_name=identity.full_name
            )
        # Normally the card's paint triggers the follow-up work; a hidden window never paints.
        QTimer.singleShot(AFTER_PAINT_FALLBACK_MS, self._after_card_paint)

    def _after_card_paint(self) -> None:
        """Work that can wait one frame: the wrap-up form and the history, then the rest."""
        start, self._begin_after_paint = self._begin_after_paint, None
        if start is not None:
            self._begin_contact(start)
        self._load_history()
        self.load_card_callbacks()
        self.show_queue_strip()

    def _begin_contact(self, start: ContactStart) -> None:
        current = self.wrapup.contact
        if current is not None and current.customer_id != start.customer_id:
            self.park_current()  # a typed wrap-up stays with its customer, as a draft
            current = None
        if (
            current is not None
            and current.customer_id == start.customer_id
            and self.wrapup.clock.running
        ):
            return  # same customer re-opened mid-contact: keep the clock running
        draft = self.take_parked(start.customer_id)
        if draft is not None:
            self.wrapup.restore(draft)  # back to this customer's unsaved wrap-up, clock and all
            self.focus_wrapup()
        else:
            self.wrapup.start_contact(start)
        self.refresh_codes(max_age_s=CODES_MAX_AGE_S)

    def _show_no_customer(self, number: str, hits: list[CustomerHit]) -> None:
        super()._show_no_customer(number, hits)
        self.nba_controller.clear()  # an unidentified caller sees no one's offers
        self.verification.show_customer(None)  # nor anyone's identity check

    def _card_failed(self, error: BaseException) -> None:
        self._slow_open.stop()
        self._pending_start = None
        self.status.set_state(self.tr("Could not open the customer: %1").replace("%1", str(error)))

    def _card_painted(self, customer_id: uuid.UUID, painted_at: float) -> None:
        self.cardPainted.emit(customer_id, painted_at - self._opened_at)
        self._after_card_paint()

    def _contact_saved(self, saved: SavedContact) -> None:
        self.history_model.prepend(saved.contact)
        self.card.add_contact(saved.contact)
        self.status.set_state(self.tr("Contact saved"))

    def refresh_open_customer(
        self, changed: Callable[[uuid.UUID], bool] = lambda _customer_id: True
    ) -> None:
        """Reload the shown card and its history if `changed` says sync brought news for it.

        Offers are not re-evaluated: that would log them as shown again and drop an outcome
        the consultant is choosing; the next open evaluates them afresh.
        """
        shown = self.card.card
        if shown is None or not changed(shown.identity.id):
            return  # a busy centre syncs every few seconds; other customers' news is no reason
        customer_id = shown.identity.id
        self.runner.submit(
            Operation(
                work=lambda: self.services.cards.load(customer_id),
                on_success=lambda card: self._refreshed(customer_id, card),
                on_failure=lambda _e: None,  # the card on screen stays; the next sync tries again
                key="card-refresh",
            )
        )

    def _refreshed(self, customer_id: uuid.UUID, card: CustomerCard) -> None:
        shown = self.card.card
        if shown is None or shown.identity.id != customer_id:
            return  # the consultant has opened someone else meanwhile
        self.header.show_identity(card.identity)
        self.card.show_card(card)
        self._history_for = customer_id  # reloaded after the card's paint (_after_card_paint)
        if self.tabs.currentIndex() == TAB_HISTORY:
            self._load_history()  # a hidden card tab never paints
