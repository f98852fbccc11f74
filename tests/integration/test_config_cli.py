"""`acrm config show [--json]`: each key's value, source and lock; a bad file exits 2, named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services import config, config_paths
from app.services.config_layers import KEYS, shown_value


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    for name in ("ACRM_SERVER_URL", "ACRM_SSLMODE", "ACRM_SSLROOTCERT", "ACRM_CENTRE_TIME_ZONE",
                 "ACRM_LOCALE"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    site, user = tmp_path / "site.toml", tmp_path / "user.toml"
    site.write_text('locked = ["server.url", "desk.language"]\n'
                    '[server]\nurl = "postgresql://db.bank.local:5432/acrm"\n'
                    '[desk]\nlanguage = "ru_RU"\n')  # fmt: skip
    user.write_text('[desk]\nlanguage = "en"\n[server]\nsync_interval = 10\n')
    monkeypatch.setenv(config_paths.SITE_CONFIG_ENV, str(site))
    monkeypatch.setenv(config.CONFIG_ENV, str(user))
    monkeypatch.setenv("ACRM_CENTRE_TIME_ZONE", "Europe/Kyiv")
    return site, user


def test_json_gives_value_source_and_lock_of_every_key(files, capsys) -> None:
    assert main(["config", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert list(shown) == list(KEYS)
    assert shown["server.url"] == {
        "value": "postgresql://db.bank.local:5432/acrm", "source": "site", "locked": True
    }  # fmt: skip
    assert shown["desk.language"] == {"value": "ru_RU", "source": "site", "locked": True}
    assert shown["server.sync_interval"] == {"value": 10, "source": "user", "locked": False}
    assert shown["calling_hours.time_zone"] == {
        "value": "Europe/Kyiv", "source": "env", "locked": False
    }  # fmt: skip
    assert shown["server.sslmode"] == {"value": "prefer", "source": "default", "locked": False}
    assert shown["verification.questions"]["value"] == [
        "date_of_birth", "pesel_last4", "postcode", "mothers_maiden_name"
    ]  # fmt: skip


def test_the_text_form_is_a_table_with_the_files_and_what_was_ignored(files, capsys) -> None:
    site, user = files
    assert main(["config", "show"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["KEY", "VALUE", "SOURCE", "LOCKED", "FROM"]
    rows = {line.split()[0]: line.split() for line in lines[1 : len(KEYS) + 1]}
    assert list(rows) == list(KEYS)
    assert rows["server.url"] == [
        "server.url", "postgresql://db.bank.local:5432/acrm", "site", "locked", str(site)
    ]  # fmt: skip
    assert rows["server.sync_interval"] == ["server.sync_interval", "10", "user", str(user)]
    assert rows["calling_hours.time_zone"][1:] == ["Europe/Kyiv", "env", "$ACRM_CENTRE_TIME_ZONE"]
    assert rows["server.login"] == ["server.login", '""', "default"]
    assert f"site file: {site}" in lines and f"user file: {user}" in lines
    assert (
        f"note: {user}: [desk] language is ignored: the administrator locked desk.language "
        f"in {site}"
    ) in lines


def test_a_bad_site_file_exits_2_naming_file_key_and_problem(files, capsys) -> None:
    site, _ = files
    site.write_text('locked = ["server.adress"]\n')
    assert main(["config", "show", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(
        f"acrm: error: {site}: locked names 'server.adress', which is not a setting"
    )
    assert "Traceback" not in captured.err


def test_the_desk_does_not_start_on_a_bad_site_file(files, capsys) -> None:
    site, _ = files
    site.write_text("[server]\nsync_interval = true\n")
    assert main(["desk"]) == 2
    err = capsys.readouterr().err
    assert f"{site}: [server] sync_interval True is not a number" in err
    assert "Traceback" not in err


def test_shown_values_never_carry_credentials() -> None:
    assert shown_value("postgresql://ewa:Hunter2-pw@db/acrm?sslpassword=x") == (
        "postgresql://ewa:***@db/acrm?sslpassword=***"
    )
    assert shown_value("Europe/Warsaw") == "Europe/Warsaw"
    assert shown_value(3.0) == 3.0
