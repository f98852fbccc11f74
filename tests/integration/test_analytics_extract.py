"""What the models read: centre-zone event days, frequency, recency, T, values, baskets, labels
— hand-computed on a small base, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.services.analytics.errors import AnalyticsInputError
from app.services.analytics.extract import NO_EVENT_DAYS, extract
from tests.factories import (
    add_complaint,
    add_contact,
    add_product,
    add_transactions,
    define_attributes,
    make_customer,
)
from tests.integration.analytics_helpers import AS_OF, ZONE


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.fixture(params=["sqlite_db", "pg_db"])
def db(request):
    return request.getfixturevalue(request.param)


@pytest.fixture
def base(db):
    define_attributes(db, {"churned": "bool"})
    a = make_customer(db, "A", phones=(), attributes={"churned": True})
    b = make_customer(db, "B", phones=(), attributes={"churned": False})
    c = make_customer(db, "C", phones=())
    add_transactions(db, a, [
        (at(2026, 1, 5, 10), Decimal("100"), "x"),
        (at(2026, 1, 5, 15), Decimal("50"), "same Warsaw day: one event worth 150"),
        (at(2026, 1, 5, 23, 30), Decimal("20"), "00:30 on 6 January in Warsaw (CET)"),
        (at(2026, 3, 10, 12), Decimal("80"), "x"),
        (at(2026, 4, 1, 12), Decimal("-500"), "an outflow is no event"),
        (at(2026, 5, 31, 21, 30), Decimal("40"), "23:30 on 31 May in Warsaw (CEST)"),
        (at(2026, 5, 31, 22, 30), Decimal("1000"), "00:30 on 1 June: not before as_of"),
    ])  # fmt: skip
    add_transactions(db, c, [(at(2026, 5, 1, 8), Decimal("70"), "one event day")])
    add_product(db, a, "credit_card", at(2025, 1, 1))
    add_product(db, a, "savings", at(2025, 1, 1), closed_at=at(2026, 5, 1))
    add_product(db, a, "investment", at(2026, 7, 1))
    add_product(db, c, "savings", at(2025, 1, 1))
    add_complaint(db, a, at(2026, 2, 1))
    add_complaint(db, a, at(2026, 7, 1))
    for started in (at(2026, 1, 2), at(2026, 2, 2), at(2026, 8, 1)):
        add_contact(db, a, started)
    return {"A": a, "B": b, "C": c}


def rows_of(db, label: str = ""):
    with db.engine.connect() as connection:
        return extract(connection, AS_OF, ZONE, label), None


def position(data, customer) -> int:
    """Where a customer is in the arrays (ids as the driver gives them: hex text on SQLite)."""
    return [str(key).replace("-", "") for key in data.ids].index(customer.hex)


def test_event_days_frequency_recency_t_and_values_are_per_centre_day(db, base) -> None:
    data, _ = rows_of(db, "churned")
    a, b, c = (position(data, base[name]) for name in "ABC")
    assert data.as_of_day == (datetime(2026, 6, 1).date() - datetime(1970, 1, 1).date()).days
    # A: 5 Jan (150), 6 Jan (20), 10 Mar (80), 31 May (40); 5 Jan -> 31 May = 146 days.
    assert data.event_days[a] == 4 and data.frequency[a] == 3
    assert data.recency_weeks[a] == pytest.approx(146 / 7)
    assert data.age_weeks[a] == pytest.approx(147 / 7)  # to 1 June, the as-of day
    assert data.mean_value[a] == pytest.approx((20 + 80 + 40) / 3)  # first day left out
    assert data.total_value[a] == pytest.approx(290.0)
    assert data.recency_days[a] == 1
    assert data.products[a] == 1 and data.baskets[a] == frozenset({"credit_card"})
    assert data.complaints[a] == 1 and data.contacts[a] == 2
    assert data.labels[a] == 1.0 and data.labels[b] == 0.0
    # B: no inflow at all; C: one event day (1 May), 31 days before the as-of day.
    assert data.event_days[b] == 0 and data.frequency[b] == 0 and data.age_weeks[b] == 0
    assert data.recency_days[b] == NO_EVENT_DAYS and data.baskets[b] == frozenset()
    assert data.event_days[c] == 1 and data.frequency[c] == 0
    assert data.recency_weeks[c] == 0 and data.age_weeks[c] == pytest.approx(31 / 7)
    assert data.mean_value[c] == 0 and data.total_value[c] == pytest.approx(70.0)
    assert data.labels is not None and data.labels[c] != data.labels[c]  # unlabelled: nan


def test_a_label_column_that_does_not_exist_is_named_with_the_known_ones(db, base) -> None:
    with pytest.raises(AnalyticsInputError) as raised:
        rows_of(db, "left_bank")
    assert str(raised.value) == (
        "the churn label column 'left_bank' named in analytics.churn_label does not exist "
        "(known columns: churned)"
    )


def test_days_across_the_spring_and_autumn_clock_changes(db) -> None:
    customer = make_customer(db, "D", phones=())
    add_transactions(db, customer, [
        (at(2025, 3, 29, 23, 30), Decimal("1"), "00:30 on 30 March, CET (+1)"),
        (at(2025, 3, 30, 22, 30), Decimal("1"), "00:30 on 31 March, CEST (+2)"),
        (at(2025, 10, 25, 22, 30), Decimal("1"), "00:30 on 26 October, CEST: the last +2 day"),
        (at(2025, 10, 26, 23, 30), Decimal("1"), "00:30 on 27 October, CET again"),
    ])  # fmt: skip
    data, _ = rows_of(db)
    # 30 March -> 27 October 2025 is 211 days; four distinct days.
    assert data.event_days[0] == 4
    assert data.recency_weeks[0] == pytest.approx(211 / 7)
