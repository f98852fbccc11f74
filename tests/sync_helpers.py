"""Test helpers for sync: server users (login roles), desktops on their own SQLite files."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.services.config import ServerSettings
from app.services.contacts.service import ContactService
from app.services.dto import WrapUpInput
from app.services.nba.offers import OfferService
from app.services.storage import migrate
from app.services.storage.db import Database
from app.services.sync.server import open_server
from app.services.sync.service import SyncService

_counter = iter(range(1, 10**9))
# Run a sync test with desks connecting straight to the server and through PgBouncer in
# transaction mode (the `desk_url` fixture of tests/conftest.py).
BOTH_ROUTES = pytest.mark.parametrize("desk_url", ["direct", "pgbouncer"], indirect=True)
PASSWORD = "test-password-1"  # the test server checks passwords of non-superusers (SCRAM)


def unique_login(prefix: str = "agent") -> str:
    """Logins are cluster-wide roles; every test database needs its own names."""
    return f"{prefix}_{uuid.uuid4().hex[:8]}_{next(_counter)}"


def add_server_user(admin_url: str, login: str, role: str = "agent", team: str = "T1") -> uuid.UUID:
    """A login role in `role`'s group and its users row (as `acrm admin create-user` does)."""
    engine = create_engine(admin_url)
    try:
        with engine.begin() as connection:
            team_id = connection.execute(
                text("SELECT id FROM teams WHERE name = :n"), {"n": team}
            ).scalar()
            if team_id is None:
                team_id = uuid.uuid4()
                connection.execute(
                    text(
                        "INSERT INTO teams (id, name, created_at, updated_at) "
                        "VALUES (:id, :n, now(), now())"
                    ),
                    {"id": team_id, "n": team},
                )
            connection.execute(
                text(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}' IN ROLE {role}")
            )
            user_id = uuid.uuid4()
            connection.execute(
                text(
                    "INSERT INTO users (id, login, display_name, role, team_id, active, "
                    "created_at, updated_at) VALUES (:id, :l, :l, :r, :t, true, now(), now())"
                ),
                {"id": user_id, "l": login, "r": role, "t": team_id},
            )
    finally:
        engine.dispose()
    return user_id


def as_superuser(url: str, *statements: tuple[str, dict]) -> None:
    """Run SQL as the superuser with ordinary triggers off, in one transaction.

    For writing what an attacker managed on a server before it was fixed: a fixed server's
    guards (triggers) are not what such a test is about.
    """
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            for statement, values in statements:
                connection.execute(text(statement), values)
    finally:
        engine.dispose()


def server_settings_for(pg_url: str, login: str) -> ServerSettings:
    # URL.set() treats None as "leave as is"; _replace really drops them.
    url = make_url(pg_url)._replace(username=None, password=None)
    return ServerSettings(url=url.render_as_string(hide_password=False), login=login,
                          sslmode="disable")  # fmt: skip


@dataclass
class Desktop:
    """One simulated desktop: its own SQLite cache, services and sync."""

    login: str
    db: Database
    sync: SyncService
    contacts: ContactService
    offers: OfferService

    def close(self) -> None:
        self.sync.close()
        self.db.dispose()


def open_desktop(pg_url: str, login: str, path: Path, template: Path | None = None,
                 **sync_kwargs) -> Desktop:  # fmt: skip
    if template is not None:
        shutil.copyfile(template, path)
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db.engine)
    server = server_settings_for(pg_url, login)
    sync = SyncService(db, server, lambda: open_server(server, PASSWORD), **sync_kwargs)
    return Desktop(login, db, sync, ContactService(db, login), OfferService(db, login))


def wrapup(customer_id: uuid.UUID | None, **changes) -> WrapUpInput:
    start = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    values = dict(
        customer_id=customer_id,
        channel="phone",
        direction="inbound",
        started_at=start,
        ended_at=start + timedelta(minutes=4),
        reason="Card question",
        codes=("INFO",),
        notes="",
        outcome="information_given",
    )
    values.update(changes)
    return WrapUpInput(**values)
