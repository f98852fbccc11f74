"""The agent's user row, shared by every service that records work in the agent's name."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User


def ensure_agent(session: Session, login: str) -> uuid.UUID:
    """The user row for `login`, created on first use (users are not imported locally)."""
    found = session.scalar(select(User.id).where(User.login == login))
    if found is None:
        user = User(login=login, display_name=login)
        session.add(user)
        session.flush()
        found = user.id
    return found


def agent_team(session: Session, agent_id: uuid.UUID) -> uuid.UUID | None:
    """The agent's team: callbacks carry it so the team lead can rebalance them."""
    return session.scalar(select(User.team_id).where(User.id == agent_id))
