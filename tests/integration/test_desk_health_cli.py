"""`acrm admin desks` against hand-made heartbeats on PostgreSQL: states, text, JSON, exit code."""

from __future__ import annotations

import json
import uuid

import pytest

from app.services.storage import migrate
from tests.cli_runner import acrm
from tests.integration.bad_input import server_url
from tests.sync_helpers import PASSWORD, add_server_user, as_superuser, unique_login

pytestmark = pytest.mark.postgres
HEAD = migrate.head_revision()
# (login, host, version, schema revision, minutes since heard, last error) and the state each
# should get with the default 15 silent minutes (the newest version reported is 0.2.0).
DESKS = [
    ("anna", "pc-01", "0.2.0", HEAD, 1, "", "healthy"),
    ("boris", "pc-02", "0.2.0", HEAD, 16, "", "silent"),
    ("celina", "pc-03", "0.1.9", HEAD, 2, "", "behind"),
    ("dawid", "pc-04", "0.2.0", "0017", 2, "", "behind"),
    ("ewa", "pc-05", "0.2.0", HEAD, 1, "server unreachable: timeout", "failing"),
]


def add_heartbeats(pg_url: str, desks) -> None:
    """Rows as the server would hold them, written with its guards off (times by hand)."""
    as_superuser(pg_url, *[
        ("INSERT INTO desk_heartbeats (login, desk_id, hostname, app_version, schema_revision, "
         "last_sync_at, unsynced, last_error, reported_at) VALUES (:l, :d, :h, :v, :r, "
         "now() - make_interval(mins => :m), :u, :e, now() - make_interval(mins => :m))",
         {"l": login, "d": uuid.uuid4(), "h": host, "v": version, "r": revision, "m": minutes,
          "u": index, "e": error})
        for index, (login, host, version, revision, minutes, error, _) in enumerate(desks)
    ])  # fmt: skip


@pytest.fixture
def admin_desk(pg_url, monkeypatch):
    """An administrator with the server configured (as config.toml would)."""

    def configure(role: str = "admin") -> str:
        login = unique_login(role[:5])
        add_server_user(pg_url, login, role=role)
        monkeypatch.setenv("ACRM_SERVER_URL", server_url(pg_url))
        monkeypatch.setenv("ACRM_AGENT", login)
        return login

    return configure


def desks_json(capsys, *options: str) -> tuple[int, dict]:
    code = acrm(["admin", "desks", "--json", "--password-stdin", *options], f"{PASSWORD}\n")
    return code, json.loads(capsys.readouterr().out)


def test_each_desk_gets_its_state_and_the_exit_code_says_some_are_unhealthy(
    pg_url, admin_desk, capsys
) -> None:
    admin_desk()
    add_heartbeats(pg_url, DESKS)
    code, document = desks_json(capsys)
    assert code == 1
    got = {d["login"]: (d["state"], d["hostname"], d["unsynced"]) for d in document["desks"]}
    assert got == {login: (state, host, index)
                   for index, (login, host, *_, state) in enumerate(DESKS)}  # fmt: skip
    assert document["unhealthy"] == 4
    ewa = next(d for d in document["desks"] if d["login"] == "ewa")
    assert ewa["last_error"] == "server unreachable: timeout" and ewa["problems"] == ["failing"]


def test_the_silence_threshold_is_an_option(pg_url, admin_desk, capsys) -> None:
    admin_desk()
    add_heartbeats(pg_url, [DESKS[0], DESKS[1]])
    code, document = desks_json(capsys, "--silent-minutes", "20")
    assert code == 0 and document["unhealthy"] == 0
    assert [d["state"] for d in document["desks"]] == ["healthy", "healthy"]


def test_the_text_table_names_each_desk_and_counts(pg_url, admin_desk, capsys) -> None:
    admin_desk()
    add_heartbeats(pg_url, DESKS)
    assert acrm(["admin", "desks", "--password-stdin"], f"{PASSWORD}\n") == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["STATE", "LOGIN", "HOST", "VERSION"]
    body = {line.split()[1]: line.split()[0] for line in lines[1:-1]}
    assert body == {login: state for login, *_, state in DESKS}
    assert lines[-1] == "5 desk(s), 4 unhealthy"
    assert lines[5].endswith("server unreachable: timeout")


def test_no_heartbeats_yet_is_healthy(pg_url, admin_desk, capsys) -> None:
    admin_desk()
    assert acrm(["admin", "desks", "--password-stdin"], f"{PASSWORD}\n") == 0
    assert capsys.readouterr().out.strip() == "no desk has reported a heartbeat yet"


def test_an_agent_sees_only_their_own_desk(pg_url, admin_desk, capsys) -> None:
    login = admin_desk("agent")
    add_heartbeats(pg_url, [*DESKS, (login, "pc-09", "0.2.0", HEAD, 1, "", "healthy")])
    code, document = desks_json(capsys)
    assert code == 0 and [d["login"] for d in document["desks"]] == [login]


def test_bad_options_and_no_server_are_user_errors(pg_url, admin_desk, capsys, monkeypatch) -> None:
    admin_desk()
    assert acrm(["admin", "desks", "--silent-minutes", "0", "--password-stdin"],
                f"{PASSWORD}\n") == 2  # fmt: skip
    assert "silent minutes must be at least 1" in capsys.readouterr().err
    monkeypatch.delenv("ACRM_SERVER_URL")
    assert acrm(["admin", "desks"]) == 2
    assert "no server configured" in capsys.readouterr().err
