"""Feeds the next-best-action panel: evaluate on open (off the GUI thread), hand what was shown
to the offer service, report failing rules, and save the consultant's outcomes, ignoring results
gone stale."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from app.services.errors import AcrmError, ValidationError
from app.views.common.value_format import QLocaleFormatter
from app.views.common.workers import Operation, Runner
from app.views.nba.offer import OfferWidget
from app.views.nba.panel import NextBestActionPanel

if TYPE_CHECKING:  # the rules and services load after the window shows
    from app.rules.decide import NbaResult
    from app.services.nba.offers import OfferService, SavedOutcome
    from app.services.nba.service import NbaService

log = logging.getLogger(__name__)
SLOW_CHECK_MS = 150
KEY = "nba"


class NbaController(QObject):
    """One per window; `evaluate` on every opened customer picks up newly published rules."""

    # The open customer's alerts (tuple of RaisedAlert; empty when cleared), for the card's
    # banner. Alerts are no offers: nothing about them reaches the offer service.
    alertsChanged = Signal(object)

    def __init__(
        self,
        panel: NextBestActionPanel,
        runner: Runner,
        nba: NbaService | None,
        offers: OfferService | None,
        locale: QLocale,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self._runner = runner
        # None while the desk starts: the window's runner holds every operation until `use`.
        self._nba = nba
        self._offers = offers
        self._locale = QLocale(locale)
        self._customer: uuid.UUID | None = None
        self._generation = 0  # bumps whenever the panel's offers are replaced
        # Offers wait for the caller's identity check: the result is held, logged as shown
        # (and its presentation ids kept) only once the offers are really on screen.
        self._offers_wait = False
        self._held: tuple | None = None  # (result, states) of the current customer
        self._shown_ids: dict | None = None  # None: not logged as shown yet
        self._evaluation = 0  # bumps with every result: presentation ids belong to one
        self._slow = QTimer(self, singleShot=True, interval=SLOW_CHECK_MS)
        self._slow.timeout.connect(self.panel.show_checking)
        panel.outcomeChosen.connect(self.record)

    def use(self, nba: NbaService, offers: OfferService) -> None:
        """The services arrived (the window showed before them)."""
        self._nba, self._offers = nba, offers

    @property
    def customer_id(self) -> uuid.UUID | None:
        return self._customer

    def clear(self, message: str = "") -> None:
        """No customer (or a different one loading): drop the offers and any result in flight."""
        self._customer = None
        self._held = self._shown_ids = None
        self._generation += 1
        self._runner.cancel(KEY)
        self._slow.stop()
        self.panel.clear(message)
        self.alertsChanged.emit(())

    def evaluate(self, customer_id: uuid.UUID) -> None:
        """Evaluate the latest published rules for this customer, now, in the background."""
        self.clear()
        self._customer = customer_id
        formatter = QLocaleFormatter(self._locale)
        self._slow.start()  # "Checking offers…" only when it is not there in a blink

        def work() -> tuple:
            # self._nba read when it runs: held operations wait for `use` at start-up.
            result = self._nba.for_customer(customer_id, formatter=formatter)
            return result, self._nba.automatic_states(customer_id, result)

        self._runner.submit(
            Operation(
                work=work,
                on_success=lambda done: self._evaluated(customer_id, *done),
                on_failure=partial(self._failed, customer_id),
                key=KEY,
            )
        )

    # -- results -------------------------------------------------------------------------------
    def _evaluated(
        self, customer_id: uuid.UUID, result: NbaResult, states: dict | None = None
    ) -> None:
        if customer_id != self._customer:
            return  # the consultant has moved on to someone else
        self._slow.stop()
        self._held, self._shown_ids = (result, states), None
        self._evaluation += 1
        # Alerts never wait for the identity check: a fraud warning matters most before it.
        self.alertsChanged.emit(result.alerts)
        self._show_held()
        if result.errors:
            self._runner.submit(
                Operation(
                    work=lambda: self._nba.report_failures(result),
                    on_success=lambda _: None,
                    on_failure=lambda error: log.error("rule failures not reported: %s", error),
                    write=True,
                )
            )

    def set_offers_wait(self, wait: bool) -> None:
        """The caller's identity check settled or reset: offers appear or go, no reload."""
        if wait != self._offers_wait:
            self._offers_wait = wait
            if self._held is not None:
                self._show_held()

    def _show_held(self) -> None:
        assert self._held is not None and self._customer is not None
        result, states = self._held
        self._generation += 1
        self.panel.show_result(result, states, offers_wait=self._offers_wait)
        if self._offers_wait:
            return
        if self._shown_ids is None:
            self._shown_ids = {}
            self._log_shown(self._customer, result)
        elif self._shown_ids:
            self.panel.set_presentations(self._shown_ids)  # logged when first shown

    def _failed(self, customer_id: uuid.UUID, error: BaseException) -> None:
        if customer_id != self._customer:
            return
        self._slow.stop()
        self.panel.show_failure(_message(error))

    def _log_shown(self, customer_id: uuid.UUID, result: NbaResult) -> None:
        """What the panel shows goes to the offer service, which logs what counts as shown."""
        if not result.prompts:
            # Nothing to present: no write operation, so no "write committed" wakes sync for
            # nothing on every customer opened.
            return
        generation = self._generation
        self._runner.submit(
            Operation(
                work=lambda: self._offers.log_shown(customer_id, result),
                on_success=partial(self._presented, generation, self._evaluation),
                on_failure=partial(self._present_failed, generation),
                write=True,
            )
        )

    def _presented(self, generation: int, evaluation: int, ids: dict[str, uuid.UUID]) -> None:
        if evaluation == self._evaluation and self._shown_ids is not None:
            self._shown_ids = ids  # for the same offers shown again (a re-check, see above)
        if generation == self._generation:
            self.panel.set_presentations(ids)

    def _present_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.panel.presentations_failed(_message(error))

    # -- outcomes ------------------------------------------------------------------------------
    def record(
        self, offer: OfferWidget, outcome: str, reason: str, callback_at: datetime | None
    ) -> None:
        """Save one outcome on the writer thread; the offer shows the result or the error."""
        if offer.presentation_id is None:
            return
        from app.services.nba.offers import OutcomeInput  # loaded with the services by now

        # A callback's note is the offer as the consultant saw it (the rule's name, in the
        # bank's words), not "offer: <action code>", which a team queue would show raw.
        note = offer.action.rule_name if callback_at is not None else ""
        entry = OutcomeInput(offer.presentation_id, outcome, reason, callback_at, note)
        generation = self._generation
        self._runner.submit(
            Operation(
                work=lambda: self._offers.record_outcome(entry),
                on_success=partial(self._saved, generation, offer, callback_at),
                on_failure=partial(self._save_failed, generation, offer),
                write=True,
            )
        )

    def _saved(
        self,
        generation: int,
        offer: OfferWidget,
        callback_at: datetime | None,
        saved: SavedOutcome,
    ) -> None:
        if generation == self._generation:  # else the widget belongs to a closed customer
            offer.show_saved(saved, callback_at)

    def _save_failed(self, generation: int, offer: OfferWidget, error: BaseException) -> None:
        if generation == self._generation:
            offer.show_error(_message(error))


def _message(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return error.message
    if isinstance(error, AcrmError):
        return str(error)
    return type(error).__name__ + (f": {error}" if str(error) else "")
