"""Names of the breakdowns and groups of the effectiveness report, and its uplift as text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.reports.effectiveness_values import NO_CONTACT, NOT_SCORED, UNSPECIFIED
from app.views.common.labels import channel_name, segment_name
from app.views.customer.value_risk_text import segment_name as rfm_segment_name
from app.views.customer.value_risk_text import tier_name
from app.views.team import figures_text as ft

translate = QCoreApplication.translate


def breakdown_choices() -> list[tuple[str, str | None]]:
    """(label, code) for the breakdown selector, "no breakdown" first."""
    return [
        (translate("Effectiveness", "Rule only"), None),
        (translate("Effectiveness", "Customer segment"), "segment"),
        (translate("Effectiveness", "RFM segment"), "rfm_segment"),
        (translate("Effectiveness", "Value tier"), "value_tier"),
        (translate("Effectiveness", "Channel"), "channel"),
    ]


def group_name(by: str | None, group: str) -> str:
    """A group as the lead reads it: a tier, a segment, a channel, or why there is none."""
    special = {
        NOT_SCORED: translate("Effectiveness", "not scored"),
        UNSPECIFIED: translate("Effectiveness", "unspecified"),
    }
    if group in special:
        return special[group]
    if by == "channel":
        return translate("Effectiveness", "no contact") if group == NO_CONTACT else (
            channel_name(group))  # fmt: skip
    if by == "value_tier":
        return tier_name(group)
    if by == "rfm_segment":
        return rfm_segment_name(group)
    return segment_name(group) if by == "segment" else group


def points(value: float | None, locale: QLocale) -> str:
    """A difference of two rates in percentage points, signed: "+6,0 pp"."""
    if value is None:
        return ft.EMPTY
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    text = locale.toString(abs(value) * 100, "f", 1)
    return translate("Effectiveness", "%1 pp").replace("%1", sign + text)


def uplift(value: float | None, low: float | None, high: float | None, locale: QLocale) -> str:
    """ "+6,0 pp (−1,2 … +13,4)": the uplift and its 95 % interval."""
    if value is None or low is None or high is None:
        return points(value, locale)
    return f"{points(value, locale)} ({points(low, locale)} … {points(high, locale)})"
