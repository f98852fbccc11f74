"""People and teams on the embedded database: users and teams rows only, audited locally.

The embedded (SQLite) database has no login roles and no passwords: a role here is the users
row's column, "deactivated" is its active flag. Every change and its audit_log row (actor:
the desk's login) are one transaction; the same rules as the server's (the last active
administrator stays, open items of the old team go back to its pool) are checked here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, insert, select, update

from app.models import AuditLogEntry, Team, User
from app.models.enums import Role
from app.services.admin import people_rows as rows
from app.services.errors import AcrmError
from app.services.storage.db import Database


class LocalPeople:
    """Writes on the embedded database in the name of `actor`."""

    def __init__(self, db: Database, actor: str) -> None:
        self._db, self._actor = db, actor

    def create_person(self, login: str, role: str, team: str, display_name: str = "") -> None:
        with self._write() as connection:
            if connection.execute(select(User.id).where(User.login == login)).first():
                raise AcrmError(f"login {login!r} already exists; nothing was changed")
            stamp = rows.now(connection)
            found = connection.execute(select(Team.id).where(Team.name == team)).scalar()
            if found is None:
                found = uuid.uuid4()
                connection.execute(
                    insert(Team).values(id=found, name=team, created_at=stamp, updated_at=stamp)
                )
            connection.execute(
                insert(User).values(id=uuid.uuid4(), login=login, display_name=display_name
                                    or login, role=role, team_id=found, active=True,
                                    created_at=stamp, updated_at=stamp)
            )  # fmt: skip
            self._audit(connection, "role.create", login, {"role": role, "team": team})

    def set_active(self, login: str, active: bool) -> None:
        with self._write() as connection:
            _, role, _, was_active = rows.person(connection, login)
            if was_active == active:
                state = "active" if active else "deactivated"
                raise AcrmError(f"{login} is already {state}; nothing was changed")
            if not active and role == Role.ADMIN.value:
                rows.refuse_last_admin(connection, login, "deactivated")
            self._update_user(connection, login, active=active)
            action = "role.reactivate" if active else "role.deactivate"
            self._audit(connection, action, login, {})

    def set_role(self, login: str, role: str) -> str:
        with self._write() as connection:
            _, old, _, active = rows.person(connection, login)
            if old == role:
                return old
            if old == Role.ADMIN.value and active:
                rows.refuse_last_admin(connection, login, "demoted")
            self._update_user(connection, login, role=role)
            self._audit(connection, "role.change", login, {"role": role, "from": old})
            return old

    def move_team(self, login: str, team: str) -> rows.Moved:
        with self._write() as connection:
            moved = rows.move_in(connection, login, team)
            if moved.old_team != moved.new_team:
                self._audit(connection, "users.team", login, {
                    "from": moved.old_team, "team": moved.new_team,
                    "returned_items": moved.returned_items})  # fmt: skip
            return moved

    def create_team(self, name: str) -> None:
        with self._write() as connection:
            rows.refuse_existing_team(connection, name)
            stamp = rows.now(connection)
            connection.execute(
                insert(Team).values(id=uuid.uuid4(), name=name, created_at=stamp, updated_at=stamp)
            )
            self._audit(connection, "teams.insert", name, {"name": name})

    def rename_team(self, old: str, new: str) -> None:
        with self._write() as connection:
            rows.rename_in(connection, old, new)
            if old != new:
                self._audit(connection, "teams.update", new, {"from": old, "name": new})

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._db.unit_of_work() as uow:
            yield uow.session.connection()
            uow.commit()

    def _update_user(self, connection: Connection, login: str, **values: object) -> None:
        stamp = rows.now(connection)
        connection.execute(
            update(User).where(User.login == login).values(updated_at=stamp, **values)
        )

    def _audit(self, connection: Connection, action: str, target: str, details: dict) -> None:
        connection.execute(
            insert(AuditLogEntry).values(at=rows.now(connection), actor=self._actor,
                                         action=action, target=target, details=details)
        )  # fmt: skip
