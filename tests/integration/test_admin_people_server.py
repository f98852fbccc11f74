"""People and teams on the real PostgreSQL, as a CREATEROLE administrator: groups, audit, pools."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from app.services.admin import server_admin
from app.services.admin.people import PeopleService
from app.services.errors import AcrmError
from app.services.storage.db import Database
from tests.security_helpers import PASSWORD, Cast, cast, hardened_server  # noqa: F401

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def boss(cast: Cast):  # noqa: F811
    """The cast's administrator with CREATEROLE (the everyday set-up), as a PeopleService."""
    with cast.superuser() as conn:
        conn.execute(f'ALTER ROLE "{cast.admin.login}" CREATEROLE')
    db = Database(cast.server.url(cast.database, user=cast.admin.login, password=PASSWORD))
    try:
        yield PeopleService(db, actor=cast.admin.login)
    finally:
        db.dispose()


def groups_of(cast: Cast, login: str) -> list[str]:  # noqa: F811
    with cast.superuser() as conn:
        rows = conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles p ON p.oid = m.member WHERE p.rolname = %s ORDER BY 1", (login,)
        ).fetchall()  # fmt: skip
    return [row[0] for row in rows]


def settings_of(cast: Cast, login: str) -> list[str]:  # noqa: F811
    with cast.superuser() as conn:
        row = conn.execute(
            "SELECT setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole "
            "WHERE r.rolname = %s", (login,)
        ).fetchone()  # fmt: skip
    return sorted(row[0]) if row else []


def audit_since(cast: Cast, mark: int) -> list[tuple]:  # noqa: F811
    with cast.superuser() as conn:
        return conn.execute(
            "SELECT actor, action, target, details FROM audit_log WHERE id > %s ORDER BY id",
            (mark,),
        ).fetchall()


def audit_mark(cast: Cast) -> int:  # noqa: F811
    with cast.superuser() as conn:
        return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def test_role_change_moves_the_group_and_the_row_together(cast: Cast, boss) -> None:  # noqa: F811
    agent = cast.agent.login
    mark = audit_mark(cast)
    assert boss.set_role(agent, "admin") == "agent"
    assert groups_of(cast, agent) == ["admin"]
    assert settings_of(cast, agent) == ["idle_in_transaction_session_timeout=60s"]
    assert boss.set_role(agent, "team_lead") == "admin"
    assert groups_of(cast, agent) == ["team_lead"]
    assert settings_of(cast, agent) == [
        "idle_in_transaction_session_timeout=60s", "statement_timeout=30s"]  # fmt: skip
    rows = audit_since(cast, mark)
    role_rows = [(a, act, t, d) for a, act, t, d in rows if act == "role.change"]
    assert role_rows == [
        (cast.admin.login, "role.change", agent, {"role": "admin", "from": "agent"}),
        (cast.admin.login, "role.change", agent, {"role": "team_lead", "from": "admin"}),
    ]
    updates = [d for a, act, _, d in rows if act == "users.update" and a == cast.admin.login]
    assert [(u["old"]["role"], u["new"]["role"]) for u in updates] == [
        ("agent", "admin"), ("admin", "team_lead")]  # fmt: skip
    listed = {p.login: p for p in boss.people()}
    assert listed[agent].role == "team_lead"
    # The new group is what the server checks: a team lead may reassign in their team.
    with cast.connect(cast.agent) as conn:
        assert conn.execute("SELECT pg_has_role(current_user, 'team_lead', 'MEMBER')").fetchone()[0]


def test_move_returns_open_items_and_the_old_pool_can_take_them(cast: Cast, boss) -> None:  # noqa: F811
    with cast.superuser() as conn:
        item = uuid.uuid4()
        conn.execute(
            "INSERT INTO queue_items (id, kind, customer_id, assigned_to, team_id, due_at, status, "
            "note, created_at, updated_at) SELECT %s, 'callback', %s, u.id, u.team_id, %s, "
            "'open', '', %s, %s FROM users u WHERE u.login = %s",
            (item, cast.customers[0], T0 + timedelta(days=1), T0, T0, cast.other_agent.login),
        )
        other_team = conn.execute(
            "SELECT t.name FROM teams t JOIN users u ON u.team_id = t.id WHERE u.login = %s",
            (cast.outsider.login,),
        ).fetchone()[0]
    moved = boss.move_team(cast.other_agent.login, other_team)
    assert moved.returned_items == 1
    with cast.connect(cast.agent) as conn:  # an agent of the old team takes it from the pool
        taken = conn.execute(
            "UPDATE queue_items SET assigned_to = acrm_current_user_id() WHERE id = %s "
            "AND assigned_to IS NULL", (item,)
        ).rowcount  # fmt: skip
    assert taken == 1
    teams = {t.name: t for t in boss.teams()}
    assert teams[other_team].members == 2


def test_teams_are_created_and_renamed_with_audit(cast: Cast, boss) -> None:  # noqa: F811
    name = f"Nowy {uuid.uuid4().hex[:6]}"
    mark = audit_mark(cast)
    boss.create_team(name)
    boss.rename_team(name, name + " II")
    actions = [(a, act) for a, act, _, _ in audit_since(cast, mark)]
    assert actions == [(cast.admin.login, "teams.insert"), (cast.admin.login, "teams.update")]
    with pytest.raises(AcrmError, match="already exists"):
        boss.create_team(name + " II")


def test_reactivate_and_reset_password(cast: Cast, boss) -> None:  # noqa: F811
    login = cast.other_agent.login
    boss.deactivate(login)
    boss.reactivate(login)
    password = boss.reset_password(login)
    assert len(password) >= 20
    with psycopg.connect(host="127.0.0.1", port=cast.server.port, dbname=cast.database,
                         user=login, password=password) as conn:  # fmt: skip
        assert conn.execute("SELECT acrm_current_user_id() IS NOT NULL").fetchone()[0]
    with pytest.raises(AcrmError, match="already active"):
        boss.reactivate(login)


def test_the_last_administrator_stays_whatever_the_client(pg_db: Database) -> None:
    suffix = uuid.uuid4().hex[:6]
    only, agent = f"only_{suffix}", f"agt_{suffix}"
    server_admin.create_user(pg_db, only, "admin", "T", "password-123456")
    server_admin.create_user(pg_db, agent, "agent", "T", "password-123456")
    people = PeopleService(pg_db, actor="postgres")
    with pytest.raises(AcrmError, match=f"{only} is the last active administrator"):
        people.set_role(only, "agent")
    with pytest.raises(AcrmError, match="last active administrator"):
        people.deactivate(only)
    with pg_db.engine.connect() as connection:  # straight SQL, group changed as well
        raw = connection.connection.driver_connection
        with pytest.raises(psycopg.errors.CheckViolation, match="last active administrator"):
            raw.execute(f'REVOKE admin FROM "{only}"')
            raw.execute(f'GRANT agent TO "{only}"')
            raw.execute("UPDATE users SET role = 'agent' WHERE login = %s", (only,))
        raw.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="login group"):
            raw.execute("UPDATE users SET role = 'team_lead' WHERE login = %s", (agent,))
        raw.rollback()
    assert [p.role for p in people.people()] == ["agent", "admin"]


def test_two_administrators_demoting_each_other_at_once_leave_one(pg_server, pg_db) -> None:
    suffix = uuid.uuid4().hex[:6]
    first, second = f"adm1_{suffix}", f"adm2_{suffix}"
    for login in (first, second):
        server_admin.create_user(pg_db, login, "admin", "T", "password-123456")
    database = pg_db.engine.url.database

    def demote(conn: psycopg.Connection, login: str) -> None:
        conn.execute(f'REVOKE admin FROM "{login}"')
        conn.execute(f'GRANT agent TO "{login}"')
        conn.execute("UPDATE users SET role = 'agent' WHERE login = %s", (login,))

    one, two = pg_server.connect(database), pg_server.connect(database)
    errors: list[BaseException] = []
    try:
        one.autocommit = two.autocommit = False
        demote(one, first)

        def second_demotion() -> None:
            try:
                demote(two, second)
                two.commit()
            except psycopg.Error as error:
                errors.append(error)
                two.rollback()

        worker = threading.Thread(target=second_demotion)
        worker.start()
        worker.join(0.5)  # it waits for the first one's lock on the administrators' rows
        one.commit()
        worker.join(10)
    finally:
        one.close()
        two.close()
    assert len(errors) == 1 and "last active administrator" in str(errors[0])
    roles = {p.login: p.role for p in PeopleService(pg_db, "postgres").people()}
    assert (roles[first], roles[second]) == ("agent", "admin")


def test_an_admin_without_createrole_manages_teams_but_not_login_roles(cast: Cast) -> None:  # noqa: F811
    db = Database(cast.server.url(cast.database, user=cast.admin.login, password=PASSWORD))
    try:
        people = PeopleService(db, actor=cast.admin.login)
        with pytest.raises(AcrmError, match="CREATEROLE; nothing was changed"):
            people.set_role(cast.agent.login, "team_lead")
        assert groups_of(cast, cast.agent.login) == ["agent"]
        name = f"Bez {uuid.uuid4().hex[:6]}"
        people.create_team(name)
        moved = people.move_team(cast.agent.login, name)
        assert (moved.new_team, moved.returned_items) == (name, 0)
    finally:
        db.dispose()
