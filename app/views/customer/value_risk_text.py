"""The words of the card's "Value and risk" section: tiers, segments, methods and the whys."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.services.analytics.records import AffinityPick, CustomerAnalytics
from app.views.common import formatting
from app.views.common.labels import product_name

# Literal contexts and texts, so pyside6-lupdate can collect them.
translate = QCoreApplication.translate

NONE = "—"
# Colour for state only; the badge's text says the same in words.
RISK_STATE = {"High": "bad", "Medium": "warn", "Low": "ok"}
TIER_STATE = {"High": "info", "Medium": "neutral", "Low": "neutral"}


def tier_name(tier: str) -> str:
    """The badge of a value tier ("High value"); another word as the model wrote it."""
    names = {
        "High": translate("ValueRisk", "High value"),
        "Medium": translate("ValueRisk", "Medium value"),
        "Low": translate("ValueRisk", "Low value"),
    }
    return names.get(tier, tier) or NONE


def risk_name(risk: str) -> str:
    """The badge of a churn risk ("High risk"); another word as the model wrote it."""
    names = {
        "High": translate("ValueRisk", "High risk"),
        "Medium": translate("ValueRisk", "Medium risk"),
        "Low": translate("ValueRisk", "Low risk"),
    }
    return names.get(risk, risk) or NONE


def segment_name(code: str) -> str:
    """A named RFM segment; a code the desk does not know yet is shown as the model wrote it."""
    names = {
        "loyal_high_value": translate("ValueRisk", "Loyal, high value"),
        "promising": translate("ValueRisk", "Promising"),
        "new": translate("ValueRisk", "New"),
        "at_risk": translate("ValueRisk", "At risk"),
        "dormant": translate("ValueRisk", "Dormant"),
        "needs_attention": translate("ValueRisk", "Needs attention"),
        "no_events": translate("ValueRisk", "No inflows"),
    }
    return names.get(code, code) or NONE


def percent(share: float | None, locale: QLocale) -> str:
    """0.874 -> "87%" (Polish), "87 %" (Russian): the language's own percent form."""
    if share is None:
        return NONE
    whole = math.floor(share * 100 + 0.5)  # half up: 0.5% is 1%, not 0% (round() is even)
    shown = formatting.number(whole, locale)
    if whole == 0 and share > 0:  # never "0%" for a chance that is not nil
        shown = "<" + formatting.number(1, locale)
    elif whole == 100 and share < 1:  # nor "100%" for one that is not certain
        shown = ">" + formatting.number(99, locale)
    return translate("ValueRisk", "%1%").replace("%1", shown)


def clv_text(analytics: CustomerAnalytics, locale: QLocale) -> str:
    clv = NONE if analytics.clv_12m is None else formatting.money(analytics.clv_12m, "PLN", locale)
    return translate("ValueRisk", "CLV 12 months: %1").replace("%1", clv)


def activity_text(analytics: CustomerAnalytics, locale: QLocale) -> str:
    events = analytics.expected_events_12m
    expected = NONE if events is None else formatting.number(round(events, 1), locale, 1)
    return (
        translate("ValueRisk", "P(alive) %1 · inflow days expected in 12 months: %2")
        .replace("%1", percent(analytics.p_alive, locale))
        .replace("%2", expected)
    )


def churn_method_text(analytics: CustomerAnalytics, locale: QLocale) -> str:
    """Which model gave the churn risk, as the card must say."""
    if analytics.churn_method == "logistic":
        label = analytics.churn_label or NONE
        if analytics.churn_auc is None:
            return translate("ValueRisk", "logistic model on %1").replace("%1", label)
        auc = formatting.number(round(analytics.churn_auc, 2), locale, 2)
        return (
            translate("ValueRisk", "logistic model on %1 (AUC %2)")
            .replace("%1", label)
            .replace("%2", auc)
        )
    if analytics.churn_method == "p_alive":
        text = translate("ValueRisk", "from activity (1 − P(alive))")
        return text.replace("1 − P(alive)", "1\u00a0−\u00a0P(alive)")  # one piece, never split
    return analytics.churn_method


def churn_text(analytics: CustomerAnalytics, locale: QLocale) -> str:
    return (
        f"{percent(analytics.churn_probability, locale)} · {churn_method_text(analytics, locale)}"
    )


def rfm_text(rfm: str) -> str:
    """ "545" -> "RFM 5-4-5"."""
    return "RFM\u00a0" + ("-".join(rfm) if rfm else NONE)


def segment_text(analytics: CustomerAnalytics) -> str:
    return f"{segment_name(analytics.segment_rfm)} · {rfm_text(analytics.rfm)}"


def segment_why(analytics: CustomerAnalytics) -> str:
    if not analytics.segment_rule:
        return ""
    rule = segment_rule_text(analytics.segment_rule)
    return translate("ValueRisk", "Why: %1").replace("%1", rule)


def segment_rule_text(rule: str) -> str:
    """The model version states its segment rules in English; the desk says the ones it knows
    (app/services/analytics/fitting/rfm.py SEGMENTS) in its language, any other as written."""
    known = {
        "no inflow before the as-of date": translate(
            "ValueRisk", "no inflow before the model's date"),
        "first inflow 13 weeks or less before the as-of date": translate(
            "ValueRisk", "first inflow 13 weeks or less before the model's date"),
        "R ≥ 4 and F ≥ 4 and M ≥ 4": translate("ValueRisk", "R ≥ 4 and F ≥ 4 and M ≥ 4"),
        "R ≥ 4 and F ≤ 2": translate("ValueRisk", "R ≥ 4 and F ≤ 2"),
        "R ≤ 2 and (F ≥ 3 or M ≥ 4)": translate("ValueRisk", "R ≤ 2 and (F ≥ 3 or M ≥ 4)"),
        "R ≤ 2 and F ≤ 2 and M ≤ 3": translate("ValueRisk", "R ≤ 2 and F ≤ 2 and M ≤ 3"),
        "R = 3, or R ≥ 4 and F = 3, or R ≥ 4 and F ≥ 4 and M ≤ 3": translate(
            "ValueRisk", "R = 3, or R ≥ 4 and F = 3, or R ≥ 4 and F ≥ 4 and M ≤ 3"),
    }  # fmt: skip
    return known.get(rule, rule)


def products_text(codes: Sequence[str]) -> str:
    """ "Credit card", "Credit card and Savings account", "A, B and C"."""
    names = [product_name(code) for code in codes]
    if len(names) <= 1:
        return "".join(names)
    return (
        translate("ValueRisk", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


def affinity_why(pick: AffinityPick, locale: QLocale) -> str:
    """E.g. "78% of customers with Credit card and Savings account also hold Investment fund;
    lift 2,4"."""
    lift = formatting.number(round(pick.lift, 1), locale, 1)
    return (
        translate("ValueRisk", "%1 of customers with %2 also hold %3; lift %4")
        .replace("%1", percent(pick.confidence, locale))
        .replace("%2", products_text(pick.because))
        .replace("%3", product_name(pick.product))
        .replace("%4", lift)
    )


def affinity_tip(pick: AffinityPick, locale: QLocale) -> str:
    return translate(
        "ValueRisk", "Support: %1 of all customers hold these products together"
    ).replace("%1", percent(pick.support, locale))


def model_text(analytics: CustomerAnalytics, locale: QLocale) -> str:
    return (
        translate("ValueRisk", "Model as of %1 (version %2)")
        .replace("%1", long_day(analytics.model_as_of, locale))
        .replace("%2", str(analytics.model_version))
    )


def long_day(moment: datetime, locale: QLocale) -> str:
    """ "5 grudnia 2026": the local calendar day of a stored (UTC) moment, month in words."""
    day = (moment.astimezone() if moment.tzinfo else moment).date()
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
