"""FeatureLoader on real SQLite (and PostgreSQL) files: batched facts feed build_features."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from app.rules.features import ComplaintFact, build_features
from app.services.errors import NotFound
from app.services.nba.features import FeatureLoader
from app.services.storage.db import Database
from tests.factories import (
    add_complaint,
    add_consent,
    add_contact,
    add_contacts,
    add_product,
    add_transactions,
    make_customer,
)

AS_OF = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)
LATER = AS_OF + DAY  # rows dated after as_of must be ignored


def _rich_customer(db: Database) -> uuid.UUID:
    cid = make_customer(
        db, external_id="C-A", birth_date=date(1990, 6, 15), segment="affluent",
        attributes={"risk": 3, "since": date(2020, 1, 2), "limit": Decimal("12.50")},
    )  # fmt: skip
    add_transactions(db, cid, [
        (AS_OF - 400 * DAY, Decimal("9000"), "too old"),
        (AS_OF - 50 * DAY, Decimal("100"), "salary"),
        (AS_OF - 10 * DAY, Decimal("300"), "salary"),
        (AS_OF - 5 * DAY, Decimal("-50"), "shop"),
        (AS_OF - 2 * DAY, Decimal("1000"), "bonus"),
        (LATER, Decimal("7777"), "future"),
    ])  # fmt: skip
    add_product(db, cid, "savings", AS_OF - 100 * DAY)
    add_product(db, cid, "credit_card", AS_OF - 100 * DAY, closed_at=AS_OF + 10 * DAY)
    add_product(db, cid, "loan", AS_OF - 100 * DAY, closed_at=AS_OF - DAY)
    add_product(db, cid, "mortgage", LATER)
    add_complaint(db, cid, AS_OF - 30 * DAY, "closed", "Fee", AS_OF - 20 * DAY, "upheld")
    add_complaint(db, cid, AS_OF - 3 * DAY, "closed", "Card", AS_OF + 5 * DAY, "rejected")
    add_complaint(db, cid, LATER, "open", "Future")
    add_consent(db, cid, "email", "marketing", True, AS_OF - 10 * DAY)
    add_consent(db, cid, "sms", "marketing", True, AS_OF - 10 * DAY)
    add_consent(db, cid, "sms", "marketing", False, AS_OF - 10 * DAY)  # same instant: withdrawn
    add_consent(db, cid, "phone", "marketing", True, AS_OF - 10 * DAY)
    add_consent(db, cid, "phone", "marketing", False, AS_OF - 5 * DAY)  # withdrawal wins
    add_consent(db, cid, "email", "marketing", False, LATER)
    add_consent(db, cid, "phone", "service", True, AS_OF - DAY)
    add_contacts(db, cid, 3, start=AS_OF - 100 * DAY, step=10 * DAY)  # -100, -90, -80 days
    add_contact(db, cid, AS_OF - 4 * DAY)
    add_contact(db, cid, LATER)
    return cid


def _expected_rich() -> dict[str, object]:
    return {
        "age": 36,
        "is_birthday": True,
        "days_to_birthday": 0,
        "segment": "affluent",
        "attributes": {
            "risk": 3,
            "since": datetime(2020, 1, 2, tzinfo=UTC),
            "limit": Decimal("12.50"),
        },
        "products": ("credit_card", "savings"),
        "last_inflow": Decimal("1000.00"),
        "last_inflow_at": AS_OF - 2 * DAY,
        "avg_prior_inflow": Decimal("200.00"),
        "inflow_count_12m": 3,
        "upheld_complaints": 1,
        "open_complaints": 1,
        "consent_email": True,
        "consent_phone": False,
        "consent_sms": False,
        "last_contact_at": AS_OF - 4 * DAY,
        "contacts_90d": 2,
    }


def _three_customers(db: Database) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    rich = _rich_customer(db)
    bare = make_customer(db, external_id="C-B", phones=(), segment="", city="")
    other = make_customer(db, external_id="C-C", phones=(), birth_date=date(2000, 2, 29))
    add_transactions(db, other, [(AS_OF - 400 * DAY, Decimal("55.55"), "old")])
    add_product(db, other, "savings", AS_OF - DAY)
    add_consent(db, other, "email", "marketing", True, AS_OF - DAY)
    return rich, bare, other


def _features(db: Database, ids, as_of: datetime = AS_OF) -> dict[uuid.UUID, dict]:
    with db.reading() as session:
        found = FeatureLoader(db).facts(session, ids, as_of)
    return {cid: build_features(facts, as_of) for cid, facts in found.items()}


def _check_three(db: Database, rich, bare, other) -> dict[uuid.UUID, dict]:
    features = _features(db, [rich, bare, other, uuid.uuid4()])
    assert set(features) == {rich, bare, other}
    got = features[rich]
    assert {name: got[name] for name in _expected_rich()} == _expected_rich()
    assert [c["subject"] for c in got["complaints"]] == ["Card", "Fee"]
    assert got["complaints"][0]["status"] == "open"
    assert got["complaints"][0]["resolution"] is None
    empty = features[bare]
    assert (empty["segment"], empty["city"], empty["age"]) == ("", "", None)
    assert (empty["products"], empty["complaints"]) == ((), ())
    # Every catalogue attribute is there, null without a value (issue 13: `== null` works).
    assert empty["attributes"] == {"limit": None, "risk": None, "since": None}
    assert (empty["last_inflow"], empty["inflow_count_12m"], empty["contacts_90d"]) == (
        None, 0, 0,
    )  # fmt: skip
    assert (empty["consent_email"], empty["last_contact_at"]) == (False, None)
    third = features[other]
    assert third["products"] == ("savings",) and third["consent_email"] is True
    assert (third["last_inflow"], third["avg_prior_inflow"]) == (Decimal("55.55"), None)
    assert third["inflow_count_12m"] == 0 and third["upheld_complaints"] == 0
    return features


def test_batch_of_three_gives_correct_facts_without_cross_talk(sqlite_db: Database) -> None:
    _check_three(sqlite_db, *_three_customers(sqlite_db))


def test_facts_keep_only_the_inflows_the_features_need(sqlite_db: Database) -> None:
    cid = _rich_customer(sqlite_db)
    facts = FeatureLoader(sqlite_db).load(cid, AS_OF)
    assert [amount for _, amount in facts.inflows] == [Decimal("1000.00"), Decimal("300.00"),
                                                       Decimal("100.00")]  # fmt: skip
    assert facts.complaints[0] == ComplaintFact(AS_OF - 3 * DAY, "open", None, "Card")
    assert facts.marketing_consents == {"email": True, "phone": False, "sms": False}


def test_as_of_earlier_sees_the_world_as_it_was(sqlite_db: Database) -> None:
    cid = _rich_customer(sqlite_db)
    earlier = AS_OF - 7 * DAY
    [features] = _features(sqlite_db, [cid], earlier).values()
    assert features["last_inflow"] == Decimal("300.00")
    assert features["avg_prior_inflow"] == Decimal("100.00")
    assert features["consent_phone"] is True
    assert features["products"] == ("credit_card", "loan", "savings")


def test_a_batch_is_a_fixed_handful_of_queries(sqlite_db: Database) -> None:
    ids = [make_customer(sqlite_db, external_id=f"C{i}", phones=()) for i in range(30)]
    for cid in ids:
        add_transactions(sqlite_db, cid, [(AS_OF - DAY, Decimal("10"), "x")])
    statements: list[str] = []
    event.listen(sqlite_db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    features = _features(sqlite_db, ids)
    assert len(features) == 30
    assert len(statements) <= 8


def test_load_unknown_id_raises_not_found(sqlite_db: Database) -> None:
    with pytest.raises(NotFound):
        FeatureLoader(sqlite_db).load(uuid.uuid4(), AS_OF)


def test_customer_ids_are_ordered_by_external_id(sqlite_db: Database) -> None:
    second = make_customer(sqlite_db, external_id="B", phones=())
    first = make_customer(sqlite_db, external_id="A", phones=())
    with sqlite_db.reading() as session:
        assert FeatureLoader(sqlite_db).customer_ids(session) == [first, second]


def test_bad_attribute_text_is_kept_raw(sqlite_db: Database) -> None:
    from app.models import CustomerAttribute

    cid = make_customer(sqlite_db, phones=(), attributes={"risk": 1})
    with sqlite_db.unit_of_work() as uow:
        uow.session.get(CustomerAttribute, (cid, "risk")).value = "high"
        uow.commit()
    assert FeatureLoader(sqlite_db).load(cid, AS_OF).attributes == {"risk": "high"}


@pytest.mark.postgres
def test_postgres_gives_identical_features(sqlite_db: Database, pg_db: Database) -> None:
    on_sqlite = _check_three(sqlite_db, *_three_customers(sqlite_db))
    on_pg = _check_three(pg_db, *_three_customers(pg_db))
    assert sorted(_comparable(on_sqlite)) == sorted(_comparable(on_pg))


def _comparable(features: dict[uuid.UUID, dict]) -> list[str]:
    """Per customer, the features as text (customer ids differ between the two databases)."""
    return [repr(sorted(f.items())) for f in features.values()]
