"""`acrm admin codes ...` and `acrm admin audit` on an embedded database and with a server."""

from __future__ import annotations

import json

import pytest

from app.services.storage.db import Database
from tests.cli_runner import acrm
from tests.integration.bad_input import server_url
from tests.sync_helpers import PASSWORD, add_server_user, unique_login


@pytest.fixture
def local(sqlite_db, monkeypatch) -> str:
    monkeypatch.setenv("ACRM_DB_URL", sqlite_db.url)
    monkeypatch.delenv("ACRM_SERVER_URL", raising=False)
    monkeypatch.setenv("ACRM_AGENT", "ola.admin")
    return sqlite_db.url


def test_the_catalogue_from_the_command_line(local, capsys) -> None:
    assert acrm(["admin", "codes", "add", "CB", "--label-pl", "Oddzwonić",
                 "--label-ru", "Перезвонить", "--label-en", "Call back"]) == 0  # fmt: skip
    assert acrm(["admin", "codes", "label", "CB", "--lang", "ru", "--text", "Обратный звонок"]) == 0
    assert acrm(["admin", "codes", "deactivate", "CB"]) == 0
    capsys.readouterr()
    assert acrm(["admin", "codes", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"code": "CB", "active": False, "sort_order": 1, "labels": {
        "en": "Call back", "pl": "Oddzwonić", "ru": "Обратный звонок"}}]  # fmt: skip
    assert acrm(["admin", "codes", "reactivate", "CB"]) == 0
    assert acrm(["admin", "codes", "list"]) == 0
    assert "CB                    yes     Oddzwonić" in capsys.readouterr().out
    assert acrm(["admin", "audit", "--action", "wrapup_codes", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    actions = [(r["actor"], r["action"]) for r in rows]
    assert actions == [("ola.admin", "wrapup_codes.update")] * 3 + [
        ("ola.admin", "wrapup_codes.insert")
    ]


BAD = {
    "no Russian label": (["add", "X1", "--label-pl", "A", "--label-ru", " "], "label_ru: "),
    "bad code": (["add", "a b", "--label-pl", "A", "--label-ru", "Б"], "code: 'a b'"),
    "unknown code": (["label", "NOPE", "--lang", "pl", "--text", "x"], "no wrap-up code 'NOPE'"),
    "empty Polish": (["label", "CB", "--lang", "pl", "--text", ""], "label_pl: "),
    "twice": (["add", "cb", "--label-pl", "A", "--label-ru", "Б"], "code: 'cb' already exists"),
}


@pytest.mark.parametrize(("args", "message"), BAD.values(), ids=BAD.keys())
def test_bad_input_is_one_line_naming_the_field_exit_2(local, capsys, args, message) -> None:
    assert acrm(["admin", "codes", "add", "CB", "--label-pl", "P", "--label-ru", "Р"]) == 0
    capsys.readouterr()
    assert acrm(["admin", "codes", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("acrm: error: ") and message in err and "Traceback" not in err


def test_audit_filters_dates_and_csv(local, tmp_path, capsys) -> None:
    assert acrm(["admin", "codes", "add", "CB", "--label-pl", "P", "--label-ru", "Р"]) == 0
    capsys.readouterr()
    assert acrm(["admin", "audit", "--to", "2026-01-01"]) == 0  # before anything happened
    assert capsys.readouterr().out.strip() == "no audit rows match"
    out = tmp_path / "audit.csv"
    assert acrm(["admin", "audit", "--actor", "ola.admin", "--csv", str(out)]) == 0
    assert "1 audit row(s) written" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == "at;actor;action;target;details"
    assert acrm(["admin", "audit", "--from", "2026-12-02", "--to", "2026-12-01"]) == 2
    assert "--to: the last day is before the first" in capsys.readouterr().err


@pytest.mark.postgres
@pytest.mark.parametrize("role", ["agent", "team_lead", "rule_author", "admin"])
def test_with_a_server_only_an_administrator_changes_codes_or_reads_the_audit(
    pg_url, tmp_path, monkeypatch, capsys, role
) -> None:
    login = unique_login(role[:5])
    add_server_user(pg_url, login, role=role)
    monkeypatch.setenv("ACRM_DB_URL", f"sqlite:///{tmp_path / 'cache.sqlite3'}")
    monkeypatch.setenv("ACRM_SERVER_URL", server_url(pg_url))
    monkeypatch.setenv("ACRM_AGENT", login)
    code = f"S_{login[-8:]}".upper()
    add = ["admin", "codes", "add", code, "--label-pl", "P", "--label-ru", "Р", "--password-stdin"]
    audit = ["admin", "audit", "--actor", login, "--json", "--password-stdin"]
    if role != "admin":
        assert acrm(add, f"{PASSWORD}\n") == 2
        err = capsys.readouterr().err
        assert "wrap-up codes needs the admin role" in err and err.endswith("nothing was changed\n")
        assert acrm(audit, f"{PASSWORD}\n") == 2
        assert "reading the audit log needs the admin role" in capsys.readouterr().err
        return
    assert acrm(add, f"{PASSWORD}\n") == 0
    capsys.readouterr()
    assert acrm(audit, f"{PASSWORD}\n") == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [(r["action"], r["target"]) for r in rows] == [("wrapup_codes.insert", code)]
    server = Database(pg_url)
    try:
        with server.reading() as session:
            from sqlalchemy import text

            assert (
                session.execute(
                    text("SELECT label FROM wrapup_codes WHERE code = :c"), {"c": code}
                ).scalar()
                == "P"
            )
    finally:
        server.dispose()
