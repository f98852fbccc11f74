"""Whose figures a person may see: a team lead their own team, an administrator any or all."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from app.models import Team, User
from app.models.enums import Role
from app.services.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Scope:
    """The team whose figures are read (None: the whole centre)."""

    team_id: uuid.UUID | None
    team_name: str  # "" for the whole centre
    members: tuple[uuid.UUID, ...] = ()  # everyone in the team now, active or not

    def agents(self, agent_column: ColumnElement) -> ColumnElement[bool]:
        """A filter keeping rows whose agent belongs to the team now (anything: whole centre).

        The members are listed, not joined: the planner then reads each one's rows by index
        (with a join to users PostgreSQL guessed a tenth of the centre and scanned instead).
        """
        if self.team_id is None:
            return true()
        return agent_column.in_(self.members)


def resolve_scope(session: Session, login: str, team: str | None = None) -> Scope:
    """The scope `login` reads; ValidationError("role") for anyone but a lead or an admin,
    ValidationError("team") for a team that does not exist or is not the lead's own."""
    person = session.execute(select(User.role, User.team_id).where(User.login == login)).first()
    if person is None:
        raise ValidationError("role", f"no person with the login {login!r} is known here")
    role, own_team = person
    if role == Role.ADMIN.value:
        return _named(session, team) if team else Scope(None, "")
    if role != Role.TEAM_LEAD.value:
        raise ValidationError(
            "role", f"team figures need the team_lead or admin role; {login!r} is {role}"
        )
    if own_team is None:
        raise ValidationError("team", f"{login!r} belongs to no team")
    name = session.scalar(select(Team.name).where(Team.id == own_team)) or ""
    if team and team != name:
        raise ValidationError("team", f"a team lead sees only their own team ({name})")
    return _team(session, own_team, name)


def _named(session: Session, name: str) -> Scope:
    team_id = session.scalar(select(Team.id).where(Team.name == name))
    if team_id is None:
        raise ValidationError("team", f"no team named {name!r}")
    return _team(session, team_id, name)


def _team(session: Session, team_id: uuid.UUID, name: str) -> Scope:
    members = session.scalars(select(User.id).where(User.team_id == team_id))
    return Scope(team_id, name, tuple(members))
