"""Never a local-only success for shared data: with a server configured, every command that
changes what the server owns does it there in one transaction, or exits 2 writing nothing."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import ActionLedgerEntry, Customer, RuleDraft, RuleSetVersion
from app.services.config import resolve_settings
from app.services.storage.db import Database
from tests.cli_runner import acrm
from tests.factories import seed_wrapup_codes
from tests.integration.bad_input import make_files, run, server_url
from tests.sync_helpers import PASSWORD, add_server_user, unique_login

RULES = {"rules": [{"id": "offer_savings", "name": "Offer savings", "action": "offer_savings",
                    "condition": 'segment == "mass"', "script": "Offer savings"}]}  # fmt: skip
OTHER_RULES = {"rules": [{"id": "offer_card", "name": "Offer a card", "action": "offer_card",
                          "condition": 'segment == "affluent"',
                          "script": "Offer a card"}]}  # fmt: skip


CUSTOMERS = (
    "id,first_name,last_name,birth_date,phone,email,city,segment\n"
    "C1,Anna,Nowak,1980-01-02,+48601000001,anna@example.com,Kraków,mass\n"
)


def dead_server() -> str:
    with socket.socket() as probe:  # a port nobody listens on once it is closed
        probe.bind(("127.0.0.1", 0))
        return f"postgresql://127.0.0.1:{probe.getsockname()[1]}/acrm"


def count(url: str, model) -> int:
    db = Database(url)
    try:
        with db.reading() as session:
            return session.scalar(select(func.count()).select_from(model))
    finally:
        db.dispose()


def draft_ids(url: str) -> list[str]:
    db = Database(url)
    try:
        with db.reading() as session:
            return list(session.scalars(select(RuleDraft.rule_id).order_by(RuleDraft.rule_id)))
    finally:
        db.dispose()


def rules_file(tmp_path: Path, document: dict, name: str = "rules.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


# --- shared data the desk's cache must not take alone --------------------------------------

CACHE_ONLY = {
    "import": (["import", "{csv_dir}"], "nothing was imported", Customer),
    "demo": (["demo", "--customers", "3"], "no demo data was made", Customer),
    "actions run": (["actions", "run"], "actions not run", ActionLedgerEntry),
    "actions retry": (
        ["actions", "retry", "--webhook-url", "http://127.0.0.1:9/hook"],
        "actions not sent",
        ActionLedgerEntry,
    ),
}


@pytest.mark.parametrize("name", sorted(CACHE_ONLY))
def test_shared_data_is_never_written_into_a_servers_cache_alone(
    name, tmp_path, monkeypatch, capsys, caplog
) -> None:
    """Customers, demo data and automatic actions have no outbox: in the cache they would
    exist on this desk only (and vanish at the next full sync), so the command refuses."""
    monkeypatch.setenv("ACRM_SERVER_URL", dead_server())
    monkeypatch.setenv("ACRM_AGENT", "author")
    template, outcome, model = CACHE_ONLY[name]
    files = make_files(tmp_path)
    (Path(files["csv_dir"]) / "customers.csv").write_text(CUSTOMERS, "utf-8")
    _, line = run(capsys, caplog, [part.format(**files) for part in template])
    assert f"{outcome}: a server is configured and this desk's database is only its cache" in line
    assert "--db postgresql://" in line  # says what to run instead
    cache = resolve_settings().db_url
    if Path(cache.removeprefix("sqlite:///")).exists():
        assert count(cache, model) == 0


def test_an_administrator_still_imports_straight_into_the_server(
    pg_url, tmp_path, monkeypatch, capsys
) -> None:
    """The README's set-up: `acrm import DIR --db postgresql://admin@...` on a configured desk."""
    monkeypatch.setenv("ACRM_SERVER_URL", server_url(pg_url))
    files = make_files(tmp_path)
    (Path(files["csv_dir"]) / "customers.csv").write_text(CUSTOMERS, "utf-8")
    assert acrm(["import", files["csv_dir"], "--db", pg_url]) == 0
    assert count(pg_url, Customer) == 1


# --- rule versions: the server's, published there or nowhere -------------------------------


@pytest.fixture
def desk(pg_url, tmp_path, monkeypatch):
    """A person's desk with a server configured; its cache pinned to one file, so the server
    can be made unreachable without the desk moving to another cache."""
    seed_wrapup_codes(Database(pg_url))
    cache = f"sqlite:///{tmp_path / 'cache.sqlite3'}"
    monkeypatch.setenv("ACRM_DB_URL", cache)
    monkeypatch.setenv("ACRM_SERVER_URL", server_url(pg_url))

    def as_person(role: str) -> str:
        login = unique_login(role[:5])
        add_server_user(pg_url, login, role=role)
        monkeypatch.setenv("ACRM_AGENT", login)
        return cache

    return as_person


def test_an_unreachable_server_rolls_nothing_back_anywhere(
    pg_url, desk, tmp_path, monkeypatch, capsys, caplog
) -> None:
    cache = desk("rule_author")
    assert acrm(["rules", "import", rules_file(tmp_path, RULES)]) == 0
    assert acrm(["rules", "publish", "--password-stdin"], f"{PASSWORD}\n") == 0
    assert acrm(["rules", "import", rules_file(tmp_path, OTHER_RULES, "b.json")]) == 0
    monkeypatch.setenv("ACRM_SERVER_URL", dead_server())
    capsys.readouterr()
    _, line = run(capsys, caplog, ["rules", "rollback", "1", "--password-stdin"], f"{PASSWORD}\n")
    assert "not published: the server is unreachable" in line and "nothing was changed" in line
    assert count(pg_url, RuleSetVersion) == 1 and count(cache, RuleSetVersion) == 1
    assert draft_ids(cache) == ["offer_card"]  # the author's draft is as it was


def test_an_agents_rollback_is_refused_naming_the_role_and_changes_nothing(
    pg_url, desk, tmp_path, monkeypatch, capsys, caplog
) -> None:
    desk("rule_author")
    assert acrm(["rules", "import", rules_file(tmp_path, RULES)]) == 0
    assert acrm(["rules", "publish", "--password-stdin"], f"{PASSWORD}\n") == 0
    cache = f"sqlite:///{tmp_path / 'agent.sqlite3'}"
    monkeypatch.setenv("ACRM_DB_URL", cache)
    desk("agent")
    assert acrm(["sync", "--once", "--password-stdin"], f"{PASSWORD}\n") == 0
    assert acrm(["rules", "import", rules_file(tmp_path, OTHER_RULES, "b.json")]) == 0
    capsys.readouterr()
    _, line = run(capsys, caplog, ["rules", "rollback", "1", "--password-stdin"], f"{PASSWORD}\n")
    assert "not published" in line and "needs the rule_author role" in line, line
    assert count(pg_url, RuleSetVersion) == 1 and count(cache, RuleSetVersion) == 1
    assert draft_ids(cache) == ["offer_card"]


def test_a_wrong_password_is_said_as_such_not_as_an_unreachable_server(
    pg_url, desk, tmp_path, capsys, caplog
) -> None:
    cache = desk("rule_author")
    assert acrm(["rules", "import", rules_file(tmp_path, RULES)]) == 0
    capsys.readouterr()
    _, line = run(capsys, caplog, ["rules", "publish", "--password-stdin"], "wrong-password\n")
    assert "not published: the server refused the login: wrong password" in line, line
    assert count(pg_url, RuleSetVersion) == 0 and count(cache, RuleSetVersion) == 0


def test_the_keyring_password_publishes_without_stdin(pg_url, desk, tmp_path, capsys) -> None:
    from app.services.sync.credentials import CredentialStore

    desk("rule_author")
    settings = resolve_settings()
    assert settings.server is not None
    CredentialStore().save(settings.server, PASSWORD)
    assert acrm(["rules", "import", rules_file(tmp_path, RULES)]) == 0
    assert acrm(["rules", "publish"]) == 0
    assert count(pg_url, RuleSetVersion) == 1


def test_sync_with_an_unreachable_server_exits_2_with_a_plain_message(
    desk, monkeypatch, capsys, caplog
) -> None:
    desk("agent")
    monkeypatch.setenv("ACRM_SERVER_URL", dead_server())
    _, line = run(capsys, caplog, ["sync", "--once", "--password-stdin"], f"{PASSWORD}\n")
    assert "server unreachable" in line, line


SERVER_TALKERS = (
    ["sync", "--once"],
    ["rules", "publish"],
    ["rules", "rollback", "1"],
    ["queue", "list"],
    ["queue", "reassign", "abcdef12", "--to", "someone"],
    ["login"],
)


@pytest.mark.parametrize("line", SERVER_TALKERS, ids=" ".join)
def test_every_command_that_logs_in_to_the_server_takes_the_password_on_stdin(line) -> None:
    from app.cli import build_parser

    assert build_parser().parse_args([*line, "--password-stdin"]).password_stdin is True


def test_no_password_anywhere_says_where_one_comes_from(pg_url, desk, tmp_path, capsys, caplog):
    cache = desk("rule_author")  # the keyring is empty
    assert acrm(["rules", "import", rules_file(tmp_path, RULES)]) == 0
    capsys.readouterr()
    _, line = run(capsys, caplog, ["rules", "publish"])
    assert "not published: no password was given" in line and "acrm login" in line, line
    assert count(pg_url, RuleSetVersion) == 0 and count(cache, RuleSetVersion) == 0
