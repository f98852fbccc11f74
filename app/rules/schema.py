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
    # How explanations and scripts format the value: "money" (złoty amounts), "share" (a
    # probability, shown as a percentage), "estimate" (a model's expectation, one decimal).
    unit: str = ""


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
    # From the analytics model version in force (`acrm analytics refresh`): null, "" or an
    # empty list for a customer that version did not score (new since, or no refresh yet).
    Feature(
        "p_alive",
        _T.NUMBER,
        "Probability (0-1) that the customer is still active, from the BG/NBD model of the "
        "analytics version in force; null if not scored.",
        True,
        "share",
    ),
    Feature(
        "expected_events_12m",
        _T.NUMBER,
        "Expected days with an inflow in the next 52 weeks (BG/NBD, analytics version in "
        "force); null if not scored.",
        True,
        "estimate",
    ),
    Feature(
        "clv_12m",
        _T.NUMBER,
        "Expected value of the next 12 months' inflows (BG/NBD with Gamma-Gamma, analytics "
        "version in force); null if not scored.",
        True,
        "money",
    ),
    Feature(
        "value_tier",
        _T.TEXT,
        'Value tier by clv_12m quantiles: "High", "Medium" or "Low"; "" if not scored.',
    ),
    Feature(
        "churn_risk",
        _T.TEXT,
        'Churn risk: "High", "Medium" or "Low" (from 1 - p_alive, or a logistic model on a '
        'labelled column); "" if not scored.',
    ),
    Feature(
        "churn_probability",
        _T.NUMBER,
        "Probability (0-1) that the customer leaves, behind churn_risk; null if not scored.",
        True,
        "share",
    ),
    Feature(
        "rfm",
        _T.TEXT,
        'Recency, frequency and monetary scores, 1-5 each, as text, e.g. "545"; "" if not scored.',
    ),
    Feature(
        "segment_rfm",
        _T.TEXT,
        'Named segment from the RFM scores, e.g. "loyal_high_value", "at_risk", "new", '
        '"dormant"; "" if not scored.',
    ),
    Feature(
        "affinity_products",
        _T.TEXT_LIST,
        "Codes of products the customer does not hold that association rules suggest, best "
        "first; empty if none or not scored.",
    ),
)

FEATURES_BY_NAME: dict[str, Feature] = {feature.name: feature for feature in FEATURES}
