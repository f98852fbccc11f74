"""People and teams as the administrator's console lists them (both databases), and checks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, select, text, update

from app.models import Contact, QueueItem, Team, User
from app.models.enums import QueueStatus, Role
from app.services.errors import AcrmError, ValidationError

ROLES = tuple(role.value for role in Role)
TEAM_NAME_MAX = 100


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person: `team` is "" without one; `last_seen` is their latest recorded contact."""

    login: str
    display_name: str
    role: str
    team: str
    active: bool
    last_seen: datetime | None


@dataclass(frozen=True, slots=True)
class TeamRow:
    """One team: active members, and its active team leads (logins, sorted)."""

    name: str
    members: int
    leads: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Moved:
    """A move between teams: how many open items went back to the old team's pool."""

    login: str
    old_team: str
    new_team: str
    returned_items: int


def read_people(connection: Connection) -> list[PersonRow]:
    seen = (
        select(func.max(Contact.started_at))
        .where(Contact.agent_id == User.id)
        .correlate(User)
        .scalar_subquery()
    )
    rows = connection.execute(
        select(User.login, User.display_name, User.role, func.coalesce(Team.name, ""),
               User.active, seen)
        .outerjoin(Team, Team.id == User.team_id)
        .order_by(User.login)
    ).all()  # fmt: skip
    return [
        PersonRow(login, name or "", role, team, bool(active), _aware(last))
        for login, name, role, team, active, last in rows
    ]


def read_teams(connection: Connection) -> list[TeamRow]:
    rows = connection.execute(
        select(Team.name, User.login, User.role)
        .outerjoin(User, (User.team_id == Team.id) & User.active.is_(True))
        .order_by(Team.name, User.login)
    ).all()
    teams: dict[str, tuple[int, list[str]]] = {}
    for name, login, role in rows:
        count, leads = teams.setdefault(name, (0, []))
        if login is not None:
            if role == Role.TEAM_LEAD.value:
                leads.append(login)
            teams[name] = (count + 1, leads)
    return [TeamRow(name, count, tuple(leads)) for name, (count, leads) in teams.items()]


def check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError("role", f"{role!r} is not one of {', '.join(ROLES)}")


def check_team_name(name: str, field: str = "team") -> str:
    cleaned = name.strip()
    if not cleaned or len(cleaned) > TEAM_NAME_MAX:
        raise ValidationError(field, f"{name!r}: give a team name of 1 to 100 characters")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in cleaned):
        raise ValidationError(field, f"{name!r}: no control characters in a team name")
    return cleaned


def team_id(connection: Connection, name: str) -> uuid.UUID:
    found = connection.execute(select(Team.id).where(Team.name == name)).scalar()
    if found is None:
        raise AcrmError(f"no team {name!r}; create it first (acrm admin create-team)")
    return found


def refuse_existing_team(connection: Connection, name: str) -> None:
    if connection.execute(select(Team.id).where(Team.name == name)).first() is not None:
        raise AcrmError(f"team {name!r} already exists; nothing was changed")


def person(connection: Connection, login: str) -> tuple[uuid.UUID, str, uuid.UUID | None, bool]:
    """(id, role, team id, active) of `login`, locked for this transaction where it can be."""
    query = select(User.id, User.role, User.team_id, User.active).where(User.login == login)
    row = connection.execute(query.with_for_update()).first()  # SQLite: no-op (one writer)
    if row is None:
        raise AcrmError(f"no user {login!r} in this database")
    return row[0], row[1], row[2], bool(row[3])


def other_active_admins(connection: Connection, login: str) -> int:
    query = select(func.count()).where(
        User.role == Role.ADMIN.value, User.active.is_(True), User.login != login
    )
    return int(connection.execute(query.select_from(User)).scalar_one())


def refuse_last_admin(connection: Connection, login: str, doing: str) -> None:
    """Said early and plainly; on the server a trigger (0019) refuses it whatever the client."""
    if other_active_admins(connection, login) == 0:
        raise AcrmError(
            f"{login} is the last active administrator and cannot be {doing}; make someone "
            "else an administrator first; nothing was changed"
        )


def team_name(connection: Connection, team: uuid.UUID | None) -> str:
    if team is None:
        return ""
    return connection.execute(select(Team.name).where(Team.id == team)).scalar() or ""


def _aware(value: datetime | None) -> datetime | None:
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def move_in(connection: Connection, login: str, team: str) -> Moved:
    """The move inside a caller's transaction (the embedded database uses it too)."""
    user_id, _, old_team, _ = person(connection, login)
    new_team = team_id(connection, team)
    old_name = team_name(connection, old_team)
    if old_team == new_team:
        return Moved(login, old_name, team, 0)
    stamp = now(connection)
    connection.execute(
        update(User).where(User.id == user_id).values(team_id=new_team, updated_at=stamp)
    )
    returned = 0
    if old_team is not None and connection.dialect.name == "postgresql":
        # The server's function (migration 0019): no client policy may unassign others' work.
        returned = connection.execute(
            text("SELECT acrm_return_to_pool(:person, :team)"),
            {"person": user_id, "team": old_team},
        ).scalar_one()
    elif old_team is not None:
        # Open work of the old team is that team's: its agents take it from the pool. Work of
        # the whole centre (no team) and an item being worked right now stay with the person.
        returned = connection.execute(
            update(QueueItem)
            .where(QueueItem.assigned_to == user_id, QueueItem.team_id == old_team,
                   QueueItem.status == QueueStatus.OPEN.value)
            .values(assigned_to=None, updated_at=stamp)
        ).rowcount  # fmt: skip
    return Moved(login, old_name, team, returned)


def rename_in(connection: Connection, old: str, new: str) -> None:
    found = team_id(connection, old)
    if old == new:
        return
    refuse_existing_team(connection, new)
    connection.execute(
        update(Team).where(Team.id == found).values(name=new, updated_at=now(connection))
    )


def now(connection: Connection) -> datetime:
    """The server's clock on the server (never the administrator's machine's); UTC on SQLite."""
    if connection.dialect.name == "postgresql":
        return connection.execute(text("SELECT now()")).scalar_one()
    return datetime.now(UTC)
