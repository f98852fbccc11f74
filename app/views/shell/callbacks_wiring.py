"""Callbacks on the main window: the card's open callbacks and closing them on save."""

from __future__ import annotations

from app.services.dto import CallbackRow, SavedContact
from app.views.customer.card_callbacks import CardCallbacks
from app.views.wrapup.form import ContactStart


class CallbacksMixin:
    """Mixed into MainWindow; uses its runner, services, card and wrap-up."""

    def _init_callbacks(self) -> None:
        """Build and wire the callback views (after the card and the wrap-up exist)."""
        # Services are looked up when the work runs: the window may exist before them.
        self.card_callbacks = CardCallbacks(
            self.runner, lambda cid: self.services.callbacks.for_customer(cid), self._locale
        )
        self.card.add_strip(self.card_callbacks)
        self.card_callbacks.loaded.connect(self.wrapup.closing.offer)
        self.wrapup.saved.connect(self._callbacks_saved)

    def open_callback(self, row: CallbackRow) -> None:
        """Open the callback's customer; the wrap-up names it and offers to close it."""
        if row.customer_id is None:
            return
        current = self.wrapup.contact
        if current is not None and current.customer_id == row.customer_id:
            # The same customer's contact goes on (its clock too): just tie it to the callback.
            self.wrapup.closing.bind(row.customer_id, row.id)
        start = ContactStart(
            row.customer_id, row.customer_name, direction="outbound", callback_id=row.id
        )
        self.open_customer(row.customer_id, start)

    def load_card_callbacks(self) -> None:
        """The open customer's callbacks, again (after the card's paint, or a save closed one)."""
        shown = self.card.card
        self.card_callbacks.load(shown.identity.id if shown is not None else None)

    def _callbacks_saved(self, saved: SavedContact) -> None:
        if not saved.closed_callbacks:
            return
        self.load_card_callbacks()
        self.my_queue.refresh_if_visible()  # a callback is a queue item too

    def _callbacks_panel_closed(self) -> None:
        # Back to the call's work: the wrap-up while a contact is open, else the search box.
        self.activateWindow()
        if self.wrapup.contact is not None:
            self.focus_wrapup()
        else:
            self.focus_search()
