"""The feature builder on hand-made facts: keys, values, types, windows and rule-engine fit."""

from __future__ import annotations

import dataclasses
import pickle
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest
import rule_engine

from app.rules import calendar_math
from app.rules.compiler import IDENTITY_PLACEHOLDERS
from app.rules.features import (
    MAX_PRODUCTS,
    MAX_TEXT,
    ComplaintFact,
    CustomerFacts,
    ScoreFacts,
    build_features,
    placeholder_values,
)
from app.rules.schema import FEATURES, FeatureType

AS_OF = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def facts(**changes) -> CustomerFacts:
    base = CustomerFacts(
        customer_id=uuid.uuid4(),
        external_id="C1",
        first_name="Anna",
        last_name="Nowak",
        birth_date=date(1990, 6, 20),
        segment="affluent",
        city="Kraków",
        attributes={"risk": 3, "limit": Decimal("12.50"), "vip": True, "since": date(2020, 1, 2)},
        products=("credit_card", "savings"),
        inflows=(
            (AS_OF - 2 * DAY, Decimal("1000.00")),
            (AS_OF - 40 * DAY, Decimal("100.00")),
            (AS_OF - 70 * DAY, Decimal("200.01")),
        ),
        complaints=(
            ComplaintFact(AS_OF - DAY, "open", None, "Fee"),
            ComplaintFact(AS_OF - 9 * DAY, "closed", "upheld", "Card"),
        ),
        marketing_consents={"email": True, "sms": False},
        last_contact_at=AS_OF - 3 * DAY,
        contacts_90d=4,
        scores=ScoreFacts(
            Decimal("0.73"),
            Decimal("2.5"),
            Decimal("1234.50"),
            "High",
            "Low",
            Decimal("0.27"),
            "545",
            "loyal_high_value",
            ("investment_fund",),
        ),
    )
    return dataclasses.replace(base, **changes)


def test_keys_are_exactly_the_schema() -> None:
    assert set(build_features(facts(), AS_OF)) == {feature.name for feature in FEATURES}


def test_every_value_and_type() -> None:
    f = build_features(facts(), AS_OF)
    assert f["as_of"] == AS_OF and f["as_of"].tzinfo is UTC
    assert (f["age"], f["is_birthday"], f["days_to_birthday"]) == (35, False, 5)
    assert (f["segment"], f["city"]) == ("affluent", "Kraków")
    assert f["attributes"] == {
        "risk": 3,
        "limit": Decimal("12.50"),
        "vip": True,
        "since": datetime(2020, 1, 2, tzinfo=UTC),
    }
    assert f["products"] == ("credit_card", "savings")
    assert f["last_inflow"] == Decimal("1000.00")
    assert f["last_inflow_at"] == AS_OF - 2 * DAY
    assert f["avg_prior_inflow"] == Decimal("150.00")  # 300.01 / 2 rounds half-even
    assert type(f["avg_prior_inflow"]) is Decimal
    assert f["inflow_count_12m"] == 3
    assert (f["upheld_complaints"], f["open_complaints"]) == (1, 1)
    assert f["complaints"][0] == {
        "opened_at": AS_OF - DAY,
        "status": "open",
        "resolution": None,
        "subject": "Fee",
    }
    assert (f["consent_email"], f["consent_phone"], f["consent_sms"]) == (True, False, False)
    assert (f["last_contact_at"], f["contacts_90d"]) == (AS_OF - 3 * DAY, 4)


def test_values_conform_to_the_schema_types() -> None:
    f = build_features(facts(), AS_OF)
    expected = {
        FeatureType.DATETIME: datetime,
        FeatureType.NUMBER: (int, Decimal),
        FeatureType.BOOL: bool,
        FeatureType.TEXT: str,
        FeatureType.TEXT_LIST: tuple,
        FeatureType.MAPPING: dict,
        FeatureType.RECORD_LIST: tuple,
    }
    for feature in FEATURES:
        value = f[feature.name]
        assert isinstance(value, expected[feature.type]), feature.name
        if feature.type is FeatureType.NUMBER:
            assert not isinstance(value, bool), feature.name


def test_aware_non_utc_as_of_is_converted() -> None:
    from datetime import timezone

    warsaw = AS_OF.astimezone(timezone(timedelta(hours=2)))
    assert build_features(facts(), warsaw)["as_of"].tzinfo is UTC


def test_naive_as_of_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        build_features(facts(), datetime(2026, 6, 15, 12))


@pytest.mark.parametrize(
    ("today", "is_birthday", "days", "age"),
    [
        (date(2027, 2, 28), True, 0, 27),
        (date(2027, 3, 1), False, 365, 27),  # to 29 Feb 2028
        (date(2028, 2, 28), False, 1, 27),
        (date(2028, 2, 29), True, 0, 28),
    ],
)
def test_29_february_birthday(today: date, is_birthday: bool, days: int, age: int) -> None:
    moment = datetime(today.year, today.month, today.day, 23, 59, tzinfo=UTC)
    f = build_features(facts(birth_date=date(2000, 2, 29)), moment)
    assert (f["is_birthday"], f["days_to_birthday"], f["age"]) == (is_birthday, days, age)


def test_birthday_today() -> None:
    f = build_features(facts(birth_date=date(1990, 6, 15)), AS_OF)
    assert (f["is_birthday"], f["days_to_birthday"], f["age"]) == (True, 0, 36)


def test_future_or_missing_birth_date() -> None:
    for birth in (date(2030, 1, 1), None):
        f = build_features(facts(birth_date=birth), AS_OF)
        assert (f["age"], f["is_birthday"], f["days_to_birthday"]) == (None, False, None)


def test_empty_segment_and_city_are_empty_strings() -> None:
    f = build_features(facts(segment="", city=""), AS_OF)
    assert (f["segment"], f["city"]) == ("", "")


def test_avg_prior_inflow_window_before_the_latest_inflow() -> None:
    last = AS_OF - 100 * DAY
    inflows = (
        (last, Decimal("999")),
        (last, Decimal("10")),  # same instant: included
        (last - 365 * DAY, Decimal("20")),  # window edge: included
        (last - 366 * DAY, Decimal("5000")),  # outside
    )
    f = build_features(facts(inflows=inflows), AS_OF)
    assert f["avg_prior_inflow"] == Decimal("15.00")
    assert f["last_inflow"] == Decimal("999")


def test_avg_prior_inflow_none_with_single_or_no_inflow() -> None:
    f = build_features(facts(inflows=((AS_OF, Decimal("5")),)), AS_OF)
    assert f["avg_prior_inflow"] is None and f["inflow_count_12m"] == 1
    f = build_features(facts(inflows=()), AS_OF)
    assert (f["last_inflow"], f["last_inflow_at"], f["avg_prior_inflow"]) == (None, None, None)
    assert f["inflow_count_12m"] == 0


def test_avg_prior_inflow_rounds_half_even() -> None:
    inflows = ((AS_OF, Decimal("1")), (AS_OF - DAY, Decimal("0.01")), (AS_OF - DAY, Decimal(0)))
    assert build_features(facts(inflows=inflows), AS_OF)["avg_prior_inflow"] == Decimal("0.00")


def test_inflow_count_12m_edges() -> None:
    inflows = (
        (AS_OF, Decimal("1")),  # as_of itself: in
        (AS_OF - 365 * DAY + timedelta(seconds=1), Decimal("1")),  # in
        (AS_OF - 365 * DAY, Decimal("1")),  # exactly 365 days: out
    )
    assert build_features(facts(inflows=inflows), AS_OF)["inflow_count_12m"] == 2


def test_consent_defaults_to_false() -> None:
    f = build_features(facts(marketing_consents={}), AS_OF)
    assert (f["consent_email"], f["consent_phone"], f["consent_sms"]) == (False, False, False)


def test_complaints_capped_at_ten_newest_first_counts_over_all() -> None:
    complaints = tuple(
        ComplaintFact(AS_OF - i * DAY, "closed", "upheld", f"S{i}") for i in range(12)
    )
    f = build_features(facts(complaints=complaints), AS_OF)
    assert [c["subject"] for c in f["complaints"]] == [f"S{i}" for i in range(10)]
    assert (f["upheld_complaints"], f["open_complaints"]) == (12, 0)


def test_the_builder_returns_a_new_dict_each_time() -> None:
    given = facts()
    first = build_features(given, AS_OF)
    first["attributes"]["risk"] = 99
    assert build_features(given, AS_OF)["attributes"]["risk"] == 3
    assert given.attributes["risk"] == 3


def test_placeholder_values_add_identity() -> None:
    given = facts()
    features = build_features(given, AS_OF)
    values = placeholder_values(given, features)
    assert (values["first_name"], values["last_name"], values["external_id"]) == (
        "Anna",
        "Nowak",
        "C1",
    )
    # Exactly the identity names the compiler lets scripts use, no more.
    assert set(values) == set(features) | set(IDENTITY_PLACEHOLDERS)
    assert "first_name" not in features


RULES = [
    "as_of > d'2026-01-01T00:00:00Z'",  # datetime
    "age == 35 and days_to_birthday < 6",  # number (int)
    "last_inflow > 999.99 and avg_prior_inflow == 150.0",  # number (Decimal)
    "not is_birthday and consent_email",  # bool
    "segment == 'affluent' and city =~ 'Kra.*'",  # text
    "'savings' in products",  # text list
    "attributes['risk'] >= 3 and attributes['since'] < as_of and attributes['vip']",  # mapping
    "[c for c in complaints if c['status'] == 'open' and c['opened_at'] < as_of]",  # records
    "last_contact_at != null and contacts_90d == 4 and inflow_count_12m == 3",
    "upheld_complaints + open_complaints == 2",
]


@pytest.mark.parametrize("text", RULES)
def test_rule_engine_accepts_the_values(text: str) -> None:
    assert rule_engine.Rule(text).matches(build_features(facts(), AS_OF))


def test_rule_engine_accepts_nulls() -> None:
    f = build_features(facts(birth_date=None, inflows=(), last_contact_at=None), AS_OF)
    assert rule_engine.Rule("age == null and last_inflow_at == null").matches(f)


def test_features_keep_the_schema_order() -> None:
    # Built as one literal: the order the step-by-step build gave (output stays byte-identical).
    assert list(build_features(facts(), AS_OF)) == [
        "as_of", "age", "is_birthday", "days_to_birthday", "segment", "city", "attributes",
        "products", "last_inflow", "last_inflow_at", "avg_prior_inflow", "inflow_count_12m",
        "upheld_complaints", "open_complaints", "complaints", "consent_email", "consent_phone",
        "consent_sms", "last_contact_at", "contacts_90d", "p_alive", "expected_events_12m",
        "clv_12m", "value_tier", "churn_risk", "churn_probability", "rfm", "segment_rfm",
        "affinity_products",
    ]  # fmt: skip


def test_what_is_kept_per_as_of_follows_each_as_of() -> None:
    # Birthdays and windows are kept for the last as_of: alternating moments must not mix.
    given = facts(birth_date=date(1990, 6, 20), inflows=((AS_OF - 364 * DAY, Decimal("1")),))
    later = AS_OF + 5 * DAY
    for moment, expected in [(AS_OF, (False, 5, 1)), (later, (True, 0, 0))] * 2:
        f = build_features(given, moment)
        assert (f["is_birthday"], f["days_to_birthday"], f["inflow_count_12m"]) == expected
    # The same instant in another zone: an equal moment, but the birthday is the UTC date's.
    eve = datetime(2026, 6, 19, 23, 30, tzinfo=UTC)
    warsaw = eve.astimezone(timezone(timedelta(hours=2)))
    for moment in (eve, warsaw, eve):
        f = build_features(given, moment)
        assert (f["is_birthday"], f["days_to_birthday"], f["as_of"].tzinfo) == (False, 1, UTC)
    with pytest.raises(ValueError, match="naive"):
        build_features(given, datetime(2026, 6, 19, 23, 30))


class _Text(str):
    pass


def test_attribute_values_widened_or_cut_by_kind() -> None:
    stamp = datetime(2020, 1, 2, 3, 4, tzinfo=UTC)
    stored = {"d": date(2020, 1, 2), "t": "x" * 300, "s": _Text("y" * 300), "at": stamp, "n": 7}
    for attributes in (stored, MappingProxyType(stored)):
        for _ in range(2):  # the second time the date's midnight is the one kept
            got = build_features(facts(attributes=attributes), AS_OF)["attributes"]
            assert got == {
                "d": datetime(2020, 1, 2, tzinfo=UTC),
                "t": "x" * MAX_TEXT,
                "s": "y" * MAX_TEXT,
                "at": stamp,  # a datetime is not widened
                "n": 7,
            }
            assert list(got) == list(stored) and type(got["s"]) is str
    assert stored["t"] == "x" * 300  # the facts are never changed


@pytest.mark.parametrize(
    "today", [date(2027, 2, 28), date(2028, 2, 28), date(2028, 2, 29), date(2026, 12, 31)]
)
def test_birthday_features_shared_by_day_of_year_match_calendar_math(today: date) -> None:
    # Every birth date of five years (29 February included), twice in a row: the second pass
    # reads what the first kept per day of the year and must still give each customer's own.
    moment = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    births = [date(2024, 1, 1) + i * DAY for i in range(5 * 366)]
    births += [date(1960, 2, 29), date(1, 1, 1), date(1999, 12, 31)]
    for _ in range(2):
        for birth in births:
            f = build_features(facts(birth_date=birth), pickle.loads(pickle.dumps(moment)))
            expected = (
                calendar_math.age_on(birth, today),
                calendar_math.is_birthday(birth, today),
                calendar_math.days_to_birthday(birth, today),
            )
            assert (f["age"], f["is_birthday"], f["days_to_birthday"]) == expected, birth


def test_as_of_at_a_repeated_hour_keeps_its_fold() -> None:
    # 2025-10-26 02:30 happens twice in Warsaw: equal wall times, fold tells them apart.
    warsaw = ZoneInfo("Europe/Warsaw")
    first = datetime(2025, 10, 26, 2, 30, tzinfo=warsaw)
    second = first.replace(fold=1)
    for moment in (first, second, first):
        assert build_features(facts(), moment)["as_of"] == moment.astimezone(UTC)
    assert first.astimezone(UTC) != second.astimezone(UTC)


def test_products_cut_alike_however_often_seen() -> None:
    long = "p" * 300
    for codes, expected in [
        (("savings", long, ""), ("savings", "p" * MAX_TEXT, "")),
        (tuple(f"c{i}" for i in range(60)), tuple(f"c{i}" for i in range(MAX_PRODUCTS))),
        (["savings", None], ("savings", "")),  # not a tuple: cut each time
        ((["unhashable"],), (["unhashable"],)),
    ]:
        for _ in range(2):
            assert build_features(facts(products=codes), AS_OF)["products"] == expected
    with pytest.raises(TypeError):  # an int code fails as it always did, seen or not
        for _ in range(2):
            build_features(facts(products=(5,)), AS_OF)
