"""The [analytics] settings: value-tier quantiles, churn label column, risk and affinity cuts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import AcrmError
from app.services.settings_section import checked_section

DEFAULT_QUANTILES = (0.5, 0.8)
SETTINGS_KEYS = (
    "value_tier_quantiles",
    "churn_label",
    "churn_high",
    "churn_medium",
    "affinity_min_support",
    "affinity_min_confidence",
    "affinity_min_lift",
)
MAX_LIFT = 1000.0  # a minimum lift beyond any real basket: surely a typo


@dataclass(frozen=True)
class AnalyticsSettings:
    """How a refresh cuts its scores into levels and which imported column labels churn."""

    value_tier_quantiles: tuple[float, float] = DEFAULT_QUANTILES  # Medium from, High from
    churn_label: str = ""  # "" = no labels: churn risk is 1 - p_alive
    churn_high: float = 0.5  # churn probability from which the risk is High
    churn_medium: float = 0.2  # ... and Medium
    affinity_min_support: float = 0.02
    affinity_min_confidence: float = 0.3
    affinity_min_lift: float = 1.1


def analytics_settings(config: dict, path: Path | str) -> AnalyticsSettings:
    """The [analytics] section, checked; a bad value names the key (analytics.NAME) and the rule."""
    section = checked_section(config, "analytics", SETTINGS_KEYS, path)
    defaults = AnalyticsSettings()
    where = f"{path}: [analytics]"
    label = section.get("churn_label", defaults.churn_label)
    if not isinstance(label, str) or len(label) > 64:
        raise AcrmError(f"{where} analytics.churn_label {label!r} is not a column name")
    high = _share(section, "churn_high", defaults.churn_high, where)
    medium = _share(section, "churn_medium", defaults.churn_medium, where)
    if medium > high:
        raise AcrmError(
            f"{where} analytics.churn_medium {medium} must not exceed analytics.churn_high {high}"
        )
    lift = _number(section, "affinity_min_lift", defaults.affinity_min_lift, where)
    if not 0 < lift <= MAX_LIFT:
        raise AcrmError(f"{where} analytics.affinity_min_lift {lift} must be above 0")
    return AnalyticsSettings(
        value_tier_quantiles=_quantiles(section.get("value_tier_quantiles"), where),
        churn_label=label.strip(),
        churn_high=high,
        churn_medium=medium,
        affinity_min_support=_share(
            section, "affinity_min_support", defaults.affinity_min_support, where, open_low=True
        ),
        affinity_min_confidence=_share(
            section, "affinity_min_confidence", defaults.affinity_min_confidence, where
        ),
        affinity_min_lift=lift,
    )


def _number(section: dict, name: str, default: float, where: str) -> float:
    value = section.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise AcrmError(f"{where} analytics.{name} {value!r} is not a number")
    return float(value)


def _share(section: dict, name: str, default: float, where: str, open_low: bool = False) -> float:
    value = _number(section, name, default, where)
    low_ok = value > 0 if open_low else value >= 0
    if not low_ok or value > 1:
        bound = "above 0" if open_low else "at least 0"
        raise AcrmError(f"{where} analytics.{name} {value} must be {bound} and at most 1")
    return value


def _quantiles(value: object, where: str) -> tuple[float, float]:
    if value is None:
        return DEFAULT_QUANTILES
    name = "analytics.value_tier_quantiles"
    if (
        not isinstance(value, list)
        or len(value) != 2
        or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value)
    ):
        raise AcrmError(f"{where} {name} {value!r} must be two numbers, e.g. [0.5, 0.8]")
    low, high = float(value[0]), float(value[1])
    if not 0 < low < high < 1:
        raise AcrmError(
            f"{where} {name} {value!r}: the two quantiles must rise strictly between 0 and 1"
        )
    return low, high
