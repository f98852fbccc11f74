"""The words of the desk's analytics refresh: step names, the summary of a new model version."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.views.common import formatting
from app.views.customer.value_risk_text import long_day

# Literal contexts and texts, so pyside6-lupdate can collect them.
translate = QCoreApplication.translate

# The refresh's steps in the order the service runs them (its progress names them so).
STEPS = ("extract", "bgnbd", "gamma_gamma", "churn", "rfm", "affinity", "write")


def step_name(step: str) -> str:
    """What the refresh is doing; a step this desk does not know is shown by its name."""
    names = {
        "extract": translate("RefreshTexts", "Reading the customer base"),
        "bgnbd": translate("RefreshTexts", "Fitting activity (BG/NBD)"),
        "gamma_gamma": translate("RefreshTexts", "Fitting value (Gamma–Gamma)"),
        "churn": translate("RefreshTexts", "Estimating churn risk"),
        "rfm": translate("RefreshTexts", "Scoring RFM and segments"),
        "affinity": translate("RefreshTexts", "Finding product affinity"),
        "write": translate("RefreshTexts", "Saving the scores"),
    }
    return names.get(step, step)


def overall(step: str, done: int, total: int) -> int:
    """Progress over all steps, 0-1000: each step a tenth-ish share, split by its own count."""
    index = STEPS.index(step) if step in STEPS else len(STEPS) - 1
    share = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
    return round((index + share) * 1000 / len(STEPS))


def step_text(step: str) -> str:
    """ "Fitting value (Gamma–Gamma)… (step 3 of 7)"."""
    number = STEPS.index(step) + 1 if step in STEPS else len(STEPS)
    return (
        translate("RefreshTexts", "%1… (step %2 of %3)")
        .replace("%1", step_name(step))
        .replace("%2", str(number))
        .replace("%3", str(len(STEPS)))
    )


def significant(value: Any, locale: QLocale, digits: int = 3) -> str:
    """A fitted parameter to `digits` significant digits, the locale's decimal sign."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "—"
    if not math.isfinite(number):
        return "—"
    places = 0 if number == 0 else max(0, digits - 1 - math.floor(math.log10(abs(number))))
    return formatting.number(round(number, places), locale, places)


def summary(version: int, as_of, customers: int, parameters: dict, locale: QLocale) -> str:
    """E.g. "Version 4 as of 5 December 2026 is in force: 2 357 customers scored; BG/NBD
    r 0,243, α 4,41, a 0,793, b 2,43"; for the homogeneous drop-out limit "r 0,5, α 4,
    p 0,2 (the same drop-out chance for every customer)"."""
    bgnbd = parameters.get("bgnbd") or {}
    limit = bool(bgnbd.get("limit"))  # a, b ran to infinity: one drop-out probability p
    names = (("r", "r"), ("α", "alpha")) + ((("p", "p"),) if limit else (("a", "a"), ("b", "b")))
    fitted = ", ".join(f"{name} {significant(bgnbd.get(key), locale)}" for name, key in names)
    if limit:
        fitted += " " + translate("RefreshTexts", "(the same drop-out chance for every customer)")
    return (
        translate("RefreshTexts", "Version %1 as of %2 is in force: %3 customers scored; BG/NBD %4")
        .replace("%1", str(version))
        .replace("%2", long_day(as_of, locale))
        .replace("%3", formatting.number(customers, locale))
        .replace("%4", fitted)
    )


def churn_summary(parameters: dict, locale: QLocale) -> str:
    """Which churn model the version used, with the logistic model's AUC."""
    churn = parameters.get("churn") or {}
    if churn.get("method") == "logistic":
        return (
            translate("RefreshTexts", "churn: logistic model on %1, AUC %2")
            .replace("%1", str(churn.get("label") or "—"))
            .replace("%2", significant(churn.get("auc"), locale, 2))
        )
    return translate("RefreshTexts", "churn: from activity (1 − P(alive))")
