"""The work queue on the main window: "My queue", "Next" (Ctrl+Shift+N) and the card's item strip.

Next never goes over a call: with a typed wrap-up, an incoming call on the form or a caller
being identified it says so in the status bar and does nothing; a call that pops while Next is
being looked up wins, and the item found waits in My queue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut

from app.services.queue.entries import QueueEntry
from app.views.common.formatting import local_datetime
from app.views.common.workers import Operation
from app.views.customer.card_queue_item import CardQueueItem
from app.views.tools.my_queue import MY_QUEUE_KEY, NEXT_KEY, MyQueueWindow
from app.views.tools.queue_model import customer_text, next_callable
from app.views.wrapup.form import ContactStart

# The window's translation context, as in screen_pop.py.
translate = QCoreApplication.translate


def next_or_when(queue) -> tuple[QueueEntry | None, QueueEntry | None]:
    """Worker side: the next item (marked in progress), or else the one callable soonest."""
    entry = queue.next()
    if entry is not None:
        return entry, None
    return None, next_callable([*queue.mine(), *queue.pool()])


class QueueMixin:
    """Mixed into MainWindow; uses its runner, services, card, wrap-up and status strip."""

    def _init_queue(self) -> None:
        self._calls_seen = 0  # counts screen pops: a Next answer older than a call is not used
        self._calling_text = ""  # said once the card is up (opening it says "Ready")
        self.queue_strip = CardQueueItem(self._locale)
        self.card.add_strip(self.queue_strip)
        self.my_queue = MyQueueWindow(
            self.runner, lambda: self.services.work_queue, self._locale, self
        )
        self.my_queue.chosen.connect(self.open_queue_item)
        self.my_queue.closed.connect(self._callbacks_panel_closed)
        # Window-wide: from the search box, the notes or any other field.
        QShortcut(QKeySequence(MY_QUEUE_KEY), self, activated=self.my_queue.open_panel)
        QShortcut(QKeySequence(NEXT_KEY), self, activated=self.queue_next)
        self.wrapup.queueSaved.connect(self._queue_saved)
        # After the form has let the contact go (closed is emitted just before).
        self.wrapup.closed.connect(lambda _contact: QTimer.singleShot(0, self.show_queue_strip))

    def handle_phone(self, number: str) -> None:
        self._calls_seen += 1
        super().handle_phone(number)

    def watch_pulls(self, pulled) -> None:
        """A pull brought news (the sync controller's customersChanged): the open panel asks."""
        pulled.connect(lambda _changed: self.my_queue.refresh_if_visible())

    # -- next ----------------------------------------------------------------------------------
    def queue_busy(self) -> str | None:
        """Why Next must wait now, in the consultant's words; None when it may go."""
        contact = self.wrapup.contact
        if self.left.currentWidget() is self.caller:
            return translate("MainWindow", "A caller is being identified: Next waits.")
        if contact is not None and (self.wrapup.has_input() or contact.caller_number):
            return translate(
                "MainWindow", "Save or discard the wrap-up first: Next never goes over a contact."
            )
        start = self._pending_start or self._begin_after_paint
        if start is not None and start.caller_number:
            return translate("MainWindow", "A call is being opened: Next waits.")
        return None

    def queue_next(self) -> None:
        busy = self.queue_busy()
        if busy is not None:
            self.status.set_state(busy)
            return
        calls = self._calls_seen
        self.status.set_state(translate("MainWindow", "Looking for the next item…"))
        self.runner.submit(
            Operation(
                work=lambda: next_or_when(self.services.work_queue),
                on_success=lambda found: self._next_found(found, calls),
                on_failure=lambda e: self.status.set_state(
                    translate("MainWindow", "Next: %1").replace("%1", str(e))
                ),
                key="queue-next",
                write=True,  # marks the item in progress
            )
        )

    def _next_found(self, found: tuple[QueueEntry | None, QueueEntry | None], calls: int) -> None:
        entry, waiting = found
        if entry is None:
            self.status.set_state(self._nothing_text(waiting))
            return
        if calls != self._calls_seen or self.queue_busy() is not None:
            text = translate("MainWindow", "A call came in: %1 waits in My queue (%2).")
            self.status.set_state(
                text.replace("%1", customer_text(entry)).replace("%2", MY_QUEUE_KEY)
            )
            self.my_queue.refresh_if_visible()
            return
        self.open_queue_item(entry)

    def _nothing_text(self, waiting: QueueEntry | None) -> str:
        if waiting is None or waiting.callable_from is None:
            return translate("MainWindow", "Nothing to call now.")
        when = local_datetime(waiting.callable_from, self._locale)
        return translate(
            "MainWindow", "Nothing to call now; the next item is callable from %1."
        ).replace("%1", when)

    # -- opening and closing items -------------------------------------------------------------
    def open_queue_item(self, entry: QueueEntry) -> None:
        """Open the item's customer for an outbound call; the card shows its reason and script."""
        if entry.customer_id is None:
            return
        self.my_queue.hide()  # Next pressed over the panel: the customer opens in the desk
        current = self.wrapup.contact
        if current is not None and current.customer_id == entry.customer_id:
            self.wrapup.bind_queue_item(entry)  # the same customer's contact goes on
        text = translate("MainWindow", "Calling %1: %2").replace("%1", customer_text(entry))
        self._calling_text = text.replace("%2", entry.reason)
        self.status.set_state(self._calling_text)
        start = ContactStart(
            entry.customer_id, entry.customer_name, direction="outbound", queue_item=entry
        )
        self.open_customer(entry.customer_id, start)

    def show_queue_strip(self) -> None:
        """The card shows the queue item the form's contact works, when it is this customer's."""
        entry = self.wrapup.queue_outcome.entry
        shown = self.card.card
        if entry is not None and shown is not None and entry.customer_id == shown.identity.id:
            self.queue_strip.show_entry(entry)
            if self._calling_text:
                self.status.set_state(self._calling_text)
                self._calling_text = ""
        else:
            self.queue_strip.clear()

    def _queue_saved(self, _item_id) -> None:
        self.status.set_state(translate("MainWindow", "Contact saved; the queue item is updated."))
        self.show_queue_strip()
        self.load_card_callbacks()  # a callback item closed with the contact leaves the card
        self.my_queue.refresh_if_visible()
