"""The demo floor: what the queues, the team lead's figures and the campaign figures need is in
the demo database, seen from the signed-in login, deterministic by seed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import (
    Campaign,
    Contact,
    Customer,
    OfferOutcomeEvent,
    OfferPresentation,
    QueueItem,
    Team,
    User,
)
from app.models.enums import DECLINE_REASONS, QueueKind, QueueStatus, Role
from app.services.demo.data import generate_demo, write_demo_csvs
from app.services.demo.floor import set_up_floor
from app.services.demo.people import STORIES
from app.services.demo.rules import demo_rules
from app.services.queue.team_queue import TeamQueueService

AS_OF = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 13, 30, tzinfo=UTC)
LEAD = "lider"


@pytest.fixture(scope="module")
def floor_db(tmp_path_factory: pytest.TempPathFactory):
    from app.services.storage import migrate
    from app.services.storage.db import Database

    db = Database(f"sqlite:///{tmp_path_factory.mktemp('floor') / 'demo.sqlite3'}")
    migrate.upgrade(db.engine)
    generate_demo(db, customers=300, seed=7, as_of=AS_OF, now=NOW, lead=LEAD)
    yield db
    db.dispose()


def user(session, login: str) -> User:
    return session.execute(select(User).where(User.login == login)).scalar_one()


def test_two_teams_each_with_a_lead_and_the_signed_in_login_leads_the_first(floor_db) -> None:
    with floor_db.reading() as session:
        teams = session.scalars(select(Team)).all()
        assert len(teams) == 2
        for team in teams:
            members = session.scalars(select(User).where(User.team_id == team.id)).all()
            assert len(members) >= 6
            assert [m.role for m in members].count(Role.TEAM_LEAD.value) == 1
        lead = user(session, LEAD)
        assert lead.role == Role.TEAM_LEAD.value and lead.team_id is not None
    team = TeamQueueService(floor_db, LEAD)
    assert team.is_lead()
    assert len(team.members()) == 7  # the lead and six agents
    assert team.open_items()  # the lead's side: the team's open work


def test_the_leads_own_queue_has_callbacks_some_overdue_and_follow_ups(floor_db) -> None:
    with floor_db.reading() as session:
        lead = user(session, LEAD)
        mine = session.scalars(select(QueueItem).where(QueueItem.assigned_to == lead.id)).all()
        open_callbacks = [
            i for i in mine if i.kind == QueueKind.CALLBACK and i.status == QueueStatus.OPEN
        ]
        overdue = [i for i in open_callbacks if i.due_at < NOW]
        assert len(open_callbacks) == 6 and len(overdue) == 2
        assert all(i.reason for i in mine)
        # Callable for a while after they are due: overdue is not yet uncallable.
        assert all(i.window_end == i.due_at + timedelta(days=1) for i in open_callbacks)
        assert any(i.due_at < NOW < i.window_end for i in open_callbacks)
        follow_ups = [i for i in mine if i.kind == QueueKind.FOLLOW_UP]
        assert len(follow_ups) == 2 and all(i.rule_id and i.action and i.script for i in follow_ups)


def test_queue_items_of_every_kind_in_pools_and_with_agents(floor_db) -> None:
    with floor_db.reading() as session:
        kinds = dict(
            session.execute(select(QueueItem.kind, func.count()).group_by(QueueItem.kind)).all()
        )
        statuses = set(session.scalars(select(QueueItem.status).distinct()))
        pool = session.scalar(
            select(func.count()).where(
                QueueItem.assigned_to.is_(None),
                QueueItem.kind == QueueKind.FOLLOW_UP,
                QueueItem.status == QueueStatus.OPEN,
            )
        )
        overdue_by_agent = session.execute(
            select(QueueItem.assigned_to, func.count())
            .where(QueueItem.status == QueueStatus.OPEN, QueueItem.due_at < NOW)
            .group_by(QueueItem.assigned_to)
        ).all()
        kept = session.execute(
            select(QueueItem.last_attempt_at, QueueItem.window_end).where(
                QueueItem.kind == QueueKind.CALLBACK, QueueItem.status == QueueStatus.DONE
            )
        ).all()
    assert set(kinds) == {"callback", "follow_up", "campaign"}
    assert statuses == {"open", "in_progress", "done", "expired"}
    assert pool == 8
    assert len([agent for agent, _ in overdue_by_agent if agent is not None]) >= 4
    on_time = [called for called, end in kept if called <= end]
    assert 0 < len(on_time) < len(kept)  # "callbacks kept on time" is neither 0 % nor 100 %


def test_every_agent_handled_contacts_recently_with_handle_times(floor_db) -> None:
    week_ago = NOW - timedelta(days=7)
    with floor_db.reading() as session:
        rows = session.execute(
            select(User.login, Contact.started_at, Contact.ended_at)
            .join(Contact, Contact.agent_id == User.id)
            .where(Contact.started_at >= week_ago)
        ).all()
        agents = set(session.scalars(select(User.login).where(User.team_id.is_not(None))))
    assert {login for login, *_ in rows} == agents
    assert all(end > start for _, start, end in rows if end is not None)
    today = [start for _, start, _ in rows if start.date() == AS_OF]
    assert today and max(today) < NOW  # the day so far, nothing after the demo's 'now'
    assert all(end < NOW for _, _, end in rows if end is not None)
    last_week = [start for _, start, _ in rows if start.date() == AS_OF - timedelta(days=7)]
    assert last_week  # the same weekday a week ago, for the hourly comparison


def test_offer_outcomes_of_every_kind_with_reasons_on_the_demo_rules(floor_db) -> None:
    prompts = {rule.id for rule in demo_rules(AS_OF) if rule.kind == "prompt"}
    with floor_db.reading() as session:
        outcomes = session.execute(
            select(OfferOutcomeEvent.outcome, OfferOutcomeEvent.reason, OfferOutcomeEvent.rule_id)
        ).all()
        shown = session.execute(
            select(OfferPresentation.rule_id, User.login, OfferPresentation.id).join(
                User, User.id == OfferPresentation.agent_id
            )
        ).all()
        said = dict(
            session.execute(
                select(OfferOutcomeEvent.presentation_id, OfferOutcomeEvent.outcome)
            ).all()
        )
        stories = session.scalar(
            select(func.count())
            .select_from(OfferPresentation)
            .join(Customer, Customer.id == OfferPresentation.customer_id)
            .where(Customer.external_id <= f"C{len(STORIES):07d}")
        )
    assert {o for o, _, _ in outcomes} == {"accepted", "declined", "later", "not_relevant"}
    assert {r for o, r, _ in outcomes if o == "declined"} == set(DECLINE_REASONS)
    assert all(r == "" for o, r, _ in outcomes if o != "declined")
    assert {rule for rule, _, _ in shown} <= prompts and len({r for r, _, _ in shown}) >= 5
    assert any(pid not in said for *_, pid in shown)  # some presented with no outcome
    assert stories == 0  # the story customers' panels stay as their stories say
    presented: dict[str, list[bool]] = {}
    for _, login, pid in shown:
        presented.setdefault(login, []).append(said.get(pid) == "accepted")
    rates = [sum(flags) / len(flags) for flags in presented.values()]
    assert len(presented) >= 10 and max(rates) - min(rates) >= 0.1  # agents convert differently


def test_one_open_campaign_worked_by_the_first_team(floor_db) -> None:
    with floor_db.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        entries = session.scalars(
            select(QueueItem).where(QueueItem.campaign_id == campaign.id)
        ).all()
        reached = {i.customer_id for i in entries if i.outcome == "reached"}
        said = session.execute(
            select(OfferOutcomeEvent.outcome, OfferOutcomeEvent.customer_id).where(
                OfferOutcomeEvent.rule_id == campaign.rule_id,
                OfferOutcomeEvent.recorded_at
                >= datetime.combine(campaign.starts_on, datetime.min.time(), UTC),
            )
        ).all()
        lead = user(session, LEAD)
        assert campaign.status == "open" and campaign.team_id == lead.team_id
        assert campaign.starts_on <= AS_OF <= campaign.ends_on and campaign.cap >= len(entries)
        assert campaign.rule_id in {rule.id for rule in demo_rules(AS_OF)}
        assert len({i.customer_id for i in entries}) == len(entries) >= 10
        assert reached and {c for _, c in said} >= reached
        assert {"accepted", "declined"} <= {o for o, _ in said}
        assert any(i.assigned_to is None and i.status == "open" for i in entries)  # in the pool
        assert all(i.last_attempt_at is None or i.last_attempt_at < NOW for i in entries)


def test_the_floor_is_set_up_once(floor_db) -> None:
    before = floor_db.engine.connect()
    try:
        count = before.exec_driver_sql("SELECT count(*) FROM queue_items").scalar_one()
    finally:
        before.close()
    again = set_up_floor(floor_db, lead="other", as_of=AS_OF, now=NOW, seed=1, language="pl")
    assert again is False
    with floor_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(QueueItem)) == count
        assert session.scalar(select(User.id).where(User.login == "other")) is None


def test_same_seed_same_floor_files_and_russian_words(tmp_path: Path, sqlite_db) -> None:
    args = {"customers": 80, "seed": 3, "as_of": AS_OF, "now": NOW, "lead": LEAD}
    write_demo_csvs(tmp_path / "a", **args)
    write_demo_csvs(tmp_path / "b", **args)
    for name in ("contacts.csv", "offer_outcomes.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    generate_demo(sqlite_db, customers=80, seed=3, as_of=AS_OF, now=NOW, lead=LEAD, language="ru")
    with sqlite_db.reading() as session:
        assert session.scalars(select(Campaign.name)).one() == "Сезонный вклад — осень"
        names = set(session.scalars(select(Team.name)))
        reasons = set(session.scalars(select(QueueItem.reason)))
    assert names == {"Команда «Север»", "Команда «Юг»"}
    assert any("Перезвонить" in reason for reason in reasons)


def test_the_floor_on_postgresql(pg_db) -> None:
    # `acrm demo --db postgresql://…` (an administrator's test server) builds the same floor.
    generate_demo(pg_db, customers=60, seed=5, as_of=AS_OF, now=NOW, lead=LEAD)
    with pg_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Team)) == 2
        assert user(session, LEAD).role == Role.TEAM_LEAD.value
        assert session.scalar(select(func.count()).select_from(Campaign)) == 1
        kinds = set(session.scalars(select(QueueItem.kind).distinct()))
        outcomes = session.scalar(select(func.count()).select_from(OfferOutcomeEvent))
    assert kinds == {"callback", "follow_up", "campaign"} and outcomes > 0


@pytest.mark.parametrize("login", ["a.nowak", "e.szymanska"])
def test_a_desk_login_that_is_a_demo_agent_still_gives_two_led_teams(sqlite_db, login) -> None:
    generate_demo(sqlite_db, customers=30, seed=2, as_of=AS_OF, now=NOW, lead=login)
    with sqlite_db.reading() as session:
        leads = session.execute(
            select(Team.name, User.login)
            .join(User, User.team_id == Team.id)
            .where(User.role == Role.TEAM_LEAD.value)
        ).all()
    assert len(leads) == 2 and len({team for team, _ in leads}) == 2
    assert login in {lead for _, lead in leads}
