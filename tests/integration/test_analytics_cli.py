"""`acrm analytics refresh|show`: the parameters as JSON, progress on stderr, and each kind of
bad input a plain message with exit 2 while the previous version stays in force."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import uuid
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from app.cli import main
from app.models import AnalyticsModel, Customer, Transaction
from app.services import config
from tests.integration.analytics_helpers import AS_OF, build_base, customer_row

ROOT = Path(__file__).resolve().parents[2]
AT = "2026-06-01"  # midnight opening 1 June in Warsaw: AS_OF
ANALYTICS_KEYS = {
    "p_alive", "expected_events_12m", "clv_12m", "value_tier", "churn_risk", "churn_probability",
    "rfm", "segment_rfm", "affinity_products", "model_as_of",
}  # fmt: skip


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "user.toml"
    monkeypatch.setenv(config.CONFIG_ENV, str(path))
    monkeypatch.delenv("ACRM_CENTRE_TIME_ZONE", raising=False)
    return path


def acrm(db, *args: str) -> int:
    return main(["--db", db.url, "analytics", *args])


def versions(db) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(AnalyticsModel.version)))


def test_refresh_json_prints_the_whole_parameters_and_progress_goes_to_stderr(
    sqlite_db, settings_file, capsys
) -> None:
    build_base(sqlite_db)
    assert acrm(sqlite_db, "refresh", "--at", AT, "--json") == 0
    out, err = capsys.readouterr()
    printed = json.loads(out)
    assert printed["as_of"] == AS_OF.isoformat()
    assert {"r", "alpha", "a", "b", "time_unit", "customers"} <= set(printed["bgnbd"])
    assert printed["bgnbd"]["time_unit"] == "week"
    assert {"p", "q", "v"} <= set(printed["gamma_gamma"])
    assert set(printed["timings"]) >= {"extract", "bgnbd", "write", "total"}
    for number, step in enumerate(("extract", "bgnbd", "gamma_gamma", "churn", "rfm"), 1):
        assert f"analytics refresh: {number}/7 {step}" in err

    assert acrm(sqlite_db, "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["version"] == 1 and shown["parameters"] == printed
    assert shown["diagnostics"]["bgnbd"]["converged"] is True
    assert shown["as_of"] == AS_OF.isoformat()

    assert acrm(sqlite_db, "show") == 0
    text = capsys.readouterr().out
    assert "analytics version 1 as of 2026-05-31T22:00:00+00:00" in text and "BG/NBD" in text


def test_show_before_any_refresh_says_so(sqlite_db, settings_file, capsys) -> None:
    assert acrm(sqlite_db, "show") == 0
    assert "no analytics yet" in capsys.readouterr().out
    assert acrm(sqlite_db, "show", "--json") == 0
    assert json.loads(capsys.readouterr().out) is None


def test_the_card_carries_the_analytics_after_a_refresh(sqlite_db, settings_file, capsys):
    build_base(sqlite_db)
    assert acrm(sqlite_db, "refresh", "--at", AT) == 0
    capsys.readouterr()
    assert main(["--db", sqlite_db.url, "customer", "show", "A00001", "--json"]) == 0
    analytics = json.loads(capsys.readouterr().out)["analytics"]
    assert set(analytics) >= ANALYTICS_KEYS
    assert analytics["model_as_of"].startswith("2026-05-31T22:00:00")
    assert analytics["value_tier"] in ("High", "Medium", "Low")


def refused(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_too_few_customers_is_said_and_the_previous_version_stays(
    sqlite_db, settings_file, capsys
) -> None:
    build_base(sqlite_db)
    assert acrm(sqlite_db, "refresh", "--at", AT) == 0
    capsys.readouterr()
    assert acrm(sqlite_db, "refresh", "--at", "2025-01-02") == 2  # before nearly every event
    err = refused(capsys)
    assert "acrm: error: analytics refresh: too few customers with inflows before" in err
    assert "version 1 (as of 2026-05-31T22:00:00+00:00) stays in force" in err
    assert versions(sqlite_db) == [1]


def test_everyone_with_one_event_day_is_degenerate_data(sqlite_db, settings_file, capsys):
    build_base(sqlite_db, one_day_each=True)
    assert acrm(sqlite_db, "refresh", "--at", AT) == 2
    err = refused(capsys)
    assert "degenerate data: each of the 300 customers with inflows" in err
    assert "has them on one day only" in err and "there is still no model version" in err
    assert versions(sqlite_db) == []


def test_a_label_column_that_does_not_exist_is_named(sqlite_db, settings_file, capsys):
    build_base(sqlite_db, label="churned")
    assert acrm(sqlite_db, "refresh", "--at", AT) == 0
    settings_file.write_text('[analytics]\nchurn_label = "left_bank"\n')
    capsys.readouterr()
    assert acrm(sqlite_db, "refresh", "--at", AT) == 2
    err = refused(capsys)
    assert ("the churn label column 'left_bank' named in analytics.churn_label does not exist "
            "(known columns: churned)") in err  # fmt: skip
    assert "version 1 (as of" in err and versions(sqlite_db) == [1]


@pytest.mark.parametrize(
    ("section", "named"),
    [
        ("churn_high = 1.5", "analytics.churn_high 1.5 must be at least 0 and at most 1"),
        ("churn_high = 0.1\nchurn_medium = 0.3", "analytics.churn_medium 0.3 must not exceed"),
        ("value_tier_quantiles = [0.8, 0.5]", "analytics.value_tier_quantiles [0.8, 0.5]"),
        ("value_tier_quantiles = [0.5]", "must be two numbers"),
        ("affinity_min_support = 0", "analytics.affinity_min_support 0.0 must be above 0"),
        ("affinity_min_lift = 'high'", "affinity_min_lift 'high' is not a number"),
        ("churn_label = 3", "churn_label 3 is not a text"),
        ("colour = 'red'", "[analytics] has no setting 'colour'"),
    ],
)
def test_a_bad_setting_is_named_and_nothing_is_written(
    sqlite_db, settings_file, capsys, section: str, named: str
) -> None:
    build_base(sqlite_db, customers=40)
    settings_file.write_text(f"[analytics]\n{section}\n")
    assert acrm(sqlite_db, "refresh", "--at", AT) == 2
    err = refused(capsys)
    assert named in err and str(settings_file) in err
    assert versions(sqlite_db) == []


@pytest.mark.parametrize("at", ["yesterday", "2999-01-01", "1900-01-01"])
def test_a_bad_as_of_is_named(sqlite_db, settings_file, capsys, at: str) -> None:
    assert acrm(sqlite_db, "refresh", "--at", at) == 2
    assert "--at:" in refused(capsys)


def test_a_fit_the_events_cannot_identify_is_said(sqlite_db, settings_file, capsys) -> None:
    """Forty customers alike, each paid every week for twenty weeks up to the last one: no
    variation between customers, so the likelihood has no finite maximum."""
    people = [customer_row(n) for n in range(40)]
    moves = [
        {"id": uuid.uuid4(), "customer_id": person["id"], "amount": Decimal("100.00"),
         "booked_at": AS_OF - timedelta(weeks=week, days=1), "currency": "PLN",
         "description": "salary"}
        for person in people for week in range(21)
    ]  # fmt: skip
    with sqlite_db.engine.begin() as connection:
        connection.execute(insert(Customer), people)
        connection.execute(insert(Transaction), moves)
    assert acrm(sqlite_db, "refresh", "--at", AT) == 2
    err = refused(capsys)
    assert "acrm: error: analytics refresh: BG/NBD: the fit ended on implausible parameters" in err
    assert "the events do not identify the model" in err and versions(sqlite_db) == []


def test_ctrl_c_cancels_cleanly_and_the_previous_version_stays(sqlite_db, settings_file) -> None:
    build_base(sqlite_db, customers=3000)
    assert acrm(sqlite_db, "refresh", "--at", AT) == 0
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())",
         "--db", sqlite_db.url, "analytics", "refresh", "--at", AT],
        stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        lines = []
        for line in child.stderr:  # a line per step: stderr is no terminal here
            lines.append(line)
            if "2/7 bgnbd" in line:
                child.send_signal(signal.SIGINT)
                break
        rest = child.stderr.read()
        assert child.wait(timeout=120) == 130, (lines, rest)
    finally:
        child.kill()
    assert "analytics refresh: cancelling" in rest
    assert "acrm: analytics refresh cancelled; nothing was written, version 1 (as of" in rest
    assert "Traceback" not in rest and versions(sqlite_db) == [1]
