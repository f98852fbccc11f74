"""The demo's contact-centre floor: two teams, their leads, everyone's queue and a campaign.

The signed-in login leads the first team and takes calls itself (recent.py gives it a share
of the contacts), so one demo desk shows both sides: its own queue (callbacks, some overdue,
follow-ups) and its team's figures, pool and campaign. Set up once, only in a database that
has no teams yet (an organisation of its own is never touched).
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from app.models import Customer, RuleSetVersion, Team, User
from app.models.enums import QueueKind, QueueOutcome, QueueStatus, Role
from app.services.demo.campaign import add_campaign
from app.services.demo.floor_state import Floor
from app.services.demo.floor_texts import AGENT_NAMES, SECOND_LEAD, texts
from app.services.demo.names import AGENTS
from app.services.demo.people import STORIES
from app.services.storage.db import Database

FLOOR_SEED = 0xF1005
FIRST_TEAM_SIZE = 6  # agents beside the lead; the rest (with SECOND_LEAD) form the second


def set_up_floor(
    db: Database, *, lead: str, as_of: date, now: datetime, seed: int, language: str
) -> bool:
    """Teams, roles, queue items and one open campaign; False when teams exist already."""
    with db.unit_of_work() as uow:
        session = uow.session
        if session.scalar(select(Team.id).limit(1)) is not None:
            return False
        floor = Floor(session, random.Random(seed ^ FLOOR_SEED), now, texts(language))
        _people(floor, lead)
        first_story_free = f"C{len(STORIES):07d}"
        floor.customers = list(
            session.scalars(
                select(Customer.id)
                .where(Customer.external_id > first_story_free)
                .order_by(Customer.external_id)
            )
        )
        if floor.customers:
            members = _members(lead)
            _callbacks(floor, lead, members)
            _follow_ups(floor, lead)
            version = session.scalar(select(func.max(RuleSetVersion.version))) or 0
            add_campaign(floor, as_of, lead, members[0], version)
        uow.commit()
    return True


def _members(lead: str) -> tuple[list[str], list[str]]:
    """Each team's logins, its lead first."""
    others = [agent for agent in AGENTS if agent != lead]
    second = others[FIRST_TEAM_SIZE:]
    if SECOND_LEAD in second:
        second.remove(SECOND_LEAD)
        second.insert(0, SECOND_LEAD)
    return [lead, *others[:FIRST_TEAM_SIZE]], second


def _people(floor: Floor, lead: str) -> None:
    """Two teams; every demo agent in one, the lead logins with the team_lead role."""
    session, words = floor.session, floor.words
    floor.teams = [floor.new_id(), floor.new_id()]
    for team_id, name in zip(floor.teams, words["teams"], strict=True):
        session.add(Team(id=team_id, name=name))
    session.flush()
    known = {user.login: user for user in session.scalars(select(User))}
    for team_id, logins in zip(floor.teams, _members(lead), strict=True):
        for login in logins:
            user = known.get(login)
            if user is None:
                user = User(id=floor.new_id(), login=login, role=Role.AGENT.value)
                session.add(user)
            user.team_id = team_id
            user.display_name = AGENT_NAMES.get(login, user.display_name or login)
            if login == logins[0] and user.role == Role.AGENT.value:
                user.role = Role.TEAM_LEAD.value  # an administrator stays one
            floor.users[login] = user.id
    session.flush()


def _callbacks(floor: Floor, lead: str, members: tuple[list[str], list[str]]) -> None:
    """Open callbacks for everyone (the lead's first two overdue), and two weeks of kept ones."""
    rng, now, words = floor.rng, floor.now, floor.words
    callbacks = words["callbacks"]
    for team, logins in zip(floor.teams, members, strict=True):
        for login in logins:
            hours = (-26, -3, 1, 3, 24, 50) if login == lead else _due_hours(rng)
            for offset in hours:
                reason, note = callbacks[int(rng.random() * len(callbacks))]
                floor.item(
                    QueueKind.CALLBACK,
                    now + timedelta(hours=offset, minutes=int(rng.random() * 50)),
                    assigned_to=floor.users[login],
                    team_id=team,
                    reason=reason,
                    note=note,
                    priority=1 if rng.random() < 0.3 else 0,
                )
            _kept(floor, floor.users[login], team)


def _due_hours(rng: random.Random) -> list[int]:
    return [int(rng.random() * 120) - 48 for _ in range(int(rng.random() * 5))]


# The slot a kept callback was promised for ("between 10 and 12"): a late one missed it.
KEPT_WINDOW = timedelta(hours=2)


def _kept(floor: Floor, agent: uuid.UUID, team: uuid.UUID) -> None:
    """Callbacks of the last two weeks, mostly reached inside their window, some late."""
    rng = floor.rng
    for _ in range(3 + int(rng.random() * 4)):
        due = floor.at(1 + int(rng.random() * 13), 8 * 3600 + int(rng.random() * 9 * 3600))
        late = rng.random() < 0.25
        called = due + timedelta(minutes=int(rng.random() * 100) + (150 if late else 5))
        callbacks = floor.words["callbacks"]
        reason, note = callbacks[int(rng.random() * len(callbacks))]
        floor.item(
            QueueKind.CALLBACK,
            due,
            assigned_to=agent,
            team_id=team,
            reason=reason,
            note=note,
            status=QueueStatus.DONE.value,
            outcome=QueueOutcome.REACHED.value,
            attempts=1,
            last_attempt_at=called,
            window_end=due + KEPT_WINDOW,
        )


def _follow_ups(floor: Floor, lead: str) -> None:
    """Rules' follow-ups: in each team's pool (anyone may take them), and two for the lead."""
    rng, now = floor.rng, floor.now
    pools = ((floor.teams[0], None, 5), (floor.teams[1], None, 3))
    for team, agent, count in (*pools, (floor.teams[0], floor.users[lead], 2)):
        for _ in range(count):
            rule_id, action, reason, script = floor.words["follow_ups"][int(rng.random() * 3)]
            floor.item(
                QueueKind.FOLLOW_UP,
                now + timedelta(hours=int(rng.random() * 30) - 6),
                assigned_to=agent,
                team_id=team,
                reason=reason,
                script=script,
                rule_id=rule_id,
                action=action,
                priority=2,
            )
