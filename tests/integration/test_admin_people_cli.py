"""`acrm admin list-users | list-teams | set-role | move-team | create-team | rename-team |
reactivate-user` on an embedded file and on the real server: output, exit codes, no half-writes."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import AuditLogEntry
from app.services.admin import server_admin
from app.services.admin.people import PeopleService
from app.services.storage.db import Database


@pytest.fixture
def embedded(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ACRM_AGENT", "ala")  # who the embedded audit names
    people = PeopleService(sqlite_db, actor="ala")
    people.create_person("ala", "admin", "Kraków A", "Ala Nowak")
    people.create_person("cezary", "agent", "Kraków A")
    people.create_team("Warszawa B")
    return str(sqlite_db.engine.url)


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_users_and_teams_as_json(embedded: str, capsys) -> None:
    code, out, _ = cli(capsys, "admin", "list-users", "--json", "--url", embedded)
    assert code == 0
    assert json.loads(out) == [
        {"login": "ala", "display_name": "Ala Nowak", "role": "admin", "team": "Kraków A",
         "active": True, "last_seen": None},
        {"login": "cezary", "display_name": "cezary", "role": "agent", "team": "Kraków A",
         "active": True, "last_seen": None},
    ]  # fmt: skip
    code, out, _ = cli(capsys, "admin", "list-teams", "--json", "--url", embedded)
    assert json.loads(out) == [
        {"name": "Kraków A", "members": 2, "leads": []},
        {"name": "Warszawa B", "members": 0, "leads": []},
    ]


def test_set_role_move_and_teams(embedded: str, capsys) -> None:
    assert cli(capsys, "admin", "set-role", "cezary", "team_lead", "--url", embedded)[1] == (
        "cezary: role agent -> team_lead\n"
    )
    code, out, _ = cli(capsys, "admin", "move-team", "cezary", "Warszawa B", "--url", embedded)
    assert (code, out) == (0, "cezary: team Kraków A -> Warszawa B; 0 open item(s) returned to "
                              "Kraków A's pool\n")  # fmt: skip
    assert cli(capsys, "admin", "create-team", "Gdańsk", "--url", embedded)[0] == 0
    assert cli(capsys, "admin", "rename-team", "Gdańsk", "Gdynia", "--url", embedded)[1] == (
        "team Gdańsk is now Gdynia\n"
    )
    _, out, _ = cli(capsys, "admin", "list-teams", "--url", embedded)
    assert out.splitlines()[1].split() == ["Kraków", "A", "1", "member(s)", "lead:", "-"]
    assert out.splitlines()[2].split()[-1] == "cezary"
    db = Database(embedded)
    try:
        with db.reading() as session:
            audited = session.execute(
                select(AuditLogEntry.actor, AuditLogEntry.action).order_by(AuditLogEntry.id)
            ).all()
    finally:
        db.dispose()
    assert audited[-4:] == [("ala", "role.change"), ("ala", "users.team"),
                            ("ala", "teams.insert"), ("ala", "teams.update")]  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["set-role", "cezary", "boss"], "role: 'boss' is not one of agent, team_lead"),
        (["set-role", "zenon", "agent"], "no user 'zenon'"),
        (["set-role", "ala", "agent"], "ala is the last active administrator"),
        (["move-team", "cezary", "Gdańsk"], "no team 'Gdańsk'"),
        (["rename-team", "Kraków A", "Warszawa B"], "team 'Warszawa B' already exists"),
        (["create-team", " "], "team: ' ': give a team name"),
        (["reactivate-user", "cezary"], "cezary is already active"),
    ],
)
def test_bad_input_exits_2_naming_it_and_changes_nothing(
    embedded: str, capsys, argv: list[str], message: str
) -> None:
    _, before, _ = cli(capsys, "admin", "list-users", "--json", "--url", embedded)
    _, teams_before, _ = cli(capsys, "admin", "list-teams", "--json", "--url", embedded)
    code, out, err = cli(capsys, "admin", *argv, "--url", embedded)
    assert (code, out) == (2, "")
    assert message in err and "Traceback" not in err
    assert cli(capsys, "admin", "list-users", "--json", "--url", embedded)[1] == before
    assert cli(capsys, "admin", "list-teams", "--json", "--url", embedded)[1] == teams_before


def test_a_missing_file_is_named(tmp_path, capsys) -> None:
    missing = tmp_path / "nope.sqlite3"
    code, _, err = cli(capsys, "admin", "list-users", "--url", f"sqlite:///{missing}")
    assert code == 2 and "no database file at" in err and "nope.sqlite3" in err
    assert not missing.exists()


def test_on_the_server(pg_url: str, pg_db: Database, capsys) -> None:
    login = f"cli_{uuid.uuid4().hex[:8]}"
    server_admin.create_user(pg_db, login, "agent", "Serwer", "password-123456")
    assert cli(capsys, "admin", "set-role", login, "rule_author", "--url", pg_url)[0] == 0
    assert cli(capsys, "admin", "create-team", "Drugi", "--url", pg_url)[0] == 0
    assert cli(capsys, "admin", "move-team", login, "Drugi", "--url", pg_url)[0] == 0
    code, out, _ = cli(capsys, "admin", "list-users", "--json", "--url", pg_url)
    row = next(p for p in json.loads(out) if p["login"] == login)
    assert (row["role"], row["team"]) == ("rule_author", "Drugi")
    assert cli(capsys, "admin", "deactivate-user", login, "--url", pg_url)[0] == 0
    code, out, _ = cli(capsys, "admin", "reactivate-user", login, "--url", pg_url)
    assert (code, out) == (0, f"reactivated {login}: may log in again with their password\n")
