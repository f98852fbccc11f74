"""People and teams on the shared server: role changes, moves, reactivation, teams (audited).

Each function is one transaction. The database decides who may: groups and users rows need an
administrator (with CREATEROLE for login roles), the audit rows are written by the server's
triggers and acrm_audit_role with the session's own login as the actor, and migration 0019
refuses a users.role that does not match the login's group and the loss of the last
active administrator.
"""

from __future__ import annotations

import uuid

from psycopg import sql
from sqlalchemy import Connection, insert, text, update

from app.models import Team, User
from app.models.enums import Role
from app.services.admin import people_rows as rows
from app.services.admin.server_admin import (
    IDLE_IN_TRANSACTION,
    ROLES,
    STATEMENT,
    _audit,
    _check_login,
    _ddl,
    _existing,
    _privileged,
    _require_postgres,
)
from app.services.errors import AcrmError
from app.services.storage.db import Database


def set_role(db: Database, login: str, role: str) -> str:
    """The login's group and users.role together; returns the old role (== role: unchanged)."""
    _check_login(login)
    rows.check_role(role)
    _require_postgres(db)
    with _privileged(db) as connection:
        _existing(connection, login)
        _, old, _, active = rows.person(connection, login)
        if old == role:
            return old
        if old == Role.ADMIN.value and active:
            rows.refuse_last_admin(connection, login, "demoted")
        who = sql.Identifier(login)
        _ddl(connection, sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), who))
        for group in ROLES:
            if group != role:  # a login sits directly in one group only
                _revoke_if_member(connection, group, login)
        connection.execute(
            update(User)
            .where(User.login == login)
            .values(role=role, updated_at=rows.now(connection))
        )
        _bound(connection, login, role)
        _audit(connection, "role.change", login, {"role": role, "from": old})
    return old


def reactivate_user(db: Database, login: str) -> None:
    """Logins allowed again and the users row active; their history was never removed."""
    _check_login(login)
    _require_postgres(db)
    with _privileged(db) as connection:
        _existing(connection, login)
        _, _, _, active = rows.person(connection, login)
        if active:
            raise AcrmError(f"{login} is already active; nothing was changed")
        _ddl(connection, sql.SQL("ALTER ROLE {} LOGIN").format(sql.Identifier(login)))
        connection.execute(
            update(User)
            .where(User.login == login)
            .values(active=True, updated_at=rows.now(connection))
        )
        _audit(connection, "role.reactivate", login, {})


def move_team(db: Database, login: str, team: str) -> rows.Moved:
    """users.team_id, and the person's open items of the old team back to that team's pool."""
    _check_login(login)
    team = rows.check_team_name(team)
    _require_postgres(db)
    with _privileged(db) as connection:
        return rows.move_in(connection, login, team)


def create_team(db: Database, name: str) -> None:
    name = rows.check_team_name(name)
    _require_postgres(db)
    with _privileged(db) as connection:
        rows.refuse_existing_team(connection, name)
        now = rows.now(connection)
        connection.execute(
            insert(Team).values(id=uuid.uuid4(), name=name, created_at=now, updated_at=now)
        )


def rename_team(db: Database, old: str, new: str) -> None:
    old = rows.check_team_name(old, "old name")
    new = rows.check_team_name(new, "new name")
    _require_postgres(db)
    with _privileged(db) as connection:
        rows.rename_in(connection, old, new)


def _revoke_if_member(connection: Connection, group: str, login: str) -> None:
    direct = connection.execute(
        text(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles p ON p.oid = m.member WHERE g.rolname = :g AND p.rolname = :l"
        ),
        {"g": group, "l": login},
    ).first()
    if direct is not None:
        _ddl(connection, sql.SQL("REVOKE {} FROM {}").format(
            sql.Identifier(group), sql.Identifier(login)))  # fmt: skip


def _bound(connection: Connection, login: str, role: str) -> None:
    """The per-login bounds of the new role (administrators keep long statements)."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    target = sql.SQL("ALTER ROLE {} IN DATABASE {}").format(
        sql.Identifier(login), sql.Identifier(database)
    )
    _ddl(connection, sql.SQL("{} SET idle_in_transaction_session_timeout = {}").format(
        target, sql.Literal(IDLE_IN_TRANSACTION)))  # fmt: skip
    if role == Role.ADMIN.value:
        _ddl(connection, sql.SQL("{} RESET statement_timeout").format(target))
    else:
        _ddl(connection, sql.SQL("{} SET statement_timeout = {}").format(
            target, sql.Literal(STATEMENT)))  # fmt: skip
