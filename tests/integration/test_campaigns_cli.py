"""`acrm campaign ...` on a real SQLite file: the commands, their JSON and exit codes."""

from __future__ import annotations

import json

import pytest

from tests.cli_runner import acrm
from tests.integration.campaign_helpers import Centre, build_centre


@pytest.fixture
def centre(sqlite_db) -> Centre:
    return build_centre(sqlite_db)


def run(centre: Centre, *args: str, login: str = "lead_a") -> int:
    try:
        return acrm(["--db", centre.db.url, "campaign", *args, "--login", login])
    except SystemExit as exit_:  # argparse refuses a malformed option this way
        return int(exit_.code)


def test_create_generate_status_close_and_list(centre: Centre, capsys) -> None:
    assert run(centre, "create", "Autumn", "--rule", "mass_offer", "--team", "Team A",
               "--from", "2026-11-01", "--to", "2026-11-30", "--cap", "10") == 0  # fmt: skip
    assert (
        "campaign 'Autumn' created: rule mass_offer, action offer_savings"
        in capsys.readouterr().out
    )
    assert run(centre, "generate", "Autumn", "--at", "2026-11-02T08:00:00+00:00") == 0
    captured = capsys.readouterr()
    assert "evaluated 5, targeted 3, added 3" in captured.out
    assert "held: cooldown_declined 1" in captured.out
    assert "campaign: 5 of 5 customers" in captured.err
    assert run(centre, "status", "Autumn", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    assert {k: status[k] for k in ("name", "targeted", "entries", "reached", "presented",
                                   "accepted", "declined", "conversion")} == {
        "name": "Autumn", "targeted": 3, "entries": 3, "reached": 0, "presented": 0,
        "accepted": 0, "declined": {}, "conversion": None,
    }  # fmt: skip
    assert run(centre, "status", "Autumn") == 0
    assert "targeted 3, entries 3" in capsys.readouterr().out
    assert run(centre, "close", "Autumn") == 0
    assert "closed" in capsys.readouterr().out
    assert run(centre, "list", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["name"], row["status"], row["entries"], row["team"]) == (
        "Autumn",
        "closed",
        3,
        "Team A",
    )
    assert run(centre, "generate", "Autumn") == 2
    assert "is closed" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--rule", "mass_offer", "--cap", "-1"], "cap: "),
        (["--rule", "mass_offer", "--team", "Nowhere"], "team: there is no team 'Nowhere'"),
        (["--rule", "mass_offer", "--from", "2026-11-10", "--to", "2026-11-01"], "ends_on: "),
        (["--condition", "segment ==", "--action", "x"], "condition: "),
        (["--rule", "mass_offer", "--channel", "fax"], "channel: "),
        (["--rule", "mass_offer", "--to", "tomorrow"], "--to: 'tomorrow' is not a date"),
        (["--rule", "mass_offer", "--cap", "many"], "--cap"),
    ],
)
def test_bad_input_exits_2_naming_the_field(centre: Centre, capsys, args, words) -> None:
    assert run(centre, "create", "Autumn", "--team", "Team A", *args) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_an_agent_is_refused(centre: Centre, capsys) -> None:
    assert run(centre, "create", "Autumn", "--rule", "mass_offer", "--team", "Team A",
               login="agent_a") == 2  # fmt: skip
    assert "only team leads and administrators" in capsys.readouterr().err


def test_ctrl_c_cancels_cleanly(centre: Centre, capsys, monkeypatch) -> None:
    import os
    import signal

    from app.services.campaigns import generation

    assert run(centre, "create", "Autumn", "--rule", "mass_offer", "--team", "Team A") == 0
    real = generation.evaluate_base

    def interrupted(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C while the base is being evaluated
        yield from real(*args, **kwargs)

    monkeypatch.setattr(generation, "evaluate_base", interrupted)
    assert run(centre, "generate", "Autumn") == 130
    captured = capsys.readouterr()
    assert "cancelled; nothing was added" in captured.err
    assert run(centre, "status", "Autumn", "--json") == 0
    assert json.loads(capsys.readouterr().out)["entries"] == 0
