"""`acrm report …`: the fixture's figures as JSON, text and CSV; bad options exit 2 named."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.cli_runner import acrm
from tests.integration import report_fixture as fx

DAYS = ["--from", "2026-10-24", "--to", "2026-10-25", "--tz", "Europe/Warsaw"]
AT = ["--at", fx.NOW.isoformat()]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest) -> str:
    db = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    fx.build(db)
    return db.url


def run_json(url: str, *args: str, login: str = "lead", capsys) -> object:
    capsys.readouterr()
    assert acrm(["report", *args, "--json", "--db", url, "--login", login]) == 0
    return json.loads(capsys.readouterr().out)


def test_agents_as_json_with_the_documented_keys_first(url, capsys):
    rows = run_json(url, "agents", *DAYS, *AT, capsys=capsys)
    assert [list(row)[:8] for row in rows] == [
        ["agent", "contacts", "avg_handle_seconds", "offers_presented", "offers_accepted",
         "acceptance_rate", "open_items", "overdue"]
    ] * 4  # fmt: skip
    anna = rows[0]
    assert anna == {
        "agent": "anna", "contacts": 6, "avg_handle_seconds": 550.1, "offers_presented": 4,
        "offers_accepted": 1, "acceptance_rate": 0.25, "open_items": 4, "overdue": 2,
        "display_name": "Anna Adamska", "team": "T1", "callbacks_due": 6, "callbacks_on_time": 2,
    }  # fmt: skip
    assert [(row["agent"], row["avg_handle_seconds"]) for row in rows[1:]] == [
        ("bartek", None), ("lead", None), ("zofia", None)
    ]  # fmt: skip


def test_offers_as_json(url, capsys):
    rows = run_json(url, "offers", *DAYS, capsys=capsys)
    card, loan = rows
    assert list(card)[:10] == ["rule_id", "presented", "accepted", "declined", "later",
                               "not_relevant", "no_outcome", "conversion", "conversion_low",
                               "conversion_high"]  # fmt: skip
    assert {
        k: card[k] for k in ("rule_id", "presented", "accepted", "declined", "not_relevant")
    } == {"rule_id": "R_CARD", "presented": 4, "accepted": 1, "declined": 2, "not_relevant": 1}
    assert (round(card["conversion_low"], 4), round(card["conversion_high"], 4)) == (0.0456, 0.6994)
    assert card["declined_by_reason"] == {"too_expensive": 2}
    assert (loan["rule_id"], loan["later"], loan["no_outcome"], loan["conversion"]) == (
        "R_LOAN", 1, 1, 0.0
    )  # fmt: skip


def test_an_admin_narrows_to_one_team(url, capsys):
    everyone = run_json(url, "agents", *DAYS, *AT, login="xawery", capsys=capsys)
    team = run_json(url, "agents", *DAYS, *AT, "--team", "T2", login="xawery", capsys=capsys)
    assert len(everyone) == 8 and [row["agent"] for row in team] == ["cezary", "xawery"]


def test_hourly_as_json_and_text(url, capsys):
    figures = run_json(url, "hourly", "--day", "2026-10-25", "--tz", "Europe/Warsaw",
                       capsys=capsys)  # fmt: skip
    assert figures["day"] == "2026-10-25" and figures["tz"] == "Europe/Warsaw"
    assert figures["today"][2] == 2 and sum(figures["today"]) == 4
    assert figures["last_week"][8] == 1 and sum(figures["last_week"]) == 2
    assert acrm(["report", "hourly", "--day", "2026-10-25", "--tz", "Europe/Warsaw", "--db", url,
                 "--login", "lead"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert lines[3] == "02:00          2            0" and len(lines) == 25


def test_campaigns_as_json(url, capsys):
    assert run_json(url, "campaigns", capsys=capsys) == []  # the placeholder: none yet


def test_csv_beside_the_text(url, tmp_path, capsys):
    path = tmp_path / "agenci.csv"
    code = acrm(
        ["report", "agents", *DAYS, *AT, "--csv", str(path), "--db", url, "--login", "lead"]
    )
    assert code == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("anna") and "4 row(s) written to" in err
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["agent", "contacts", "avg_handle_seconds"]
    assert rows[1][:3] == ["anna", "6", "550,1"] and rows[2][:3] == ["bartek", "1", ""]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["agents", "--from", "2026-13-01"], "--from: '2026-13-01' is not a date (YYYY-MM-DD)"),
        (["offers", "--to", "yesterday"], "--to: 'yesterday' is not a date"),
        (["agents", "--from", "2026-10-25", "--to", "2026-10-24"],
         "--to: 2026-10-24 is before --from 2026-10-25"),
        (["offers", "--tz", "Europe/Atlantis"], "--tz: unknown time zone 'Europe/Atlantis'"),
        (["hourly", "--tz", "Mars"], "--tz: unknown time zone 'Mars'"),
        (["hourly", "--day", "25.10.2026"], "--day: '25.10.2026' is not a date"),
        (["agents", "--at", "noon"], "--at: 'noon' is not an ISO date-time"),
        (["agents", "--team", "T2"], "team: a team lead sees only their own team (T1)"),
    ],
)  # fmt: skip
def test_bad_options_exit_2_naming_the_option(sqlite_db, capsys, args, message):
    fx.build(sqlite_db)
    assert acrm(["report", *args, "--db", sqlite_db.url, "--login", "lead"]) == 2
    out, err = capsys.readouterr()
    assert err.startswith(f"acrm: error: {message}")
    assert "Traceback" not in err and out == ""


def test_an_agent_is_refused_naming_the_role(sqlite_db, capsys):
    fx.build(sqlite_db)
    for figures in ("agents", "offers", "hourly", "campaigns"):
        assert acrm(["report", figures, "--db", sqlite_db.url, "--login", "anna"]) == 2
        err = capsys.readouterr().err
        assert "role: team figures need the team_lead or admin role; 'anna' is agent" in err
