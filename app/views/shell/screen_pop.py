"""Screen pop for the main window: route an incoming number to one customer, a pick list or
the unknown-caller panel, never showing the previous customer meanwhile."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from app.services.dto import CustomerHit, Identity
from app.services.normalise import readable_phone
from app.views.common.workers import Operation
from app.views.wrapup.form import ContactStart

# The window's own translation context: self.tr here would look texts up as "MainWindow" at run
# time while lupdate files them under this class's name.
translate = QCoreApplication.translate


class ScreenPopMixin:
    """Mixed into MainWindow; uses its panels (caller, card, header, history, wrap-up)."""

    def handle_phone(self, number: str) -> None:
        """A call came in: one match opens straight away, several or none show a panel."""
        began_at = datetime.now(UTC)  # the call's timer runs from the pop, not from a click
        self.raise_()
        self.activateWindow()
        shown = readable_phone(number)
        self.status.set_state(translate("MainWindow", "Incoming call %1…").replace("%1", shown))
        self.runner.submit(
            Operation(
                work=lambda: self.services.search.find_by_phone(number),
                on_success=lambda hits: self._route_call(number, hits, began_at),
                on_failure=self._card_failed,
                key="screen-pop",
            )
        )

    def _route_call(
        self, number: str, hits: list[CustomerHit], began_at: datetime | None = None
    ) -> None:
        if len(hits) != 1:
            self._show_no_customer(number, hits)
        if len(hits) == 1:
            self.show_search()
            self.search.show_caller(number, hits[0])  # never the previous search's results
            start = ContactStart(
                hits[0].id, hits[0].full_name, caller_number=number, began_at=began_at
            )
            self.open_customer(hits[0].id, start)
            return
        self.left.setCurrentWidget(self.caller)
        if hits:
            self.caller.show_matches(number, hits, began_at)
        else:
            self.caller.show_unknown(number, began_at)
        self.status.set_state(translate("MainWindow", "Ready"))

    def _show_no_customer(self, number: str, hits: list[CustomerHit]) -> None:
        """Until the caller is identified, nothing on screen may belong to someone else."""
        self.runner.cancel("card")
        self._slow_open.stop()
        self._pending_start = None
        self._begin_after_paint = None
        self._history_for = None
        self.card.clear(
            translate(
                "MainWindow",
                "Identify the caller on the left: pick a match, create a customer, or log "
                "the call without one.",
            )
        )
        self.history.show_customer(None)
        detail = (
            translate("MainWindow", "No customer has this number.")
            if not hits
            else translate("MainWindow", "Pick the caller.")
        )
        self.header.show_message(
            translate("MainWindow", "Incoming call %1").replace("%1", readable_phone(number)),
            detail,
        )
        # The previous customer's wrap-up: kept as a draft if typed in, closed if untouched.
        self.park_current()
        self.wrapup.show_customer(None)

    def _pick_caller(self, hit: CustomerHit) -> None:
        number, began_at = self.caller.number, self.caller.began_at
        self.show_search()
        start = ContactStart(hit.id, hit.full_name, caller_number=number, began_at=began_at)
        self.open_customer(hit.id, start)

    def _log_unknown(self, number: str) -> None:
        began_at = self.caller.began_at
        self._begin_contact(ContactStart(None, "", caller_number=number, began_at=began_at))
        self.focus_wrapup()

    def _customer_created(self, identity: Identity) -> None:
        number, began_at = self.caller.number, self.caller.began_at
        self.show_search()
        start = ContactStart(
            identity.id, identity.full_name, caller_number=number, began_at=began_at
        )
        self.open_customer(identity.id, start)
