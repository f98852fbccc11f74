"""The demo ends with analytics computed, and its retention rule (value_tier == "High" and
churn_risk == "High") offers a retention package to some of the demo's customers."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select

from app.models import AnalyticsModel, Customer, CustomerScore
from app.services.demo.data import demo_now, generate_demo
from app.services.nba.features import FeatureLoader
from app.services.nba.service import NbaService
from app.services.rulebook.cache import RuleCache
from app.services.rulebook.service import RuleBookService

AS_OF = date(2026, 3, 1)
AT = datetime.combine(AS_OF, time(12), UTC)
RULE = "retention_high_value_at_risk"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory):
    from app.services.storage import migrate
    from app.services.storage.db import Database

    db = Database(f"sqlite:///{tmp_path_factory.mktemp('demo-analytics') / 'demo.sqlite3'}")
    migrate.upgrade(db.engine)
    generate_demo(db, customers=2000, seed=7, as_of=AS_OF)  # the desk's own demo size
    yield db
    db.dispose()


def test_the_demo_ends_with_every_customer_scored(demo_db) -> None:
    with demo_db.reading() as session:
        model = session.execute(select(AnalyticsModel.version, AnalyticsModel.as_of)).one()
        customers = session.scalar(select(func.count()).select_from(Customer))
        scored = session.scalar(select(func.count()).select_from(CustomerScore))
        both = session.scalar(
            select(func.count())
            .select_from(CustomerScore)
            .where(CustomerScore.value_tier == "High", CustomerScore.churn_risk == "High")
        )
    assert model.version == 1 and scored == customers == 2000
    assert model.as_of == demo_now(AS_OF, None)  # the demo's "now": the evening of as_of
    assert both >= 5  # a few wealthy customers whose inflows stopped months ago


def test_the_retention_rule_offers_to_high_value_customers_at_high_risk(demo_db) -> None:
    book = RuleBookService(demo_db, author="test")
    nba = NbaService(demo_db, RuleCache(book), FeatureLoader(demo_db))
    results = {result.customer_id: result.to_json() for result in nba.for_all(AT)}
    offered = {
        customer
        for customer, result in results.items()
        if any(action["rule_id"] == RULE for action in result["actions"])
        or any(held["rule_id"] == RULE for held in result["suppressed"])
    }
    with demo_db.reading() as session:
        targets = set(
            session.scalars(
                select(Customer.external_id)
                .join(CustomerScore, CustomerScore.customer_id == Customer.id)
                .where(CustomerScore.value_tier == "High", CustomerScore.churn_risk == "High")
            )
        )
    assert offered and offered <= targets  # results are keyed by the customer's external id
    assert not any(result["errors"] for result in results.values())
