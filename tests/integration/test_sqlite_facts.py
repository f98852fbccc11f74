"""The SQLite fast path of batch facts loads exactly what the generic loader loads.

Same CustomerFacts (compared by repr, so Decimal exponents, time zones and order count), the
same errors for unreadable stored data and the same warnings for attributes kept as text.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from app.services.demo.data import ensure_demo_data
from app.services.nba import features
from app.services.nba.features import FeatureLoader
from app.services.nba.sqlite_facts import sqlite_batch
from tests.integration.test_unreadable_data import spoil

WARSAW = ZoneInfo("Europe/Warsaw")


def _load(db, ids: list[uuid.UUID], as_of: datetime, fast: bool, caplog) -> tuple[str, list]:
    """repr of the facts (or of the error) and the warnings, through one path."""
    caplog.clear()
    features.FAST_SQLITE = fast
    try:
        with db.reading() as session:
            outcome = repr(FeatureLoader(db).facts(session, ids, as_of))
    except Exception as error:  # the error itself is what is compared
        outcome = f"{type(error).__name__}: {error}"
    finally:
        features.FAST_SQLITE = True
    return outcome, [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def _same(db, ids: list[uuid.UUID], as_of: datetime, caplog) -> str:
    generic = _load(db, ids, as_of, False, caplog)
    fast = _load(db, ids, as_of, True, caplog)
    assert fast == generic
    return fast[0]


def _fast_only(db, ids: list[uuid.UUID], as_of: datetime):
    """The fast path alone (no fallback): it must really read these customers itself."""
    with db.reading() as session:
        return repr(
            sqlite_batch(
                session,
                ids,
                as_of,
                features.CONTACT_WINDOW,
                lambda rows: features._typed_attributes(session, rows),
            )
        )


def _ids(db) -> list[uuid.UUID]:
    with db.reading() as session:
        return FeatureLoader(db).customer_ids(session)


@pytest.fixture
def demo(sqlite_db):
    ensure_demo_data(sqlite_db, customers=300)
    return sqlite_db


@pytest.mark.parametrize(
    "as_of",
    [
        datetime(2026, 11, 20, 12, 0, tzinfo=UTC),
        datetime(2025, 3, 30, 2, 30, tzinfo=WARSAW),  # another zone, on a DST change
        datetime(2024, 1, 1, 0, 0, 0, 1, tzinfo=WARSAW),
        datetime(2019, 6, 1, tzinfo=UTC),  # before most rows: cut-offs everywhere
    ],
)
def test_demo_customers_load_identically(demo, caplog, as_of: datetime) -> None:
    ids = _ids(demo)
    loaded = _same(demo, ids, as_of, caplog)
    assert loaded.count("CustomerFacts(") == 300
    with demo.reading() as session:
        generic = repr(features._generic_batch(session, ids[:200], as_of))
    assert _fast_only(demo, ids[:200], as_of) == generic


def test_edge_rows_load_identically(demo, caplog) -> None:
    """Nulls, customers without rows, same-instant consents, closings after as_of, rows at
    the very cut-offs, duplicates, unknown ids, attributes that are not of their type."""
    ids = _ids(demo)
    as_of = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    at = "2026-11-20 12:00:00.000000"
    a, b, c, d = (i.hex for i in ids[:4])
    with demo.engine.begin() as connection:
        for statement in (
            f"UPDATE customers SET birth_date = NULL, segment = '', city = '' WHERE id = '{a}'",
            f"DELETE FROM customer_attributes WHERE customer_id = '{a}'",
            f"DELETE FROM transactions WHERE customer_id = '{a}'",
            f"DELETE FROM products WHERE customer_id = '{a}'",
            f"DELETE FROM consents WHERE customer_id = '{a}'",
            f"DELETE FROM contacts WHERE customer_id = '{a}'",
            f"UPDATE customer_attributes SET value = NULL WHERE customer_id = '{b}'",
            f"UPDATE customer_attributes SET value = 'abc' WHERE customer_id IN ('{c}', '{d}') "
            "AND name IN ('risk_score', 'vip', 'kyc_review_date', 'credit_limit')",
            f"UPDATE transactions SET booked_at = '{at}', amount = 1 WHERE customer_id = '{d}' "
            "AND rowid IN (SELECT rowid FROM transactions WHERE customer_id = "
            f"'{d}' LIMIT 3)",
            f"UPDATE products SET closed_at = '{at}' WHERE customer_id = '{b}'",
            f"UPDATE products SET opened_at = '{at}', closed_at = '2026-11-20 12:00:00.000001' "
            f"WHERE customer_id = '{c}'",
            f"UPDATE contacts SET started_at = '2026-08-22 12:00:00.000000' "
            f"WHERE customer_id = '{b}'",
        ):
            connection.execute(text(statement))
        # Two products of the same code, a complaint closed after as_of, two consents at the
        # same instant that disagree (refusal wins).
        connection.execute(
            text(
                "INSERT INTO products (id, customer_id, product, opened_at, closed_at) "
                "SELECT lower(hex(randomblob(16))), customer_id, product, opened_at, NULL "
                f"FROM products WHERE customer_id = '{d}'"
            )
        )
        connection.execute(
            text(
                "INSERT INTO complaints (id, customer_id, opened_at, closed_at, status, "
                f"resolution, subject) VALUES (lower(hex(randomblob(16))), '{d}', "
                "'2026-10-01 08:00:00.000000', '2026-11-21 08:00:00.000000', 'closed', "
                "'upheld', 'late'), (lower(hex(randomblob(16))), "
                f"'{d}', "
                "'2026-09-01 08:00:00.000000', '2026-09-21 08:00:00.000000', 'closed', "
                "'rejected', 'fee')"
            )
        )
        for granted in (1, 0, 1):
            connection.execute(
                text(
                    "INSERT INTO consents (id, customer_id, channel, purpose, granted, at, "
                    f"source) VALUES (lower(hex(randomblob(16))), '{b}', 'email', 'marketing', "
                    f"{granted}, '2026-11-01 08:00:00.000000', 'test')"
                )
            )
    picked = [*ids[:4], uuid.uuid4(), ids[0], *ids[-3:]]
    loaded = _same(demo, picked, as_of, caplog)
    # Each customer's unreadable attribute is reported (parsed values are shared, failures not).
    warnings = _load(demo, picked, as_of, True, caplog)[1]
    with demo.reading() as session:
        bad = session.execute(
            text("SELECT count(*) FROM customer_attributes WHERE value = 'abc'")
        ).scalar()
    assert bad > 4
    assert sum("kept as text" in warning for warning in warnings) == bad
    assert "'email': False" in loaded
    with demo.reading() as session:
        generic = repr(features._generic_batch(session, picked, as_of))
    assert _fast_only(demo, picked, as_of) == generic


def test_unreadable_customers_fail_and_are_skipped_identically(sqlite_db, caplog) -> None:
    """The spoiled customers of test_unreadable_data: each alone and all together."""
    db = spoil(sqlite_db, "sqlite")
    ids = _ids(db)
    as_of = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    outcomes = [_same(db, [customer], as_of, caplog) for customer in ids]
    assert sum("Error" in outcome for outcome in outcomes) == 3
    assert "Error" in _same(db, ids, as_of, caplog)


def test_stored_forms_we_do_not_write_go_the_generic_way(demo, caplog) -> None:
    """Other text forms, a float amount, text where a flag belongs: read as SQLAlchemy reads."""
    ids = _ids(demo)
    a, b, c = (i.hex for i in ids[:3])
    with demo.engine.begin() as connection:
        connection.execute(
            text(
                f"UPDATE transactions SET booked_at = '2026-01-02 03:04:05' WHERE customer_id='{a}'"
            )
        )
        connection.execute(text(f"UPDATE transactions SET amount = 1250.7 WHERE customer_id='{b}'"))
        connection.execute(text(f"UPDATE consents SET granted = 'yes' WHERE customer_id = '{c}'"))
        connection.execute(text(f"UPDATE customers SET birth_date = '1990-1-2' WHERE id = '{c}'"))
    as_of = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    for customer in ids[:3]:
        _same(demo, [customer], as_of, caplog)
    _same(demo, ids, as_of, caplog)


class _Id(uuid.UUID):
    pass


def test_facts_carry_plain_uuids_whatever_ids_were_asked(demo) -> None:
    """A plain UUID of the batch stands for its row; any other kind is read from the row, so
    the facts' ids are what the generic loader builds (class and is_safe included)."""
    ids = _ids(demo)[:4]
    asked = [
        ids[0],
        uuid.UUID(ids[1].hex, is_safe=uuid.SafeUUID.safe),
        _Id(ids[2].hex),
        ids[3],
    ]
    as_of = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    with demo.reading() as session:
        generic = features._generic_batch(session, asked, as_of)
        fast = sqlite_batch(
            session,
            asked,
            as_of,
            features.CONTACT_WINDOW,
            lambda rows: features._typed_attributes(session, rows),
        )
    assert repr(fast) == repr(generic) and len(fast) == 4
    for key, facts in fast.items():
        assert type(key) is uuid.UUID and key.is_safe is uuid.SafeUUID.unknown
        assert facts.customer_id is key
    assert [k.is_safe for k in generic] == [k.is_safe for k in fast]


def _score_rows(connection, keys: list[str]) -> None:
    """A model version and varied scores: nulls, no affinity, unreadable affinity, long text."""
    connection.execute(
        text(
            "INSERT INTO analytics_models VALUES (1, '2026-11-01 00:00:00.000000', "
            "'2026-11-01 00:00:00.000000', 'test', 3, '{}', '{}')"
        )
    )
    affinity = (
        '[{"product": "mortgage", "confidence": 0.5, "lift": 2.0, "support": 0.1, '
        '"because": ["credit_card"]}]'
    )
    rows = [
        (0.73, 2.5, 123450, "High", "High", 0.27, "545", "at_risk", affinity),
        (None, None, None, "", "", None, "", "", "[]"),
        (1e-9, 0.0, 0, "Low", "Medium", 1.0, "111", "x" * 300, "not json"),
    ]
    for index, key in enumerate(keys):
        connection.execute(
            text(
                "INSERT INTO customer_scores VALUES (:c, 1, 2, 1.0, 3.0, :p, :e, :v, :t, :q, :r, "
                "'p_alive', :rfm, :s, :a)"
            ),
            dict(
                zip(("p", "e", "v", "t", "r", "q", "rfm", "s", "a"), rows[index % 3], strict=True),
                c=key,
            ),
        )


def test_scores_load_identically(demo, caplog) -> None:
    """customer_scores joined by the fast path reads as the generic query does."""
    ids = _ids(demo)
    with demo.engine.begin() as connection:
        _score_rows(connection, [i.hex for i in ids[:150]])
    as_of = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    loaded = _same(demo, ids, as_of, caplog)
    assert loaded.count("ScoreFacts(p_alive=Decimal('0.73')") == 50
    assert loaded.count("affinity_products=('mortgage',)") == 50
    assert loaded.count("scores=ScoreFacts(p_alive=None, expected_events_12m=None") == 50 + 150
    assert _fast_only(demo, ids[:200], as_of) == repr(_generic(demo, ids[:200], as_of))
    with demo.reading() as session:
        facts = FeatureLoader(demo).facts(session, ids[:3], as_of)
    first = facts[ids[0]].scores
    assert (first.clv_12m, first.value_tier, first.churn_probability) == (
        Decimal("1234.50"),
        "High",
        Decimal("0.27"),
    )
    assert facts[ids[2]].scores.p_alive == Decimal("1e-09")


def test_scores_in_forms_we_do_not_write_go_the_generic_way(demo, caplog) -> None:
    ids = _ids(demo)
    with demo.engine.begin() as connection:
        _score_rows(connection, [i.hex for i in ids[:3]])
        connection.execute(
            text(f"UPDATE customer_scores SET clv_12m = 12.5 WHERE customer_id = '{ids[0].hex}'")
        )
        connection.execute(
            text(f"UPDATE customer_scores SET p_alive = 'abc' WHERE customer_id = '{ids[1].hex}'")
        )
    as_of = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    for customer in ids[:3]:
        _same(demo, [customer], as_of, caplog)
    _same(demo, ids, as_of, caplog)


def _generic(db, ids, as_of):
    with db.reading() as session:
        return features._generic_batch(session, ids, as_of)
