"""A hand-computed fixture for the team-lead figures, the same rows on SQLite and PostgreSQL.

Period: 24-25 October 2026 in Europe/Warsaw, the weekend summer time ends (25 October has 25
hours: 02:00-03:00 happens twice). Local midnight of the 24th is 22:00 UTC on the 23rd, the
end of the 25th is 23:00 UTC. Every time below is UTC; the comments give the local time and
why the row counts or not. The expected figures are in test_reports_figures.py.

Team T1: lead Lena Lis (lead), Anna Adamska (anna), Bartek Bąk (bartek), Zofia Zając (zofia,
nothing at all), Dawid Dąb (dawid, deactivated). Team T2: Cezary Czech (cezary), Xawery Xiński
(xawery, admin). Robert Róg (robert, rule author, no team).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from app.models import (
    Contact,
    Customer,
    OfferOutcomeEvent,
    OfferPresentation,
    QueueItem,
    Team,
    User,
)
from app.services.reports.figures import Period
from app.services.storage.db import Database

PERIOD = Period(date(2026, 10, 24), date(2026, 10, 25), "Europe/Warsaw")
NOW = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)

PEOPLE = {  # login: (display name, role, team, active)
    "lead": ("Lena Lis", "team_lead", "T1", True),
    "anna": ("Anna Adamska", "agent", "T1", True),
    "bartek": ("Bartek Bąk", "agent", "T1", True),
    "zofia": ("Zofia Zając", "agent", "T1", True),
    "dawid": ("Dawid Dąb", "agent", "T1", False),
    "cezary": ("Cezary Czech", "agent", "T2", True),
    "xawery": ("Xawery Xiński", "admin", "T2", True),
    "robert": ("Robert Róg", "rule_author", None, True),
    "lonely": ("Lucjan Samotny", "team_lead", None, True),
}


def t(month: int, day: int, hour: int, minute: int = 0, second: float = 0) -> datetime:
    whole = int(second)
    micro = round((second - whole) * 1_000_000)
    return datetime(2026, month, day, hour, minute, whole, micro, tzinfo=UTC)


class _Builder:
    def __init__(self, session) -> None:
        self.session = session
        self.teams = {name: Team(id=uuid.uuid4(), name=name) for name in ("T1", "T2")}
        session.add_all(self.teams.values())
        self.users = {}
        for login, (name, role, team, active) in PEOPLE.items():
            team_id = self.teams[team].id if team else None
            self.users[login] = User(
                id=uuid.uuid4(), login=login, display_name=name, role=role, team_id=team_id,
                active=active,
            )  # fmt: skip
        session.add_all(self.users.values())
        self.customer = Customer(
            id=uuid.uuid4(), external_id="C1", first_name="Jan", last_name="Nowak",
            first_key="jan", last_key="nowak",
        )  # fmt: skip
        session.add(self.customer)
        session.flush()

    def contact(self, login, started, ended=None, supersedes=None) -> uuid.UUID:
        row = Contact(
            id=uuid.uuid4(), customer_id=self.customer.id, channel="phone",
            direction="inbound", agent_id=self.users[login].id if login else None,
            started_at=started, ended_at=ended, supersedes_id=supersedes,
        )  # fmt: skip
        self.session.add(row)
        self.session.flush()
        return row.id

    def shown(self, login, rule_id, shown_at, *outcomes) -> None:
        """A presentation and its outcomes: (outcome, reason, recorded_at[, id])."""
        presentation = OfferPresentation(
            id=uuid.uuid4(), customer_id=self.customer.id, rule_id=rule_id, rule_version=1,
            action="offer", agent_id=self.users[login].id, shown_at=shown_at,
        )  # fmt: skip
        self.session.add(presentation)
        self.session.flush()
        for outcome, reason, recorded_at, *given_id in outcomes:
            event = OfferOutcomeEvent(
                id=given_id[0] if given_id else uuid.uuid4(),
                presentation_id=presentation.id, customer_id=self.customer.id,
                rule_id=rule_id, rule_version=1, outcome=outcome, reason=reason,
                agent_id=self.users[login].id, recorded_at=recorded_at,
            )  # fmt: skip
            self.session.add(event)
        self.session.flush()

    def item(self, login, status, due_at, kind="callback", **fields) -> None:
        team = self.users[login].team_id if login else self.teams["T1"].id
        item = QueueItem(
            id=uuid.uuid4(), kind=kind, customer_id=self.customer.id,
            assigned_to=self.users[login].id if login else None, team_id=team,
            due_at=due_at, status=status, created_at=t(10, 1, 8),
            updated_at=fields.pop("updated_at", t(10, 1, 8)), **fields,
        )  # fmt: skip
        self.session.add(item)


def build(db: Database) -> None:
    """Write the fixture (one transaction, no outbox: the figures read tables only)."""
    with db.unit_of_work() as uow:
        b = _Builder(uow.session)
        _contacts(b)
        _offers(b)
        _queue(b)
        uow.commit()


def _contacts(b: _Builder) -> None:
    b.contact("anna", t(10, 23, 21, 59), t(10, 23, 22, 9))  # 23:59 on the 23rd: before
    b.contact("anna", t(10, 23, 22, 0), t(10, 23, 22, 5))  # 00:00 on the 24th: 300 s
    b.contact("anna", t(10, 25, 0, 30), t(10, 25, 0, 40))  # 02:30 summer time: 600 s
    b.contact("anna", t(10, 25, 1, 30))  # 02:30 again, winter time: no end
    b.contact("anna", t(10, 25, 22, 59, 59), t(10, 25, 23, 1, 39.5))  # 23:59:59: 100.5 s
    b.contact("anna", t(10, 25, 23, 0), t(10, 25, 23, 2))  # 00:00 on the 26th: after
    first = b.contact("anna", t(10, 24, 8, 0), t(10, 24, 8, 10))  # corrected below
    b.contact("anna", t(10, 24, 8, 0), t(10, 24, 8, 20), supersedes=first)  # 1200 s
    b.contact("anna", t(10, 24, 9, 0), t(10, 24, 8, 59))  # ends before it starts: no time
    b.contact("bartek", t(10, 24, 10, 0))  # no end time
    b.contact("cezary", t(10, 24, 10, 0), t(10, 24, 10, 1))  # 60 s
    b.contact("cezary", t(10, 24, 10, 30), t(10, 24, 10, 31))  # 60 s
    b.contact("dawid", t(10, 25, 10, 0), t(10, 25, 10, 5))  # deactivated; 11:00 local
    b.contact(None, t(10, 25, 10, 0))  # nobody's (imported): whole centre hour 11 only
    # A week earlier (18 October, summer time, UTC+2).
    b.contact("anna", t(10, 18, 6, 15))  # 08:15
    corrected = b.contact("anna", t(10, 18, 7, 0))  # 09:00, corrected: counts once
    b.contact("anna", t(10, 18, 7, 0), supersedes=corrected)
    b.contact("cezary", t(10, 18, 6, 30))  # 08:30, team T2
    # 29 March 2026, summer time begins: 02:00-03:00 does not exist.
    b.contact("anna", t(3, 29, 0, 30))  # 01:30 CET
    b.contact("anna", t(3, 29, 1, 30))  # 03:30 CEST
    b.contact("anna", t(3, 21, 23, 30))  # 00:30 on 22 March (a week before)


# Two outcomes recorded at the same moment: the larger id is the latest.
TIE_FIRST = uuid.UUID("00000000-0000-4000-8000-000000000001")
TIE_LATEST = uuid.UUID("00000000-0000-4000-8000-000000000002")


def _offers(b: _Builder) -> None:
    b.shown("anna", "R_CARD", t(10, 24, 10), ("later", "", t(10, 24, 10, 1)),
            ("accepted", "", t(10, 26, 9)))  # fmt: skip
    b.shown("anna", "R_CARD", t(10, 24, 11), ("declined", "too_expensive", t(10, 24, 11, 1)))
    b.shown("anna", "R_LOAN", t(10, 24, 12), ("accepted", "", t(10, 24, 12, 1), TIE_FIRST),
            ("declined", "", t(10, 24, 12, 1), TIE_LATEST))  # fmt: skip
    b.shown("anna", "R_LOAN", t(10, 25, 9))  # no outcome yet
    b.shown("anna", "R_LOAN", t(10, 23, 21), ("accepted", "", t(10, 23, 21, 1)))  # before
    b.shown("bartek", "R_CARD", t(10, 24, 13), ("not_relevant", "", t(10, 24, 13, 1)))
    b.shown("bartek", "R_CARD", t(10, 24, 14), ("declined", "not_interested", t(10, 24, 14, 1)),
            ("declined", "too_expensive", t(10, 24, 14, 2)))  # fmt: skip
    b.shown("bartek", "R_LOAN", t(10, 25, 8), ("later", "", t(10, 25, 8, 1)))
    b.shown("cezary", "R_CARD", t(10, 24, 15), ("accepted", "", t(10, 24, 15, 1)))
    b.shown("cezary", "R_INS", t(10, 24, 16), ("declined", "bad_moment", t(10, 24, 16, 1)))


def _queue(b: _Builder) -> None:
    b.item("anna", "open", t(10, 25, 9))  # overdue; due in the period, not kept
    b.item("anna", "in_progress", t(10, 26, 8), kind="follow_up")  # open, not overdue
    b.item("anna", "open", t(10, 25, 11), kind="campaign", window_end=t(10, 25, 11, 30))
    b.item("anna", "done", t(10, 24, 10), outcome="reached", last_attempt_at=t(10, 24, 10, 45),
           updated_at=t(10, 24, 18))  # kept: reached 45 min after due, no window  # fmt: skip
    b.item("anna", "done", t(10, 24, 12), updated_at=t(10, 24, 13, 30))  # closed 90 min late
    b.item("anna", "done", t(10, 24, 14), outcome="reached", window_end=t(10, 24, 18),
           last_attempt_at=t(10, 24, 17, 59))  # kept: within its window  # fmt: skip
    b.item("anna", "cancelled", t(10, 24, 15))  # not due: cancelled
    b.item("anna", "expired", t(10, 24, 15))  # due, not kept
    b.item("anna", "done", t(10, 24, 16), outcome="wrong_number",
           last_attempt_at=t(10, 24, 16, 10))  # due, done but nobody reached  # fmt: skip
    b.item("anna", "done", t(10, 23, 21), outcome="reached", last_attempt_at=t(10, 23, 21, 5))
    b.item("anna", "open", t(10, 27, 9))  # open, later, not due in the period
    b.item("bartek", "open", t(10, 24, 10), window_end=t(10, 26, 10))  # overdue: due passed
    b.item(None, "open", t(10, 25, 8))  # T1's pool: nobody's figure
    b.item("cezary", "open", t(10, 26, 9))
    b.item("cezary", "open", t(10, 24, 9), kind="campaign", window_end=t(10, 30, 20))  # in its
    # window: a campaign's due time only opens it, so not overdue (queue/overdue.py)
    b.item("dawid", "open", t(10, 25, 9))  # deactivated: not listed
