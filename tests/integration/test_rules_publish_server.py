"""`acrm rules publish | rollback` with a server configured publish on the server, or not at all."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import RuleSetVersion
from app.services.storage.db import Database
from tests.cli_runner import acrm
from tests.factories import seed_wrapup_codes
from tests.integration.bad_input import server_url
from tests.sync_helpers import PASSWORD, add_server_user, open_desktop, unique_login

pytestmark = pytest.mark.postgres
RULES = {
    "rules": [
        {"id": "offer_savings", "name": "Offer savings", "condition": 'segment == "mass"',
         "action": "offer_savings", "script": "Offer savings"}
    ]
}  # fmt: skip


def versions(db_or_url) -> int:
    db = Database(db_or_url) if isinstance(db_or_url, str) else db_or_url
    try:
        with db.reading() as session:
            return session.scalar(select(func.count()).select_from(RuleSetVersion))
    finally:
        if isinstance(db_or_url, str):
            db.dispose()


@pytest.fixture
def author_desk(pg_url, tmp_path, monkeypatch):
    """A person with a server configured (as config.toml would), a rules file in the draft."""

    def configure(role: str, url: str | None = None) -> tuple[str, Path]:
        seed_wrapup_codes(Database(pg_url))
        login = unique_login(role[:5])
        add_server_user(pg_url, login, role=role)
        monkeypatch.setenv("ACRM_SERVER_URL", url or server_url(pg_url))
        monkeypatch.setenv("ACRM_AGENT", login)
        rules = tmp_path / "rules.json"
        rules.write_text(json.dumps(RULES), encoding="utf-8")
        assert acrm(["rules", "import", str(rules)]) == 0
        return login, tmp_path

    return configure


def test_a_rule_authors_publish_reaches_the_server_and_another_desk(
    pg_url, author_desk, tmp_path, capsys
) -> None:
    author_desk("rule_author")
    assert acrm(["rules", "publish", "--note", "first", "--password-stdin"], f"{PASSWORD}\n") == 0
    assert "published version 1 (1 rules)" in capsys.readouterr().out
    assert versions(pg_url) == 1
    agent = unique_login("a")
    add_server_user(pg_url, agent)
    desk = open_desktop(pg_url, agent, tmp_path / "other.sqlite3")
    try:
        desk.sync.run_once()
        assert versions(desk.db) == 1
    finally:
        desk.close()
    assert acrm(["rules", "rollback", "1", "--password-stdin"], f"{PASSWORD}\n") == 0
    assert versions(pg_url) == 2


def test_an_agents_publish_is_refused_by_the_server_and_nothing_pretends(
    pg_url, author_desk, capsys
) -> None:
    author_desk("agent")
    assert acrm(["rules", "publish", "--password-stdin"], f"{PASSWORD}\n") == 2
    err = capsys.readouterr().err
    assert "not published" in err and "rule_author" in err, err
    assert versions(pg_url) == 0
    assert acrm(["rules", "versions"]) == 0
    assert "no rule set has been published yet" in capsys.readouterr().out


def test_an_unreachable_server_publishes_nothing_anywhere(pg_url, author_desk, capsys) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    author_desk("rule_author", url=f"postgresql://127.0.0.1:{port}/acrm")
    assert acrm(["rules", "publish", "--password-stdin"], f"{PASSWORD}\n") == 2
    assert "not published: the server is unreachable" in capsys.readouterr().err
    assert versions(pg_url) == 0
    assert acrm(["rules", "versions"]) == 0
    assert "no rule set has been published yet" in capsys.readouterr().out
