"""The next-best-action panel's reason why a rule is held back, with its detail formatted."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from app.views.common import formatting
from app.views.common.labels import channel_name, held_reason_template

if TYPE_CHECKING:  # the rules load with the services, after the window shows
    from app.rules.decide import HeldAction

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
