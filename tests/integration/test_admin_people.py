"""People and teams on the embedded database (a real SQLite file): lists, moves, roles, audit."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import AuditLogEntry, QueueItem, SyncState, User
from app.services.admin.people import PeopleService
from app.services.errors import AcrmError, ValidationError
from app.services.storage.db import Database
from tests.factories import add_contact

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def people(sqlite_db: Database) -> PeopleService:
    service = PeopleService(sqlite_db, actor="ala")
    service.create_person("ala", "admin", "Kraków A", "Ala Nowak")
    service.create_person("bob", "team_lead", "Kraków A")
    service.create_person("cezary", "agent", "Kraków A")
    service.create_person("dorota", "agent", "Warszawa B")
    return service


def audit(db: Database) -> list[tuple[str, str, str, dict]]:
    with db.reading() as session:
        rows = session.execute(
            select(AuditLogEntry.actor, AuditLogEntry.action, AuditLogEntry.target,
                   AuditLogEntry.details).order_by(AuditLogEntry.id)
        )  # fmt: skip
        return [tuple(row) for row in rows]


def item(db: Database, login: str, team: str | None, status: str) -> uuid.UUID:
    with db.unit_of_work() as uow:
        user = uow.session.scalar(select(User).where(User.login == login))
        team_id = None
        if team is not None:
            team_id = uow.session.scalar(select(User.team_id).where(User.login == team))
        row = QueueItem(id=uuid.uuid4(), kind="callback", assigned_to=user.id, team_id=team_id,
                        due_at=T0 + timedelta(days=1), status=status, note="")  # fmt: skip
        uow.session.add(row)
        uow.commit()
        return row.id


def test_lists_people_and_teams(people: PeopleService, sqlite_db: Database) -> None:
    add_contact(sqlite_db, None, T0, agent_login="cezary")
    add_contact(sqlite_db, None, T0 + timedelta(minutes=90), agent_login="cezary")
    listed = {p.login: p for p in people.people()}
    assert [p.login for p in people.people()] == ["ala", "bob", "cezary", "dorota"]
    assert (listed["ala"].display_name, listed["ala"].role, listed["ala"].team) == (
        "Ala Nowak", "admin", "Kraków A")  # fmt: skip
    assert listed["cezary"].last_seen == T0 + timedelta(minutes=90)
    assert listed["dorota"].last_seen is None
    teams = people.teams()
    assert [(t.name, t.members, t.leads) for t in teams] == [
        ("Kraków A", 3, ("bob",)), ("Warszawa B", 1, ())]  # fmt: skip


def test_move_returns_open_items_of_the_old_team_to_its_pool(
    people: PeopleService, sqlite_db: Database
) -> None:
    returned = item(sqlite_db, "cezary", "bob", "open")  # team of bob = Kraków A
    working = item(sqlite_db, "cezary", "bob", "in_progress")
    centre = item(sqlite_db, "cezary", None, "open")
    closed = item(sqlite_db, "cezary", "bob", "done")
    moved = people.move_team("cezary", "Warszawa B")
    assert (moved.old_team, moved.new_team, moved.returned_items) == ("Kraków A", "Warszawa B", 1)
    with sqlite_db.reading() as session:
        owners = dict(session.execute(select(QueueItem.id, QueueItem.assigned_to)).all())
        cezary = session.scalar(select(User.id).where(User.login == "cezary"))
    assert owners[returned] is None
    assert owners[working] == owners[centre] == owners[closed] == cezary
    assert audit(sqlite_db)[-1] == ("ala", "users.team", "cezary", {
        "from": "Kraków A", "team": "Warszawa B", "returned_items": 1})  # fmt: skip
    assert [(t.name, t.members) for t in people.teams()] == [("Kraków A", 2), ("Warszawa B", 2)]


def test_move_to_an_unknown_team_names_it_and_changes_nothing(
    people: PeopleService, sqlite_db: Database
) -> None:
    before = audit(sqlite_db)
    with pytest.raises(AcrmError, match="no team 'Gdańsk'"):
        people.move_team("cezary", "Gdańsk")
    with pytest.raises(AcrmError, match="no user 'zenon'"):
        people.move_team("zenon", "Warszawa B")
    assert audit(sqlite_db) == before
    assert {p.login: p.team for p in people.people()}["cezary"] == "Kraków A"


def test_the_last_administrator_stays(people: PeopleService, sqlite_db: Database) -> None:
    before = audit(sqlite_db)
    with pytest.raises(AcrmError, match="ala is the last active administrator"):
        people.set_role("ala", "agent")
    with pytest.raises(AcrmError, match="ala is the last active administrator"):
        people.deactivate("ala")
    assert audit(sqlite_db) == before
    assert people.set_role("bob", "admin") == "team_lead"
    assert people.set_role("ala", "agent") == "admin"
    assert audit(sqlite_db)[-2:] == [
        ("ala", "role.change", "bob", {"role": "admin", "from": "team_lead"}),
        ("ala", "role.change", "ala", {"role": "agent", "from": "admin"}),
    ]
    assert people.set_role("ala", "agent") == "agent"  # unchanged: no audit row
    assert len(audit(sqlite_db)) == len(before) + 2


def test_deactivate_and_reactivate(people: PeopleService, sqlite_db: Database) -> None:
    people.deactivate("dorota")
    assert not {p.login: p.active for p in people.people()}["dorota"]
    assert [t.members for t in people.teams()] == [3, 0]
    with pytest.raises(AcrmError, match="dorota is already deactivated"):
        people.deactivate("dorota")
    people.reactivate("dorota")
    assert [a[1] for a in audit(sqlite_db)[-2:]] == ["role.deactivate", "role.reactivate"]


def test_teams_are_created_and_renamed(people: PeopleService, sqlite_db: Database) -> None:
    assert people.create_team("  Gdańsk C ") == "Gdańsk C"
    with pytest.raises(AcrmError, match="team 'Gdańsk C' already exists"):
        people.create_team("Gdańsk C")
    with pytest.raises(AcrmError, match="team 'Warszawa B' already exists"):
        people.rename_team("Gdańsk C", "Warszawa B")
    people.rename_team("Gdańsk C", "Gdynia C")
    assert [t.name for t in people.teams()] == ["Gdynia C", "Kraków A", "Warszawa B"]
    assert audit(sqlite_db)[-2:] == [
        ("ala", "teams.insert", "Gdańsk C", {"name": "Gdańsk C"}),
        ("ala", "teams.update", "Gdynia C", {"from": "Gdańsk C", "name": "Gdynia C"}),
    ]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda p: p.set_role("cezary", "boss"), "role"),
        (lambda p: p.create_team(""), "team"),
        (lambda p: p.create_team("x" * 101), "team"),
        (lambda p: p.rename_team("Kraków A", "a\tb"), "new name"),
        (lambda p: p.move_team("Cezary!", "Warszawa B"), "login"),
        (lambda p: p.create_person("a b", "agent", "T"), "login"),
    ],
)
def test_bad_input_names_the_field(people: PeopleService, call, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        call(people)
    assert caught.value.field == field


def test_passwords_exist_only_on_the_server(people: PeopleService) -> None:
    with pytest.raises(AcrmError, match="only on the shared server"):
        people.reset_password("cezary")


def test_a_desks_copy_of_a_server_is_not_changed_locally(people, sqlite_db: Database) -> None:
    with sqlite_db.unit_of_work() as uow:
        uow.session.add(SyncState(key="feed_seq", value="10"))
        uow.commit()
    with pytest.raises(AcrmError, match="desk's copy of a shared server"):
        people.set_role("cezary", "team_lead")
