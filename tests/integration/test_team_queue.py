"""A team lead rebalances the team's queue: locally, through sync, refused where a role may not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from app.cli import main
from app.models import OutboxEntry, QueueItem, User
from app.services.errors import NotFound, ValidationError
from app.services.queue.team_queue import TeamQueueService, short_id
from app.services.storage.db import Database
from app.services.sync.credentials import CredentialStore
from tests.cli_runner import acrm
from tests.factories import make_customer, seed_wrapup_codes
from tests.sync_helpers import (
    PASSWORD,
    add_server_user,
    open_desktop,
    server_settings_for,
    unique_login,
    wrapup,
)


@pytest.fixture
def server(pg_url):
    db = Database(pg_url)
    seed_wrapup_codes(db)
    customer = make_customer(db, external_id="C1", first_name="Anna", last_name="Nowak")
    yield db, customer
    db.dispose()


@pytest.fixture
def desks(pg_url, server, tmp_path, _sqlite_template):
    """A lead and two agents in team T1, one agent in T2; A has promised a callback."""
    _, customer = server
    people = {"lead": ("team_lead", "T1"), "a": ("agent", "T1"), "b": ("agent", "T1"),
              "c": ("agent", "T2")}  # fmt: skip
    opened = {}
    for name, (role, team) in people.items():
        login = unique_login(name)
        add_server_user(pg_url, login, role=role, team=team)
        opened[name] = open_desktop(pg_url, login, tmp_path / f"{name}.sqlite3", _sqlite_template)
    opened["a"].sync.run_once()
    promise = wrapup(customer).ended_at + timedelta(days=1)
    opened["a"].contacts.record(wrapup(customer, callback_at=promise))
    opened["a"].sync.run_once()
    for name in ("lead", "b", "c"):
        opened[name].sync.run_once()
    yield opened
    for desk in opened.values():
        desk.close()


def queue(desk) -> TeamQueueService:
    return TeamQueueService(desk.db, desk.login)


def assignee_login(db: Database) -> str:
    with db.reading() as session:
        return session.scalar(select(User.login).join(QueueItem, QueueItem.assigned_to == User.id))


def test_the_lead_sees_the_team_queue_and_the_reassignment_reaches_everyone(pg_url, desks):
    lead, a, b = desks["lead"], desks["a"], desks["b"]
    [row] = queue(lead).open_items()
    assert row.assignee == a.login and row.customer == "C1 Anna Nowak" and row.kind == "callback"

    [change] = queue(lead).reassign([short_id(row.id)], b.login)
    assert (change.previous, change.assignee) == (a.login, b.login)
    assert assignee_login(lead.db) == b.login  # at once on the lead's own desk, offline too
    report = lead.sync.run_once()
    assert report.pushed == 1 and report.rejected == ()

    server_db = Database(pg_url)
    try:
        assert assignee_login(server_db) == b.login
        with server_db.reading() as session:
            audited = session.execute(
                text("SELECT actor FROM audit_log WHERE action = 'queue_items.update'")
            ).scalars()
            assert lead.login in list(audited)
    finally:
        server_db.dispose()
    for desk in (a, b):
        desk.sync.run_once()
        assert assignee_login(desk.db) == b.login


def test_reassigning_again_to_the_same_person_writes_nothing(desks):
    lead, a = desks["lead"], desks["a"]
    [row] = queue(lead).open_items()
    assert queue(lead).reassign([str(row.id)], a.login) == []
    with lead.db.reading() as session:
        assert session.scalar(select(OutboxEntry.id)) is None


@pytest.mark.parametrize(
    ("target", "ref", "expected"),
    [
        ("c", None, "is not a member of team 'T1'"),
        ("nobody", None, "no active person with the login 'nobody'"),
        ("b", "12345", "at least 6 hex digits"),
        ("b", "zzzzzzzz", "is not a queue item id"),
    ],
)
def test_bad_reassignments_are_refused_here_and_nothing_is_written(desks, target, ref, expected):
    lead = desks["lead"]
    [row] = queue(lead).open_items()
    to = desks[target].login if target in desks else target
    with pytest.raises(ValidationError, match=expected):
        queue(lead).reassign([short_id(row.id), *([ref] if ref else [])], to)
    assert assignee_login(lead.db) == desks["a"].login
    with lead.db.reading() as session:
        assert session.scalar(select(OutboxEntry.id)) is None


def test_an_unknown_item_is_named(desks):
    with pytest.raises(NotFound, match="no queue item 'abcdef12'"):
        queue(desks["lead"]).reassign(["abcdef12"], desks["b"].login)


def test_an_agent_is_told_the_role_is_needed(desks):
    with pytest.raises(ValidationError, match="needs the team_lead role"):
        queue(desks["a"]).open_items()


def test_the_database_refuses_an_agents_forged_reassignment_and_says_why(desks):
    """Past the client's own check (a changed client), the server still says no."""
    a, b = desks["a"], desks["b"]
    with b.db.reading() as session:
        item_id = session.scalar(select(QueueItem.id))
        b_id = session.scalar(select(User.id).where(User.login == b.login))
    with a.db.unit_of_work() as uow:
        payload = {"id": str(item_id), "fields": {"assigned_to": str(b_id)}}
        uow.session.add(OutboxEntry(entity="queue_item", entity_id=item_id, operation="update",
                                    payload=payload))  # fmt: skip
        uow.commit()
    report = a.sync.run_once()
    assert report.pushed == 0
    [refused] = report.rejected
    assert "team_lead" in refused.message


def test_cli_lists_and_reassigns_then_sends_at_once(pg_url, desks, monkeypatch, capsys):
    lead, b = desks["lead"], desks["b"]
    settings = server_settings_for(pg_url, lead.login)
    CredentialStore().save(settings, PASSWORD)
    common = ["--login", lead.login, "--server", settings.url]
    db_url = str(lead.db.engine.url)
    assert main(["--db", db_url, "queue", "list", *common]) == 0
    listed = capsys.readouterr().out
    assert desks["a"].login in listed and "C1 Anna Nowak" in listed
    item = listed.splitlines()[1].split()[0]  # under the header row

    assert main(["--db", db_url, "queue", "reassign", item, "--to", b.login, *common]) == 0
    assert f"{desks['a'].login} -> {b.login}" in capsys.readouterr().out
    assert lead.sync.status().unsynced == 0  # the command pushed it itself
    b.sync.run_once()
    assert assignee_login(b.db) == b.login


def test_cli_refuses_an_agent_naming_the_role_and_writes_nothing(pg_url, desks, capsys, caplog):
    """The same refusal, exit code and nothing-written whichever way it is asked."""
    from tests.integration.bad_input import run

    a, b = desks["a"], desks["b"]
    settings = server_settings_for(pg_url, a.login)
    with b.db.reading() as session:
        item = short_id(session.scalar(select(QueueItem.id)))
    unsynced = a.sync.status().unsynced
    common = ["--login", a.login, "--server", settings.url, "--password-stdin"]
    args = ["--db", str(a.db.engine.url), "queue", "reassign", item, "--to", b.login, *common]
    _, line = run(capsys, caplog, args, stdin=f"{PASSWORD}\n")
    assert "needs the team_lead role" in line, line
    assert a.sync.status().unsynced == unsynced
    assert assignee_login(a.db) == a.login


def test_cli_reassign_offline_is_kept_in_the_outbox_and_says_so(pg_url, desks, capsys):
    """A reassignment is a local write plus an outbox row by design: with the server away it
    is saved here, said so, and sent by the next sync (not a pretended server write)."""
    import socket

    lead, b = desks["lead"], desks["b"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"postgresql://127.0.0.1:{probe.getsockname()[1]}/acrm"
    with lead.db.reading() as session:
        item = short_id(session.scalar(select(QueueItem.id)))
    common = ["--login", lead.login, "--server", dead, "--password-stdin"]
    args = ["--db", str(lead.db.engine.url), "queue", "reassign", item, "--to", b.login, *common]
    assert acrm(args, f"{PASSWORD}\n") == 0
    assert "saved here; it goes to the server at the next sync" in capsys.readouterr().err
    assert lead.sync.status().unsynced == 1
    lead.sync.run_once()  # the real server again: the outbox takes it there
    b.sync.run_once()
    assert assignee_login(b.db) == b.login
