"""The panel says how a propensity weighed an offer's score, and why a champion/challenger
pair held one of its rules back for this customer."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from app.models import AnalyticsModel, CustomerScore
from app.rules.definition import RuleDefinition
from app.rules.experiment import arm
from app.rules.results import OfferedAction
from app.rules.weighing import Weighing
from app.views.nba.texts import score_text
from tests import factories as f
from tests.gui.test_formatting import plain
from tests.gui.test_nba_panel import open_and_wait, publish

RETENTION = RuleDefinition(
    id="retention_call",
    name="Retention call",
    condition='value_tier == "High" and churn_risk == "High"',
    action="offer_retention",
    script="Offer the loyalty rate",
    priority=50,
    business_value=Decimal("2.0"),
    propensity="p_alive",
)


def scored_customer(db, external_id: str, p_alive: float | None, phone: str):
    cid = f.make_customer(db, external_id=external_id, phones=(phone,))
    with db.unit_of_work() as uow:
        if uow.session.get(AnalyticsModel, 1) is None:
            uow.session.add(AnalyticsModel(version=1, as_of=datetime.now(UTC), customers=1))
            uow.session.flush()
        uow.session.add(
            CustomerScore(
                customer_id=cid,
                model_version=1,
                p_alive=p_alive,
                value_tier="High",
                churn_risk="High",
            )
        )
        uow.commit()
    return cid


def test_the_why_shows_the_weighed_score(qtbot, window, services) -> None:
    publish(services, RETENTION)
    cid = scored_customer(services.db, "S1", 0.73, "+48601000011")
    open_and_wait(qtbot, window, cid)
    (offer,) = window.nba.offers()
    lines = plain(offer.why.text()).split("\n")
    assert lines == [
        "Why: value_tier = High; churn_risk = High",
        "Score: 50 × 2 × propensity 0,73 (p_alive) = 73",
    ]


def test_an_unknown_propensity_is_said(qtbot, window, services) -> None:
    publish(services, RETENTION.with_changes(condition='value_tier == "High"'))
    cid = scored_customer(services.db, "S2", None, "+48601000012")
    open_and_wait(qtbot, window, cid)
    (offer,) = window.nba.offers()
    assert plain(offer.why.text()).split("\n")[1] == (
        "Score: 50 × 2 = 100; the propensity (p_alive) is unknown for this customer, "
        "so it is not weighed"
    )


def test_a_plain_offer_has_no_score_line() -> None:
    action = OfferedAction("r", "R", 1, "prompt", "A", "phone", Decimal(60), "s", "w")
    assert score_text(action, QLocale(QLocale.Language.Polish)) == ""
    weighed = OfferedAction(
        "r", "R", 1, "prompt", "A", "phone", Decimal("12.3456"), "s", "w", "",
        Weighing(20, Decimal("1.5"), "attributes.score", Decimal("0.4115")),
    )  # fmt: skip
    assert plain(score_text(weighed, QLocale(QLocale.Language.Polish))) == (
        "Score: 20 × 1,5 × propensity 0,4115 (attributes.score) = 12,3456"
    )


def test_the_held_back_arm_is_named(qtbot, window, services) -> None:
    champion = RETENTION.with_changes(propensity="", challenger="retention_b", challenger_share=40)
    challenger = champion.with_changes(
        id="retention_b", name="Retention B", action="offer_b", challenger="", challenger_share=0
    )
    publish(services, champion, challenger)
    arms: dict[bool, object] = {}
    for n in range(40):  # random ids: one customer in each arm (0.6 ** 40 odds of none)
        cid = scored_customer(services.db, f"S{n}", 0.5, f"+486010001{n:02d}")
        arms.setdefault(arm(str(cid), "retention_call") < 40, cid)
        if len(arms) == 2:
            break
    open_and_wait(qtbot, window, arms[True])
    (offer,) = window.nba.offers()
    assert offer.name.text() == "Retention B"
    assert [plain(text) for text in window.nba.held_texts()] == [
        "Retention call — held back: champion/challenger split, this customer is in the "
        "challenger's 40 %"
    ]
    open_and_wait(qtbot, window, arms[False])
    (offer,) = window.nba.offers()
    assert offer.name.text() == "Retention call"
    assert [plain(text) for text in window.nba.held_texts()] == [
        "Retention B — held back: champion/challenger split, this customer is in the "
        "champion's 60 %"
    ]
