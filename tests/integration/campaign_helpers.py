"""A small centre for campaign tests: two teams, their leads, an administrator, an agent,
mass and affluent customers, marketing consents, a published rule set and past offers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select

from app.models import OfferOutcomeEvent, OfferPresentation, Team, User
from app.rules.definition import RuleDefinition
from app.services.campaigns.service import CampaignService
from app.services.storage.db import Database
from tests.factories import add_consent, make_customer
from tests.rule_fixtures import AFFLUENT, BIRTHDAY, MASS, publish

AT = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # the first generation
PHONE_ONLY = RuleDefinition(
    id="phone_savings",
    name="Savings by phone",
    condition='segment == "mass"',
    action="offer_savings_phone",
    requires_consent="phone",
    script="Dzień dobry {first_name}",
    priority=70,
)
RULES = [MASS, AFFLUENT, BIRTHDAY, PHONE_ONLY]


@dataclass
class Centre:
    db: Database
    team_a: uuid.UUID
    team_b: uuid.UUID
    people: dict[str, uuid.UUID]  # login -> user id
    customers: dict[str, uuid.UUID]  # external id -> customer id
    version: int

    def service(self, login: str, **options) -> CampaignService:
        return CampaignService(self.db, login, **options)


def build_centre(db: Database) -> Centre:
    """Customers C1-C3 and C5 are mass, C4 affluent; C1 and C5 gave phone consent; C5
    declined the savings offer ten days before AT (its 30-day cooldown holds it back)."""
    team_a, team_b = uuid.uuid4(), uuid.uuid4()
    people = {
        "lead_a": (team_a, "team_lead"),
        "lead_b": (team_b, "team_lead"),
        "boss": (None, "admin"),
        "agent_a": (team_a, "agent"),
    }
    with db.unit_of_work() as uow:
        uow.session.add_all([Team(id=team_a, name="Team A"), Team(id=team_b, name="Team B")])
        uow.session.flush()
        for login, (team, role) in people.items():
            uow.session.add(User(login=login, display_name=login, role=role, team_id=team))
        uow.commit()
    with db.reading() as session:
        ids = {login: uid for login, uid in session.execute(select(User.login, User.id))}
    segments = {"C1": "mass", "C2": "mass", "C3": "mass", "C4": "affluent", "C5": "mass"}
    customers = {
        ext: make_customer(db, ext, first_name=f"Anna{ext}", segment=segment)
        for ext, segment in segments.items()
    }
    for ext in ("C1", "C5"):
        add_consent(db, customers[ext], "phone", "marketing", True, AT - timedelta(days=100))
    version = publish(db, RULES)
    shown = present(db, customers["C5"], "mass_offer", "offer_savings", AT - timedelta(days=10))
    answer(db, shown, customers["C5"], "mass_offer", "declined", AT - timedelta(days=10))
    return Centre(db, team_a, team_b, ids, customers, version)


def present(
    db: Database, customer: uuid.UUID, rule_id: str, action: str, at: datetime
) -> uuid.UUID:
    row = {"id": uuid.uuid4(), "customer_id": customer, "rule_id": rule_id, "rule_version": 1,
           "action": action, "agent_id": None, "shown_at": at}  # fmt: skip
    with db.unit_of_work() as uow:
        uow.session.execute(insert(OfferPresentation), [row])
        uow.commit()
    return row["id"]


def answer(
    db: Database, shown: uuid.UUID, customer: uuid.UUID, rule_id: str, outcome: str,
    at: datetime, reason: str = "",
) -> None:  # fmt: skip
    row = {"id": uuid.uuid4(), "presentation_id": shown, "customer_id": customer,
           "rule_id": rule_id, "rule_version": 1, "outcome": outcome, "reason": reason,
           "callback_id": None, "agent_id": None, "recorded_at": at}  # fmt: skip
    with db.unit_of_work() as uow:
        uow.session.execute(insert(OfferOutcomeEvent), [row])
        uow.commit()
