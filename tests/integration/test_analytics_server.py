"""Analytics on the shared server: an administrator's refresh runs there, desks receive the
version and its scores through the feed, others cannot refresh, a bad row is skipped."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.cli import main
from app.models import AnalyticsModel, CustomerScore
from app.services.admin.signed_in import SignedInPerson
from app.services.analytics.scores import load_customer_analytics
from app.services.analytics.service import AnalyticsService
from app.services.analytics_settings import AnalyticsSettings
from app.services.storage.db import Database
from app.services.sync import skips
from app.services.sync.credentials import CredentialStore
from tests.integration.analytics_helpers import AS_OF, ZONE, build_base
from tests.sync_helpers import (
    PASSWORD,
    add_server_user,
    as_superuser,
    open_desktop,
    server_settings_for,
    unique_login,
)

pytestmark = pytest.mark.postgres


def on_server(desk) -> AnalyticsService:
    """The desk's analytics as bootstrap wires them with a server: refreshed on the server."""
    return AnalyticsService(desk.db, SignedInPerson(desk.db, desk.login), AnalyticsSettings(),
                            ZONE, server=desk.sync.server_database)  # fmt: skip


def versions(db: Database) -> list[int]:
    with db.reading() as session:
        return list(
            session.scalars(select(AnalyticsModel.version).order_by(AnalyticsModel.version))
        )


@pytest.fixture
def server(pg_url):
    db = Database(pg_url)
    ids = build_base(db, customers=80)
    yield db, ids
    db.dispose()


def test_an_administrators_refresh_reaches_every_desk_and_an_agent_cannot_refresh(
    pg_url: str, server, tmp_path: Path, _sqlite_template: Path
) -> None:
    db, ids = server
    admin, agent = unique_login("admin"), unique_login("agent")
    add_server_user(pg_url, admin, role="admin")
    add_server_user(pg_url, agent)
    boss = open_desktop(pg_url, admin, tmp_path / "admin.sqlite3", _sqlite_template)
    desk = open_desktop(pg_url, agent, tmp_path / "agent.sqlite3", _sqlite_template)
    try:
        result = on_server(boss).refresh(AS_OF)
        assert result.version == 1 and versions(db) == [1]
        with db.reading() as session:
            assert session.scalar(select(AnalyticsModel.computed_by)) == admin  # current_user

        desk.sync.run_once()
        assert versions(desk.db) == [1]
        with desk.db.reading() as session, db.reading() as there:
            assert session.scalar(select(func.count()).select_from(CustomerScore)) == len(ids)
            here = load_customer_analytics(session, ids[0])
            theirs = load_customer_analytics(there, ids[0])
        assert here == theirs and here is not None and here.model_version == 1

        desk.sync.run_once()  # the agent's role arrived with the users: now known locally
        service = on_server(desk)
        assert not service.can_refresh()
        with pytest.raises(DBAPIError, match="permission denied"):
            service.refresh(AS_OF)
        assert versions(db) == [1]

        second = on_server(boss).refresh(AS_OF)  # a new version replaces every score
        desk.sync.run_once()
        assert second.version == 2 and versions(desk.db) == [1, 2]
        with desk.db.reading() as session:
            assert set(session.scalars(select(CustomerScore.model_version))) == {2}
    finally:
        boss.close()
        desk.close()


def test_a_desk_skips_and_reports_a_score_its_cache_refuses(
    pg_url: str, server, tmp_path: Path, _sqlite_template: Path
) -> None:
    db, ids = server
    admin, agent = unique_login("admin"), unique_login("agent")
    add_server_user(pg_url, admin, role="admin")
    add_server_user(pg_url, agent)
    boss = open_desktop(pg_url, admin, tmp_path / "admin.sqlite3", _sqlite_template)
    desk = open_desktop(pg_url, agent, tmp_path / "agent.sqlite3", _sqlite_template)
    try:
        on_server(boss).refresh(AS_OF)
        # What a server without 0021's checks would let through (the superuser plays it).
        as_superuser(
            pg_url,
            ("ALTER TABLE customer_scores DROP CONSTRAINT ck_customer_scores_value_tier", {}),
            ("UPDATE customer_scores SET value_tier = 'Huge' WHERE customer_id = :id",
             {"id": ids[0]}),
        )  # fmt: skip
        desk.sync.run_once()
        with desk.db.engine.connect() as connection:
            skipped = skips.recorded(connection)
        assert [(row.entity, row.entity_key) for row in skipped] == [
            ("customer_score", str(ids[0]))
        ]
        assert "value_tier" in skipped[0].reason
        with desk.db.reading() as session:
            assert session.scalar(select(func.count()).select_from(CustomerScore)) == len(ids) - 1
            assert session.get(CustomerScore, ids[0]) is None
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM customer_scores")).scalar() == len(
                ids
            )
    finally:
        boss.close()
        desk.close()


def cli(pg_url: str, login: str, *args: str, monkeypatch) -> int:
    """`acrm analytics ...` with the server configured, as the person (keyring password)."""
    settings = server_settings_for(pg_url, login)
    CredentialStore().save(settings, PASSWORD)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return main(["analytics", *args, "--login", login, "--server", settings.url])


def test_the_cli_refreshes_on_the_server_as_an_administrator_only(
    pg_url: str, server, monkeypatch, capsys
) -> None:
    db, ids = server
    admin, agent = unique_login("admin"), unique_login("agent")
    add_server_user(pg_url, admin, role="admin")
    add_server_user(pg_url, agent)
    assert cli(pg_url, agent, "refresh", "--at", "2026-06-01", monkeypatch=monkeypatch) == 2
    err = capsys.readouterr().err
    assert f"analytics refresh: {agent} is not an administrator" in err
    assert "Traceback" not in err and versions(db) == []

    assert cli(pg_url, admin, "refresh", "--at", "2026-06-01", "--json",
               monkeypatch=monkeypatch) == 0  # fmt: skip
    printed = json.loads(capsys.readouterr().out)
    assert printed["bgnbd"]["customers"] == len(ids) and versions(db) == [1]
    assert cli(pg_url, agent, "show", "--json", monkeypatch=monkeypatch) == 0  # agents read
    shown = json.loads(capsys.readouterr().out)
    assert shown["version"] == 1 and shown["computed_by"] == admin
