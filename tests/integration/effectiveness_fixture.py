"""A hand-computed fixture for offer effectiveness, the same rows on SQLite and PostgreSQL.

Period: 2 and 3 November 2026 in UTC. Team T1: lead, anna, bartek; team T2: cezary; xawery
is an administrator. Customers (segment; scores of the version in force, 2):
  C1 premium; value tier High, RFM segment loyal_high_value
  C2 mass;    value tier Low, RFM segment "" (scored, empty: "unspecified")
  C3 "";      no scores at all ("not_scored")
  C4 mass;    scores of version 1 only, not the one in force ("not_scored")
Contacts (the channel of a presentation): C1 phone 2 Nov 09:00; C2 chat 2 Nov 10:00 and email
2 Nov 10:45; C3 phone 2 Nov 10:30 (90 minutes before its presentation: too early); C4 branch
2 Nov 13:00 (exactly an hour before its presentation: counts).

Presentations (latest outcome; channel) — T1 unless named:
  card  p1 C1 2 Nov 09:05 accepted; phone
          p2 C2 2 Nov 10:30 later, then accepted on 3 Nov: accepted; chat
          p3 C3 2 Nov 12:00 accepted, then declined: declined; unknown
          p4 C4 2 Nov 14:00 declined; branch
          p5 C1 3 Nov 09:10 none yet; unknown
  card_b q1 C2 2 Nov 10:40 accepted; chat (the email contact came after it)
          q2 C3 3 Nov 08:00 accepted; unknown
  loan  l1 C1 2 Nov 09:06 declined; phone
          l2 C2 3 Nov 12:00 accepted (bartek); unknown
  card  cezary (T2) C1 2 Nov 09:07 accepted; phone — the whole centre only
  card  anna C1 1 Nov 23:59 and 4 Nov 00:00, accepted: outside the days
Published rule set (version 1): card names the challenger card_b for 20 % of customers,
deposit names deposit_b for 50 % (neither presented).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from app.models import Contact, Customer, OfferOutcomeEvent, OfferPresentation, Team, User
from app.models.analytics import AnalyticsModel, CustomerScore
from app.rules.definition import RuleDefinition
from app.services.reports.figures import Period
from app.services.reports.rule_set import rule_set_in_force
from app.services.reports.service import ReportService
from app.services.rulebook.service import RuleBookService
from app.services.storage.db import Database

PERIOD = Period(date(2026, 11, 2), date(2026, 11, 3), "UTC")
PEOPLE = {"lead": ("team_lead", "T1"), "anna": ("agent", "T1"), "bartek": ("agent", "T1"),
          "cezary": ("agent", "T2"), "xawery": ("admin", None)}  # fmt: skip
CUSTOMERS = {  # name: (segment, scores' version, value tier, RFM segment)
    "C1": ("premium", 2, "High", "loyal_high_value"),
    "C2": ("mass", 2, "Low", ""),
    "C3": ("", None, "", ""),
    "C4": ("mass", 1, "Medium", "new"),
}


def t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def rule(rule_id: str, **fields) -> RuleDefinition:
    return RuleDefinition(id=rule_id, name=rule_id, condition="true", action="offer",
                          script="Offer it.", **fields)  # fmt: skip


RULES = [
    rule("card", challenger="card_b", challenger_share=20),
    rule("card_b"),
    rule("loan"),
    rule("deposit", challenger="deposit_b", challenger_share=50),
    rule("deposit_b"),
]


def reports(db: Database, login: str) -> ReportService:
    """The report service as the composition root wires it (the rule set from the rulebook).

    On PostgreSQL the rule set is given as published version 1 instead: the server's rule-set
    check (acrm_check_rule_set) does not know the champion/challenger fields yet, so they
    cannot be published there in this branch; the SQL figures are what is tested there.
    """
    if _on_server(db):
        return ReportService(db, login, lambda: (1, RULES))
    return ReportService(db, login, rule_set_in_force(RuleBookService(db, "author")))


def _on_server(db: Database) -> bool:
    return db.engine.dialect.name == "postgresql"


class _Builder:
    def __init__(self, session) -> None:
        self.session = session
        teams = {name: Team(id=uuid.uuid4(), name=name) for name in ("T1", "T2")}
        self.users = {
            login: User(id=uuid.uuid4(), login=login, display_name=login.title(), role=role,
                        team_id=teams[team].id if team else None)
            for login, (role, team) in PEOPLE.items()
        }  # fmt: skip
        self.customers = {
            name: Customer(id=uuid.uuid4(), external_id=name, first_name="Jan", last_name=name,
                           first_key="jan", last_key=name.lower(), segment=segment)
            for name, (segment, *_scores) in CUSTOMERS.items()
        }  # fmt: skip
        session.add_all([*teams.values(), *self.users.values(), *self.customers.values()])
        for version in (1, 2):
            session.add(AnalyticsModel(version=version, as_of=t(1, 0), customers=2))
        session.flush()
        for name, (_segment, version, tier, rfm) in CUSTOMERS.items():
            if version is not None:
                session.add(CustomerScore(customer_id=self.customers[name].id,
                                          model_version=version, value_tier=tier,
                                          segment_rfm=rfm))  # fmt: skip
        session.flush()

    def contact(self, customer: str, channel: str, started: datetime) -> None:
        self.session.add(Contact(id=uuid.uuid4(), customer_id=self.customers[customer].id,
                                 channel=channel, direction="inbound",
                                 agent_id=self.users["anna"].id, started_at=started))  # fmt: skip

    def shown(self, rule_id: str, customer: str, at: datetime, *outcomes, login="anna") -> None:
        """A presentation and its outcomes, each (outcome, recorded_at)."""
        presentation = OfferPresentation(
            id=uuid.uuid4(), customer_id=self.customers[customer].id, rule_id=rule_id,
            rule_version=1, action="offer", agent_id=self.users[login].id, shown_at=at,
        )  # fmt: skip
        self.session.add(presentation)
        self.session.flush()
        for outcome, recorded_at in outcomes:
            self.session.add(OfferOutcomeEvent(
                id=uuid.uuid4(), presentation_id=presentation.id,
                customer_id=presentation.customer_id, rule_id=rule_id, rule_version=1,
                outcome=outcome, agent_id=presentation.agent_id, recorded_at=recorded_at,
            ))  # fmt: skip
        self.session.flush()


def build(db: Database, publish: bool = True) -> None:
    """Write the rows (one transaction) and publish the rule set through the rulebook."""
    with db.unit_of_work() as uow:
        b = _Builder(uow.session)
        b.contact("C1", "phone", t(2, 9))
        b.contact("C2", "chat", t(2, 10))
        b.contact("C2", "email", t(2, 10, 45))
        b.contact("C3", "phone", t(2, 10, 30))
        b.contact("C4", "branch", t(2, 13))
        b.shown("card", "C1", t(2, 9, 5), ("accepted", t(2, 9, 6)))
        b.shown("card", "C2", t(2, 10, 30), ("later", t(2, 10, 31)), ("accepted", t(3, 9)))
        b.shown("card", "C3", t(2, 12), ("accepted", t(2, 12, 1)), ("declined", t(2, 12, 5)))
        b.shown("card", "C4", t(2, 14), ("declined", t(2, 14, 1)))
        b.shown("card", "C1", t(3, 9, 10))
        b.shown("card_b", "C2", t(2, 10, 40), ("accepted", t(2, 10, 41)))
        b.shown("card_b", "C3", t(3, 8), ("accepted", t(3, 8, 1)))
        b.shown("loan", "C1", t(2, 9, 6), ("declined", t(2, 9, 7)))
        b.shown("loan", "C2", t(3, 12), ("accepted", t(3, 12, 1)), login="bartek")
        b.shown("card", "C1", t(2, 9, 7), ("accepted", t(2, 9, 8)), login="cezary")
        b.shown("card", "C1", datetime(2026, 11, 1, 23, 59, tzinfo=UTC), ("accepted", t(2, 0)))
        b.shown("card", "C1", t(4, 0), ("accepted", t(4, 0, 1)))
        uow.commit()
    if publish and not _on_server(db):
        rulebook = RuleBookService(db, "author")
        rulebook.replace_draft(RULES)
        rulebook.publish("effectiveness fixture")
