"""`acrm report effectiveness`: the fixture's figures as JSON, text and CSV; bad options exit 2."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.cli_runner import acrm
from tests.integration import effectiveness_fixture as fx

DAYS = ["--from", "2026-11-02", "--to", "2026-11-03"]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest) -> str:
    db = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    fx.build(db)
    return db.url


def run(url: str, *args: str, capsys) -> str:
    capsys.readouterr()
    assert acrm(["report", "effectiveness", *DAYS, *args, "--db", url, "--login", "lead"]) == 0
    return capsys.readouterr().out


def test_json_by_value_tier(url, capsys):
    data = json.loads(run(url, "--by", "value_tier", "--json", capsys=capsys))
    assert (data["from"], data["to"], data["tz"], data["by"]) == (
        "2026-11-02", "2026-11-03", "UTC", "value_tier"
    )  # fmt: skip
    card = data["rules"][0]
    assert list(card) == ["rule_id", "group", "presented", "accepted", "conversion",
                          "conversion_low", "conversion_high"]  # fmt: skip
    assert (card["rule_id"], card["presented"], card["accepted"], card["conversion"]) == (
        "card", 5, 2, 0.4
    )  # fmt: skip
    assert (round(card["conversion_low"], 4), round(card["conversion_high"], 4)) == (
        0.1176, 0.7693
    )  # fmt: skip
    groups = [(g["rule_id"], g["group"], g["presented"], g["accepted"]) for g in data["groups"]]
    assert groups[:3] == [("card", "High", 2, 1), ("card", "Low", 1, 1),
                          ("card", "not_scored", 2, 0)]  # fmt: skip


def test_json_pairs_on_the_embedded_database(sqlite_db, capsys):
    fx.build(sqlite_db)
    data = json.loads(run(sqlite_db.url, "--json", capsys=capsys))
    assert data["rule_set_version"] == 1
    card = data["pairs"][0]
    assert (card["champion"]["rule_id"], card["challenger"]["rule_id"]) == ("card", "card_b")
    assert card["configured_share"] == 20 and round(card["observed_share"], 4) == 0.2857
    assert [round(card[k], 4) for k in ("uplift", "uplift_low", "uplift_high")] == [
        0.6, -0.1542, 0.8824
    ]  # fmt: skip


def test_text_names_groups_and_the_pair_with_its_uplift(sqlite_db, capsys):
    fx.build(sqlite_db)
    out = run(sqlite_db.url, "--by", "channel", capsys=capsys)
    assert "  card                   branch" in out
    assert "card vs card_b: challenger share 28.6% (configured 20 %)" in out
    assert "uplift +60.0 pp [-15.4 pp, +88.2 pp]" in out


def test_csv_of_the_groups_for_excel(url, capsys, tmp_path):
    target = tmp_path / "effect.csv"
    run(url, "--by", "segment", "--csv", str(target), capsys=capsys)
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["rule_id", "group", "presented", "accepted", "conversion",
                       "conversion_low", "conversion_high"]  # fmt: skip
    assert rows[1][:5] == ["card", "mass", "2", "1", "0,5"]
    assert len(rows) == 1 + 7


def test_bad_options_exit_2_naming_them(url, capsys):
    capsys.readouterr()
    code = acrm(["report", "effectiveness", "--from", "2026-11-31", "--db", url,
                 "--login", "lead"])  # fmt: skip
    assert code == 2 and "--from" in capsys.readouterr().err
    with pytest.raises(SystemExit) as refused:
        acrm(["report", "effectiveness", "--by", "colour", "--db", url, "--login", "lead"])
    assert refused.value.code == 2 and "--by" in capsys.readouterr().err
    code = acrm(["report", "effectiveness", *DAYS, "--db", url, "--login", "anna"])
    assert code == 2 and "team_lead" in capsys.readouterr().err
