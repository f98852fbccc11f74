"""Site configuration with real files: default < site < user < env per key; locks win."""

from __future__ import annotations

import logging
import sys
from datetime import time
from pathlib import Path

import pytest

from app.services import config, config_layers, config_paths
from app.services.config_layers import KEYS
from app.services.config_paths import site_config_file
from app.services.errors import AcrmError

SITE_URL = '[server]\nurl = "postgresql://db/acrm"\n'
ENV_VARS = ("ACRM_SERVER_URL", "ACRM_SSLMODE", "ACRM_SSLROOTCERT", "ACRM_CENTRE_TIME_ZONE",
            "ACRM_LOCALE", "ACRM_AGENT")  # fmt: skip


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """(site, user) paths the run reads; neither exists until a test writes it."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    site, user = tmp_path / "etc" / "config.toml", tmp_path / "home" / "config.toml"
    site.parent.mkdir()
    user.parent.mkdir()
    monkeypatch.setenv(config_paths.SITE_CONFIG_ENV, str(site))
    monkeypatch.setenv(config.CONFIG_ENV, str(user))
    return site, user


def sources(effective: config_layers.EffectiveConfig) -> dict[str, tuple[object, str, bool]]:
    return {key: (e.value, e.source, e.locked) for key, e in effective.entries.items()}


def test_without_files_every_key_is_its_default(files) -> None:
    effective = config.effective_config()
    assert set(effective.entries) == set(KEYS)
    assert all(e.source == "default" and not e.locked for e in effective.entries.values())
    assert effective.entries["server.sslmode"].value == "prefer"
    assert effective.entries["server.sync_interval"].value == 3.0
    assert effective.entries["desk.language"].value == "pl_PL"
    settings = config.resolve_settings("sqlite:///x.db")
    assert settings.server is None and settings.desk.language == "pl_PL"


def test_site_then_user_then_environment_key_by_key(files, monkeypatch) -> None:
    site, user = files
    site.write_text('[server]\nurl = "postgresql://db.bank.local/acrm"\nsslmode = "require"\n'
                    'sync_interval = 20\n[desk]\nlanguage = "ru_RU"\n'
                    '[calling_hours]\nsunday = "10:00-14:00"\nretry_minutes = 60\n')  # fmt: skip
    user.write_text("[server]\nsync_interval = 5\n[calling_hours]\nretry_minutes = 30\n")
    monkeypatch.setenv("ACRM_SSLMODE", "disable")
    effective = sources(config.effective_config())
    assert effective["server.url"] == ("postgresql://db.bank.local/acrm", "site", False)
    assert effective["server.sslmode"] == ("disable", "env", False)
    assert effective["server.sync_interval"] == (5, "user", False)
    assert effective["desk.language"] == ("ru_RU", "site", False)
    assert effective["calling_hours.sunday"] == ("10:00-14:00", "site", False)
    assert effective["calling_hours.retry_minutes"] == (30, "user", False)
    assert effective["calling_hours.weekdays"] == ("08:00-20:00", "default", False)
    settings = config.resolve_settings(agent_login="ewa")
    assert settings.server == config.ServerSettings(
        "postgresql://db.bank.local/acrm", "ewa", "disable", "", 5.0
    )
    assert (settings.desk.language, settings.desk.configured) == ("ru_RU", True)
    assert settings.calling_hours.sunday == (time(10), time(14))
    assert settings.calling_hours.retry_minutes == 30


def test_a_lock_beats_the_users_file_and_the_environment(files, monkeypatch, caplog) -> None:
    site, user = files
    site.write_text('locked = ["server.url", "desk.language"]\n'
                    '[server]\nurl = "postgresql://db.bank.local/acrm"\n'
                    '[desk]\nlanguage = "ru_RU"\n')  # fmt: skip
    user.write_text('[server]\nurl = "postgresql://elsewhere/acrm"\n[desk]\nlanguage = "en"\n')
    monkeypatch.setenv("ACRM_SERVER_URL", "postgresql://env-host/acrm")
    monkeypatch.setenv("ACRM_LOCALE", "en_GB")
    with caplog.at_level(logging.WARNING):
        settings = config.resolve_settings(agent_login="ewa")
        config.resolve_settings(agent_login="ewa")  # said once per run, not per call
    assert settings.server is not None and settings.server.url == "postgresql://db.bank.local/acrm"
    assert (settings.desk.language, settings.desk.locked) == ("ru_RU", True)
    effective = sources(settings.configuration)
    assert effective["server.url"] == ("postgresql://db.bank.local/acrm", "site", True)
    assert effective["desk.language"] == ("ru_RU", "site", True)
    assert settings.configuration.ignored == (
        ("server.url", str(user)), ("server.url", "$ACRM_SERVER_URL"),
        ("desk.language", str(user)), ("desk.language", "$ACRM_LOCALE"),
    )  # fmt: skip
    said = [record.getMessage() for record in caplog.records]
    assert said == [
        f"{user}: [server] url is ignored: the administrator locked server.url in {site}",
        f"$ACRM_SERVER_URL is ignored: the administrator locked server.url in {site}",
        f"{user}: [desk] language is ignored: the administrator locked desk.language in {site}",
        f"$ACRM_LOCALE is ignored: the administrator locked desk.language in {site}",
    ]


def test_an_unlocked_environment_variable_beats_both_files(files, monkeypatch) -> None:
    site, user = files
    site.write_text('locked = ["server.url"]\n[server]\nurl = "postgresql://db/acrm"\n'
                    '[calling_hours]\ntime_zone = "Europe/Warsaw"\n')  # fmt: skip
    user.write_text('[calling_hours]\ntime_zone = "Europe/Moscow"\n')
    monkeypatch.setenv("ACRM_CENTRE_TIME_ZONE", "Europe/Kyiv")
    settings = config.resolve_settings(agent_login="ewa")
    assert settings.calling_hours.time_zone == "Europe/Kyiv"
    entry = settings.configuration.entries["calling_hours.time_zone"]
    assert (entry.source, entry.where, entry.locked) == ("env", "$ACRM_CENTRE_TIME_ZONE", False)


def test_locking_a_section_or_a_key_the_site_leaves_at_its_default(files, monkeypatch) -> None:
    site, user = files
    site.write_text('locked = ["verification", "server.sslmode"]\n'
                    '[verification]\nrequired = 3\n')  # fmt: skip
    user.write_text('[verification]\nenabled = false\n[server]\nsslmode = "disable"\n')
    monkeypatch.setenv("ACRM_SSLMODE", "allow")
    effective = sources(config.effective_config())
    assert effective["verification.enabled"] == (True, "default", True)
    assert effective["verification.required"] == (3, "site", True)
    assert effective["verification.questions"][1:] == ("default", True)
    assert effective["server.sslmode"] == ("prefer", "default", True)
    settings = config.resolve_settings("sqlite:///x.db")
    assert settings.verification.enabled and settings.verification.required == 3


def test_check_writable_refuses_locked_keys_for_a_writer(files) -> None:
    site, _ = files
    site.write_text('locked = ["server.url"]\n[server]\nurl = "postgresql://db/acrm"\n')
    effective = config.effective_config()
    effective.check_writable("server.login")  # not locked: a first-run wizard may write it
    with pytest.raises(AcrmError, match=rf"server.url is locked by the administrator in {site}"):
        effective.check_writable("server.url")
    with pytest.raises(AcrmError, match=r"'server\.port' is not a setting"):
        effective.check_writable("server.port")


def test_a_command_line_server_that_contradicts_a_lock_is_refused(files) -> None:
    site, _ = files
    site.write_text('locked = ["server.url"]\n[server]\nurl = "postgresql://db/acrm"\n')
    with pytest.raises(
        AcrmError, match=rf"--server: the administrator locked server.url in {site}"
    ):
        config.resolve_settings(agent_login="ewa", server_url="postgresql://other/acrm")
    same = config.resolve_settings(agent_login="ewa", server_url="postgresql://db/acrm")
    assert same.server is not None and same.server.url == "postgresql://db/acrm"


def test_the_ca_file_the_site_names_is_used_and_a_missing_one_is_named(files, tmp_path) -> None:
    site, _ = files
    ca = tmp_path / "bank-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    site.write_text(f'[server]\nurl = "postgresql://db/acrm"\nsslmode = "verify-full"\n'
                    f'sslrootcert = "{ca}"\n')  # fmt: skip
    assert config.resolve_settings(agent_login="ewa").server.sslrootcert == str(ca)
    site.write_text(f'[server]\nurl = "postgresql://db/acrm"\nsslmode = "verify-full"\n'
                    f'sslrootcert = "{tmp_path / "missing.pem"}"\n')  # fmt: skip
    with pytest.raises(AcrmError) as raised:
        config.resolve_settings(agent_login="ewa")
    assert str(raised.value) == (
        f"{site}: [server] sslrootcert: no CA file at {tmp_path / 'missing.pem'}"
    )


@pytest.mark.parametrize("sslmode", ["require", "verify-ca"])
def test_a_wrong_ca_file_is_named_with_what_is_wrong(files, tmp_path, monkeypatch, sslmode):
    site, user = files
    key = tmp_path / "client.key"
    key.write_text("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n")
    cases = {
        str(tmp_path): f"{tmp_path} is a directory, not a CA file",
        str(key): f"{key} is not a CA certificate in PEM form (no BEGIN CERTIFICATE line)",
        str(tmp_path / "nope.pem"): f"no CA file at {tmp_path / 'nope.pem'}",
    }
    for path, problem in cases.items():
        site.write_text(f'[server]\nurl = "postgresql://db/acrm"\nsslmode = "{sslmode}"\n'
                        f'sslrootcert = "{path}"\n')  # fmt: skip
        with pytest.raises(AcrmError) as raised:
            config.resolve_settings(agent_login="ewa")
        assert str(raised.value) == f"{site}: [server] sslrootcert: {problem}"
    site.write_text(SITE_URL)
    user.write_text(f'[server]\nsslmode = "{sslmode}"\nsslrootcert = "{key}"\n')
    with pytest.raises(AcrmError) as raised:  # the user's file alone is named
        config.resolve_settings(agent_login="ewa")
    assert str(raised.value) == (
        f"{user}: [server] sslrootcert: {key} is not a CA certificate in PEM form "
        "(no BEGIN CERTIFICATE line)"
    )
    user.unlink()
    monkeypatch.setenv("ACRM_SSLROOTCERT", str(key))
    with pytest.raises(AcrmError, match=r"^\$ACRM_SSLROOTCERT: .* is not a CA certificate"):
        config.resolve_settings(agent_login="ewa")


U = "[server]\nurl = 'postgresql://db/acrm'\n"  # a site or user file's server section


@pytest.mark.parametrize(
    ("which", "text", "message"),
    [
        ("site", "[server\nurl = 1", "not a valid configuration file: "),
        ("site", "[server]\nsync_interval = 'often'", "sync_interval 'often' is not a number"),
        ("site", "[server]\nport = 5432", "[server] has no setting 'port' (known: url, login, "),
        ("site", "[printer]\nname = 'x'", "[printer] is not a section of the configuration"),
        ("site", "server = 'postgresql://db/acrm'", "[server] must be a section"),
        ("site", "locked = ['server.uri']", "locked names 'server.uri', which is not a setting"),
        ("site", "locked = 'server.url'", "locked 'server.url' is not a list of setting names"),
        ("site", "[desk]\nlanguage = 'de_DE'", "[desk] language 'de_DE' is not one of pl_PL, "),
        ("site", "[verification]\nenabled = 'yes'", "[verification] enabled 'yes' is not true or"),
        ("site", "[calling_hours]\ntime_zone = 'Warsaw'", "time_zone 'Warsaw' is not a known"),
        ("site", U + "sslmode = 'strict'", "[server] sslmode 'strict' is not one of"),
        ("site", "[server]\nurl = 'postgresql://ewa:Hunter2-pw@db/acrm'", "[server] url: "),
        ("site", "[server]\nurl = 'postgresql://ewa@db/acrm'", "the server url must not name a"),
        ("user", "locked = ['desk.language']", "locked: only the administrator's site file"),
        ("user", "[server]\nurl = 'postgresql://db/acrm?password=Hunter2-pw'", "[server] url: "),
        ("user", "[server]\nsslmode = 'strict'", "[server] sslmode 'strict' is not one of"),
        ("user", "[calling_hours]\nweekdays = '8 to 20'", "weekdays '8 to 20' is not hours"),
    ],
)  # fmt: skip
def test_each_bad_file_is_named_with_its_key_and_problem(files, which, text, message) -> None:
    site, user = files
    path = site if which == "site" else user
    path.write_text(text)
    with pytest.raises(AcrmError) as raised:
        config.resolve_settings("sqlite:///x.db")
    assert str(raised.value).startswith(f"{path}: "), str(raised.value)
    assert message in str(raised.value)
    assert "Hunter2" not in str(raised.value)


def test_a_password_in_a_locked_away_source_is_still_refused(files, monkeypatch) -> None:
    """Ignored or not, a password in the user's file or the environment is an error."""
    site, user = files
    site.write_text('locked = ["server.url"]\n' + SITE_URL)
    user.write_text('[server]\nurl = "postgresql://ewa:Hunter2-pw@db/acrm"\n')
    with pytest.raises(AcrmError, match=rf"^{user}: \[server\] url: .*password") as raised:
        config.resolve_settings()
    assert "Hunter2" not in str(raised.value)
    user.unlink()
    monkeypatch.setenv("ACRM_SERVER_URL", "postgresql://ewa:Hunter2-pw@db/acrm")
    with pytest.raises(AcrmError, match=r"^\$ACRM_SERVER_URL: .*password") as raised:
        config.resolve_settings()
    assert "Hunter2" not in str(raised.value)


def test_a_bad_environment_value_names_the_variable(files, monkeypatch) -> None:
    files[0].write_text(SITE_URL)
    monkeypatch.setenv("ACRM_SSLMODE", "strict")
    with pytest.raises(AcrmError, match=r"^\$ACRM_SSLMODE 'strict' is not one of"):
        config.resolve_settings()


def test_the_site_file_lives_where_the_platform_keeps_it(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(config_paths.SITE_CONFIG_ENV)
    assert site_config_file() == Path("/etc/acrm/config.toml")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path))
    assert site_config_file() == tmp_path / "acrm" / "config.toml"
    monkeypatch.setenv(config_paths.SITE_CONFIG_ENV, str(tmp_path / "site.toml"))
    assert site_config_file() == tmp_path / "site.toml"


def test_the_packaged_example_is_a_valid_site_file(tmp_path, monkeypatch):
    # packaging/linux/config.toml.example ships in the .deb: it must read as the desk reads it
    ca = tmp_path / "bank-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    example = Path(__file__).parents[2] / "packaging" / "linux" / "config.toml.example"
    site = tmp_path / "config.toml"
    site.write_text(example.read_text().replace("/etc/acrm/bank-ca.pem", str(ca)))
    monkeypatch.setenv(config_paths.SITE_CONFIG_ENV, str(site))
    entries = config.effective_config().entries
    assert entries["server.url"].value == "postgresql://db.bank.local:5432/acrm"
    assert entries["server.url"].locked and entries["desk.language"].locked
    assert entries["server.sync_interval"].source == "site"
