"""The first run's first sync: the person's cache filled from the real server, or cancelled."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app.models import Customer
from app.services.config import ServerSettings
from app.services.first_run.first_sync import first_sync
from app.services.storage.db import Database
from app.services.sync.errors import LoginRefused, ServerUnavailable
from tests.factories import make_customer
from tests.sync_helpers import PASSWORD, add_server_user, unique_login

pytestmark = pytest.mark.postgres


def _server(pg_url: str) -> ServerSettings:
    url = make_url(pg_url)
    login = unique_login("first")
    add_server_user(pg_url, login)
    return ServerSettings(f"postgresql://{url.host}:{url.port}/{url.database}", login)


def _customers(server: ServerSettings) -> int:
    db = Database(f"sqlite:///{server.cache_file()}")
    try:
        with db.reading() as session:
            return session.scalar(select(func.count()).select_from(Customer))
    finally:
        db.dispose()


def test_the_first_sync_fills_the_cache_and_reports_progress(pg_url, pg_db):
    for n in range(3):
        make_customer(pg_db, external_id=f"FR{n}")
    server = _server(pg_url)
    seen = []
    report = first_sync(server, PASSWORD, progress=seen.append)
    assert report.full_resync and report.pulled >= 3
    assert _customers(server) == 3
    snapshot = [p for p in seen if p.phase == "snapshot"]
    assert snapshot and snapshot[-1].done == report.pulled == snapshot[-1].total


def test_a_cancelled_first_sync_says_so_and_leaves_it_to_be_done_again(pg_url, pg_db):
    make_customer(pg_db, external_id="FR1")
    server = _server(pg_url)
    with pytest.raises(ServerUnavailable, match="first sync cancelled"):
        first_sync(server, PASSWORD, cancelled=lambda: True)
    assert _customers(server) == 0
    assert first_sync(server, PASSWORD).full_resync  # the next try starts over and completes
    assert _customers(server) == 1


def test_a_wrong_password_is_a_refused_login(pg_url):
    server = _server(pg_url)
    with pytest.raises(LoginRefused):
        first_sync(server, "wrong-one")
