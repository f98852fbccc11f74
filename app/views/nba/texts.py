"""The next-best-action panel's texts with data in them: why a rule is held back, and where an
automatic action stands in the ledger."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app.views.common import formatting
from app.views.common.labels import channel_name, held_reason_template

if TYPE_CHECKING:  # the rules load with the services, after the window shows
    from app.rules.decide import HeldAction, OfferedAction
    from app.services.dto import AutomaticState

translate = QCoreApplication.translate

VALIDITY = re.compile(r"^(from|until) (\d{4}-\d{2}-\d{2})$")


def held_reason(held: HeldAction, locale: QLocale) -> str:
    """The reason in the consultant's language; unknown codes fall back to the service's text."""
    if held.code == "outside_dates":
        return _dates_reason(str(held.detail), locale) or held.reason
    template = held_reason_template(held.code)
    if template is None:
        return held.reason
    return template.replace("%1", _detail(held, locale))


def _dates_reason(detail: str, locale: QLocale) -> str:
    # The rules core says "from 2026-12-01" / "until 2026-11-30" (ISO days, English words).
    match = VALIDITY.match(detail)
    if match is None:
        return ""
    shown = formatting.day(date.fromisoformat(match.group(2)), locale)
    template = held_reason_template("valid_" + match.group(1))
    return template.replace("%1", shown) if template else ""


def _detail(held: HeldAction, locale: QLocale) -> str:
    detail = held.detail
    if isinstance(detail, datetime):
        return formatting.local_datetime(detail, locale)  # a callback's moment
    if isinstance(detail, date):
        return formatting.day(detail, locale)
    if held.code == "no_consent":
        return channel_name(str(detail))
    if isinstance(detail, int):
        return locale.toString(detail)
    return "" if detail is None else str(detail)


def automatic_state(state: AutomaticState, locale: QLocale) -> str:
    """Only what the ledger says happened: "sent on" once delivered, "due" until then."""
    if state.status == "delivered" and state.delivered_at is not None:
        sent = formatting.day(state.delivered_at.astimezone().date(), locale)
        return translate("AutomaticState", "sent on %1").replace("%1", sent)
    if state.status == "local" and state.recorded_at is not None:
        # No webhook configured: the row waits in the local outbox for a person, not a run.
        kept = formatting.day(state.recorded_at.astimezone().date(), locale)
        return translate("AutomaticState", "not sent: in the local outbox since %1").replace(
            "%1", kept
        )
    return translate("AutomaticState", "due: sent by tonight's run")


def score_text(action: OfferedAction, locale: QLocale) -> str:
    """How a propensity weighed the offer's score ("" for an offer not weighed by one)."""
    weighing = action.weighing
    if weighing is None:
        return ""
    priority = locale.toString(weighing.priority)
    value = _decimal(weighing.business_value, locale)
    score = _decimal(action.score, locale)
    if weighing.propensity is None:
        return (
            translate(
                "NbaTexts",
                "Score: %1 × %2 = %3; the propensity (%4) is unknown for this customer, "
                "so it is not weighed",
            )
            .replace("%1", priority)
            .replace("%2", value)
            .replace("%3", score)
            .replace("%4", weighing.feature)
        )
    return (
        translate("NbaTexts", "Score: %1 × %2 × propensity %3 (%4) = %5")
        .replace("%1", priority)
        .replace("%2", value)
        .replace("%3", _decimal(weighing.propensity, locale))
        .replace("%4", weighing.feature)
        .replace("%5", score)
    )


def _decimal(value: Decimal, locale: QLocale) -> str:
    """As many decimals as the value has (up to four), in the consultant's notation."""
    exponent = value.normalize().as_tuple().exponent
    places = min(max(-exponent, 0), 4) if isinstance(exponent, int) else 0
    return formatting.number(value, locale, places)
