"""CustomerCardService against a real SQLite file: every part of the card and its edge cases."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from app.models import CustomerAttribute
from app.services.customers.card import CustomerCardService, card_to_json
from app.services.errors import NotFound
from tests.factories import (
    add_complaint,
    add_consent,
    add_contacts,
    add_product,
    add_transactions,
    make_customer,
    seed_wrapup_codes,
)

AS_OF = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)


def at(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


@pytest.fixture
def cards(sqlite_db) -> CustomerCardService:
    return CustomerCardService(sqlite_db)


def test_unknown_customer_is_not_found(cards):
    with pytest.raises(NotFound):
        cards.load(uuid.uuid4())


def test_identity_with_age_and_birthday(sqlite_db, cards):
    cid = make_customer(
        sqlite_db,
        phones=("601 234 567", "+48 22 123 45 67"),
        emails=("A@Example.pl", "b@example.pl"),
        birth_date=date(1990, 3, 20),
    )
    who = cards.load(cid, as_of=AS_OF).identity
    assert (who.first_name, who.last_name, who.external_id) == ("Łukasz", "Wójcik", "C1")
    assert who.age == 35
    assert not who.is_birthday
    assert who.days_to_birthday == 5
    assert who.phones == ("+48601234567", "+48221234567")
    assert who.emails == ("a@example.pl", "b@example.pl")


@pytest.mark.parametrize(
    ("as_of", "is_birthday", "days"),
    [
        (at(2025, 2, 28), True, 0),  # common year: celebrated on 28 Feb
        (at(2025, 3, 1), False, 364),  # next: 28 Feb 2026
        (at(2024, 2, 28), False, 1),  # leap year: the real day is tomorrow
        (at(2024, 2, 29), True, 0),
    ],
)
def test_29_february_birthday(sqlite_db, cards, as_of, is_birthday, days):
    cid = make_customer(sqlite_db, birth_date=date(1996, 2, 29))
    who = cards.load(cid, as_of=as_of).identity
    assert (who.is_birthday, who.days_to_birthday) == (is_birthday, days)


def test_birthday_across_new_year(sqlite_db, cards):
    cid = make_customer(sqlite_db, birth_date=date(1980, 1, 1))
    who = cards.load(cid, as_of=at(2025, 12, 31)).identity
    assert (who.age, who.is_birthday, who.days_to_birthday) == (45, False, 1)
    who = cards.load(cid, as_of=at(2026, 1, 1)).identity
    assert (who.age, who.is_birthday, who.days_to_birthday) == (46, True, 0)


def test_no_birth_date_gives_no_age(sqlite_db, cards):
    who = cards.load(make_customer(sqlite_db), as_of=AS_OF).identity
    assert (who.age, who.is_birthday, who.days_to_birthday) == (None, False, None)


def test_recent_transactions_are_the_last_20_with_exact_money(sqlite_db, cards):
    cid = make_customer(sqlite_db)
    rows = [(at(2026, 1, 1) + timedelta(days=i), Decimal("0.10"), f"tx {i}") for i in range(30)]
    rows.append((at(2026, 3, 14), Decimal("-1234.55"), "rent"))
    rows.append((at(2026, 3, 16), Decimal("99.00"), "after as_of"))
    add_transactions(sqlite_db, cid, rows)
    recent = cards.load(cid, as_of=AS_OF).recent_transactions
    assert len(recent) == 20
    assert recent[0].description == "rent"
    assert recent[0].amount == Decimal("-1234.55")
    assert recent[1].description == "tx 29"
    assert [r.booked_at for r in recent] == sorted((r.booked_at for r in recent), reverse=True)


def test_monthly_flows_are_12_zero_filled_months_oldest_first(sqlite_db, cards):
    cid = make_customer(sqlite_db)
    add_transactions(
        sqlite_db,
        cid,
        [
            (at(2025, 3, 31, 23), Decimal("500.00"), "too old: before the 12-month window"),
            (at(2025, 4, 1, 0), Decimal("0.10"), "first moment of the window"),
            (at(2025, 4, 30), Decimal("0.20"), "April again"),
            (at(2025, 4, 30), Decimal("-0.30"), "April outflow"),
            (at(2026, 1, 31, 23), Decimal("1000.01"), "January"),
            (at(2026, 3, 1), Decimal("2500.00"), "salary"),
            (at(2026, 3, 2), Decimal("-1234.55"), "rent"),
            (at(2026, 3, 15, 12), Decimal("-0.45"), "exactly as_of"),
            (at(2026, 3, 15, 13), Decimal("-999.00"), "after as_of"),
        ],
    )
    flows = cards.load(cid, as_of=AS_OF).monthly_flows
    assert [f.month for f in flows] == [date(2025, m, 1) for m in range(4, 13)] + [
        date(2026, m, 1) for m in (1, 2, 3)
    ]
    by_month = {f.month: (f.inflow, f.outflow) for f in flows}
    assert by_month[date(2025, 4, 1)] == (Decimal("0.30"), Decimal("0.30"))
    assert by_month[date(2026, 1, 1)] == (Decimal("1000.01"), Decimal("0.00"))
    assert by_month[date(2026, 2, 1)] == (Decimal("0.00"), Decimal("0.00"))
    assert by_month[date(2026, 3, 1)] == (Decimal("2500.00"), Decimal("1235.00"))
    assert all(isinstance(f.inflow, Decimal) and f.inflow >= 0 for f in flows)


def test_monthly_flows_sum_many_small_amounts_exactly(sqlite_db, cards):
    cid = make_customer(sqlite_db)
    add_transactions(sqlite_db, cid, [(at(2026, 2, 1), Decimal("0.10"), "x")] * 1000)
    flows = cards.load(cid, as_of=AS_OF).monthly_flows
    assert flows[-2].inflow == Decimal("100.00")


def test_monthly_flows_cross_the_year(sqlite_db, cards):
    cid = make_customer(sqlite_db)
    flows = cards.load(cid, as_of=at(2026, 1, 10)).monthly_flows
    assert flows[0].month == date(2025, 2, 1)
    assert flows[-1].month == date(2026, 1, 1)
    assert all(f.inflow == f.outflow == Decimal("0.00") for f in flows)


def test_products_active_first_then_newest(sqlite_db, cards):
    cid = make_customer(sqlite_db)
    add_product(sqlite_db, cid, "savings", at(2019, 1, 1))
    add_product(sqlite_db, cid, "credit_card", at(2021, 5, 1), closed_at=at(2024, 1, 1))
    add_product(sqlite_db, cid, "mortgage", at(2022, 7, 1))
    add_product(sqlite_db, cid, "overdraft", at(2023, 1, 1), closed_at=at(2026, 6, 1))
    add_product(sqlite_db, cid, "future", at(2026, 4, 1))
    products = cards.load(cid, as_of=AS_OF).products
    assert [(p.product, p.active) for p in products] == [
        ("overdraft", True),  # closed only after as_of
        ("mortgage", True),
        ("savings", True),
        ("credit_card", False),
    ]


def test_complaints_open_first_then_newest(sqlite_db, cards):
    cid = make_customer(sqlite_db)
    add_complaint(sqlite_db, cid, at(2025, 1, 1), status="open", subject="old open")
    add_complaint(
        sqlite_db,
        cid,
        at(2026, 2, 1),
        status="closed",
        subject="new closed",
        closed_at=at(2026, 2, 10),
        resolution="upheld",
    )
    add_complaint(sqlite_db, cid, at(2026, 3, 1), status="open", subject="new open")
    add_complaint(
        sqlite_db,
        cid,
        at(2025, 6, 1),
        status="closed",
        subject="old closed",
        closed_at=at(2025, 7, 1),
        resolution="rejected",
    )
    complaints = cards.load(cid, as_of=AS_OF).complaints
    assert [c.subject for c in complaints] == ["new open", "old open", "new closed", "old closed"]
    assert complaints[2].resolution == "upheld"


def test_consents_latest_event_per_channel_and_purpose_wins(sqlite_db, cards):
    cid = make_customer(sqlite_db)
    add_consent(sqlite_db, cid, "sms", "marketing", True, at(2024, 1, 1))
    add_consent(sqlite_db, cid, "sms", "marketing", False, at(2025, 6, 1), source="call")
    add_consent(sqlite_db, cid, "email", "marketing", False, at(2024, 1, 1))
    add_consent(sqlite_db, cid, "email", "marketing", True, at(2025, 2, 1), source="web")
    add_consent(sqlite_db, cid, "email", "service", True, at(2023, 1, 1))
    add_consent(sqlite_db, cid, "phone", "marketing", True, at(2026, 4, 1))  # after as_of
    consents = cards.load(cid, as_of=AS_OF).consents
    assert [(c.channel, c.purpose, c.granted, c.source) for c in consents] == [
        ("email", "marketing", True, "web"),
        ("email", "service", True, "branch form"),
        ("sms", "marketing", False, "call"),
    ]


def test_consent_events_at_the_same_instant_resolve_to_withdrawn(sqlite_db, cards):
    cid = make_customer(sqlite_db)
    add_consent(sqlite_db, cid, "sms", "marketing", False, at(2025, 1, 1))
    add_consent(sqlite_db, cid, "sms", "marketing", True, at(2025, 1, 1))
    [consent] = cards.load(cid, as_of=AS_OF).consents
    assert consent.granted is False


def test_attributes_are_typed_by_their_definition(sqlite_db, cards):
    cid = make_customer(
        sqlite_db,
        attributes={
            "children": 2,
            "credit_limit": Decimal("15000.50"),
            "vip": True,
            "newsletter": False,
            "client_since": date(2010, 5, 1),
            "branch": "Kraków Rynek",
        },
    )
    attributes = {a.name: (a.type, a.value) for a in cards.load(cid, as_of=AS_OF).attributes}
    assert attributes == {
        "branch": ("text", "Kraków Rynek"),
        "children": ("int", 2),
        "client_since": ("date", date(2010, 5, 1)),
        "credit_limit": ("decimal", Decimal("15000.50")),
        "newsletter": ("bool", False),
        "vip": ("bool", True),
    }


def test_a_malformed_attribute_value_is_shown_as_text_not_a_crash(sqlite_db, cards):
    make_customer(sqlite_db, external_id="C0", attributes={"children": 1})
    cid = make_customer(sqlite_db, external_id="C2", attributes={"children": None})
    with sqlite_db.unit_of_work() as uow:
        uow.session.execute(
            update(CustomerAttribute)
            .where(CustomerAttribute.customer_id == cid)
            .values(value="two")
        )
        uow.commit()
    [attribute] = cards.load(cid, as_of=AS_OF).attributes
    assert (attribute.name, attribute.type, attribute.value) == ("children", "text", "two")


def test_recent_contacts_and_total_count(sqlite_db, cards):
    seed_wrapup_codes(sqlite_db)
    cid = make_customer(sqlite_db)
    other = make_customer(sqlite_db, external_id="C2", phones=())
    add_contacts(
        sqlite_db, cid, 12, start=at(2026, 1, 1), codes=("INFO", "SALE"), agent_login="ola"
    )
    add_contacts(sqlite_db, other, 3, start=at(2026, 1, 1))
    add_contacts(sqlite_db, cid, 2, start=at(2026, 4, 1))  # after as_of
    card = cards.load(cid, as_of=AS_OF)
    assert card.contact_count == 12
    assert [c.reason for c in card.recent_contacts] == [f"Reason {i}" for i in range(11, 1, -1)]
    assert card.recent_contacts[0].codes == ("INFO", "SALE")
    assert card.recent_contacts[0].agent == "ola"


def test_as_of_defaults_to_now(sqlite_db, cards):
    card = cards.load(make_customer(sqlite_db))
    assert abs(card.as_of - datetime.now(UTC)) < timedelta(minutes=1)
    assert len(card.monthly_flows) == 12


def test_card_to_json_is_json_safe_and_exact(sqlite_db, cards):
    cid = make_customer(
        sqlite_db, birth_date=date(1990, 3, 20), attributes={"limit": Decimal("1.5")}
    )
    add_transactions(sqlite_db, cid, [(at(2026, 3, 1), Decimal("1234.50"), "salary")])
    add_product(sqlite_db, cid, "savings", at(2020, 1, 1))
    data = json.loads(json.dumps(card_to_json(cards.load(cid, as_of=AS_OF))))
    assert data["as_of"] == "2026-03-15T12:00:00+00:00"
    assert data["identity"]["id"] == str(cid)
    assert data["identity"]["birth_date"] == "1990-03-20"
    assert data["identity"]["full_name"] == "Łukasz Wójcik"
    assert data["recent_transactions"][0]["amount"] == "1234.50"
    assert data["monthly_flows"][-1] == {
        "month": "2026-03-01",
        "inflow": "1234.50",
        "outflow": "0.00",
    }
    assert data["products"][0]["active"] is True
    assert data["attributes"][0]["value"] == "1.5"


def test_resolve_by_external_id_any_case_or_uuid(sqlite_db, cards):
    cid = make_customer(sqlite_db, external_id="KL-77")
    assert cards.resolve("KL-77") == cid
    assert cards.resolve("kl-77") == cid
    assert cards.resolve(f" {cid} ") == cid
    assert cards.resolve(str(cid).upper()) == cid
    with pytest.raises(NotFound, match="KL-78"):
        cards.resolve("KL-78")
    with pytest.raises(NotFound):
        cards.resolve(str(uuid.uuid4()))
    with pytest.raises(NotFound):
        cards.resolve("")


def test_resolve_mixed_case_external_id(sqlite_db, cards):
    cid = make_customer(sqlite_db, external_id="Ab-12")
    assert cards.resolve("aB-12") == cid


def test_naive_as_of_is_refused(sqlite_db, cards):
    with pytest.raises(ValueError, match="time zone"):
        cards.load(make_customer(sqlite_db), as_of=datetime(2026, 1, 1))
