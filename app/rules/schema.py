"""The data dictionary: every feature a rule may read, with its type and a plain description."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FeatureType(StrEnum):
    """Feature value types; each maps to one rule-engine data type in the compiler."""

    DATETIME = "datetime"  # aware, UTC
    NUMBER = "number"  # Decimal (money, averages) or int; rule-engine compares as FLOAT
    BOOL = "bool"
    TEXT = "text"
    TEXT_LIST = "text_list"  # tuple of short strings, e.g. product codes
    MAPPING = "mapping"  # attributes: custom-column name -> scalar
    RECORD_LIST = "record_list"  # short list of mappings (complaints)


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    type: FeatureType
    description: str
    nullable: bool = False
    unit: str = ""  # "money" (złoty amounts): how explanations and scripts format the value


_T = FeatureType

FEATURES: tuple[Feature, ...] = (
    Feature("as_of", _T.DATETIME, "The moment the rules are evaluated for (UTC)."),
    Feature("age", _T.NUMBER, "Age in whole years on as_of; null without a birth date.", True),
    Feature(
        "is_birthday",
        _T.BOOL,
        "True on the customer's birthday (29 February birthdays count on 28 February "
        "in other years).",
    ),
    Feature(
        "days_to_birthday",
        _T.NUMBER,
        "Days until the next birthday (0 on the day); null without a birth date.",
        True,
    ),
    Feature("segment", _T.TEXT, "Customer segment, e.g. mass, affluent, private."),
    Feature("city", _T.TEXT, "City of the customer's address."),
    Feature(
        "attributes",
        _T.MAPPING,
        'Custom attributes from the import, by column name: attributes["risk_score"].',
    ),
    Feature("products", _T.TEXT_LIST, "Codes of the products held on as_of (open ones)."),
    Feature(
        "last_inflow",
        _T.NUMBER,
        "Amount of the latest inflow booked on or before as_of; null if none.",
        True,
        "money",
    ),
    Feature(
        "last_inflow_at", _T.DATETIME, "When the latest inflow was booked; null if none.", True
    ),
    Feature(
        "avg_prior_inflow",
        _T.NUMBER,
        "Mean of the inflows booked in the 365 days before last_inflow_at, that inflow "
        "excluded; null if there are none.",
        True,
        "money",
    ),
    Feature("inflow_count_12m", _T.NUMBER, "Number of inflows in the 365 days up to as_of."),
    Feature("upheld_complaints", _T.NUMBER, "Complaints resolved in the customer's favour, ever."),
    Feature("open_complaints", _T.NUMBER, "Complaints open on as_of."),
    Feature(
        "complaints",
        _T.RECORD_LIST,
        "The latest complaints (at most 10), newest first: each has opened_at, status, resolution.",
    ),
    Feature(
        "consent_email", _T.BOOL, "Latest marketing consent for e-mail (false if never given)."
    ),
    Feature("consent_phone", _T.BOOL, "Latest marketing consent for phone (false if never given)."),
    Feature("consent_sms", _T.BOOL, "Latest marketing consent for SMS (false if never given)."),
    Feature("last_contact_at", _T.DATETIME, "Start of the latest contact; null if none.", True),
    Feature("contacts_90d", _T.NUMBER, "Contacts in the 90 days up to as_of."),
)

FEATURES_BY_NAME: dict[str, Feature] = {feature.name: feature for feature in FEATURES}
