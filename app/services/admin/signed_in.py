"""Who is signed in at this desk and in which role (what the desk shows to whom)."""

from __future__ import annotations

from sqlalchemy import select

from app.models import User
from app.models.enums import Role
from app.services.storage.db import Database


class SignedInPerson:
    """The desk's person as the local database knows them (synced from the server)."""

    def __init__(self, db: Database, login: str) -> None:
        self._db = db
        self.login = login

    def role(self) -> str | None:
        """Their role (agent, team_lead, admin), None before their user row has arrived."""
        with self._db.reading() as session:
            return session.scalar(select(User.role).where(User.login == self.login))

    def is_admin(self) -> bool:
        """Whether the administrator's console is theirs (the server enforces it anyway)."""
        return self.role() == Role.ADMIN.value
