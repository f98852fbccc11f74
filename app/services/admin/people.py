"""The administrator's people and teams: one service for the console and `acrm admin`.

With a shared server every read and write goes there, as the signed-in person (the server
decides what an administrator may do, and the feed brings users and teams rows to every
desk). On the embedded database the users and teams rows are changed locally; logins,
passwords and sessions exist only on the server.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, select

from app.models import SyncState
from app.services.admin import people_rows as rows
from app.services.admin.people_rows import Moved, PersonRow, TeamRow
from app.services.errors import AcrmError, ValidationError
from app.services.storage.db import Database

__all__ = ["Moved", "PeopleService", "PersonRow", "TeamRow"]
EMBEDDED_LOGIN = re.compile(r"^[\w.-]{1,63}$")  # the desk's login, e.g. anna.nowak
SERVER_ONLY = "{what} exists only on the shared server; the embedded database has no logins"


class PeopleService:
    """`db` is the desk's database; `server` (when set) opens the shared server as `actor`."""

    def __init__(
        self, db: Database, actor: str, server: Callable[[], Database] | None = None
    ) -> None:
        self._db, self._actor, self._server = db, actor, server

    def on_server(self) -> bool:
        return self._server is not None or self._db.engine.dialect.name == "postgresql"

    # --- reads ------------------------------------------------------------------------------

    def people(self) -> list[PersonRow]:
        with self._reading() as connection:
            return rows.read_people(connection)

    def teams(self) -> list[TeamRow]:
        with self._reading() as connection:
            return rows.read_teams(connection)

    # --- people -----------------------------------------------------------------------------

    def create_person(self, login: str, role: str, team: str, display_name: str = "") -> str | None:
        """The person (and the team if new); on the server also their login role, whose
        generated password is returned to be shown once (None on the embedded database)."""
        self._check_login(login)
        rows.check_role(role)
        team = rows.check_team_name(team)
        if self.on_server():
            from app.services.admin import server_admin

            password = server_admin.generate_password()
            server_admin.create_user(self._target(), login, role, team, password, display_name)
            return password
        self._local().create_person(login, role, team, display_name.strip())
        return None

    def deactivate(self, login: str) -> None:
        self._check_login(login)
        if self.on_server():
            from app.services.admin import server_admin

            server_admin.deactivate_user(self._target(), login)
        else:
            self._local().set_active(login, False)

    def reactivate(self, login: str) -> None:
        self._check_login(login)
        if self.on_server():
            from app.services.admin import people_server

            people_server.reactivate_user(self._target(), login)
        else:
            self._local().set_active(login, True)

    def reset_password(self, login: str) -> str:
        """A new generated password, returned to be shown once and never stored or logged."""
        self._check_login(login)
        if not self.on_server():
            raise AcrmError(SERVER_ONLY.format(what="a password"))
        from app.services.admin import server_admin

        password = server_admin.generate_password()
        server_admin.reset_password(self._target(), login, password)
        return password

    def set_role(self, login: str, role: str) -> str:
        """The new role (users row and, on the server, the login's group); returns the old."""
        self._check_login(login)
        rows.check_role(role)
        if self.on_server():
            from app.services.admin import people_server

            return people_server.set_role(self._target(), login, role)
        return self._local().set_role(login, role)

    def move_team(self, login: str, team: str) -> Moved:
        """Into an existing team; their open items of the old team go back to its pool."""
        self._check_login(login)
        team = rows.check_team_name(team)
        if self.on_server():
            from app.services.admin import people_server

            return people_server.move_team(self._target(), login, team)
        return self._local().move_team(login, team)

    # --- teams ------------------------------------------------------------------------------

    def create_team(self, name: str) -> str:
        name = rows.check_team_name(name)
        if self.on_server():
            from app.services.admin import people_server

            people_server.create_team(self._target(), name)
        else:
            self._local().create_team(name)
        return name

    def rename_team(self, old: str, new: str) -> str:
        old = rows.check_team_name(old, "old name")
        new = rows.check_team_name(new, "new name")
        if self.on_server():
            from app.services.admin import people_server

            people_server.rename_team(self._target(), old, new)
        else:
            self._local().rename_team(old, new)
        return new

    # --- helpers ----------------------------------------------------------------------------

    def _target(self) -> Database:
        return self._server() if self._server is not None else self._db

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        target = self._target()
        if target.engine.dialect.name != "postgresql":
            with target.engine.connect() as connection:
                yield connection
            return
        from app.services.admin.server_admin import _privileged

        with _privileged(target) as connection:  # refusals said plainly, as for the writes
            yield connection

    def _local(self):
        from app.services.admin.people_local import LocalPeople

        with self._db.reading() as session:
            if session.scalar(select(SyncState.key).limit(1)) is not None:
                raise AcrmError(
                    "this database is a desk's copy of a shared server: manage people and "
                    "teams on the server; nothing was changed"
                )
        return LocalPeople(self._db, self._actor)

    def _check_login(self, login: str) -> None:
        if self.on_server():  # a login role's name: the server's stricter rule
            from app.services.admin.server_admin import _check_login

            _check_login(login)
        elif not EMBEDDED_LOGIN.match(login):
            raise ValidationError("login", f"{login!r}: use 1-63 letters, digits or . _ -")
