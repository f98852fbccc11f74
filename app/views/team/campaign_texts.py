"""Campaign values in words: status, target, dates, conversion with its interval, a run's report."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from app.services.campaigns.values import CampaignRow, GenerateReport
from app.views.common.formatting import day, local_datetime, number
from app.views.common.labels import decline_reason_name

translate = QCoreApplication.translate
NBSP = "\u00a0"


def status_name(status: str) -> str:
    names = {
        "open": translate("CampaignTexts", "open"),
        "closed": translate("CampaignTexts", "closed"),
    }
    return names.get(status, status)


def target_text(row: CampaignRow) -> str:
    if row.rule_id:
        return translate("CampaignTexts", "rule %1").replace("%1", row.rule_id)
    return row.condition


def team_text(team: str) -> str:
    return team or translate("CampaignTexts", "whole centre")


def dates_text(row: CampaignRow, locale: QLocale) -> str:
    start = day(row.starts_on, locale)
    if row.ends_on is None:
        return translate("CampaignTexts", "from %1").replace("%1", start)
    return f"{start} – {day(row.ends_on, locale)}"


def cap_text(cap: int | None, locale: QLocale) -> str:
    return translate("CampaignTexts", "no cap") if cap is None else number(cap, locale)


def definition_text(row: CampaignRow, locale: QLocale) -> str:
    """One line: target · team · dates · cap · last generated."""
    if row.generated_at is None:
        generated = translate("CampaignTexts", "never generated")
    else:
        generated = translate("CampaignTexts", "generated %1").replace(
            "%1", local_datetime(row.generated_at, locale)
        )
    cap = translate("CampaignTexts", "cap %1").replace("%1", number(row.cap, locale)) \
        if row.cap is not None else translate("CampaignTexts", "no cap")  # fmt: skip
    parts = (target_text(row), team_text(row.team), dates_text(row, locale), cap, generated)
    return " · ".join(parts)


def percent(share: float, locale: QLocale) -> str:
    """12,5% in Polish, 12,5 % in Russian (the locale's own habit), one decimal."""
    sign = NBSP + "%" if locale.language() == QLocale.Language.Russian else "%"
    return locale.toString(share * 100, "f", 1) + sign


def conversion_text(value: float | None, low: float | None, high: float | None,
                    locale: QLocale) -> str:  # fmt: skip
    if value is None:
        return translate("CampaignTexts", "nothing presented yet")
    if low is None or high is None:
        return percent(value, locale)
    return (
        translate("CampaignTexts", "%1 (95% interval %2 – %3)")
        .replace("%1", percent(value, locale))
        .replace("%2", percent(low, locale))
        .replace("%3", percent(high, locale))
    )


def declined_text(declined: Mapping[str, int], locale: QLocale) -> str:
    """ "Too expensive 3, Not interested 1": the most frequent reason first."""
    if not declined:
        return translate("CampaignTexts", "none")
    ordered = sorted(declined.items(), key=lambda pair: (-pair[1], pair[0]))
    return ", ".join(f"{decline_reason_name(code)} {number(n, locale)}" for code, n in ordered)


def held_reason_name(code: str) -> str:
    """Why a generation left a customer out (the service's suppression codes)."""
    names = {
        "no_consent": translate("CampaignTexts", "no consent"),
        "contact_policy": translate("CampaignTexts", "contact policy"),
        "cooldown": translate("CampaignTexts", "contacted recently"),
        "cooldown_shown": translate("CampaignTexts", "shown recently"),
        "cooldown_declined": translate("CampaignTexts", "declined recently"),
        "cooldown_accepted": translate("CampaignTexts", "accepted recently"),
        "presentation_cap": translate("CampaignTexts", "shown too often"),
        "no_phone": translate("CampaignTexts", "no phone number"),
        "already_done": translate("CampaignTexts", "already done"),
    }
    return names.get(code, code.replace("_", " "))


class ReportWords(QObject):
    """What one generation did, in sentences; counts in the language's plural forms (a class:
    lupdate collects plural texts from `self.tr` calls) and grouped as the locale groups them."""

    def __init__(self, locale: QLocale) -> None:
        super().__init__()
        self._locale = locale

    def _grouped(self, text: str, n: int) -> str:
        # Qt writes %n as bare digits ("100000"): put the locale's grouping in ("100 000").
        return text.replace(str(n), number(n, self._locale), 1)

    def text(self, report: GenerateReport) -> str:
        r, grouped = report, self._grouped
        parts = [
            grouped(self.tr("%n customer(s) evaluated", "", r.evaluated), r.evaluated),
            grouped(self.tr("%n added to the call list", "", r.added), r.added),
            grouped(self.tr("%n already on the campaign", "", r.already), r.already),
        ]
        if r.capped:
            parts.append(grouped(self.tr("%n left out by the cap", "", r.capped), r.capped))
        text = "; ".join(parts) + "."
        if r.held:
            held = sorted(r.held.items(), key=lambda pair: (-pair[1], pair[0]))
            reasons = ", ".join(
                f"{held_reason_name(code)}: {number(n, self._locale)}" for code, n in held
            )
            total = sum(r.held.values())
            text += " " + grouped(self.tr("%n held back", "", total), total) + f" ({reasons})."
        if r.cancelled:
            text = self.tr("Cancelled; what was added stays.") + " " + text
        return text


def report_words(report: GenerateReport, locale: QLocale | None = None) -> str:
    return ReportWords(locale or QLocale()).text(report)
