"""Translated words of the next-best-action panel: why a rule is held back, decline reasons."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from app.views.common import formatting
from app.views.customer.card_sections import channel_name

if TYPE_CHECKING:  # the rules load with the services, after the window shows
    from app.rules.decide import HeldAction

translate = QCoreApplication.translate
VALIDITY = re.compile(r"^(from|until) (\d{4}-\d{2}-\d{2})$")


def _reasons() -> dict[str, str]:
    # Literal texts so lupdate finds them; %1 is the detail, already formatted.
    return {
        "no_consent": translate("NbaTexts", "no consent: %1 marketing"),
        "cooldown_shown": translate("NbaTexts", "cooldown: shown recently, again from %1"),
        "cooldown_declined": translate("NbaTexts", "cooldown: declined recently, again from %1"),
        "cooldown_accepted": translate("NbaTexts", "cooldown: accepted recently, again from %1"),
        "presentation_cap": translate("NbaTexts", "shown %1 times already in the policy window"),
        "waiting_callback": translate("NbaTexts", "a callback is arranged for %1"),
        "already_done": translate("NbaTexts", "already done for this period (%1)"),
        "below_top": translate("NbaTexts", "ranked below the top %1"),
        "duplicate_action": translate("NbaTexts", "the same action is offered by rule %1"),
    }


def held_reason(held: HeldAction, locale: QLocale) -> str:
    """The reason in the consultant's language; unknown codes fall back to the service's text."""
    if held.code == "outside_dates":
        return _dates_reason(str(held.detail), locale) or held.reason
    template = _reasons().get(held.code)
    if template is None:
        return held.reason
    return template.replace("%1", _detail(held, locale))


def _dates_reason(detail: str, locale: QLocale) -> str:
    # The rules core says "from 2026-12-01" / "until 2026-11-30" (ISO days, English words).
    match = VALIDITY.match(detail)
    if match is None:
        return ""
    shown = formatting.day(date.fromisoformat(match.group(2)), locale)
    if match.group(1) == "from":
        return translate("NbaTexts", "outside dates: valid from %1").replace("%1", shown)
    return translate("NbaTexts", "outside dates: ended %1").replace("%1", shown)


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


def decline_reason_name(code: str) -> str:
    names = {
        "not_interested": translate("NbaTexts", "Not interested"),
        "too_expensive": translate("NbaTexts", "Too expensive"),
        "has_it_elsewhere": translate("NbaTexts", "Has it elsewhere"),
        "bad_moment": translate("NbaTexts", "Bad moment"),
        "other": translate("NbaTexts", "Other reason"),
    }
    return names.get(code, code.replace("_", " "))


def kind_text(kind: str) -> str:
    if kind == "automatic":
        return translate("NbaTexts", "Automatic: sent by the system")
    return translate("NbaTexts", "Consultant offers it")
