"""Analytics in the rules on a real database: a customer_scores row drives a retention offer,
a propensity weighs the score, and a champion/challenger pair splits the customers."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import AnalyticsModel, Customer, CustomerScore, QueueItem
from app.rules.definition import RuleDefinition
from app.rules.experiment import arm
from tests.factories import make_customer
from tests.rule_fixtures import nba_for

AS_OF = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)

RETENTION = RuleDefinition(
    id="retention_call",
    name="Retention call for valuable customers at risk",
    condition='value_tier == "High" and churn_risk == "High"',
    action="offer_retention",
    script="Thank {first_name} for staying with us and offer the loyalty rate",
    priority=50,
    business_value=Decimal("2.0"),
)


def add_scores(db, scores: dict[uuid.UUID, dict]) -> None:
    """One model version and a customer_scores row per customer, as a refresh writes them."""
    with db.unit_of_work() as uow:
        uow.session.add(AnalyticsModel(version=1, as_of=AS_OF, computed_by="test", customers=2))
        uow.session.flush()
        for customer_id, values in scores.items():
            uow.session.add(CustomerScore(customer_id=customer_id, model_version=1, **values))
        uow.commit()


def scored(tier: str, risk: str, p_alive: float | None = 0.73) -> dict:
    return dict(
        p_alive=p_alive,
        expected_events_12m=1.5,
        clv_12m=Decimal("2400.00"),
        value_tier=tier,
        churn_probability=None if p_alive is None else round(1 - p_alive, 4),
        churn_risk=risk,
        churn_method="p_alive",
        rfm="245",
        segment_rfm="at_risk",
        affinity='[{"product": "savings", "confidence": 0.78, "lift": 2.4, "support": 0.2, '
        '"because": ["credit_card"]}]',
    )


@pytest.fixture(params=["sqlite", "postgres"])
def db(request):
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def test_value_and_risk_drive_a_retention_offer(db) -> None:
    high = make_customer(db, "H1", first_name="Anna")
    medium = make_customer(db, "M1", phones=("+48601000001",))
    unscored = make_customer(db, "U1", phones=("+48601000002",))
    add_scores(db, {high: scored("High", "High"), medium: scored("High", "Medium")})
    service = nba_for(db, [RETENTION])

    (action,) = service.for_customer(high, AS_OF).actions
    assert (action.rule_id, action.score) == ("retention_call", Decimal("100.0"))
    assert action.script == "Thank Anna for staying with us and offer the loyalty rate"
    assert action.explanation == "value_tier = High; churn_risk = High"
    assert service.for_customer(medium, AS_OF).actions == ()
    assert service.for_customer(unscored, AS_OF).actions == ()


def test_the_features_read_from_the_row(sqlite_db) -> None:
    customer = make_customer(sqlite_db, "H1")
    add_scores(sqlite_db, {customer: scored("Low", "Medium", 0.42)})
    rule = RETENTION.with_changes(
        condition="p_alive == 0.42 and churn_probability == 0.58 and clv_12m == 2400"
        ' and rfm == "245" and segment_rfm == "at_risk" and "savings" in affinity_products'
        " and expected_events_12m == 1.5",
        why="{clv_12m} {affinity_products}",
    )
    (action,) = nba_for(sqlite_db, [rule]).for_customer(customer, AS_OF).actions
    assert action.explanation == "2400.00 PLN savings"


def test_propensity_weighs_each_customers_score(sqlite_db) -> None:
    likely = make_customer(sqlite_db, "L1")
    unknown = make_customer(sqlite_db, "N1", phones=("+48601000001",))
    add_scores(
        sqlite_db, {likely: scored("High", "High", 0.73), unknown: scored("High", "High", None)}
    )
    service = nba_for(sqlite_db, [RETENTION.with_changes(propensity="p_alive")])

    (action,) = service.for_customer(likely, AS_OF).actions
    assert action.score == Decimal("73.0000")
    assert action.score_why == "50 × 2 × propensity 0.73 (p_alive) = 73"
    (action,) = service.for_customer(unknown, AS_OF).actions
    assert action.score == Decimal("100.0") and action.weighing.propensity is None
    lines = [result.json_line() for result in service.for_all(AS_OF)]
    assert '"score": 73.0,' in lines[0] and '"propensity": 0.73' in lines[0]
    assert '"score": 100.0,' in lines[1] and '"propensity": null' in lines[1]


def test_champion_and_challenger_split_the_customers(sqlite_db) -> None:
    ids = [make_customer(sqlite_db, f"C{n:03d}", phones=(f"+4860100{n:04d}",)) for n in range(120)]
    champion = RETENTION.with_changes(
        condition="true", challenger="retention_b", challenger_share=30
    )
    challenger = RETENTION.with_changes(
        id="retention_b", name="Retention, variant B", condition="true", action="offer_b"
    )
    service = nba_for(sqlite_db, [champion, challenger])
    offered = Counter()
    results = {result.customer_id: result for result in service.for_all(AS_OF)}
    for n, customer in enumerate(ids):
        result = results[f"C{n:03d}"]
        (action,) = result.actions
        (held,) = result.suppressed
        expected = "retention_b" if arm(str(customer), "retention_call") < 30 else "retention_call"
        assert action.rule_id == expected and held.rule_id != expected
        assert held.code in ("split_challenger_arm", "split_champion_arm")
        offered[action.rule_id] += 1
    assert 20 <= offered["retention_b"] <= 52  # 30 % of 120 is 36


def test_a_campaign_targets_by_analytics(sqlite_db) -> None:
    """Campaign targeting loads facts through the same loader: scores reach its conditions."""
    from app.services.campaigns.values import CampaignSpec
    from tests.integration.campaign_helpers import AT, build_centre

    centre = build_centre(sqlite_db)
    customers = centre.customers
    add_scores(
        sqlite_db,
        {customers["C2"]: scored("High", "High"), customers["C3"]: scored("High", "Low")},
    )
    service = centre.service("lead_a")
    service.create(
        CampaignSpec(
            name="Keep the valuable",
            condition='value_tier == "High" and churn_risk == "High"',
            action="offer_retention",
            channel="branch",
            team="Team A",
        )
    )
    report = service.generate("Keep the valuable", AT)
    assert (report.targeted, report.added) == (1, 1)
    with sqlite_db.reading() as session:
        queued = session.scalars(select(QueueItem.customer_id)).all()
    assert queued == [customers["C2"]]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_simulation_splits_the_base_as_the_panel_does(sqlite_db, workers: int) -> None:
    """Simulating a draft with a challenger: each customer reaches the arm the panel gives,
    in one process or in forked workers."""
    from app.services.nba.simulation import SimulationService

    ids = [make_customer(sqlite_db, f"C{n:02d}", phones=(f"+4860200{n:04d}",)) for n in range(60)]
    add_scores(sqlite_db, {customer: scored("High", "High") for customer in ids})
    service = nba_for(sqlite_db, [RETENTION])
    challenger = RETENTION.with_changes(id="retention_b", name="B", action="offer_b")
    draft = [RETENTION.with_changes(challenger="retention_b", challenger_share=25), challenger]
    simulation = SimulationService(service, batch=16, db_url=sqlite_db.url, workers=workers)
    report = simulation.run(draft, AS_OF)
    reach = {r.rule_id: (r.published, r.draft) for r in report.rules}
    in_b = sum(arm(str(customer), "retention_call") < 25 for customer in ids)
    assert reach == {"retention_call": (60, 60 - in_b), "retention_b": (0, in_b)}
    assert 5 <= in_b <= 25


def test_nba_all_in_forked_workers_gives_the_same_arms_and_scores(sqlite_db) -> None:
    from app.services.nba.parallel import evaluate_all_lines

    ids = [make_customer(sqlite_db, f"C{n:02d}", phones=(f"+4860300{n:04d}",)) for n in range(30)]
    add_scores(
        sqlite_db,
        {customer: scored("High", "High", 0.5 + n / 100) for n, customer in enumerate(ids)},
    )
    champion = RETENTION.with_changes(
        propensity="p_alive", challenger="retention_b", challenger_share=50
    )
    challenger = RETENTION.with_changes(id="retention_b", name="B", action="offer_b")
    service = nba_for(sqlite_db, [champion, challenger])
    alone = "".join(result.json_line() + "\n" for result in service.for_all(AS_OF))
    forked = "".join(
        part.text for part in evaluate_all_lines(sqlite_db.url, AS_OF, workers=2, chunk=7)
    )
    assert forked == alone
    in_champion_arm = sum(arm(str(customer), "retention_call") >= 50 for customer in ids)
    assert alone.count('"propensity": ') == in_champion_arm  # the challenger names none
    assert alone.count('"rule_id": "retention_b", "rule_name"') == 30 - in_champion_arm


def test_the_demo_pack_calls_a_valuable_customer_at_risk(sqlite_db) -> None:
    """The demo rule pack's retention rule, on demo data once the analytics have scored it."""
    from datetime import date, time

    from app.services.demo.data import generate_demo
    from app.services.nba.features import FeatureLoader
    from app.services.nba.service import NbaService
    from app.services.rulebook.cache import RuleCache
    from app.services.rulebook.service import RuleBookService

    day = date(2026, 3, 1)
    generate_demo(sqlite_db, customers=40, seed=7, as_of=day, language="pl")
    with sqlite_db.reading() as session:
        found = session.scalars(select(Customer.id).where(Customer.external_id == "C0000010"))
        customer = found.one()
    values = scored("High", "High", 0.2) | {"churn_probability": 0.8}
    add_scores(sqlite_db, {customer: values})
    book = RuleBookService(sqlite_db, author="test")
    nba = NbaService(sqlite_db, RuleCache(book), FeatureLoader(sqlite_db))
    result = nba.for_customer(customer, datetime.combine(day, time(12), UTC))
    action = next(a for a in result.actions if a.rule_id == "retention_valuable_at_risk")
    assert action.explanation == (
        "wartość klienta: High (przewidywana wartość na 12 miesięcy: 2400.00 PLN); "
        "ryzyko odejścia: High (prawdopodobieństwo 80 %)"
    )
    others = nba.for_all(datetime.combine(day, time(12), UTC))
    reached = [r.customer_id for r in others if "retention_valuable_at_risk" in
               {a.rule_id for a in r.actions}]  # fmt: skip
    assert reached == ["C0000010"]  # only the scored customer
