"""Unsaved wrap-ups for the main window: parked with their customer, kept on disk, brought back.

A wrap-up never stays on screen beside someone else's card: when another customer (or an
unidentified caller) takes the screen, the typed wrap-up is parked as a draft, written to disk
through the runner, and named in a line above the form; Ctrl+Shift+W goes back to it.
"""

from __future__ import annotations

import contextlib
import uuid

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut

from app.services.contacts.drafts import Draft, DraftLoad
from app.services.errors import NotFound
from app.services.queue.entries import QueueEntry
from app.views.common.workers import Operation
from app.views.wrapup.form import ContactStart

# The window's translation context, as in screen_pop.py.
translate = QCoreApplication.translate
DRAFT_SAVE_MS = 400  # typing pauses this long before the draft goes to disk


def with_queue_items(store, queue) -> tuple[DraftLoad, dict[str, QueueEntry]]:
    """Worker side: the drafts on disk and, by contact id, the queue items they work, read
    again (an item gone since is left out: its draft comes back without the outcome row)."""
    loaded = store.load_all()
    items: dict[str, QueueEntry] = {}
    for draft in loaded.drafts:
        if draft.queue_item is not None:
            with contextlib.suppress(NotFound):
                items[draft.contact_id] = queue.entry(uuid.UUID(draft.queue_item))
    return loaded, items


class DraftKeeperMixin:
    """Mixed into MainWindow; uses its wrap-up form, runner, status strip, card and header."""

    def _init_drafts(self) -> None:
        self._parked: list[Draft] = []
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self.keep_current_draft)
        self.wrapup.edited.connect(self._draft_timer.start)
        self.wrapup.closed.connect(self._draft_closed)
        QShortcut(QKeySequence("Ctrl+Shift+W"), self, activated=self.return_to_draft)

    @property
    def parked_drafts(self) -> list[Draft]:
        return list(self._parked)

    def load_drafts(self) -> None:
        """Bring back the drafts a closed or crashed desk left (they join the parked ones)."""
        self.runner.submit(
            Operation(
                work=lambda: with_queue_items(self.services.drafts, self.services.work_queue),
                on_success=lambda found: self._drafts_loaded(*found),
                on_failure=lambda e: self._draft_problem(str(e)),
                key="drafts-load",
            )
        )

    def _drafts_loaded(self, loaded: DraftLoad, items: dict[str, QueueEntry]) -> None:
        on_form = self.wrapup.snapshot()
        known = {d.contact_id for d in self._parked}
        if on_form is not None:
            known.add(on_form.contact_id)
        restored = [d for d in loaded.drafts if d.contact_id not in known]
        for draft in restored:
            if draft.contact_id in items:  # restoring it shows the "Queue outcome" row again
                self.wrapup.keep_queue_item(draft, items[draft.contact_id])
        self._parked.extend(restored)
        self._show_pending()
        for problem in loaded.problems:
            self._draft_problem(problem)

    def _draft_problem(self, problem: str) -> None:
        text = translate("MainWindow", "Unsaved wrap-up not restored: %1").replace("%1", problem)
        self.status.set_state(text)
        self.wrapup.general_error.setText(text)

    def keep_current_draft(self) -> None:
        """Write the form's contact to disk if anything is typed (debounced while typing)."""
        self._draft_timer.stop()
        draft = self.wrapup.snapshot()
        if draft is not None and self.wrapup.has_input():
            self._write_draft(draft)

    def park_current(self) -> None:
        """The form's customer leaves the screen: keep a typed wrap-up, close an untouched one."""
        self._draft_timer.stop()
        draft = self.wrapup.snapshot()
        if draft is None:
            return
        if not self.wrapup.has_input():
            self.wrapup.discard()
            return
        self._parked = [d for d in self._parked if d.contact_id != draft.contact_id] + [draft]
        self._write_draft(draft)
        self.wrapup.release()
        self._show_pending()

    def take_parked(self, customer_id: uuid.UUID | None) -> Draft | None:
        """The newest parked draft for `customer_id` (a known customer), removed from the list."""
        if customer_id is None:
            return None
        wanted = str(customer_id)
        for draft in reversed(self._parked):
            if draft.customer_id == wanted:
                self._parked.remove(draft)
                self._show_pending()
                return draft
        return None

    def return_to_draft(self) -> None:
        """Ctrl+Shift+W: open the newest parked draft's customer with the draft restored."""
        if not self._parked:
            return
        draft = self._parked[-1]
        if draft.customer_id is not None:
            customer_id = uuid.UUID(draft.customer_id)
            self.show_search()
            # _begin_contact finds the parked draft for this customer and restores it.
            self.open_customer(customer_id, ContactStart(customer_id, draft.display_name))
            return
        self._show_unknown_draft(draft)

    def _show_unknown_draft(self, draft: Draft) -> None:
        """A draft for a caller never identified: no card, the form with the caller's number."""
        self.park_current()
        self._parked.remove(draft)
        self._show_no_customer(draft.caller_number, [])
        self.left.setCurrentWidget(self.caller)
        self.caller.show_unknown(draft.caller_number)
        self.wrapup.restore(draft)
        self._show_pending()
        self.focus_wrapup()

    def _write_draft(self, draft: Draft) -> None:
        store = self.services.drafts
        self.runner.submit(
            Operation(
                work=lambda: store.save(draft),
                on_success=lambda _path: None,
                on_failure=lambda e: self.status.set_state(
                    translate("MainWindow", "Draft not written to disk: %1").replace("%1", str(e))
                ),
                write=True,  # after any earlier write or delete of the same draft
            )
        )

    def _draft_closed(self, contact_id: str) -> None:
        """Saved or discarded: the draft is over, on screen, in the list and on disk."""
        self._draft_timer.stop()
        self._parked = [d for d in self._parked if d.contact_id != contact_id]
        self._show_pending()
        store = self.services.drafts
        self.runner.submit(
            Operation(
                work=lambda: store.delete(contact_id),
                on_success=lambda _none: None,
                on_failure=lambda e: self.status.set_state(str(e)),
                write=True,
            )
        )

    def _show_pending(self) -> None:
        if not self._parked:
            self.wrapup.pending.show_drafts(0, "")
            return
        newest = self._parked[-1]
        name = newest.display_name or translate("MainWindow", "unknown caller")
        if newest.customer_id is None and newest.caller_number:
            name += f" {newest.caller_number}"
        self.wrapup.pending.show_drafts(len(self._parked), name)
